#include "ui/report/report_dialog.h"

#include "ui/document/plan_document.h"
#include "ui/text/qt_text.h"
#include "ui/report/drawing_formats.h"
#include "ui/report/report_scenes.h"
#include "ui/report/report_writer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace waveplan::ui::report {

ReportDialog::ReportDialog(const PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportDialog"));

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
    m_paper->addItem(tr("A3"), static_cast<int>(QPageSize::A3));
    m_paper->addItem(tr("US Tabloid (11 x 17 in)"), static_cast<int>(QPageSize::Tabloid));
    m_paper->setAccessibleName(tr("Paper size"));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Landscape"), static_cast<int>(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), static_cast<int>(QPageLayout::Portrait));
    m_orientation->setAccessibleName(tr("Orientation"));
    const auto section = [this](const QString &text, const QString &name) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(name);
        box->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateButtons);
        return box;
    };
    m_includeSummary = section(tr("Include the executive &summary"), QStringLiteral("includeSummary"));
    m_includeRoadmap = section(tr("Include the o&ne-page roadmap"), QStringLiteral("includeRoadmap"));
    m_includeWaves = section(tr("Include a table per &wave"), QStringLiteral("includeWaves"));
    m_includeCritical = section(tr("Include what sets the end &date"), QStringLiteral("includeCritical"));
    m_includeCapacity = section(tr("Include team capacit&y"), QStringLiteral("includeCapacity"));
    m_includeRisks = section(tr("Include problems and &risks"), QStringLiteral("includeRisks"));
    m_includeMap = new QCheckBox(tr("Include the dependency &map (each wave's part above its table)"), this);
    m_includeMap->setAccessibleName(tr("Include the dependency map"));
    m_includeMap->setToolTip(tr("Each wave's part of the map comes before its table, with named stubs for the "
                                "capabilities of other waves; the whole map is added when it fits one page legibly."));
    m_includeBoard = new QCheckBox(tr("Include the wave &board"), this);
    m_includeBoard->setAccessibleName(tr("Include the wave board"));
    m_includeBoard->setToolTip(tr("The app's wave board, tiled over pages when large. The one-page roadmap shows the "
                                  "same lanes and is on by default."));

    const Baseline *baseline = m_document->shownBaseline();
    m_includeBaseline = new QCheckBox(baseline ? tr("Include the changes since the baseline \"%1\"").arg(qs(baseline->name))
                                               : tr("Include the changes since a baseline (none is shown)"),
                                      this);
    m_includeBaseline->setObjectName(QStringLiteral("includeBaseline"));
    m_includeBaseline->setEnabled(baseline != nullptr);

    auto *form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("Sections:"), m_includeSummary);
    form->addRow(QString(), m_includeRoadmap);
    form->addRow(QString(), m_includeWaves);
    form->addRow(QString(), m_includeMap);
    form->addRow(QString(), m_includeBoard);
    form->addRow(QString(), m_includeBaseline);
    form->addRow(QString(), m_includeCritical);
    form->addRow(QString(), m_includeCapacity);
    form->addRow(QString(), m_includeRisks);
    for (QCheckBox *box : {m_includeMap, m_includeBoard, m_includeBaseline})
        connect(box, &QCheckBox::toggled, this, &ReportDialog::updateButtons);

    auto *note = new QLabel(tr("The report shows the best schedule the solver finds with its standard budget, the "
                               "same as 'waveplan schedule'. Each wave shows its part of the map, and the whole map is added "
                               "when it fits one page; the board, when ticked, is split across pages when large."),
                            this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = m_previewButton = buttons->addButton(tr("Pre&view..."), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("previewButton"));
    QPushButton *exportButton = m_exportButton = buttons->addButton(tr("&Export PDF..."), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A plan too large to draw, or a schedule too long, says so here, before anyone waits for a
    // preview.
    Status drawable = drawablePlan(document->plan());
    if (drawable)
        drawable = drawableSchedule(document->plan(), document->schedule());
    if (!drawable) {
        note->setObjectName(QStringLiteral("tooLargeNote"));
        QString why = qs(drawable.errors().front().message);
        why[0] = why[0].toUpper();
        note->setText(why + QLatin1Char('.'));
        m_drawable = false;
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    setOptions(savedOptions());
    updateButtons();
}

void ReportDialog::updateButtons()
{
    bool any = false;
    for (QCheckBox *box : {m_includeSummary, m_includeRoadmap, m_includeWaves, m_includeMap, m_includeBoard, m_includeBaseline,
                           m_includeCritical, m_includeCapacity, m_includeRisks})
        any = any || (box->isEnabled() && box->isChecked());
    const QString why = any ? QString() : tr("Choose at least one section");
    for (QPushButton *button : {m_previewButton, m_exportButton}) {
        button->setEnabled(m_drawable && any);
        button->setToolTip(why);
    }
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.paper = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    options.orientation = static_cast<QPageLayout::Orientation>(m_orientation->currentData().toInt());
    options.includeMap = m_includeMap->isChecked();
    options.includeBoard = m_includeBoard->isEnabled() && m_includeBoard->isChecked();
    options.includeSummary = m_includeSummary->isChecked();
    options.includeRoadmap = m_includeRoadmap->isChecked();
    options.includeWaves = m_includeWaves->isChecked();
    options.includeCritical = m_includeCritical->isChecked();
    options.includeCapacity = m_includeCapacity->isChecked();
    options.includeRisks = m_includeRisks->isChecked();
    if (const Baseline *baseline = m_document->shownBaseline(); baseline && m_includeBaseline->isChecked())
        options.baseline = baseline->name;
    return options;
}

void ReportDialog::setOptions(const ReportOptions &options)
{
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(static_cast<int>(options.paper))));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(static_cast<int>(options.orientation))));
    m_includeMap->setChecked(options.includeMap);
    m_includeBoard->setChecked(options.includeBoard);
    m_includeBaseline->setChecked(m_includeBaseline->isEnabled());
    m_includeSummary->setChecked(options.includeSummary);
    m_includeRoadmap->setChecked(options.includeRoadmap);
    m_includeWaves->setChecked(options.includeWaves);
    m_includeCritical->setChecked(options.includeCritical);
    m_includeCapacity->setChecked(options.includeCapacity);
    m_includeRisks->setChecked(options.includeRisks);
}

ReportOptions ReportDialog::savedOptions()
{
    QSettings settings;
    ReportOptions options;
    options.paper = pageSizeOf(
        parsePaper(settings.value(QStringLiteral("report/paper")).toString().toStdString()).value_or(Paper::A4));
    options.orientation = settings.value(QStringLiteral("report/orientation")).toString() == QLatin1String("portrait")
                              ? QPageLayout::Portrait
                              : QPageLayout::Landscape;
    options.includeMap = settings.value(QStringLiteral("report/includeMap"), true).toBool();
    options.includeBoard = settings.value(QStringLiteral("report/includeBoard"), false).toBool();
    options.includeSummary = settings.value(QStringLiteral("report/includeSummary"), true).toBool();
    options.includeRoadmap = settings.value(QStringLiteral("report/includeRoadmap"), true).toBool();
    options.includeWaves = settings.value(QStringLiteral("report/includeWaves"), true).toBool();
    options.includeCritical = settings.value(QStringLiteral("report/includeCritical"), true).toBool();
    options.includeCapacity = settings.value(QStringLiteral("report/includeCapacity"), true).toBool();
    options.includeRisks = settings.value(QStringLiteral("report/includeRisks"), true).toBool();
    return options;
}

void ReportDialog::saveOptions(const ReportOptions &options)
{
    QSettings settings;
    const std::string_view paper = paperName(paperOf(options.paper));
    settings.setValue(QStringLiteral("report/paper"), QString::fromLatin1(paper.data(), static_cast<qsizetype>(paper.size())));
    settings.setValue(QStringLiteral("report/orientation"), options.orientation == QPageLayout::Portrait
                                                                ? QStringLiteral("portrait")
                                                                : QStringLiteral("landscape"));
    settings.setValue(QStringLiteral("report/includeMap"), options.includeMap);
    settings.setValue(QStringLiteral("report/includeBoard"), options.includeBoard);
    settings.setValue(QStringLiteral("report/includeSummary"), options.includeSummary);
    settings.setValue(QStringLiteral("report/includeRoadmap"), options.includeRoadmap);
    settings.setValue(QStringLiteral("report/includeWaves"), options.includeWaves);
    settings.setValue(QStringLiteral("report/includeCritical"), options.includeCritical);
    settings.setValue(QStringLiteral("report/includeCapacity"), options.includeCapacity);
    settings.setValue(QStringLiteral("report/includeRisks"), options.includeRisks);
}

int ReportDialog::paintInto(QPrinter *printer)
{
    const ReportOptions chosen = options();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The waves on screen, as they are.
    const ReportScenes scenes(m_document->plan(), chosen.budgetSchedules, chosen.includeBoard,
                              referenceOf(m_document->schedule()));
    printer->setResolution(kReportDpi);
    setUpPages(printer, chosen);
    const int pages = paintReport(printer, scenes, chosen);
    QApplication::restoreOverrideCursor();
    return pages;
}

Status ReportDialog::exportTo(const std::filesystem::path &path)
{
    ReportOptions chosen = options();
    saveOptions(chosen);
    chosen.shown = referenceOf(m_document->schedule()); // the waves on screen, as they are
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeReportPdf(m_document->plan(), chosen, path, true);
    QApplication::restoreOverrideCursor();
    return written;
}

void ReportDialog::preview()
{
    saveOptions(options());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { paintInto(p); });
    dialog.exec();
}

void ReportDialog::chooseAndExport()
{
    QString suggested = qs(m_document->filePath().stem().string());
    if (suggested.isEmpty())
        suggested = qs(m_document->plan().name);
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested + tr(" report.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    const Status written = exportTo(file.toStdString());
    if (!written) {
        QMessageBox::warning(this, tr("Export Report"), tr("The report was not saved.\n\n%1").arg(qs(written.errorText())));
        return;
    }
    accept();
}

} // namespace waveplan::ui::report
