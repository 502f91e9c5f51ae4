#pragma once
/// @file schedule_csv.h
/// The wave plan as a spreadsheet table (`waveplan schedule PLAN --csv`): one row per capability
/// with its wave, dates, teams, owner, KPI and the reason it starts when it does. Cells a
/// spreadsheet would run as a formula are neutralised (see docs/import-export.md).

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <string>
#include <string_view>

namespace waveplan::cli {

/// `text` with a leading apostrophe when it starts with '=', '+', '-', '@', a tab or a carriage
/// return, so a spreadsheet shows it as text instead of running it (OWASP's CSV injection advice).
[[nodiscard]] std::string neutraliseFormula(std::string_view text);

/// The header row and one row per scheduled capability, in wave then start-day order (plan
/// order on ties). Empty schedule (unreadable or cyclic plan): the header row only.
[[nodiscard]] std::string scheduleCsv(const Plan &plan, const Schedule &schedule);

} // namespace waveplan::cli
