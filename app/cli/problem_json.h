#pragma once
/// @file problem_json.h
/// Problems as the JSON array `validate --json` and `schedule --json` both print.

#include "core/model/problem.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace waveplan::cli {

/// [{"severity", "code", "message", "keys", "teams"}, ...] in the given order.
[[nodiscard]] nlohmann::json problemsToJson(const std::vector<Problem> &problems);

} // namespace waveplan::cli
