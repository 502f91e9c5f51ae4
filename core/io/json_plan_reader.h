#pragma once
/// @file json_plan_reader.h
/// Reads the body of a plan document (private to core/io; the public API is plan_json.h).

#include "core/io/json_fields.h"
#include "core/model/plan.h"

namespace waveplan::jsonio {

/// Reads every field of the document object `root` (whose "format" and "version" the caller has
/// already checked) into a Plan, reporting each problem to `context` with its JSON path:
/// wrong types, unknown or missing fields, invalid enum values, numbers out of range, and the
/// structural rules that can be pinned to one value (unique keys and team names, demand on
/// existing teams, dependencies between existing, distinct capabilities, no duplicates).
/// Values in error are left at their model defaults; the Plan is meaningful only when
/// `context` holds no errors afterwards.
[[nodiscard]] Plan readPlanDocument(ReadContext &context, const Json &root);

} // namespace waveplan::jsonio
