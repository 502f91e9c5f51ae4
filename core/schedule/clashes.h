#pragma once
/// @file clashes.h
/// Private to core/schedule: hard constraints that cannot all hold, as problems naming the
/// constraints, capabilities and teams involved. Nothing is moved or dropped to hide a clash.

#include "core/model/plan.h"
#include "core/model/plan_index.h"
#include "core/schedule/team_usage.h"
#include "core/model/problem.h"
#include "core/schedule/progress_frame.h"

#include <vector>

namespace waveplan::detail {

/// Clashes visible from the plan alone, before any scheduling: a deadline or pin its
/// predecessors cannot meet, demand above a team's capacity in every wave, a duration longer
/// than a wave under no-span, a change limit of 0, contradictory waves. The plan must be
/// structurally valid and acyclic. With a progress frame, `plan` is what is left of a plan
/// (remainingPlan): nothing planned starts before the as-of day, started work stays where it is,
/// and a deadline or pin wave that ended before the as-of day on something not done is a clash of
/// its own ("deadline-passed", "pin-passed"). clashesBeforeScheduling picks the right form.
[[nodiscard]] std::vector<Problem> planClashes(const Plan &plan);
[[nodiscard]] std::vector<Problem> planClashes(const Plan &plan, const PlanIndex &index,
                                               const ProgressFrame *progress = nullptr);

/// Clashes found before scheduling, the scheduler's way: the plan's clashes (planClashes) of what
/// is left, and the constraints the as-of date has already settled: a deadline wave or a pin
/// wave that ended before it on something not done ("deadline-passed", "pin-passed"), and, as
/// warnings, work reported under way or done before a predecessor is done ("started-early").
[[nodiscard]] std::vector<Problem> clashesBeforeScheduling(const Plan &plan, const PlanIndex &index);

/// Every hard constraint the given start days break: dependencies and lags, capacity per day,
/// change load, pins, earliest and deadline waves, no-span. A problem already in `known` with
/// the same code and first key is not repeated.
/// With a progress frame (`plan` is then what is left of a plan), also planned work that starts
/// before the as-of day.
[[nodiscard]] std::vector<Problem> scheduleViolations(const Plan &plan, const PlanIndex &index,
                                                      const std::vector<int> &starts, const TeamUsage &usage,
                                                      const std::vector<Problem> &known,
                                                      const ProgressFrame *progress = nullptr);

} // namespace waveplan::detail
