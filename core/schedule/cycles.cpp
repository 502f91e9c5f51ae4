#include "core/schedule/cycles.h"

#include "core/schedule/dependency_graph.h"
#include "core/schedule/longest_paths.h"

#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <deque>

namespace waveplan {

namespace {

using detail::DependencyVertex;

/// Shortest walk start -> ... -> start inside one strongly connected group, found breadth-first
/// so the reported cycle is as short as possible and always the same for the same plan.
std::vector<DependencyVertex> cycleThrough(const detail::DependencyAdjacency &graph, DependencyVertex start,
                                           const std::vector<int> &component)
{
    const int group = component[start];
    const auto none = static_cast<DependencyVertex>(-1);
    std::vector<DependencyVertex> cameFrom(boost::num_vertices(graph), none);
    std::deque<DependencyVertex> queue{start};
    DependencyVertex closing = none; // the vertex whose edge leads back to start
    while (!queue.empty() && closing == none) {
        const DependencyVertex v = queue.front();
        queue.pop_front();
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, graph))) {
            const DependencyVertex w = boost::target(e, graph);
            if (component[w] != group)
                continue;
            if (w == start) {
                closing = v;
                break;
            }
            if (cameFrom[w] == none) {
                cameFrom[w] = v;
                queue.push_back(w);
            }
        }
    }
    std::vector<DependencyVertex> cycle;
    for (DependencyVertex v = closing; v != none && v != start; v = cameFrom[v])
        cycle.push_back(v);
    cycle.push_back(start);
    std::reverse(cycle.begin(), cycle.end());
    return cycle;
}

} // namespace

std::vector<std::vector<std::string>> findCycles(const Plan &plan)
{
    return findCycles(plan, PlanIndex(plan));
}

std::vector<std::vector<std::string>> findCycles(const Plan &plan, const PlanIndex &index)
{
    const detail::DependencyGraph g = detail::buildDependencyGraph(plan, index);
    if (detail::topologicalOrder(g.graph))
        return {}; // the common case, and a third of the work of finding the strong components
    const auto vertexCount = boost::num_vertices(g.graph);
    std::vector<int> component(vertexCount, 0);
    if (vertexCount > 0)
        boost::strong_components(
            g.graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g.graph)));

    // Group sizes, and which groups hold a self-dependency (a one-capability cycle). Components
    // are numbered 0 .. vertexCount - 1 at most.
    std::vector<int> groupSize(vertexCount, 0);
    for (const int c : component)
        ++groupSize[static_cast<std::size_t>(c)];
    std::vector<bool> selfLoop(vertexCount, false);
    for (const auto e : boost::make_iterator_range(boost::edges(g.graph)))
        if (boost::source(e, g.graph) == boost::target(e, g.graph))
            selfLoop[static_cast<std::size_t>(component[boost::source(e, g.graph)])] = true;

    // Vertices are in plan order, so the first vertex met in a group is its first key.
    std::vector<std::vector<std::string>> cycles;
    std::vector<bool> reported(vertexCount, false);
    for (DependencyVertex v = 0; v < vertexCount; ++v) {
        const auto group = static_cast<std::size_t>(component[v]);
        if (reported[group] || (groupSize[group] < 2 && !selfLoop[group]))
            continue;
        reported[group] = true;
        std::vector<std::string> keys;
        for (const DependencyVertex u : cycleThrough(g.graph, v, component))
            keys.push_back(g.keyOf(u));
        cycles.push_back(std::move(keys));
    }
    return cycles;
}

} // namespace waveplan

namespace waveplan {

std::vector<std::string> dependencyPath(const Plan &plan, const std::string &from, const std::string &to)
{
    const PlanIndex index(plan);
    const detail::DependencyGraph g = detail::buildDependencyGraph(plan, index);
    const int sourceIndex = index.indexOf(from);
    const int targetIndex = index.indexOf(to);
    if (sourceIndex < 0 || targetIndex < 0)
        return {};
    const auto source = static_cast<detail::DependencyVertex>(sourceIndex);
    const auto target = static_cast<detail::DependencyVertex>(targetIndex);
    const auto none = static_cast<detail::DependencyVertex>(-1);
    std::vector<detail::DependencyVertex> cameFrom(boost::num_vertices(g.graph), none);
    std::vector<bool> seen(boost::num_vertices(g.graph), false);
    std::deque<detail::DependencyVertex> queue{source};
    seen[source] = true;
    while (!queue.empty() && !seen[target]) {
        const detail::DependencyVertex v = queue.front();
        queue.pop_front();
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, g.graph))) {
            const detail::DependencyVertex w = boost::target(e, g.graph);
            if (seen[w])
                continue;
            seen[w] = true;
            cameFrom[w] = v;
            queue.push_back(w);
        }
    }
    if (!seen[target])
        return {};
    std::vector<std::string> path;
    for (detail::DependencyVertex v = target; v != none; v = cameFrom[v])
        path.push_back(g.keyOf(v));
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace waveplan
