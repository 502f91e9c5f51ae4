#pragma once
/// @file schedule_assembly.h
/// Private to core/schedule: the steps computeSchedule and evaluateSchedule share.

#include "core/schedule/schedule.h"

#include <vector>

namespace waveplan::detail {

/// Structural errors, else dependency cycles, as problems; empty when the plan can be scheduled.
[[nodiscard]] std::vector<Problem> unschedulableProblems(const Plan &plan);

/// The full schedule for the given start days; `problems` holds those found before solving and
/// is extended with every constraint the start days break and the horizon warning.
[[nodiscard]] Schedule assembleSchedule(const Plan &plan, const std::vector<int> &starts,
                                        std::vector<Problem> problems);

} // namespace waveplan::detail
