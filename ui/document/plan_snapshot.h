#pragma once
/// @file plan_snapshot.h
/// A plan and the schedule computed for it, frozen together: what a read-only view shows (the
/// report's map and board, a picture). Unlike a PlanDocument it has no undo stack, no signals
/// and no schedule runner; nothing changes it once made.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

namespace waveplan::ui {

struct PlanSnapshot {
    Plan plan;
    Schedule schedule;
};

} // namespace waveplan::ui
