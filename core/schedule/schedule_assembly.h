#pragma once
/// @file schedule_assembly.h
/// Private to core/schedule: the steps computeSchedule and evaluateSchedule share.

#include "core/model/plan_index.h"
#include "core/schedule/schedule.h"

#include <vector>

namespace waveplan::detail {

/// Structural errors, else dependency cycles, as problems; empty when the plan can be scheduled.
[[nodiscard]] std::vector<Problem> unschedulableProblems(const Plan &plan, const PlanIndex &index);

/// The full schedule for the given start days; `problems` holds those found before solving and
/// is extended with every constraint the start days break and the horizon warning.
[[nodiscard]] Schedule assembleSchedule(const Plan &plan, const PlanIndex &index, const std::vector<int> &starts,
                                        std::vector<Problem> problems);

} // namespace waveplan::detail
