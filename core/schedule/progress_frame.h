#pragma once
/// @file progress_frame.h
/// Private to core/schedule: how a plan with an as-of date is scheduled (issue 15). The engine
/// schedules what is left of the plan on that day, then reports each capability at its real
/// dates. See docs/scheduling.md, "Re-planning from the as-of date".
///
/// What is left, day by day (the as-of day is the first working day on or after the as-of date):
/// - planned: as in the plan, and it starts on the as-of day or later;
/// - in progress: its remaining days, fixed to start on the as-of day; its pin and earliest
///   wave are history, its deadline still counts;
/// - done: a milestone fixed on its last day. It takes no capacity. It counts as a go-live
///   against its teams' go-live limits when that day is in the as-of wave (the go-live slots of
///   that wave are partly used); in an earlier wave it is history and counts for nothing.
/// A dependency into a started capability is history and dropped; one out of a done capability
/// keeps its meaning (the successor starts after the actual finish, plus the lag; a done
/// milestone's successor may start on its day, as any milestone's may).

#include "core/model/plan.h"
#include "core/model/plan_index.h"
#include "core/model/problem.h"
#include "core/schedule/schedule.h"

#include <string>
#include <vector>

namespace waveplan::detail {

struct ProgressFrame {
    bool active = false; ///< the plan has an as-of date
    Date asOf{};
    int asOfDay = 0;     ///< plan day of the as-of date (the first working day on or after it), >= 0
    /// Per capability (plan order), for a started one: the plan day of its actual start, and the
    /// day the engine fixes what is left of it on (in progress: the as-of day; done: its last
    /// day). -1 for planned ones.
    std::vector<int> actualStartDay;
    std::vector<int> fixedDay;
    std::vector<int> remainingDays; ///< in progress: days left from the as-of day; else 0
    std::vector<WorkStatus> status;

    [[nodiscard]] bool started(std::size_t i) const { return active && status[i] != WorkStatus::Planned; }
    [[nodiscard]] bool done(std::size_t i) const { return active && status[i] == WorkStatus::Done; }
};

/// The frame of `plan`; inactive (and empty) without an as-of date. The plan must be
/// structurally valid (tracking.h).
[[nodiscard]] ProgressFrame progressFrame(const Plan &plan);

/// In progress without remaining days: its duration less the working days from its actual
/// start to the as-of day, at least 1 (0 for a milestone).
[[nodiscard]] int defaultRemainingDays(const Capability &capability, int actualStartDay, int asOfDay);

/// What is left of `plan` (with its `index`) on the frame's as-of day, as described above; `plan`
/// itself when the frame is inactive.
[[nodiscard]] Plan remainingPlan(const Plan &plan, const PlanIndex &index, const ProgressFrame &frame);

/// The warnings of clashesBeforeScheduling: a dependency whose successor is under way or done
/// while its predecessor is not done.
[[nodiscard]] std::vector<Problem> startedEarlyWarnings(const Plan &plan, const PlanIndex &index,
                                                        const ProgressFrame &frame);

/// Turns a schedule of the remaining plan into the schedule of `plan` (with its `index`): started
/// capabilities from their actual start (a done one to its actual finish), done ones with no
/// slack and never critical, and waits on a done predecessor told from its actual finish.
void reportProgress(Schedule &schedule, const Plan &plan, const PlanIndex &index, const ProgressFrame &frame);

} // namespace waveplan::detail
