#include "core/schedule/critical_path.h"

#include "core/schedule/cycles.h"
#include "core/schedule/longest_paths.h"

#include <algorithm>

namespace waveplan {

CriticalPathAnalysis analyseCriticalPath(const Plan &plan)
{
    return analyseCriticalPath(plan, PlanIndex(plan));
}

CriticalPathAnalysis analyseCriticalPath(const Plan &plan, const PlanIndex &index)
{
    CriticalPathAnalysis result;
    const detail::DependencyGraph g = detail::buildDependencyGraph(plan, index);
    const auto order = detail::topologicalOrder(g.graph);
    if (!order) {
        result.cycles = findCycles(plan, index);
        return result;
    }

    const std::size_t n = plan.capabilities.size();
    std::vector<int> durations(n);
    for (std::size_t i = 0; i < n; ++i)
        durations[i] = plan.capabilities[i].durationDays;
    const std::vector<int> es = detail::earliestStarts(g.graph, *order, durations, std::vector<int>(n, 0));
    for (std::size_t i = 0; i < n; ++i)
        result.lengthDays = std::max(result.lengthDays, es[i] + durations[i]);
    const std::vector<int> lf =
        detail::latestFinishes(g.graph, *order, durations, std::vector<int>(n, result.lengthDays));

    result.capabilities.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        CriticalPathTiming t;
        t.key = plan.capabilities[i].key;
        t.earliestStart = es[i];
        t.earliestFinish = es[i] + durations[i];
        t.latestFinish = lf[i];
        t.latestStart = lf[i] - durations[i];
        t.totalSlack = t.latestStart - t.earliestStart;
        t.critical = t.totalSlack == 0;
        result.capabilities.push_back(std::move(t));
    }

    // Walk back from the first capability (plan order) that ends the plan, each time to the
    // first critical predecessor it waits for exactly, in the plan's dependency order (the
    // index's, not the graph's: its in-edges are ordered by predecessor).
    const auto none = static_cast<detail::DependencyVertex>(n);
    auto current = none;
    for (std::size_t i = 0; i < n && current == none; ++i)
        if (result.capabilities[i].critical && result.capabilities[i].earliestFinish == result.lengthDays)
            current = static_cast<detail::DependencyVertex>(i);
    std::vector<std::string> chain;
    while (current != none) {
        chain.push_back(g.keyOf(current));
        auto previous = none;
        for (const int d : index.incoming(current)) {
            const int p = index.predecessorOf(static_cast<std::size_t>(d));
            if (p >= 0 && result.capabilities[static_cast<std::size_t>(p)].critical &&
                result.capabilities[static_cast<std::size_t>(p)].earliestFinish +
                        plan.dependencies[static_cast<std::size_t>(d)].lagDays ==
                    es[current]) {
                previous = static_cast<detail::DependencyVertex>(p);
                break;
            }
        }
        current = previous;
    }
    result.criticalPath.assign(chain.rbegin(), chain.rend());
    return result;
}

} // namespace waveplan
