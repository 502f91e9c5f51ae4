#pragma once
/// @file plan_json.h
/// The complete JSON form of a plan, documented field by field in docs/json-format.md.
///
/// Round trip is exact: planFromJson(planToJson(p)) == p for every structurally valid plan,
/// doubles included bit for bit (-0.0 stays -0.0; infinities and NaN are written as the strings
/// "Infinity", "-Infinity" and "NaN"). Limits: text must be UTF-8 (other bytes are written as
/// U+FFFD) and the start date's year must be 0000..9999 (what "YYYY-MM-DD" can hold).

#include "core/model/plan.h"
#include "core/util/result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace waveplan {

/// The plan as a JSON document: `"format": "waveplan-plan"`, `"version": 1`, then every field
/// in a fixed order, pretty-printed with 2-space indents, text as unescaped UTF-8, ending with
/// a newline. Stable: the same plan always gives the same bytes. Optional fields that are not
/// set (empty text, no readiness score, no pinned wave...) are left out.
[[nodiscard]] std::string planToJson(const Plan &plan);

/// Parses and checks a plan document. Reading is strict: a syntax error, a wrong "format", a
/// newer "version", an unknown field, a missing required field, a value of the wrong type, an
/// invalid enum value, a number out of range (or not a whole number where one is needed) and a
/// broken structural rule (duplicate key, demand on an unknown team, dependency on an unknown
/// capability...) are all errors. Each names `fileName`, the line and column of the value at
/// fault (columns count code points) and, in the message, its JSON path and what was expected,
/// e.g. "plan.json:12:24: capabilities[3].duration_days: must be at least 1 (found 0)". All the
/// problems found are reported (at most 50, then a count of the rest), sorted by position.
/// Missing optional fields take the model's defaults. structuralErrors() runs last as a
/// safety net, so a plan returned here is always structurally valid.
[[nodiscard]] Result<Plan> planFromJson(std::string_view text,
                                        const std::string &fileName = "plan.json");

/// Reads `path` (see readWholeFile) and parses it with planFromJson, naming the file as given.
[[nodiscard]] Result<Plan> readPlanJsonFile(const std::filesystem::path &path);

} // namespace waveplan
