#include "ui/main_window.h"

#include "ui/capability_table_model.h"
#include "ui/document/plan_document.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_view.h"

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
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace waveplan::ui {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PlanDocument(this))
    , m_selection(new SelectionModel(this))
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
    m_mapScene = new map::MapScene(m_document, m_selection, this);
    m_mapView = new map::MapView(m_mapScene, this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("centralTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(m_mapView, tr("Dependency &map"));
    tabs->addTab(m_table, tr("&Capabilities"));
    setCentralWidget(tabs);
    connect(m_mapScene, &map::MapScene::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });

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
    connect(m_document, &PlanDocument::planChanged, this, &MainWindow::refreshPlanViews);
    connect(m_document, &PlanDocument::fileStateChanged, this, &MainWindow::refreshTitle);
    refreshPlanViews();

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
    return m_document->plan();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open..."));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    QAction *saveAction = fileMenu->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &MainWindow::save);
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As..."));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    editMenu->addAction(undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    editMenu->addAction(redo);

    createMapActions();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Waveplan"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMapActions()
{
    // The map's own actions (their shortcuts work while the map has focus).
    QMenu *mapMenu = menuBar()->addMenu(tr("&Map"));
    mapMenu->addAction(m_mapView->addCapabilityAction());
    mapMenu->addAction(m_mapView->connectAction());
    mapMenu->addAction(m_mapView->connectSelectedAction());
    mapMenu->addAction(m_mapView->deleteAction());
    mapMenu->addSeparator();
    mapMenu->addAction(m_mapView->showCriticalPathAction());
    mapMenu->addAction(m_mapView->showCriticalChainAction());
    mapMenu->addAction(m_mapView->manualLayoutAction());
    mapMenu->addSeparator();
    mapMenu->addAction(m_mapView->zoomInAction());
    mapMenu->addAction(m_mapView->zoomOutAction());
    mapMenu->addAction(m_mapView->fitAction());

    QToolBar *toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName(QStringLiteral("mapToolbar"));
    toolbar->addAction(m_mapView->addCapabilityAction());
    toolbar->addAction(m_mapView->deleteAction());
    toolbar->addSeparator();
    toolbar->addAction(m_mapView->showCriticalPathAction());
    toolbar->addAction(m_mapView->showCriticalChainAction());
    toolbar->addSeparator();
    toolbar->addAction(m_mapView->fitAction());
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
    const Status opened = m_document->open(path);
    if (!opened) {
        // Window-modal but not blocking, so the event loop (and tests) carry on.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open plan"),
                                    tr("Waveplan could not open this plan; nothing was changed."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openErrorBox"));
        box->setInformativeText(qs(opened.errorText()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    fitMapSoon();
    return true;
}

void MainWindow::showPlan(const Plan &plan, const std::filesystem::path &path)
{
    m_document->resetPlan(plan, path);
    fitMapSoon();
}

void MainWindow::fitMapSoon()
{
    // After the window has its size, so the whole newly opened plan is in view.
    QTimer::singleShot(0, m_mapView, &map::MapView::fitAll);
}

bool MainWindow::save()
{
    if (m_document->filePath().empty() || m_document->filePath().extension() != ".waveplan")
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("files/lastFolder")).toString();
    QString file = QFileDialog::getSaveFileName(this, tr("Save plan"), folder, tr("Waveplan plans (*.waveplan)"));
    if (file.isEmpty())
        return false;
    if (!file.endsWith(QStringLiteral(".waveplan")))
        file += QStringLiteral(".waveplan");
    settings.setValue(QStringLiteral("files/lastFolder"), QFileInfo(file).absolutePath());
    return saveTo(file.toStdString());
}

bool MainWindow::saveTo(const std::filesystem::path &path)
{
    const Status saved = m_document->saveAs(path);
    if (!saved) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot save plan"),
                                    tr("Waveplan could not save this plan."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("saveErrorBox"));
        box->setInformativeText(qs(saved.errorText()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    fitMapSoon();
    return true;
}

void MainWindow::refreshPlanViews()
{
    const Plan &plan = m_document->plan();
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

    refreshTitle();
    m_summary->setText(tr("%1 capabilities, %2 dependencies, %3 teams, %4 problems")
                           .arg(plan.capabilities.size())
                           .arg(plan.dependencies.size())
                           .arg(plan.teams.size())
                           .arg(problems.size()));
}

void MainWindow::refreshTitle()
{
    const QString name = qs(m_document->plan().name);
    const std::filesystem::path &path = m_document->filePath();
    const QString title =
        path.empty() ? name : QStringLiteral("%1 (%2)").arg(name, qs(path.filename().string()));
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] - Waveplan").arg(title));
    setWindowModified(m_document->isModified());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Waveplan"),
                       tr("<b>Waveplan %1</b><p>Sequence marketing capabilities into feasible 90-day waves.</p>")
                           .arg(QStringLiteral(WAVEPLAN_VERSION)));
}

} // namespace waveplan::ui
