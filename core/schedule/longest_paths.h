#pragma once
/// @file longest_paths.h
/// Private to core/schedule: forward and backward longest-path passes over a dependency graph
/// (finish-to-start with lags), the two halves of the critical path method.

#include "core/schedule/dependency_graph.h"

#include <optional>
#include <vector>

namespace waveplan::detail {

/// Vertices so that every dependency points forward; nullopt when the graph has a cycle.
[[nodiscard]] std::optional<std::vector<DependencyVertex>> topologicalOrder(const DependencyAdjacency &graph);

/// Earliest start of every vertex: at least its release day, and at least every predecessor's
/// start + duration + lag. `order` comes from topologicalOrder.
[[nodiscard]] std::vector<int> earliestStarts(const DependencyAdjacency &graph,
                                              const std::vector<DependencyVertex> &order,
                                              const std::vector<int> &durations, const std::vector<int> &releases);

/// Latest finish of every vertex: at most its cap, and at most every successor's latest
/// finish - its duration - lag.
[[nodiscard]] std::vector<int> latestFinishes(const DependencyAdjacency &graph,
                                              const std::vector<DependencyVertex> &order,
                                              const std::vector<int> &durations, const std::vector<int> &finishCaps);

} // namespace waveplan::detail
