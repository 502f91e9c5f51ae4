#pragma once
/// @file team_edits.h
/// Builders for edits of teams: add, edit (a new name renames it in every demand too) and
/// remove (refused while a capability demands the team, naming them).

#include "core/edit/plan_edit.h"

#include <string_view>

namespace waveplan::edit {

/// Appends `team`: "Add team Data"; a team without an id gets the plan's next one. Refused when its name is empty or taken, or a capacity or
/// limit is negative.
[[nodiscard]] Result<PlanEdit> addTeam(const Plan &plan, const Team &team);

/// Replaces the team `name` with `newValue`, keeping its id: "Edit team Data", or "Rename team Data to
/// Analytics", which renames it in every capability's demand too (those capabilities are the
/// summary's keys).
[[nodiscard]] Result<PlanEdit> editTeam(const Plan &plan, std::string_view name, const Team &newValue);

/// Removes the team `name`: "Delete team Data". Refused while any capability demands it; the
/// message names them.
[[nodiscard]] Result<PlanEdit> removeTeam(const Plan &plan, std::string_view name);

} // namespace waveplan::edit
