#include "ui/window/main_window.h"

#include "ui/table/capability_filter_bar.h"
#include "ui/table/capability_filter_model.h"
#include "ui/table/capability_table_model.h"
#include "ui/table/capability_table_view.h"
#include "ui/capacity/capacity_view.h"
#include "ui/next90/next_ninety_days_view.h"
#include "ui/about/about_dialog.h"
#include "ui/compare/compare_window.h"
#include "ui/window/baseline_actions.h"
#include "ui/window/changes_banner.h"
#include "ui/window/scenario_actions.h"
#include "ui/window/desktop.h"
#include "ui/window/themes.h"
#include "ui/files/autosave.h"
#include "ui/files/export_action.h"
#include "ui/files/plan_file_lock.h"
#include "ui/files/recent_files.h"
#include "ui/inspector/capability_inspector.h"
#include "ui/problems/problems_panel.h"
#include "ui/report/image_export_dialog.h"
#include "ui/report/report_dialog.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"
#include "ui/settings/plan_settings_dialog.h"
#include "ui/teams/teams_editor.h"
#include "ui/document/plan_document.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_view.h"
#include "ui/board/board_actions.h"
#include "ui/presentation/presenter.h"

#include "core/formats/format_registry.h"
#include "core/store/plan_store.h"
#include "core/validate/validation.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QDockWidget>
#include <QGuiApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace waveplan::ui {

namespace {

/// Rows whose text fitting the table's columns reads (QHeaderView::resizeContentsPrecision):
/// enough to see the long names of a screenful and more, and a plan of 10,000 capabilities
/// opens without measuring 150,000 cells.
constexpr int kRowsMeasuredToFitColumns = 200;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PlanDocument(this))
    , m_selection(new SelectionModel(m_document, this))
    , m_model(new CapabilityTableModel(m_document, this))
    , m_table(new CapabilityTableView(this))
    , m_summary(new QLabel(this))
    , m_recentFiles(new RecentFiles(this))
    , m_autosave(new Autosave(m_document, this))
{
    if (const Theme theme = rememberedTheme(); theme != Theme::Desktop)
        applyTheme(theme);
    m_problems = new ProblemsPanel(m_document, m_selection, this);
    // A large plan's problems come in after the edit that changed them (ProblemsPanel): the count too.
    connect(m_problems, &ProblemsPanel::problemsChanged, this, &MainWindow::refreshSummary);
    m_filter = new CapabilityFilterModel(m_model, this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // plan order until the user sorts
    m_table->setAccessibleName(tr("Capabilities"));
    // Fitting a column reads the text of this many rows, the visible ones first, not every row.
    m_table->horizontalHeader()->setResizeContentsPrecision(kRowsMeasuredToFitColumns);
    m_mapScene = new map::MapScene(m_document, m_selection, this);
    m_mapView = new map::MapView(m_mapScene, this);
    m_mapView->setObjectName(QStringLiteral("mapView"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("centralTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(m_mapView, tr("&Dependency map"));
    // The wave board right after the map: the two pictures of the plan side by side.
    m_boardView = board::addBoardTab(this, tabs, tabs->count(), m_document, m_selection);
    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(new CapabilityFilterBar(m_document, m_filter, tablePage));
    tableLayout->addWidget(m_table);
    tabs->addTab(tablePage, tr("&Capabilities"));
    // Team load per wave and wave 1 at a glance (ui/capacity/, ui/next90/).
    auto *capacityView = new CapacityView(m_document, m_selection, this);
    capacityView->setObjectName(QStringLiteral("capacityView"));
    tabs->addTab(capacityView, tr("Capacit&y"));
    auto *nextNinetyDaysView = new NextNinetyDaysView(m_document, m_selection, this);
    nextNinetyDaysView->setObjectName(QStringLiteral("nextNinetyDaysView"));
    tabs->addTab(nextNinetyDaysView, tr("&Next 90 days"));
    connect(m_model, &CapabilityTableModel::editRejected, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connectTableSelection();
    setCentralWidget(tabs);
    connect(m_mapScene, &map::MapScene::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });

    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    auto *inspector = new CapabilityInspector(m_document, m_selection, inspectorDock);
    inspectorDock->setWidget(inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    // Insert (or Map > Add capability) then type: the new capability's name is ready to type over.
    connect(m_mapScene, &map::MapScene::capabilityAdded, this, [inspector, inspectorDock] {
        inspectorDock->show();
        inspectorDock->raise();
        inspector->editName();
    });

    auto *teamsDock = new QDockWidget(tr("Teams"), this);
    teamsDock->setObjectName(QStringLiteral("teamsDock"));
    teamsDock->setWidget(new TeamsEditor(m_document, teamsDock));
    addDockWidget(Qt::RightDockWidgetArea, teamsDock);
    tabifyDockWidget(inspectorDock, teamsDock);
    inspectorDock->raise();

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problems->setAccessibleName(tr("Problems"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    m_summary->setObjectName(QStringLiteral("planSummary"));
    // What the last change moved, left; the plan's figures, right.
    m_changes = new ChangesBanner(m_document, this);
    statusBar()->addWidget(m_changes, 1);
    connect(statusBar(), &QStatusBar::messageChanged, m_changes,
            [this](const QString &message) { m_changes->setSuppressed(!message.isEmpty()); });
    statusBar()->addPermanentWidget(m_summary);
    createActions();
    // A first window fills most of its screen; later ones come back as they were left.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        resize(available.size() * 0.8);
        move(available.center() - rect().center());
    } else {
        resize(1200, 760);
    }
    connect(m_document, &PlanDocument::planChanged, this,
            [this](PlanChange change) { refreshPlanViews(change); });
    connect(m_document, &PlanDocument::scheduleChanged, this, &MainWindow::refreshSummary);
    connect(m_document, &PlanDocument::fileStateChanged, this, &MainWindow::followFilePath);
    connect(m_document, &PlanDocument::fileStateChanged, this, &MainWindow::refreshTitle);
    connect(m_document, &PlanDocument::scenariosChanged, this, &MainWindow::refreshTitle);
    connect(m_document, &PlanDocument::scenariosChanged, this, &MainWindow::refreshSummary);
    refreshPlanViews(PlanChange::Reset);

    m_mapView->setFocus(Qt::OtherFocusReason); // keys go to the map, not the first text box
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    connect(qApp, &QApplication::aboutToQuit, this, [this] {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
    });
}

QListWidget *MainWindow::problemList() const
{
    return m_problems->list();
}

const Plan &MainWindow::plan() const
{
    return m_document->plan();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(actionIcon(QStringLiteral("document-new")), tr("&New"));
    newAction->setObjectName(QStringLiteral("newAction"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newPlan);
    QAction *open = fileMenu->addAction(actionIcon(QStringLiteral("document-open")), tr("&Open..."));
    open->setObjectName(QStringLiteral("openAction"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    m_recentFiles->fillMenu(m_recentMenu);
    // Files may have gone since the menu was filled; refill when shown. Queued on change,
    // because "Clear Menu" changes the list from inside one of the menu's own actions.
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recentFiles->fillMenu(m_recentMenu); });
    connect(m_recentFiles, &RecentFiles::changed, this, [this] { m_recentFiles->fillMenu(m_recentMenu); },
            Qt::QueuedConnection);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openRecent,
            Qt::QueuedConnection);
    QAction *saveAction = fileMenu->addAction(actionIcon(QStringLiteral("document-save")), tr("&Save"));
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &MainWindow::save);
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As..."));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    fileMenu->addSeparator();
    addImportActions(fileMenu);
    fileMenu->addSeparator();
    // Every format the registry writes (ui/files/), then reports and pictures with their options (ui/report/).
    addExportAction(fileMenu, m_document, this);
    QAction *reportAction = fileMenu->addAction(tr("Export Re&port..."));
    reportAction->setObjectName(QStringLiteral("exportReportAction"));
    reportAction->setShortcut(QKeySequence::Print);
    connect(reportAction, &QAction::triggered, this, [this] { report::ReportDialog(m_document, this).exec(); });
    QAction *imageAction = fileMenu->addAction(tr("Export I&mage..."));
    imageAction->setObjectName(QStringLiteral("exportImageAction"));
    connect(imageAction, &QAction::triggered, this, [this] { report::ImageExportDialog(m_document, this).exec(); });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // From the group: Undo and Redo follow the open scenario's history.
    QAction *undo = m_document->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(actionIcon(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    editMenu->addAction(undo);
    QAction *redo = m_document->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(actionIcon(QStringLiteral("edit-redo")));
    // Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    editMenu->addAction(redo);

    QToolBar *fileToolbar = addToolBar(tr("File"));
    fileToolbar->setObjectName(QStringLiteral("fileToolbar"));
    fileToolbar->addActions({newAction, open, saveAction});
    fileToolbar->addSeparator();
    fileToolbar->addActions({undo, redo});

    editMenu->addSeparator();
    QAction *settingsAction = editMenu->addAction(tr("Plan &Settings..."));
    settingsAction->setObjectName(QStringLiteral("planSettingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this, [this] { editPlanSettings(m_document, this); });

    createMapActions();
    board::addBoardMenu(this, m_boardView);
    createScheduleActions();
    QMenu *scenarioMenu = menuBar()->addMenu(tr("Scena&rio"));
    scenarioMenu->setObjectName(QStringLiteral("scenarioMenu"));
    addScenarioActions(scenarioMenu, m_document, this);
    QToolBar *scenarioBar = addToolBar(tr("Scenario"));
    scenarioBar->setObjectName(QStringLiteral("scenarioToolbar"));
    scenarioBar->addWidget(new QLabel(tr(" Scenario: "), scenarioBar));
    scenarioBar->addWidget(new ScenarioChooser(m_document, scenarioBar));

    // View > Present (F5) and Present on: presentation mode for a projector (ui/presentation/).
    auto *presenter = new presentation::Presenter(m_document, m_selection, this);
    presenter->setLayoutSource(m_mapScene);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(presenter->presentAction());
    viewMenu->addMenu(presenter->screenMenu());
    viewMenu->addSeparator();
    viewMenu->addMenu(makeThemeMenu(this));
    // Every dock can be closed; this is where it comes back.
    QMenu *panels = viewMenu->addMenu(tr("Pa&nels"));
    panels->setObjectName(QStringLiteral("panelsMenu"));
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(QLatin1Char('&') + dock->windowTitle()); // Inspector, Teams, Problems: all differ
        panels->addAction(toggle);
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Waveplan"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createScheduleActions()
{
    QMenu *menu = menuBar()->addMenu(tr("&Schedule"));
    QAction *optimise = menu->addAction(tr("&Optimise Whole Plan"));
    optimise->setObjectName(QStringLiteral("optimiseAction"));
    optimise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    optimise->setStatusTip(tr("Search for the shortest schedule from scratch; it may move many capabilities. "
                              "Undo brings back the schedule you had."));
    connect(optimise, &QAction::triggered, m_document, &PlanDocument::optimiseWholePlan);
    connect(m_document, &PlanDocument::optimisingChanged, this, [this, optimise](bool busy) {
        optimise->setEnabled(!busy);
        if (busy)
            statusBar()->showMessage(tr("Optimising the whole plan..."));
        else
            statusBar()->clearMessage();
    });
    QAction *dismiss = menu->addAction(tr("&Dismiss What Changed"));
    dismiss->setObjectName(QStringLiteral("dismissChangesAction"));
    dismiss->setStatusTip(tr("Clear the \"moved\" marks on the map and the board"));
    connect(dismiss, &QAction::triggered, m_document, &PlanDocument::dismissChanges);
    menu->addSeparator();
    addBaselineActions(menu, m_document, this);
    menu->addSeparator();
    QAction *compare = menu->addAction(tr("&Compare..."));
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compare->setStatusTip(tr("Put two scenarios, baselines or plan files side by side: what moved, end dates, load, cost"));
    connect(compare, &QAction::triggered, this, [this] {
        auto *window = new CompareWindow(m_document, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    // The table's drift column shows only while a baseline is shown.
    const auto showDrift = [this] {
        m_table->setColumnHidden(CapabilityTableModel::Drift, m_document->shownBaseline() == nullptr);
    };
    connect(m_document, &PlanDocument::shownBaselineChanged, this, showDrift);
    showDrift();
}

void MainWindow::createMapActions()
{
    m_mapView->addCapabilityAction()->setIcon(actionIcon(QStringLiteral("list-add"), QStringLiteral("capability-add")));
    m_mapView->deleteAction()->setIcon(actionIcon(QStringLiteral("edit-delete")));
    m_mapView->showCriticalPathAction()->setIcon(actionIcon(QStringLiteral("critical-path")));
    m_mapView->showCriticalChainAction()->setIcon(actionIcon(QStringLiteral("critical-chain")));
    m_mapView->fitAction()->setIcon(actionIcon(QStringLiteral("zoom-fit-best")));
    // The map's own actions (their shortcuts work while the map has focus).
    QMenu *mapMenu = menuBar()->addMenu(tr("&Map"));
    mapMenu->addAction(m_mapView->addCapabilityAction());
    mapMenu->addAction(m_mapView->connectAction());
    mapMenu->addAction(m_mapView->connectSelectedAction());
    mapMenu->addAction(m_mapView->deleteAction());
    mapMenu->addSeparator();
    mapMenu->addAction(m_mapView->showCriticalPathAction());
    mapMenu->addAction(m_mapView->showCriticalChainAction());
    mapMenu->addAction(m_mapView->focusAction());
    mapMenu->addAction(m_mapView->legendAction());
    mapMenu->addAction(m_mapView->manualLayoutAction());
    mapMenu->addAction(m_mapView->tidyUpAction());
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
    if (!maybeSave())
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("files/lastFolder")).toString();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open plan"), folder,
                                                      tr("Waveplan plans (*.waveplan);;Plan JSON (*.json)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("files/lastFolder"), QFileInfo(file).absolutePath());
    openFile(file.toStdString());
}

namespace {

/// "another Waveplan window (process 4242 on studio-pc)".
QString holderText(const std::string &holder)
{
    return holder.empty() ? MainWindow::tr("another Waveplan window")
                          : MainWindow::tr("another Waveplan window (%1)").arg(qs(holder));
}

/// One file, however its path is spelled (relative, absolute, through a link).
bool sameFile(const std::filesystem::path &a, const std::filesystem::path &b)
{
    return !a.empty() && !b.empty() && (a == b || planPathKey(a) == planPathKey(b));
}

} // namespace

bool MainWindow::openFile(const std::filesystem::path &path)
{
    // Reopening the file this window has open keeps its lock; any other is claimed first.
    const bool alreadyLocked = m_fileLock && sameFile(path, m_lockedFile);
    PlanFileClaim claim;
    if (!alreadyLocked) {
        claim = claimPlanFile(m_lockDirectory, path);
        if (claim.heldBy && ask(Question::FileInUse, tr("\u201c%1\u201d is already open in %2.")
                                                         .arg(qs(path.filename().string()),
                                                              holderText(*claim.heldBy))) != QMessageBox::Open)
            return false;
    }
    const Status opened = m_document->open(path);
    if (!opened) {
        showWarning(this, QStringLiteral("openErrorBox"), tr("Cannot open plan"),
                    tr("Waveplan could not open this plan; nothing was changed."), qs(opened.errorText()));
        return false;
    }
    if (alreadyLocked) {
        m_lockedFile = path; // the spelling the document now has
    } else {
        m_fileLock = std::move(claim.lock);
        m_lockedFile = m_fileLock ? path : std::filesystem::path();
        m_readOnlyFile = claim.heldBy ? path : std::filesystem::path();
    }
    refreshTitle();
    if (isReadOnly())
        statusBar()->showMessage(tr("Read-only: this file is open in %1. Keep your changes with File > Save As.")
                                     .arg(holderText(*claim.heldBy)),
                                 20000);
    m_recentFiles->add(QString::fromStdString(path.string()));
    fitMapSoon();
    return true;
}

bool MainWindow::isReadOnly() const
{
    return sameFile(m_readOnlyFile, m_document->filePath());
}

void MainWindow::followFilePath()
{
    const std::filesystem::path &path = m_document->filePath();
    if (!sameFile(m_lockedFile, path)) {
        m_fileLock.reset();
        m_lockedFile.clear();
    }
    if (!sameFile(m_readOnlyFile, path))
        m_readOnlyFile.clear();
}

void MainWindow::openRecent(const QString &path)
{
    if (!maybeSave())
        return;
    if (!QFileInfo::exists(path)) {
        m_recentFiles->remove(path);
        statusBar()->showMessage(tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)), 8000);
        return;
    }
    openFile(path.toStdString());
}

bool MainWindow::newPlan()
{
    if (!maybeSave())
        return false;
    m_document->resetPlan(blankPlan());
    fitMapSoon();
    return true;
}

QMessageBox::StandardButton MainWindow::ask(Question question, const QString &detail)
{
    if (m_prompt)
        return m_prompt(question, detail);
    if (question == Question::UnsavedChanges) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("Save the changes to \"%1\" before closing it?").arg(detail),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Your changes are lost if you don't save them."));
        box.setDefaultButton(QMessageBox::Save);
        return static_cast<QMessageBox::StandardButton>(box.exec());
    }
    if (question == Question::DeleteUnreadableRecovery) {
        QMessageBox box(QMessageBox::Warning, tr("Unreadable recovery file"),
                        tr("Waveplan found a recovery file from a previous session but cannot read it."),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setInformativeText(tr("Delete it? Keeping it sets it aside, where it stays until you delete it."));
        box.setDetailedText(detail);
        box.button(QMessageBox::Yes)->setText(tr("&Delete"));
        box.button(QMessageBox::No)->setText(tr("&Keep"));
        box.setDefaultButton(QMessageBox::No);
        return static_cast<QMessageBox::StandardButton>(box.exec());
    }
    if (question == Question::FileInUse) {
        QMessageBox box(QMessageBox::Warning, tr("Plan already open"), detail, QMessageBox::Open | QMessageBox::Cancel,
                        this);
        box.setInformativeText(tr("Open a read-only copy? You can make changes and keep them with File > Save As "
                                  "under a new name; only the other window saves this file."));
        box.button(QMessageBox::Open)->setText(tr("Open &Read-Only"));
        box.setDefaultButton(QMessageBox::Open);
        return static_cast<QMessageBox::StandardButton>(box.exec());
    }
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work"),
                    tr("Waveplan found unsaved changes to \"%1\" from a previous session.").arg(detail),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("Restore them? Discarding deletes the recovered copy."));
    box.button(QMessageBox::Yes)->setText(tr("&Restore"));
    box.button(QMessageBox::No)->setText(tr("&Discard"));
    box.setDefaultButton(QMessageBox::Yes);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (ask(Question::UnsavedChanges, qs(m_document->plan().name))) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::offerRecovery()
{
    const std::optional<std::filesystem::path> found = Autosave::findRecoveryFile(m_autosave->directory());
    if (!found)
        return false;
    // Every scenario, each with the schedule that was on screen when the plan was autosaved.
    Result<ScenarioSet> recovered = openScenarios(PlanLocation::ofFile(*found));
    std::error_code error;
    if (!recovered) {
        // Never deleted without asking: kept aside, it is no longer offered.
        const QString detail = tr("%1\n\n%2").arg(QDir::toNativeSeparators(qs(found->string())), qs(recovered.errorText()));
        if (ask(Question::DeleteUnreadableRecovery, detail) == QMessageBox::Yes) {
            std::filesystem::remove(*found, error);
            statusBar()->showMessage(tr("The unreadable recovery file was deleted."), 8000);
        } else {
            const std::filesystem::path kept = Autosave::setAside(*found);
            statusBar()->showMessage(tr("The unreadable recovery file was kept as %1.")
                                         .arg(QDir::toNativeSeparators(qs(kept.string()))),
                                     12000);
        }
        return false;
    }
    if (ask(Question::RestoreRecovery, qs(recovered->currentScenario().plan.name)) != QMessageBox::Yes) {
        std::filesystem::remove(*found, error);
        return false;
    }
    m_document->resetScenarios(recovered.value());
    m_document->undoStack()->resetClean(); // unsaved: Save asks where, closing asks first
    m_autosave->writeNow();                // the recovery file now follows this document
    if (m_autosave->recoveryPath() != *found)
        std::filesystem::remove(*found, error);
    fitMapSoon();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discardRecoveryFile();
    m_fileLock.reset(); // the file is free for others at once, not when the window is deleted
    m_lockedFile.clear();
    event->accept();
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
    // Only a plan file is saved in place: a plan opened from JSON is saved as .waveplan first.
    const FormatRegistry formats = builtInFormats();
    const Result<const Format *> format = formats.detect(m_document->filePath(), FormatAccess::Write);
    if (m_document->filePath().empty() || !format || format.value()->id != kPlanFileFormat || isReadOnly())
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
    if (!file.endsWith(QStringLiteral(".waveplan"), Qt::CaseInsensitive))
        file += QStringLiteral(".waveplan");
    settings.setValue(QStringLiteral("files/lastFolder"), QFileInfo(file).absolutePath());
    return saveTo(file.toStdString());
}

bool MainWindow::saveTo(const std::filesystem::path &path)
{
    // Never over a file another window or instance has open: its next save would undo this one.
    const bool alreadyLocked = m_fileLock && sameFile(path, m_lockedFile);
    PlanFileClaim claim;
    if (!alreadyLocked) {
        claim = claimPlanFile(m_lockDirectory, path);
        if (claim.heldBy) {
            showWarning(this, QStringLiteral("saveErrorBox"), tr("Cannot save plan"),
                        tr("Waveplan cannot save over \u201c%1\u201d because it is open in %2.")
                            .arg(qs(path.filename().string()), holderText(*claim.heldBy)),
                        tr("Save the plan under a new name with File > Save As, or close the file in the other "
                           "window first."));
            return false;
        }
    }
    const Status saved = m_document->saveAs(path);
    if (!saved) {
        showWarning(this, QStringLiteral("saveErrorBox"), tr("Cannot save plan"),
                    tr("Waveplan could not save this plan."), qs(saved.errorText()));
        return false;
    }
    if (alreadyLocked) {
        m_lockedFile = path;
    } else {
        m_fileLock = std::move(claim.lock);
        m_lockedFile = m_fileLock ? path : std::filesystem::path();
    }
    m_readOnlyFile.clear();
    refreshTitle();
    m_recentFiles->add(QString::fromStdString(path.string()));
    fitMapSoon();
    return true;
}

void MainWindow::refreshPlanViews(PlanChange change)
{
    // Not after every edit: fitting measures the text of every cell it reads (two thirds of a
    // duration edit's time with a 500-capability plan open), and columns that change width as
    // the user types are no help. A user can widen a column; elided text has its tooltip.
    const int rows = m_table->model()->rowCount();
    if (change == PlanChange::Reset || (m_rowsWhenFitted == 0 && rows > 0)) {
        m_table->resizeColumnsToContents();
        m_rowsWhenFitted = rows;
    }

    refreshTitle();
    refreshSummary();
}

void MainWindow::refreshSummary()
{
    const Plan &plan = m_document->plan();
    const Schedule &schedule = m_document->schedule();
    const int problems = static_cast<int>(m_problems->problems().size());
    QString text = tr("%n capabilities", nullptr, static_cast<int>(plan.capabilities.size()));
    // Which variant this is, once there is more than one.
    if (m_document->scenarioNames().size() > 1)
        text = tr("Scenario: %1 | ").arg(m_document->scenarioName()) + text;
    // The day the plan is re-planned from, so nobody reads a re-plan as the draft.
    if (plan.asOf)
        text = tr("As of %1 | ").arg(QLocale().toString(toQDate(*plan.asOf), QStringLiteral("d MMM yyyy"))) + text;
    if (!schedule.capabilities.empty() && schedule.makespanDays > 0) {
        // The last day work is done, and the wave it falls in: the wave bands the map draws.
        const int lastDay = schedule.makespanDays - 1;
        text += tr(" | ends %1 (wave %2, %n days)", nullptr, schedule.makespanDays)
                    .arg(QLocale().toString(qDateOfDay(plan, lastDay), QStringLiteral("d MMM yyyy")))
                    .arg(waveGrid(plan).waveOf(lastDay));
        if (!schedule.drivingPath.empty())
            text += tr(", driven by %1").arg(qs(schedule.drivingPath.back().key));
        // The lower bound says no schedule of this plan ends sooner: the search is done.
        if (schedule.provenShortest())
            text += tr(", shortest possible");
    }
    text += tr(" | %n problems", nullptr, problems);
    if (m_document->isImprovingSchedule())
        text += tr(" | improving schedule...");
    m_summary->setText(text);
    // The whole driving path in words, from the end back to the start, and how far the end
    // could still move.
    QString tip = qs(describeDrivingPath(plan, schedule));
    if (const std::string bound = describeLowerBound(schedule); !bound.empty())
        tip += QStringLiteral("\n") + qs(bound);
    m_summary->setToolTip(tip);
}

void MainWindow::connectTableSelection()
{
    // Table rows <-> the shared selection (map, inspector...), by key.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncingSelection)
            return;
        QStringList keys;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows(CapabilityTableModel::Key))
            keys << row.data().toString();
        m_syncingSelection = true;
        m_selection->setSelectedKeys(keys);
        m_syncingSelection = false;
    });
    connect(m_selection, &SelectionModel::selectionChanged, this, [this](const QStringList &keys) {
        if (m_syncingSelection)
            return;
        m_syncingSelection = true;
        QItemSelection selection;
        QModelIndex current; // the row of the last key selected: the table shows it
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex key = m_filter->index(row, CapabilityTableModel::Key);
            if (keys.contains(key.data().toString()))
                selection.select(key, key);
            if (!keys.isEmpty() && key.data().toString() == keys.last())
                current = key;
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (current.isValid())
            m_table->scrollTo(current);
        m_syncingSelection = false;
    });
    // A table on a hidden tab cannot scroll for real: show the selection when it comes into view.
    connect(findChild<QTabWidget *>(QStringLiteral("centralTabs")), &QTabWidget::currentChanged, this, [this] {
        if (!m_table->isVisible() || m_selection->currentKey().isEmpty())
            return;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex key = m_filter->index(row, CapabilityTableModel::Key);
            if (key.data().toString() == m_selection->currentKey()) {
                m_table->scrollTo(key);
                return;
            }
        }
    });
}

void MainWindow::refreshTitle()
{
    const QString name = qs(m_document->plan().name);
    const std::filesystem::path &path = m_document->filePath();
    // The scenario, when there is a choice of them: "Year one - Buy the CDP (plan.waveplan)".
    const QString shown = m_document->scenarioNames().size() > 1
                              ? QStringLiteral("%1 \u2013 %2").arg(name, m_document->scenarioName())
                              : name;
    QString title = path.empty() ? shown : QStringLiteral("%1 (%2)").arg(shown, qs(path.filename().string()));
    if (isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] - Waveplan").arg(title));
    setWindowModified(m_document->isModified());
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace waveplan::ui
