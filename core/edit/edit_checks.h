#pragma once
/// @file edit_checks.h
/// Private to core/edit: what every builder shares to check an edit before handing it out.

#include "core/edit/plan_edit.h"

#include <string>
#include <string_view>

namespace waveplan::edit::detail {

/// `edit` when it applies to `plan` and leaves no structural error that `plan` does not already
/// have (structuralErrors); else the first new error as a sentence. The last check of every
/// builder, so the document never holds a plan that cannot be saved.
[[nodiscard]] Result<PlanEdit> checked(const Plan &plan, PlanEdit edit);
/// The same for a builder that has already applied `edit` to a copy of `plan`, `edited`.
[[nodiscard]] Result<PlanEdit> checked(const Plan &plan, const Plan &edited, PlanEdit edit);

/// "There is no capability with the key 'X'."
[[nodiscard]] Error unknownCapability(std::string_view key);

/// Why `key` cannot be the key of a new or renamed capability in `plan` (not a valid key, or
/// used by another one), or empty when it can.
[[nodiscard]] std::string whyNotAKey(const Plan &plan, std::string_view key);

} // namespace waveplan::edit::detail
