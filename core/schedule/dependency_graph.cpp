#include "core/schedule/dependency_graph.h"

namespace waveplan::detail {

DependencyGraph buildDependencyGraph(const Plan &plan)
{
    DependencyGraph g;
    g.graph = DependencyAdjacency(plan.capabilities.size());
    g.keyOfVertex.reserve(plan.capabilities.size());
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        g.keyOfVertex.push_back(plan.capabilities[i].key);
        g.vertexOfKey.emplace(plan.capabilities[i].key, i); // keeps the first on duplicates
    }
    for (const Dependency &d : plan.dependencies) {
        const auto from = g.vertexOfKey.find(d.predecessor);
        const auto to = g.vertexOfKey.find(d.successor);
        if (from == g.vertexOfKey.end() || to == g.vertexOfKey.end())
            continue;
        boost::add_edge(from->second, to->second, DependencyEdge{d.lagDays}, g.graph);
    }
    return g;
}

} // namespace waveplan::detail
