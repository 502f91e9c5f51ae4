#include "core/schedule/longest_paths.h"

#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <iterator>

namespace waveplan::detail {

std::optional<std::vector<DependencyVertex>> topologicalOrder(const DependencyAdjacency &graph)
{
    std::vector<DependencyVertex> reversed;
    reversed.reserve(boost::num_vertices(graph));
    try {
        boost::topological_sort(graph, std::back_inserter(reversed));
    } catch (const boost::not_a_dag &) {
        return std::nullopt;
    }
    return std::vector<DependencyVertex>(reversed.rbegin(), reversed.rend());
}

std::vector<int> earliestStarts(const DependencyAdjacency &graph, const std::vector<DependencyVertex> &order,
                                const std::vector<int> &durations, const std::vector<int> &releases)
{
    std::vector<int> start = releases;
    for (const DependencyVertex v : order)
        for (const auto e : boost::make_iterator_range(boost::in_edges(v, graph))) {
            const DependencyVertex p = boost::source(e, graph);
            start[v] = std::max(start[v], start[p] + durations[p] + graph[e].lagDays);
        }
    return start;
}

std::vector<int> latestFinishes(const DependencyAdjacency &graph, const std::vector<DependencyVertex> &order,
                                const std::vector<int> &durations, const std::vector<int> &finishCaps)
{
    std::vector<int> finish = finishCaps;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const DependencyVertex v = *it;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, graph))) {
            const DependencyVertex s = boost::target(e, graph);
            finish[v] = std::min(finish[v], finish[s] - durations[s] - graph[e].lagDays);
        }
    }
    return finish;
}

} // namespace waveplan::detail
