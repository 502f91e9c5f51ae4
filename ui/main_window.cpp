#include "ui/main_window.h"

#include "ui/capability_table_model.h"

#include "core/io/plan_json.h"
#include "core/store/plan_store.h"
#include "core/validate/validation.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>

namespace waveplan::ui {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

Result<Plan> loadPlan(const std::filesystem::path &path)
{
    if (path.extension() == ".json")
        return readPlanJsonFile(path);
    return openPlanFile(path);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new CapabilityTableModel(this))
    , m_table(new QTableView(this))
    , m_teams(new QListWidget(this))
    , m_problems(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Capabilities"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);

    auto *teamsDock = new QDockWidget(tr("Teams"), this);
    teamsDock->setObjectName(QStringLiteral("teamsDock"));
    m_teams->setAccessibleName(tr("Teams"));
    teamsDock->setWidget(m_teams);
    addDockWidget(Qt::RightDockWidgetArea, teamsDock);

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    statusBar()->addPermanentWidget(m_summary);
    createActions();
    resize(1200, 760);
    showPlan(Plan{});

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    connect(qApp, &QApplication::aboutToQuit, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
    });
}

const Plan &MainWindow::plan() const
{
    return m_model->plan();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open..."));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Waveplan"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::chooseAndOpen()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("files/lastFolder")).toString();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open plan"), folder,
                                                      tr("Waveplan plans (*.waveplan);;Plan JSON (*.json)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastFolder"), QFileInfo(file).absolutePath());
    openFile(file.toStdString());
}

bool MainWindow::openFile(const std::filesystem::path &path)
{
    const Result<Plan> loaded = loadPlan(path);
    if (!loaded) {
        // Window-modal but not blocking, so the event loop (and tests) carry on.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open plan"),
                                    tr("Waveplan could not open this plan; nothing was changed."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->setInformativeText(qs(loaded.errorText()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    showPlan(*loaded, path);
    return true;
}

void MainWindow::showPlan(const Plan &plan, const std::filesystem::path &path)
{
    m_path = path;
    m_model->setPlan(plan);
    m_table->resizeColumnsToContents();

    m_teams->clear();
    for (const Team &t : plan.teams) {
        QString line = tr("%1: %2 people").arg(qs(t.name)).arg(t.capacity);
        if (t.maxChangesPerWave)
            line += tr(", at most %1 go-lives per wave").arg(*t.maxChangesPerWave);
        m_teams->addItem(line);
    }

    m_problems->clear();
    const std::vector<Problem> problems = validatePlan(plan);
    for (const Problem &p : problems) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(p.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                : QStyle::SP_MessageBoxWarning),
            qs(p.message));
        m_problems->addItem(item);
    }

    const QString title = path.empty() ? qs(plan.name) : QStringLiteral("%1 (%2)").arg(qs(plan.name), qs(path.filename().string()));
    setWindowTitle(tr("%1 - Waveplan").arg(title));
    m_summary->setText(tr("%1 capabilities, %2 dependencies, %3 teams, %4 problems")
                           .arg(plan.capabilities.size())
                           .arg(plan.dependencies.size())
                           .arg(plan.teams.size())
                           .arg(problems.size()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Waveplan"),
                       tr("<b>Waveplan %1</b><p>Sequence marketing capabilities into feasible 90-day waves.</p>")
                           .arg(QStringLiteral(WAVEPLAN_VERSION)));
}

} // namespace waveplan::ui
