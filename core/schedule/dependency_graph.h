#pragma once
/// @file dependency_graph.h
/// Private to core/schedule: a throwaway Boost.Graph copy of a plan's dependencies, built for
/// one computation. The graph is Boost's compressed sparse row graph: two flat arrays per
/// direction, built in one counting sort, so a 100,000-capability plan costs a few
/// milliseconds and no allocation per capability or dependency. Never include this from a
/// public header.

#include "core/model/plan_index.h"
#include "core/model/plan.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace waveplan::detail {

/// What an edge carries: the dependency's lag in days.
struct DependencyEdge {
    int lagDays = 0;
};

/// 32-bit vertex and edge numbers: half the memory of the defaults, and a plan never nears 4 billion.
using DependencyAdjacency = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, DependencyEdge,
                                                               boost::no_property, std::uint32_t, std::uint32_t>;
using DependencyVertex = boost::graph_traits<DependencyAdjacency>::vertex_descriptor;
using DependencyEdgeDescriptor = boost::graph_traits<DependencyAdjacency>::edge_descriptor;

/// An edge that is not one of the plan's dependencies (a hand-over of people, a go-live slot),
/// between capability indices, with no lag.
using ExtraEdge = std::pair<int, int>;

/// Vertex i is the plan's capability i. Each vertex's out-edges appear in the plan's dependency
/// order, then the extra edges in the order given; its in-edges by their source's place in the
/// plan (then in that order). So every walk over the graph is deterministic. Refers to the plan's keys: the plan must outlive the graph.
struct DependencyGraph {
    DependencyAdjacency graph;
    const Plan *plan = nullptr;

    [[nodiscard]] const std::string &keyOf(DependencyVertex v) const { return plan->capabilities[v].key; }
};

/// Builds the graph from the plan's dependencies (their ends from `index`, an index of `plan`)
/// and `extra`; dependencies naming unknown keys are skipped (structuralErrors reports them).
/// Duplicate keys map to their first capability.
[[nodiscard]] DependencyGraph buildDependencyGraph(const Plan &plan, const PlanIndex &index,
                                                   std::span<const ExtraEdge> extra = {});

} // namespace waveplan::detail
