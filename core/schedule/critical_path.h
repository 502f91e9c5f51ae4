#pragma once
/// @file critical_path.h
/// The dependency critical path (critical path method, CPM): how short the plan could be if
/// teams had unlimited people, and which capabilities decide that length. Durations and lags
/// only; capacity, change load, waves, pins and deadlines play no part here.

#include "core/model/plan.h"
#include "core/model/plan_index.h"

#include <string>
#include <vector>

namespace waveplan {

/// CPM timing of one capability. Days count from the plan start (day 0); finishes are exclusive.
struct CriticalPathTiming {
    std::string key;
    int earliestStart = 0;
    int earliestFinish = 0;
    int latestStart = 0;  ///< latest start that still ends the plan at its minimum length
    int latestFinish = 0;
    int totalSlack = 0;   ///< latestStart - earliestStart: days it can slip without lengthening the plan
    bool critical = false; ///< totalSlack == 0
};

struct CriticalPathAnalysis {
    /// One entry per capability, in plan order. Empty when the plan has a cycle.
    std::vector<CriticalPathTiming> capabilities;
    /// One chain of critical capabilities in dependency order, from one that starts on day 0 to
    /// one that finishes on day `lengthDays`, each waiting exactly for the one before (plus lag).
    std::vector<std::string> criticalPath;
    /// Minimum plan length in days, ignoring capacity: the longest chain of durations and lags.
    int lengthDays = 0;
    /// Dependency cycles (see findCycles); when not empty, nothing else is computed.
    std::vector<std::vector<std::string>> cycles;
};

/// Runs CPM on the plan's dependencies with Boost.Graph (topological order, then longest paths
/// forward and backward). Dependencies naming unknown keys are ignored. Never loops on a cycle:
/// the cycles are returned instead.
[[nodiscard]] CriticalPathAnalysis analyseCriticalPath(const Plan &plan);
/// The same, reusing an index of the plan that the caller has built anyway.
[[nodiscard]] CriticalPathAnalysis analyseCriticalPath(const Plan &plan, const PlanIndex &index);

} // namespace waveplan
