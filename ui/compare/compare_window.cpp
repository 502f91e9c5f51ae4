#include "ui/compare/compare_window.h"

#include "ui/board/board_scene.h"
#include "ui/board/board_view.h"
#include "ui/document/plan_document.h"
#include "ui/report/comparison_report.h"
#include "ui/report/report_dialog.h"
#include "ui/text/qt_text.h"

#include "core/schedule/baseline_drift.h"
#include "core/schedule/plan_comparison.h"
#include "core/schedule/schedule_changes.h"
#include "core/util/text.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <set>

namespace waveplan::ui {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;

QStandardItem *cell(const QString &text, const QVariant &sortBy = {}) {
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortBy.isValid() ? sortBy : QVariant(text), kSortRole);
    return item;
}

QStandardItem *number(int value, const QString &shown) {
    QStandardItem *item = cell(shown, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dateOf(const Plan &plan, int day) {
    return qs(formatIsoDate(waveplan::dateOfDay(plan, day)));
}

} // namespace

CompareWindow::CompareWindow(PlanDocument *document, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_document(document) {
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare - Waveplan"));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_from->setAccessibleName(tr("Compare from (A)"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("compareTo"));
    m_to->setAccessibleName(tr("Compare with (B)"));
    auto *fromFile = new QPushButton(tr("Other plan &file..."), this);
    auto *toFile = new QPushButton(tr("Other plan f&ile..."), this);
    connect(fromFile, &QPushButton::clicked, this, [this] { chooseFile(m_from); });
    connect(toFile, &QPushButton::clicked, this, [this] { chooseFile(m_to); });

    auto *sides = new QFormLayout;
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_from, 1);
    fromRow->addWidget(fromFile);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_to, 1);
    toRow->addWidget(toFile);
    auto *fromLabel = new QLabel(tr("&A (from):"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&B (with):"), this);
    toLabel->setBuddy(m_to);
    sides->addRow(fromLabel, fromRow);
    sides->addRow(toLabel, toRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_onlyDiffering = new QCheckBox(tr("&Only what differs"), this);
    m_onlyDiffering->setChecked(true);

    m_exportPdf = new QPushButton(tr("&Export PDF..."), this);
    m_exportPdf->setObjectName(QStringLiteral("compareExportPdf"));
    m_exportPdf->setToolTip(tr("The one-page comparison for the board, as a PDF (Ctrl+E)"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPdf->setEnabled(false);
    connect(m_exportPdf, &QPushButton::clicked, this, &CompareWindow::chooseAndExportPdf);
    m_exported = new QLabel(this);
    m_exported->setObjectName(QStringLiteral("compareExported"));
    auto *options = new QHBoxLayout;
    options->addWidget(m_onlyDiffering);
    options->addStretch(1);
    options->addWidget(m_exported);
    options->addWidget(m_exportPdf);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Key"), tr("Capability"), tr("Change"), tr("Wave A"),
                                        tr("Wave B"), tr("Start A"), tr("Start B"),
                                        tr("Shift (days)")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(kSortRole);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("compareTable"));
    table->setModel(m_proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(Shift, Qt::DescendingOrder);
    table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    table->verticalHeader()->hide();

    m_boardHolder = new QWidget(this);
    m_boardHolder->setLayout(new QVBoxLayout);
    m_boardHolder->layout()->setContentsMargins(0, 0, 0, 0);

    m_load = new QTableWidget(0, 7, this);
    m_load->setObjectName(QStringLiteral("compareLoad"));
    m_load->setHorizontalHeaderLabels({tr("Team"), tr("Wave"), tr("People-days A"),
                                       tr("People-days B"), tr("Go-lives A"), tr("Go-lives B"),
                                       tr("Cost of the wave A / B")});
    m_load->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_load->verticalHeader()->hide();

    auto *tabs = new QTabWidget(this);
    tabs->addTab(table, tr("&Capabilities"));
    tabs->addTab(m_boardHolder, tr("B&oard (B, with A as shadows)"));
    tabs->addTab(m_load, tr("&Teams and cost"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addWidget(m_summary);
    layout->addLayout(options);
    layout->addWidget(tabs, 1);

    // Edits of the open scenario show here too, a moment after the schedule settles.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &CompareWindow::compare);
    connect(m_document, &PlanDocument::scheduleChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_document, &PlanDocument::scenariosChanged, this, [this] {
        fillChoosers();
        m_refresh->start();
    });
    connect(m_document, &PlanDocument::planChanged, this, [this](PlanChange change) {
        if (change == PlanChange::Baselines)
            fillChoosers();
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &CompareWindow::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &CompareWindow::compare);
    connect(m_onlyDiffering, &QCheckBox::toggled, this, &CompareWindow::compare);

    fillChoosers();
    // A: the shown baseline, else another scenario, else the open one; B: the open scenario.
    const QString open = m_document->scenarioName();
    CompareSource a{CompareSource::Kind::Scenario, open, {}, {}};
    if (const Baseline *shown = m_document->shownBaseline())
        a = {CompareSource::Kind::Baseline, open, qs(shown->name), {}};
    else
        for (const QString &name : m_document->scenarioNames())
            if (name != open) {
                a.scenario = name;
                break;
            }
    setSides(a, {CompareSource::Kind::Scenario, open, {}, {}});
    resize(1200, 760);
}

CompareWindow::~CompareWindow() = default;

void CompareWindow::fillChoosers() {
    const CompareSource from = sourceOf(m_from);
    const CompareSource to = sourceOf(m_to);
    std::vector<CompareSource> files;
    for (const CompareSource &s : m_sources)
        if (s.kind == CompareSource::Kind::File)
            files.push_back(s);
    m_sources = compareSources(*m_document);
    m_sources.insert(m_sources.end(), files.begin(), files.end());
    m_filling = true;
    for (QComboBox *chooser : {m_from, m_to}) {
        chooser->clear();
        for (const CompareSource &s : m_sources)
            chooser->addItem(s.label(*m_document));
    }
    const auto select = [this](QComboBox *chooser, const CompareSource &wanted) {
        for (std::size_t i = 0; i < m_sources.size(); ++i)
            if (m_sources[i] == wanted)
                chooser->setCurrentIndex(static_cast<int>(i));
    };
    select(m_from, from);
    select(m_to, to);
    m_filling = false;
}

CompareSource CompareWindow::sourceOf(const QComboBox *chooser) const {
    const int index = chooser->currentIndex();
    return index >= 0 && static_cast<std::size_t>(index) < m_sources.size()
               ? m_sources[static_cast<std::size_t>(index)]
               : CompareSource{};
}

void CompareWindow::setSides(const CompareSource &a, const CompareSource &b) {
    for (const CompareSource &side : {a, b})
        if (side.kind == CompareSource::Kind::File &&
            std::find(m_sources.begin(), m_sources.end(), side) == m_sources.end()) {
            m_sources.push_back(side);
            fillChoosers();
        }
    m_filling = true;
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i] == a)
            m_from->setCurrentIndex(static_cast<int>(i));
        if (m_sources[i] == b)
            m_to->setCurrentIndex(static_cast<int>(i));
    }
    m_filling = false;
    compare();
}

void CompareWindow::chooseFile(QComboBox *chooser) {
    const QString file = QFileDialog::getOpenFileName(this, tr("Compare with a plan file"), {},
                                                      tr("Plans (*.waveplan *.json)"));
    if (file.isEmpty())
        return;
    const CompareSource source{CompareSource::Kind::File, {}, {}, file.toStdString()};
    if (std::find(m_sources.begin(), m_sources.end(), source) == m_sources.end()) {
        m_sources.push_back(source);
        fillChoosers();
    }
    const auto at = std::find(m_sources.begin(), m_sources.end(), source) - m_sources.begin();
    chooser->setCurrentIndex(static_cast<int>(at));
}

void CompareWindow::showBoard(const ComparedPlan *a, const ComparedPlan *b) {
    // A read-only board shows one plan for good: a new comparison gets a new one.
    delete m_boardView;
    delete m_boardScene;
    m_boardView = nullptr;
    m_boardScene = nullptr;
    if (a == nullptr || b == nullptr)
        return;
    m_boardScene = new board::BoardScene(b->plan, b->schedule, this);
    // B's bars with A's as the shadows, as a baseline shows them.
    const QDate today = QDate::currentDate();
    const Date frozenOn{std::chrono::year{today.year()},
                        std::chrono::month{static_cast<unsigned>(today.month())},
                        std::chrono::day{static_cast<unsigned>(today.day())}};
    m_boardScene->setFixedBaseline(
        baselineOf(a->label, frozenOn, a->plan, a->schedule));
    m_boardView = new board::BoardView(m_boardScene, m_boardHolder);
    m_boardHolder->layout()->addWidget(m_boardView);
    QTimer::singleShot(0, m_boardView, &board::BoardView::fitAll);
}

QString CompareWindow::summaryText() const {
    return m_summary->text();
}

void CompareWindow::compare() {
    if (m_filling)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ComparedPlan> a = resolveSide(*m_document, sourceOf(m_from));
    const Result<ComparedPlan> b = resolveSide(*m_document, sourceOf(m_to));
    QApplication::restoreOverrideCursor();
    m_model->removeRows(0, m_model->rowCount());
    m_load->setRowCount(0);
    m_shown.reset();
    m_exportPdf->setEnabled(false);
    if (!a || !b) {
        m_summary->setText(tr("Cannot compare: %1").arg(qs((!a ? a : b).errorText())));
        showBoard(nullptr, nullptr);
        return;
    }
    const PlanComparison c = comparePlans(a->plan, a->schedule, b->plan, b->schedule);

    // In words, first: when each ends, how much moved, the driving paths.
    const ComparisonSummary summary = summarizeComparison(*a, *b, c);
    QString text = tr("A: %1. B: %2.").arg(qs(a->label), qs(b->label));
    text += QLatin1Char('\n') + qs(summary.ends) + QLatin1Char(' ') + qs(summary.moved);
    for (const std::string &line : summary.drivingPath)
        text += QLatin1Char('\n') + qs(line);
    m_summary->setText(text);
    m_shown = Shown{*a, *b, c};
    m_exportPdf->setEnabled(true);

    // The capabilities, each with what changed.
    std::set<std::string> listed;
    const auto nameIn = [](const Plan &plan, const std::string &key) {
        const Capability *capability = plan.findCapability(key);
        return capability ? qs(capability->name) : QString();
    };
    for (const CapabilityMove &m : c.changes.moves) {
        listed.insert(m.key);
        m_model->appendRow({cell(qs(m.key)), cell(nameIn(b->plan, m.key)),
                            cell(m.changedWave() ? tr("moved wave") : tr("shifted")),
                            number(m.fromWave, QString::number(m.fromWave)),
                            number(m.toWave, QString::number(m.toWave)),
                            cell(dateOf(a->plan, m.fromStartDay), m.fromStartDay),
                            cell(dateOf(b->plan, m.toStartDay), m.toStartDay),
                            number(m.startShiftDays(), qs(driftCellText(m.startShiftDays())))});
    }
    const auto sideOnly = [&](const ComparedPlan &side, const std::string &key,
                              const QString &change, bool inA) {
        listed.insert(key);
        const ScheduledCapability *s = side.schedule.find(key);
        const QString wave = s ? QString::number(s->wave) : QString();
        const QString start = s ? dateOf(side.plan, s->startDay) : QString();
        m_model->appendRow({cell(qs(key)), cell(nameIn(side.plan, key)), cell(change),
                            number(inA && s ? s->wave : 0, inA ? wave : QString()),
                            number(!inA && s ? s->wave : 0, inA ? QString() : wave),
                            cell(inA ? start : QString()), cell(inA ? QString() : start),
                            number(0, QString())});
    };
    for (const std::string &key : c.changes.added)
        sideOnly(*b, key, tr("added in B"), false);
    for (const std::string &key : c.changes.removed)
        sideOnly(*a, key, tr("not in B"), true);
    if (!m_onlyDiffering->isChecked())
        for (const ScheduledCapability &s : b->schedule.capabilities)
            if (!listed.contains(s.key))
                m_model->appendRow({cell(qs(s.key)), cell(nameIn(b->plan, s.key)), cell(tr("same")),
                                    number(s.wave, QString::number(s.wave)),
                                    number(s.wave, QString::number(s.wave)),
                                    cell(dateOf(a->plan, a->schedule.find(s.key)
                                                             ? a->schedule.find(s.key)->startDay
                                                             : s.startDay),
                                         s.startDay),
                                    cell(dateOf(b->plan, s.startDay), s.startDay),
                                    number(0, qs(driftCellText(0)))});

    showBoard(&*a, &*b);

    // Teams and cost, where they differ.
    for (const TeamWaveDelta &d : c.load) {
        if (!d.changed() && m_onlyDiffering->isChecked())
            continue;
        const int row = m_load->rowCount();
        m_load->insertRow(row);
        const QStringList cells{
            qs(d.team),
            QString::number(d.wave),
            tr("%1 of %2").arg(d.fromPeopleDaysUsed).arg(d.fromPeopleDaysAvailable),
            tr("%1 of %2").arg(d.toPeopleDaysUsed).arg(d.toPeopleDaysAvailable),
            QString::number(d.fromGoLives),
            QString::number(d.toGoLives),
            QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_load->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    for (std::size_t i = 0; i < c.fromCostByWave.size() && i < c.toCostByWave.size(); ++i) {
        const int row = m_load->rowCount();
        m_load->insertRow(row);
        m_load->setItem(row, 0, new QTableWidgetItem(tr("All teams: cost")));
        m_load->setItem(row, 1, new QTableWidgetItem(QString::number(c.fromCostByWave[i].wave)));
        m_load->setItem(row, 6,
                        new QTableWidgetItem(
                            tr("%1 / %2").arg(qs(text::formatDecimal(c.fromCostByWave[i].cost)),
                                              qs(text::formatDecimal(c.toCostByWave[i].cost)))));
    }
    m_load->resizeColumnsToContents();
}

Status CompareWindow::exportPdf(const std::filesystem::path &path) const {
    if (!m_shown)
        return messageError("There is no comparison to export: pick two sides that can be read.");
    return report::writeComparisonPdf(m_shown->from, m_shown->to, m_shown->comparison,
                                      report::ReportDialog::savedOptions(), path, true);
}

void CompareWindow::chooseAndExportPdf() {
    if (!m_shown)
        return;
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("export/folder"), settings.value(QStringLiteral("files/lastFolder")))
            .toString();
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export the comparison"), QDir(folder).filePath(tr("comparison.pdf")), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QLatin1String(".pdf");
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(file).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = exportPdf(file.toStdString());
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Export the comparison"),
                             tr("The comparison was not written: %1").arg(qs(written.errorText())));
        return;
    }
    m_exported->setText(tr("Wrote %1").arg(QFileInfo(file).fileName()));
}

} // namespace waveplan::ui
