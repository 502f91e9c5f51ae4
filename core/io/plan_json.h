#pragma once
/// @file plan_json.h
/// The complete JSON form of a plan (documented in docs/file-format.md).
/// Round trip is exact: planFromJson(planToJson(p)) == p for every structurally valid plan.

#include "core/model/plan.h"
#include "core/util/result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace waveplan {

[[nodiscard]] std::string planToJson(const Plan &plan);

/// Parses and checks a plan document. Errors name `fileName`, the line and column (for syntax
/// errors and for the value at fault where it can be located) and what was expected.
[[nodiscard]] Result<Plan> planFromJson(std::string_view text, const std::string &fileName = "plan.json");

[[nodiscard]] Result<Plan> readPlanJsonFile(const std::filesystem::path &path);

} // namespace waveplan
