#pragma once
/// @file schedule_runner.h
/// Keeps a PlanDocument's schedule up to date. After every change that can move a schedule
/// (anything but map positions) it computes the solver's first schedule at once, on the GUI
/// thread, then improves it in a worker thread on a snapshot of the plan. A newer change cancels
/// the search in flight; a result is applied only if the plan has not changed since its snapshot.

#include "core/schedule/schedule.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThreadPool;
template <typename T> class QFutureWatcher;

namespace waveplan::ui {

class PlanDocument;

class ScheduleRunner : public QObject {
    Q_OBJECT
public:
    /// The budget of the background search: the engine's deterministic schedule budget, capped
    /// at two seconds so a large plan never keeps the computer busy for long.
    static ScheduleOptions defaultImprovementOptions();

    explicit ScheduleRunner(PlanDocument *document);
    /// Cancels the search in flight and waits for the worker to stop.
    ~ScheduleRunner() override;

    /// The budget for the background search (the cancel flag is the runner's own).
    void setImprovementOptions(const ScheduleOptions &options) { m_options = options; }
    /// With false, only the first schedule is computed (no worker thread); default true.
    void setImprovementEnabled(bool enabled) { m_improvementEnabled = enabled; }

    /// True while the search for the document's current revision has not reported back.
    [[nodiscard]] bool isImproving() const;

    /// After a change that can move the schedule: cancels the search in flight, returns the
    /// solver's first schedule for the document's plan (computed now, on this thread) and starts
    /// the search for a better one, which it hands to the document when done if still current.
    /// The document calls this; `revision` is its revision after the change. Changes it is not
    /// told about (map positions) leave a search in flight valid.
    /// With a `reference` (the schedule on screen before the change, or the one to return to
    /// on undo) both re-plan stably against it (docs/scheduling.md, "Stable re-planning"); with
    /// `improve` false no background search is started (undo, redo, opening a saved schedule).
    /// Nor is one when the first schedule is already on the plan's lower bound.
    [[nodiscard]] Schedule reschedule(quint64 revision, const ScheduleReference *reference = nullptr,
                                      bool improve = true);

    /// Optimise whole plan: a free search (no reference) in the worker, within the improvement
    /// budget; `done` gets the result on this thread, unless the plan changed meanwhile (then
    /// it is not called and optimiseFinished reports false).
    void optimise(quint64 revision, std::function<void(const Schedule &)> done);

signals:
    /// The search started for `revision` came back; `applied` is false when the plan changed
    /// meanwhile and its result was thrown away.
    void improvementFinished(quint64 revision, bool applied);

private:
    /// One background search: the revision of its snapshot, its cancel flag and its result.
    struct Job {
        quint64 revision = 0;
        std::shared_ptr<std::atomic<bool>> cancel;
        QFutureWatcher<Schedule> *watcher = nullptr;
        std::function<void(const Schedule &)> done; ///< empty: hand the result to the document
    };
    void start(quint64 revision, std::optional<ScheduleReference> reference,
               std::function<void(const Schedule &)> done = {});
    void finish(QFutureWatcher<Schedule> *watcher);

    PlanDocument *m_document;
    QThreadPool *m_pool;
    ScheduleOptions m_options = defaultImprovementOptions();
    bool m_improvementEnabled = true;
    /// Jobs started and not yet reported back, oldest first; only the last one can be current.
    std::vector<Job> m_jobs;
    /// The revision of the last change that could move the schedule: a search snapshot taken
    /// at an older revision is stale.
    quint64 m_scheduleRevision = 0;
};

} // namespace waveplan::ui
