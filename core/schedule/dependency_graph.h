#pragma once
/// @file dependency_graph.h
/// Private to core/schedule: a throwaway Boost.Graph copy of a plan's dependencies, built for
/// one computation, with explicit key <-> vertex maps. Never include this from a public header.

#include "core/model/plan.h"

#include <boost/graph/adjacency_list.hpp>

#include <string>
#include <unordered_map>
#include <vector>

namespace waveplan::detail {

/// What an edge carries: the dependency's lag in days.
struct DependencyEdge {
    int lagDays = 0;
};

using DependencyAdjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                                  boost::no_property, DependencyEdge>;
using DependencyVertex = boost::graph_traits<DependencyAdjacency>::vertex_descriptor;
using DependencyEdgeDescriptor = boost::graph_traits<DependencyAdjacency>::edge_descriptor;

/// Vertex i is the plan's capability i; out-edges appear in the plan's dependency order, so
/// every walk over the graph is deterministic.
struct DependencyGraph {
    DependencyAdjacency graph;
    std::vector<std::string> keyOfVertex;
    std::unordered_map<std::string, DependencyVertex> vertexOfKey;
};

/// Builds the graph; dependencies naming unknown keys are skipped (structuralErrors reports them).
/// Duplicate keys map to their first capability.
[[nodiscard]] DependencyGraph buildDependencyGraph(const Plan &plan);

} // namespace waveplan::detail
