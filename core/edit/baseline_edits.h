#pragma once
/// @file baseline_edits.h
/// Builders for edits of the plan's baselines: freeze one, rename it, delete it. A baseline's
/// schedule never changes once frozen; none of these edits changes the plan's schedule.

#include "core/edit/plan_edit.h"

#include <string>
#include <string_view>

namespace waveplan::edit {

/// The longest baseline name, in bytes.
inline constexpr std::size_t kMaxBaselineNameLength = 80;

/// `name` without leading and trailing spaces, or the reason it cannot name a new or renamed
/// baseline of `plan`: empty, longer than kMaxBaselineNameLength, or the name of another
/// baseline. `renaming` is the baseline being renamed, which may keep its own name.
[[nodiscard]] Result<std::string> baselineName(const Plan &plan, std::string_view name,
                                               std::string_view renaming = {});

/// Appends `baseline` (made with baselineOf, core/schedule/baseline_drift.h) under its name,
/// trimmed: "Freeze baseline Board approved". Refused when the name is not free or the baseline
/// is not whole (baselineErrors).
[[nodiscard]] Result<PlanEdit> freezeBaseline(const Plan &plan, Baseline baseline);

/// Renames the baseline `name` to `newName`: "Rename baseline A to B". Empty when the name
/// does not change; refused when there is no such baseline or the new name is not free.
[[nodiscard]] Result<PlanEdit> renameBaseline(const Plan &plan, std::string_view name,
                                              std::string_view newName);

/// Deletes the baseline `name`: "Delete baseline Board approved". Refused when there is none.
[[nodiscard]] Result<PlanEdit> deleteBaseline(const Plan &plan, std::string_view name);

} // namespace waveplan::edit
