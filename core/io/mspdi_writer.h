#pragma once
/// @file mspdi_writer.h
/// The wave plan as MS Project XML (MSPDI), the exchange format MS Project, ProjectLibre and
/// GanttProject open: the plan's working calendar (worked weekdays and holidays, mspdi_calendar.h),
/// a task per capability at its scheduled dates, finish-to-start links with their lags,
/// a resource per team and an assignment per team a capability needs. Progress travels as MS
/// Project records it: the as-of date as the status date, actual start and finish, % complete,
/// and the remaining duration where the plan gives remaining days. Each task is held at its
/// start by a "Start No Earlier Than" constraint, so that a program that recomputes the plan
/// without team capacity (MS Project does not level by default) still shows Waveplan's dates.
/// What MS Project has no field for travels in custom text fields (mspdi_fields.h), so that
/// readMspdi (mspdi_reader.h) brings the same plan back.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"
#include "core/util/result.h"

#include <string>

namespace waveplan {

/// The MSPDI document of `plan` scheduled as `schedule`. An error (naming the first problem)
/// when the plan has no schedule: a dependency cycle or a structural error, which MS Project
/// could not open either.
[[nodiscard]] Result<std::string> scheduleMspdi(const Plan &plan, const Schedule &schedule);

} // namespace waveplan
