#pragma once
/// @file priority_rules.h
/// Classic RCPSP priority rules and turning priorities into precedence-feasible activity lists.
/// Lower value = scheduled first. Foundational activities win ties. Internal to the solver.

#include "core/schedule/solver/instance.h"

#include <cstddef>
#include <vector>

namespace waveplan::solver::detail {

/// Precedence-only bounds (resources ignored).
struct TimeBounds {
    std::vector<int> earliestStart; ///< forward pass from earliest starts and lags
    std::vector<int> latestFinish;  ///< backward pass from the critical path end, deadlines, pins
    int criticalPathEnd = 0;        ///< max earliest finish
    std::vector<int> topological;   ///< a topological order (cyclic rest appended by index)
};

[[nodiscard]] TimeBounds timeBounds(const Instance &instance);

/// The rules. Each vector holds one priority value per activity (lower first).
struct PriorityRules {
    std::vector<double> latestFinish;        ///< LFT
    std::vector<double> latestStart;         ///< LST
    std::vector<double> mostTotalSuccessors; ///< MTS (negated count)
    std::vector<double> rankPositionalWeight; ///< GRPW (negated)
};

[[nodiscard]] PriorityRules priorityRules(const Instance &instance, const TimeBounds &bounds);

/// Activity list: repeatedly the eligible activity (all predecessors listed) with the lowest
/// key; ties go to foundational activities, then to the lower index. O((n + m) log n).
/// Activities on a cycle (never eligible) are appended in index order.
[[nodiscard]] std::vector<int> activityList(const Instance &instance, const std::vector<double> &key);

/// activityList(instance, key), given `base`, the list of keys that differ from `key` only for
/// activity `changed`: the first `kept` entries (set here) are `base`'s, listed before
/// `changed` was eligible or listed, and only the rest is listed again. A decoding of the old
/// list holds for those entries too (ScheduleBuilder::serialFrom).
[[nodiscard]] std::vector<int> activityListAfterChange(const Instance &instance, const std::vector<double> &key,
                                                       const std::vector<int> &base, int changed, std::size_t &kept);

} // namespace waveplan::solver::detail
