#include "core/schedule/dependency_graph.h"

#include "core/model/key_index.h"

namespace waveplan::detail {

namespace {

/// `endsOf(d)` gives dependency d's (predecessor, successor) capability indices, -1 when unknown.
template <typename Ends>
DependencyGraph build(const Plan &plan, Ends endsOf, std::span<const ExtraEdge> extra)
{
    DependencyGraph g;
    g.plan = &plan;
    std::vector<std::pair<DependencyVertex, DependencyVertex>> ends;
    std::vector<DependencyEdge> lags;
    ends.reserve(plan.dependencies.size() + extra.size());
    lags.reserve(plan.dependencies.size() + extra.size());
    for (std::size_t d = 0; d < plan.dependencies.size(); ++d) {
        const auto [from, to] = endsOf(d);
        if (from < 0 || to < 0)
            continue;
        ends.emplace_back(static_cast<DependencyVertex>(from), static_cast<DependencyVertex>(to));
        lags.push_back(DependencyEdge{plan.dependencies[d].lagDays});
    }
    for (const auto &[from, to] : extra) {
        ends.emplace_back(static_cast<DependencyVertex>(from), static_cast<DependencyVertex>(to));
        lags.push_back(DependencyEdge{0});
    }
    // The counting sort behind this constructor is stable: edges keep their order within a vertex.
    g.graph = DependencyAdjacency(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), lags.begin(),
                                  static_cast<DependencyVertex>(plan.capabilities.size()));
    return g;
}

} // namespace

DependencyGraph buildDependencyGraph(const Plan &plan, std::span<const ExtraEdge> extra)
{
    const KeyIndex keys(plan);
    return build(
        plan,
        [&](std::size_t d) {
            return std::pair{keys.indexOf(plan.dependencies[d].predecessor),
                             keys.indexOf(plan.dependencies[d].successor)};
        },
        extra);
}

DependencyGraph buildDependencyGraph(const Plan &plan, const PlanIndex &index, std::span<const ExtraEdge> extra)
{
    return build(
        plan, [&](std::size_t d) { return std::pair{index.predecessorOf(d), index.successorOf(d)}; }, extra);
}

} // namespace waveplan::detail
