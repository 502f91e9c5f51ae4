#pragma once
/// @file capability_edits.h
/// Builders for edits of capabilities: add, remove (with their dependencies), edit (a new key
/// renames it in every dependency too) and move on the map. Each checks the edit against the
/// plan and returns it, or an error saying why it is refused in words a user can act on. An
/// edit that would change nothing comes back empty (PlanEdit::empty).

#include "core/edit/plan_edit.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan::edit {

/// Appends `capability` to the plan: "Add CDP". A capability without an id gets the plan's next
/// one (nextCapabilityId). Refused when its key is not valid or taken, or
/// it breaks another rule of the plan (an unknown team in its demand, a duration below 1...).
[[nodiscard]] Result<PlanEdit> addCapability(const Plan &plan, const Capability &capability);

/// Removes the capabilities with these keys and every dependency on them: "Delete CDP",
/// "Delete 3 capabilities". Keys the plan does not have are left out; refused when it has none
/// of them.
[[nodiscard]] Result<PlanEdit> removeCapabilities(const Plan &plan, const std::vector<std::string> &keys);

/// Replaces the capability `key` with `newValue`, keeping its id (an edit never changes a
/// capability's identity, whatever id `newValue` holds). The summary names what changed ("Change
/// duration of CDP", "Rename CDP to CDP2", "Edit CDP" for several fields) unless `text` is
/// given ("Pin CDP to wave 3"). A new key renames it in every dependency. Refused when `key` is
/// unknown, the new key is not valid or taken, or the value breaks a rule of the plan.
[[nodiscard]] Result<PlanEdit> editCapability(const Plan &plan, std::string_view key, const Capability &newValue,
                                              std::string text = {});

/// Moves capabilities on the map: "Move CDP", "Move 2 capabilities". Keys the plan does not
/// have are left out; empty when none of them moves. The summary's area is Positions (no
/// rescheduling).
[[nodiscard]] Result<PlanEdit> moveCapabilities(const Plan &plan, const std::map<std::string, MapPosition> &positions);

/// The fields in which `before` and `after` differ, in the words of the Edit menu ("duration",
/// "teams", "pinned wave"...), in the order of the capability's fields.
[[nodiscard]] std::vector<std::string> changedFields(const Capability &before, const Capability &after);

} // namespace waveplan::edit
