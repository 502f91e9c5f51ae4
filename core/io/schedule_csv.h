#pragma once
/// @file schedule_csv.h
/// The wave plan as a spreadsheet table (`waveplan schedule PLAN --csv`): one row per capability
/// with its wave, dates, teams, owner, KPI and the reason it starts when it does. Cells a
/// spreadsheet would run as a formula are neutralised by CsvWriter (see docs/import-export.md).

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <cstddef>
#include <string>
#include <vector>

namespace waveplan {

/// Indices of the schedule's capabilities (plan order) in the wave plan's row order: by wave,
/// then start day, plan order on ties. Shared by the CSV table and the Excel workbook.
[[nodiscard]] std::vector<std::size_t> wavePlanOrder(const Schedule &schedule);

/// The header row and one row per scheduled capability, in wave then start-day order (plan
/// order on ties). Empty schedule (unreadable or cyclic plan): the header row only.
[[nodiscard]] std::string scheduleCsv(const Plan &plan, const Schedule &schedule);

} // namespace waveplan
