#pragma once
// Random but reproducible plans for property tests: same seed, same plan.

#include "core/model/plan.h"

#include <cstdint>

namespace waveplan::test {

struct GeneratorOptions {
    int capabilities = 30;
    int teams = 3;
    double dependencyDensity = 0.08; ///< chance of an edge from an earlier to a later capability
    bool acyclic = true;             ///< false adds one back edge to make a cycle
    bool fillOptionalFields = true;  ///< owners, KPIs, readiness, money, waves, notes...
    bool unicodeText = true;         ///< names and notes with non-ASCII, quotes, commas, newlines
    /// A working calendar (worked weekdays, holidays), quarter or day waves and a fiscal year.
    /// Off by default: most tests read dates as the start date plus days.
    bool workCalendar = false;
    /// An as-of date some weeks after the start and consistent progress (tracking.h): some
    /// capabilities done, some in progress (with or without remaining days), the rest planned.
    bool progress = false;
};

/// A structurally valid plan (structuralErrors() is empty). With `acyclic`, dependencies only
/// point from lower to higher index, so the plan has no cycle.
Plan generatePlan(std::uint64_t seed, const GeneratorOptions &options = {});

} // namespace waveplan::test
