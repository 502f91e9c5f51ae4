#pragma once
/// @file plan_document.h
/// The open plan in the desktop app: owns the Plan value, its file path, the one QUndoStack
/// every edit goes through, the latest schedule, and emits typed change signals that views
/// follow. Views never change the plan directly: they push commands (ui/commands/).

#include "core/edit/plan_edit.h"
#include "core/model/plan.h"
#include "core/schedule/schedule.h"
#include "core/schedule/schedule_changes.h"
#include "core/store/scenario_set.h"
#include "core/util/result.h"

#include <QObject>
#include <QStringList>

#include <filesystem>

class QUndoGroup;
class QUndoStack;

namespace waveplan::ui {

class ScheduleRunner;

/// What an edit changed, so views can update only what they must (core's edit::EditArea, plus
/// Reset).
enum class PlanChange {
    Reset,        ///< a whole new plan (open, new, revert): rebuild everything
    Capabilities, ///< capabilities added, removed or edited (keys given)
    Dependencies, ///< dependencies added, removed or edited (successor and predecessor keys given)
    Positions,    ///< map positions only (keys given): no rescheduling needed
    Teams,        ///< teams added, removed or edited
    Settings,     ///< plan name, start date, wave length, horizon, span
    Baselines,    ///< baselines frozen, renamed or deleted: no rescheduling needed
};

class PlanDocument : public QObject {
    Q_OBJECT
public:
    explicit PlanDocument(QObject *parent = nullptr);
    ~PlanDocument() override;

    [[nodiscard]] const Plan &plan() const { return m_plan; }
    /// The open scenario's undo history (each scenario has its own while the file is open).
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    /// Every scenario's history, the open one active: Edit > Undo and Redo follow it.
    [[nodiscard]] QUndoGroup *undoGroup() const { return m_undoGroup; }

    // Scenarios ------------------------------------------------------------------------------
    /// The open scenario's name ("Main plan" for a plan with one).
    [[nodiscard]] QString scenarioName() const;
    /// Every scenario's name, in order.
    [[nodiscard]] QStringList scenarioNames() const;
    /// Every scenario as it is now (the open one with the plan and schedule on screen), the open
    /// one current: what Save writes.
    [[nodiscard]] ScenarioSet scenarios() const;
    /// Copies the open scenario, as it is now with its baselines, as a new scenario `name` after
    /// it, and opens the copy (with an empty undo history). Returns why a name is refused, or
    /// an empty string.
    QString newScenarioFromCurrent(const QString &name);
    /// Opens the scenario `name` with the waves it was last shown with; the one left keeps its
    /// plan, schedule and undo history for when it is opened again.
    void switchToScenario(const QString &name);
    /// Renames a scenario; returns why the new name is refused, or an empty string.
    QString renameScenario(const QString &from, const QString &to);
    /// Deletes a scenario and its undo history (the open one: its neighbour opens). Refused for
    /// the only one; returns why, or an empty string.
    QString deleteScenario(const QString &name);

    /// Increases with every change to the plan; a schedule computed for an older revision is stale.
    [[nodiscard]] quint64 revision() const { return m_revision; }

    /// The latest schedule: the first (fast) schedule right after an edit, replaced by the
    /// improved one when the background search finishes for the same revision.
    [[nodiscard]] const Schedule &schedule() const { return m_schedule; }
    /// True while the background search is still improving the current revision's schedule.
    [[nodiscard]] bool isImprovingSchedule() const;
    /// What the last change (edit, undo, redo, optimise) did to the schedule, against the one on
    /// screen before it: kept up to date as the background search improves the schedule, empty
    /// after opening a plan or dismissChanges().
    [[nodiscard]] const ScheduleChanges &lastChanges() const { return m_changes; }
    /// Forgets lastChanges (the user has read them): views drop their "moved" marks.
    void dismissChanges();
    /// Schedule > Optimise whole plan: searches freely (it may reshuffle) in the background and
    /// pushes the result as an undoable step whose lastChanges list what it moved. An edit in
    /// the meantime cancels it.
    void optimiseWholePlan();
    /// True from optimiseWholePlan until its result is shown or cancelled.
    [[nodiscard]] bool isOptimising() const { return m_optimising; }
    /// Shows the schedule closest to `target` for the unchanged plan (exactly `target` when it
    /// holds every constraint), with no background search: what Optimise and its undo do.
    void showSchedule(const ScheduleReference &target);
    /// The baseline the views measure the plan against (board shadows, drift in the table and
    /// inspector, the report's "changes since baseline"), or null when none is shown. Opening a
    /// plan shows its most recently frozen baseline; freezing one shows it; renaming it follows
    /// it; deleting it shows the most recent one left.
    [[nodiscard]] const Baseline *shownBaseline() const;
    /// Shows the baseline called `name` (none for an empty name or a name the plan lacks).
    void showBaseline(const QString &name);
    /// The object that computes schedules after each change (tests tune or wait on it).
    [[nodiscard]] ScheduleRunner *scheduleRunner() const { return m_runner; }

    // Files --------------------------------------------------------------------------------
    [[nodiscard]] const std::filesystem::path &filePath() const { return m_filePath; }
    /// Modified since last opened or saved (follows the undo stack's clean state).
    [[nodiscard]] bool isModified() const;
    /// Replaces the plan (clears undo history) with `plan`, giving ids to whatever lacks one
    /// (see core/model/ids.h). Used by New, Open, recovery.
    /// With `accepted` (the schedule a .waveplan was saved with) that schedule is shown as it
    /// was, with no background search; otherwise the plan is optimised freely.
    void resetPlan(const Plan &plan, const std::filesystem::path &filePath = {},
                   const ScheduleReference *accepted = nullptr);
    /// Replaces every scenario with `set` (never empty), opening its current one as resetPlan
    /// does; every undo history starts empty. Used by Open and recovery.
    void resetScenarios(const ScenarioSet &set, const std::filesystem::path &filePath = {});
    /// Reads a .waveplan or plan .json (any case; the format registry decides); on failure
    /// nothing changes and the errors say why.
    /// A .waveplan saved with its accepted schedule reopens with the same waves.
    [[nodiscard]] Status open(const std::filesystem::path &path);
    /// Saves to `path` (atomic) as .waveplan or plan .json; on success the document is clean
    /// and remembers the path. A .waveplan keeps the schedule on screen as the accepted one,
    /// and every scenario; a plan .json holds one plan, so it is refused while there are more.
    [[nodiscard]] Status saveAs(const std::filesystem::path &path);

    // Mutation: for the undo command only ----------------------------------------------------
    /// Applies `edit` (built by core/edit) to the plan and announces it: the revision goes up,
    /// planChanged is emitted with the edit's area and keys and, unless only positions changed,
    /// the schedule is recomputed. A rename is announced by capabilityAboutToBeRenamed before
    /// and capabilityRenamed after planChanged. Returns the inverse edit; on an edit that does
    /// not fit the plan nothing changes and the error says why. PlanEditCommand calls this in
    /// redo() and undo(); nothing else should.
    /// The new schedule stays close to the one on screen (stable re-planning); with `returnTo`
    /// (undo and redo: the schedule shown before the step was done or undone) it comes back to
    /// that one, with no background search.
    Result<edit::PlanEdit> apply(const edit::PlanEdit &edit, const ScheduleReference *returnTo = nullptr);

signals:
    /// After every change to the plan; `keys` are the capabilities concerned (may be empty).
    void planChanged(waveplan::ui::PlanChange change, const QStringList &keys);
    /// A capability's key is about to change from `from` to `to` (an edit, its undo or redo):
    /// the plan still holds `from`. Whatever holds keys (the selection) notes what it had.
    void capabilityAboutToBeRenamed(const QString &from, const QString &to);
    /// The rename is done and every view has followed planChanged: the plan holds `to`. Views
    /// may have dropped `from` from the selection meanwhile (its card or row went away); the
    /// selection puts `to` back in its place now.
    void capabilityRenamed(const QString &from, const QString &to);
    /// After a new schedule is available (first or improved).
    void scheduleChanged();
    /// The modified state or the file path changed (window title, Save action).
    void fileStateChanged();
    /// lastChanges() changed (after scheduleChanged) or was dismissed.
    void changesChanged();
    /// Optimise whole plan started (true) or ended (false).
    void optimisingChanged(bool optimising);
    /// shownBaseline() is another one, or none, or the same one renamed.
    void shownBaselineChanged();
    /// A scenario was added, renamed, deleted or opened.
    void scenariosChanged();

private:
    struct Rename {
        QString from;
        QString to;
    };
    /// `scheduleStays`: the change touches nothing a schedule reads (schedule_inputs.h), so the
    /// schedule on screen stays (and a search in flight stays valid); views are told as after
    /// any change.
    void announce(PlanChange change, const QStringList &keys, const Rename &rename = {},
                  const ScheduleReference *returnTo = nullptr, const ScheduleReference *accepted = nullptr,
                  bool scheduleStays = false);
    void setSchedule(quint64 revision, const Schedule &schedule);
    /// Re-plans stably against the schedule on screen, or returns to `returnTo` (undo, redo,
    /// Optimise) with no background search; the changes are counted from what was on screen.
    void replanFromScreen(const ScheduleReference *returnTo);
    void setOptimising(bool optimising);
    /// After a baseline edit (or its undo): follows a rename of the shown baseline, shows a newly
    /// frozen one, and falls back to the most recent when the shown one went away.
    void followBaselines(const edit::PlanEdit &edit);

    /// A new, empty undo history in the group, telling fileStateChanged when it turns clean.
    QUndoStack *newHistory();
    /// Makes scenario `index` the open one: its plan, history and shown baseline, announced as a
    /// new plan shown with the waves it was accepted with.
    void openScenario(std::size_t index);

    struct ScenarioSlot {
        Scenario scenario; ///< the open one's plan and accepted schedule are stale: m_plan is the truth
        QUndoStack *history = nullptr;
    };

    Plan m_plan = blankPlan(); ///< a new plan until one is opened or imported
    QUndoGroup *m_undoGroup = nullptr;
    QUndoStack *m_undoStack = nullptr; ///< the open scenario's history
    std::vector<ScenarioSlot> m_scenarios;
    std::size_t m_openScenario = 0;
    bool m_scenariosEdited = false; ///< added, renamed or deleted since the last open or save
    ScheduleRunner *m_runner = nullptr;
    Schedule m_schedule;
    ScheduleReference m_changeBase; ///< the schedule on screen before the last change
    ScheduleChanges m_changes;      ///< from m_changeBase to m_schedule
    bool m_optimising = false;
    quint64 m_revision = 0;
    std::filesystem::path m_filePath;
    std::string m_shownBaseline; ///< a name in m_plan.baselines, or empty

    friend class ScheduleRunner;
};

/// The capabilities the user has selected, shared by every view (map, table, inspector, board),
/// by key so selection survives edits and undo.
class SelectionModel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// A selection that follows `document`'s key renames (an undone rename selects the old key
    /// again).
    SelectionModel(const PlanDocument *document, QObject *parent);
    [[nodiscard]] const QStringList &selectedKeys() const { return m_keys; }
    /// The last key the user clicked (inspector shows it), or empty.
    [[nodiscard]] QString currentKey() const { return m_keys.isEmpty() ? QString() : m_keys.last(); }
    void setSelectedKeys(const QStringList &keys);
    void clear() { setSelectedKeys({}); }

signals:
    void selectionChanged(const QStringList &keys);

private:
    QStringList m_keys;
    QStringList m_keysBeforeRename; ///< the selection when capabilityAboutToBeRenamed came
};

} // namespace waveplan::ui
