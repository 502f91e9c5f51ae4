#include "core/schedule/dependency_graph.h"

namespace waveplan::detail {

DependencyGraph buildDependencyGraph(const Plan &plan, const PlanIndex &index, std::span<const ExtraEdge> extra)
{
    DependencyGraph g;
    g.plan = &plan;
    std::vector<std::pair<DependencyVertex, DependencyVertex>> ends;
    std::vector<DependencyEdge> lags;
    ends.reserve(plan.dependencies.size() + extra.size());
    lags.reserve(plan.dependencies.size() + extra.size());
    for (std::size_t d = 0; d < plan.dependencies.size(); ++d) {
        const int from = index.predecessorOf(d);
        const int to = index.successorOf(d);
        if (from < 0 || to < 0)
            continue;
        ends.emplace_back(static_cast<DependencyVertex>(from), static_cast<DependencyVertex>(to));
        lags.push_back(DependencyEdge{plan.dependencies[d].lagDays});
    }
    for (const auto &[from, to] : extra) {
        ends.emplace_back(static_cast<DependencyVertex>(from), static_cast<DependencyVertex>(to));
        lags.push_back(DependencyEdge{0});
    }
    // The counting sort behind this constructor is stable: a vertex's out-edges keep this order.
    g.graph = DependencyAdjacency(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), lags.begin(),
                                  static_cast<DependencyVertex>(plan.capabilities.size()));
    return g;
}

} // namespace waveplan::detail
