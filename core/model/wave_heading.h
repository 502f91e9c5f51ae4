#pragma once
/// @file wave_heading.h
/// How every view, export and the command line title a wave: "Wave 2", or the quarter it is
/// ("Q2 2027") when the plan's waves are calendar quarters (issue 15). A wave keeps its number
/// either way: per-wave capacity, pins, earliest and deadline waves still count 1, 2, 3.

#include "core/model/plan.h"

#include <string>

namespace waveplan {

/// "Wave 2", or "Q2 2027" (quarterName) when the plan's waves are quarters.
[[nodiscard]] std::string waveHeading(const Plan &plan, int wave);

} // namespace waveplan
