#pragma once
/// @file json_baselines.h
/// A plan's baselines in the plan JSON document ("baselines", docs/json-format.md). Private to
/// core/io: plan_json.cpp writes them, json_plan_reader.cpp reads them.

#include "core/io/json_fields.h"
#include "core/model/baseline.h"

#include <vector>

namespace waveplan::jsonio {

/// The "baselines" array for `baselines`.
[[nodiscard]] Json baselinesToJson(const std::vector<Baseline> &baselines);

/// One element of "baselines" at `path`, checked (types, ranges, dates, known fields); problems
/// are reported in `context` and leave neutral values.
[[nodiscard]] Baseline readBaseline(ReadContext &context, const Json &object,
                                    const std::string &path);

} // namespace waveplan::jsonio
