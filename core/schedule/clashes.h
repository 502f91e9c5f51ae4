#pragma once
/// @file clashes.h
/// Private to core/schedule: hard constraints that cannot all hold, as problems naming the
/// constraints, capabilities and teams involved. Nothing is moved or dropped to hide a clash.

#include "core/model/plan.h"
#include "core/model/plan_index.h"
#include "core/schedule/team_usage.h"
#include "core/model/problem.h"

#include <vector>

namespace waveplan::detail {

/// Clashes visible from the plan alone, before any scheduling: a deadline or pin its
/// predecessors cannot meet, demand above a team's capacity in every wave, a duration longer
/// than a wave under no-span, a change limit of 0, contradictory waves. The plan must be
/// structurally valid and acyclic.
[[nodiscard]] std::vector<Problem> planClashes(const Plan &plan);
[[nodiscard]] std::vector<Problem> planClashes(const Plan &plan, const PlanIndex &index);

/// Every hard constraint the given start days break: dependencies and lags, capacity per day,
/// change load, pins, earliest and deadline waves, no-span. A problem already in `known` with
/// the same code and first key is not repeated.
[[nodiscard]] std::vector<Problem> scheduleViolations(const Plan &plan, const PlanIndex &index,
                                                      const std::vector<int> &starts, const TeamUsage &usage,
                                                      const std::vector<Problem> &known);

} // namespace waveplan::detail
