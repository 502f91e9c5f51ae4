#pragma once
/// @file schedule_assembly.h
/// Private to core/schedule: the steps computeSchedule and evaluateSchedule share.

#include "core/model/plan_index.h"
#include "core/schedule/progress_frame.h"
#include "core/schedule/schedule.h"

#include <optional>
#include <vector>

namespace waveplan::detail {

/// Structural errors, else dependency cycles, as problems; empty when the plan can be scheduled.
[[nodiscard]] std::vector<Problem> unschedulableProblems(const Plan &plan, const PlanIndex &index);

/// What is left of a plan with an as-of date, and its index; the plan itself otherwise, without
/// a copy.
class SchedulingScope {
public:
    SchedulingScope(const Plan &plan, const PlanIndex &index);
    [[nodiscard]] const ProgressFrame &frame() const { return m_frame; }
    [[nodiscard]] const ProgressFrame *progress() const { return m_frame.active ? &m_frame : nullptr; }
    /// What is scheduled: what is left of the plan (remainingPlan), or the plan itself.
    [[nodiscard]] const Plan &plan() const { return m_left ? *m_left : m_plan; }
    [[nodiscard]] const PlanIndex &index() const { return m_leftIndex ? *m_leftIndex : m_index; }
    /// The plan as given, progress and all.
    [[nodiscard]] const Plan &wholePlan() const { return m_plan; }
    [[nodiscard]] const PlanIndex &wholeIndex() const { return m_index; }
    /// Clashes before scheduling (clashesBeforeScheduling), from what was already built here.
    [[nodiscard]] std::vector<Problem> clashes() const;

private:
    const Plan &m_plan;
    const PlanIndex &m_index;
    ProgressFrame m_frame;
    std::optional<Plan> m_left;
    std::optional<PlanIndex> m_leftIndex;
};

/// The full schedule of the scope's whole plan for the given start days of what it schedules
/// (`scope.plan()`): explained, checked and, with an as-of date, reported at the real dates
/// (reportProgress). `problems` holds those found before solving and is extended with every
/// constraint the start days break and the horizon warning.
[[nodiscard]] Schedule assembleSchedule(const SchedulingScope &scope, const std::vector<int> &starts,
                                        std::vector<Problem> problems);

} // namespace waveplan::detail
