#include "core/schedule/explanation.h"
#include "core/schedule/longest_paths.h"

#include <algorithm>

namespace waveplan::detail {

std::vector<int> slackDays(const Plan &plan, const std::vector<int> &starts, const std::vector<StartReason> &reasons,
                           int makespan)
{
    const std::size_t n = plan.capabilities.size();
    std::vector<int> durations(n);
    std::vector<int> caps(n, makespan);
    for (std::size_t i = 0; i < n; ++i) {
        const Capability &c = plan.capabilities[i];
        durations[i] = c.durationDays;
        if (c.deadlineWave)
            caps[i] = std::min(caps[i], firstDayOfWave(*c.deadlineWave + 1, plan.waveLengthDays));
        if (c.pinnedWave)
            caps[i] = std::min(caps[i], firstDayOfWave(*c.pinnedWave + 1, plan.waveLengthDays) - 1 + c.durationDays);
    }

    // Dependencies plus hand-overs: delaying a capacity holder delays whoever waits for its people.
    DependencyGraph withHandOvers = buildDependencyGraph(plan);
    const std::vector<int> holders = capacityHolders(plan, starts, reasons);
    for (std::size_t i = 0; i < n; ++i) {
        const int holder = holders[i];
        if (holder >= 0)
            boost::add_edge(static_cast<DependencyVertex>(holder), i, DependencyEdge{0}, withHandOvers.graph);
    }
    auto order = topologicalOrder(withHandOvers.graph);
    const DependencyGraph *graph = &withHandOvers;
    DependencyGraph plain;
    if (!order) { // only when the schedule breaks dependencies; hand-overs alone never loop
        plain = buildDependencyGraph(plan);
        order = topologicalOrder(plain.graph);
        graph = &plain;
    }
    std::vector<int> slack(n, 0);
    if (!order)
        return slack;
    const std::vector<int> latest = latestFinishes(graph->graph, *order, durations, caps);
    for (std::size_t i = 0; i < n; ++i)
        slack[i] = latest[i] - (starts[i] + durations[i]);
    return slack;
}

} // namespace waveplan::detail
