#pragma once
/// @file main_window.h
/// The desktop window: the open plan's capabilities, teams and problems, with File and Edit
/// menus. The plan lives in a PlanDocument; every view here follows its change signals.

#include "core/io/file_lock.h"
#include "ui/files/plan_file_lock.h"
#include "core/model/plan.h"
#include "core/util/result.h"

#include <QMainWindow>
#include <QMessageBox>

#include <filesystem>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QTableView;

namespace waveplan::ui {

class Autosave;
class ChangesBanner;
class CapabilityFilterModel;
class RecentFiles;
class CapabilityTableModel;
class ProblemsPanel;
namespace board {
class BoardView;
} // namespace board
namespace map {
class MapScene;
class MapView;
} // namespace map
class PlanDocument;
enum class PlanChange;
class SelectionModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// The questions the window asks the user.
    enum class Question {
        UnsavedChanges, ///< answer Save, Discard or Cancel
        RestoreRecovery, ///< answer Yes (restore the recovered plan) or No (delete it)
        DeleteUnreadableRecovery, ///< answer Yes (delete the unreadable recovery file) or No (keep it aside)
        FileInUse ///< another window or instance has the file open: answer Open (read-only) or Cancel
    };
    /// Asks `question` (with `detail`, e.g. the plan or file name) and returns the button chosen.
    using Prompt = std::function<QMessageBox::StandardButton(Question question, const QString &detail)>;
    /// Replaces the modal message boxes (tests answer without blocking); empty restores them.
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    /// File > New: an empty plan, after asking about unsaved changes. False if the user cancelled.
    bool newPlan();
    /// If the document has unsaved changes, asks Save / Discard / Cancel; true when it is safe
    /// to replace or close the plan (saved or discarded).
    bool maybeSave();
    /// If a recovery file is left from a previous session, offers to restore it; a restored plan
    /// is modified and has no file path. Declining deletes the recovery file. True if restored.
    bool offerRecovery();

    /// Opens a .waveplan or plan .json; on failure shows the reason and keeps the current plan.
    /// The window holds the file's lock (ui/files/plan_file_lock.h) while it is open here. When
    /// another window or instance holds it, asks FileInUse first: the plan then opens
    /// read-only (isReadOnly), false if the user cancels.
    bool openFile(const std::filesystem::path &path);
    /// The open file is another window's: this one may change the plan but saves it only
    /// under another name (Save goes to Save As; saving over that file is refused).
    [[nodiscard]] bool isReadOnly() const;
    /// Where the locks of open plan files are kept (tests point it at a temporary folder).
    void setLockDirectory(const QString &directory) { m_lockDirectory = directory; }
    /// Loads `plan` as if opened from `path` (empty path: not yet saved).
    void showPlan(const Plan &plan, const std::filesystem::path &path = {});
    /// File > Import CSV: builds a plan from `capabilities` (and `teams`) as a new, unsaved
    /// document after asking about unsaved work. On import errors shows every error (dialog
    /// "importErrorsDialog", not blocking) and changes nothing. False unless imported.
    bool importCsv(const std::filesystem::path &capabilities,
                   const std::optional<std::filesystem::path> &teams = std::nullopt);
    /// File > Import of any other format the registry reads (a plan .json): as importCsv, the
    /// plan becomes a new, unsaved document named after the file.
    bool importFile(const std::filesystem::path &path);
    /// Saves the plan to `path`; on failure shows why. Save and Save As end here. Refuses a
    /// file another window or instance has open.
    bool saveTo(const std::filesystem::path &path);

    [[nodiscard]] const Plan &plan() const;
    [[nodiscard]] PlanDocument *document() const { return m_document; }
    /// The selected capabilities, shared by every view of this window.
    [[nodiscard]] SelectionModel *selection() const { return m_selection; }
    [[nodiscard]] QTableView *capabilityTable() const { return m_table; }
    [[nodiscard]] QListWidget *problemList() const;
    [[nodiscard]] map::MapView *mapView() const { return m_mapView; }
    [[nodiscard]] board::BoardView *boardView() const { return m_boardView; }
    [[nodiscard]] RecentFiles *recentFiles() const { return m_recentFiles; }
    /// File > Open Recent.
    [[nodiscard]] QMenu *recentFilesMenu() const { return m_recentMenu; }
    [[nodiscard]] Autosave *autosave() const { return m_autosave; }
    /// The status bar's account of what the last change moved.
    [[nodiscard]] ChangesBanner *changesBanner() const { return m_changes; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void chooseAndOpen();
    void openRecent(const QString &path);
    QMessageBox::StandardButton ask(Question question, const QString &detail);
    bool save();
    bool saveAs();
    void chooseAndImportCsv();
    void addImportActions(QMenu *fileMenu);
    /// Shows `imported` as a new unsaved plan (after asking to save the open one), then lists
    /// `notes` (what the reader changed to fit it) in a dialog; or shows why it failed.
    bool importPlan(const Result<Plan> &imported, const std::vector<std::string> &notes = {});
    void showAbout();
    /// After a plan change: the title and status bar; the table's columns are fitted to their
    /// text when a whole plan comes in (`change` Reset) or an empty one gets its first rows.
    void refreshPlanViews(PlanChange change);
    void refreshTitle();
    /// Drops the file lock and the read-only mark when the document leaves their file.
    void followFilePath();
    void refreshSummary();
    void connectTableSelection();

    void createMapActions();
    void createScheduleActions();
    void fitMapSoon();

    PlanDocument *m_document = nullptr;
    int m_rowsWhenFitted = 0; ///< table rows when its columns were last fitted to their text
    SelectionModel *m_selection = nullptr;
    map::MapScene *m_mapScene = nullptr;
    map::MapView *m_mapView = nullptr;
    board::BoardView *m_boardView = nullptr;
    CapabilityTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ProblemsPanel *m_problems = nullptr;
    CapabilityFilterModel *m_filter = nullptr;
    bool m_syncingSelection = false;
    QLabel *m_summary = nullptr;
    ChangesBanner *m_changes = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QMenu *m_recentMenu = nullptr;
    Autosave *m_autosave = nullptr;
    Prompt m_prompt;
    QString m_lockDirectory = defaultPlanLockDirectory();
    std::optional<FileLock> m_fileLock; ///< held on m_lockedFile while it is open here
    std::filesystem::path m_lockedFile;
    std::filesystem::path m_readOnlyFile; ///< open here, but another window's
};

} // namespace waveplan::ui
