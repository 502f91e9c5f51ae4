#pragma once
/// @file schedule_inputs.h
/// What a capability's schedule does not read: its name, owner, approach, KPI, readiness,
/// value, cost, what it retires, notes and map position. An edit that changes only these cannot
/// move anything, so the app keeps the schedule on screen instead of planning again (a rename
/// of a 10,000-capability plan's capability waited 0.1 s for a re-plan that changed nothing).
/// Its key, kind (foundations are placed first), duration, demand, waves and progress are
/// scheduling inputs.

#include "core/model/capability.h"

namespace waveplan {

/// True when `a` and `b` differ at most in what no schedule reads (see above).
[[nodiscard]] bool sameSchedulingInputs(const Capability &a, const Capability &b);

} // namespace waveplan
