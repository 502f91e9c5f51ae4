#pragma once
/// @file progress_marking.h
/// Marking a capability planned, in progress or done from a view (the inspector's Status, the
/// table's Status column): the same edit, with the same dates, wherever it is made.

#include "core/edit/progress_edits.h"

#include <string_view>

namespace waveplan::ui {

/// The edit giving `key` the status `status` (edit::recordProgress). Its dates are what the
/// capability already says, else those of the plan as drafted (scheduled without its as-of date,
/// which would hold everything not started to that day), never after the as-of date (`today`
/// when the plan has none, which then becomes its as-of date). Empty when the status is the same.
[[nodiscard]] Result<edit::PlanEdit> markStatus(const Plan &plan, std::string_view key, WorkStatus status, Date today);

} // namespace waveplan::ui
