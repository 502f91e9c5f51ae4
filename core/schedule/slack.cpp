#include "core/schedule/explanation.h"
#include "core/schedule/longest_paths.h"

#include <algorithm>
#include <optional>

namespace waveplan::detail {

namespace {

/// The backward pass over dependencies and hand-overs (finish-to-start edges with lags) and
/// go-live slots: a slot user's latest finish is the first day of the wave in which the one
/// waiting behind it goes live at the latest, so that it still goes live in a wave before.
/// `order` must also put every slot user before the ones waiting behind it.
std::vector<int> latestFinishesWithSlots(const DependencyAdjacency &graph, const std::vector<DependencyVertex> &order,
                                         const std::vector<int> &durations, const std::vector<int> &caps,
                                         const std::vector<int> &milestoneDays,
                                         const std::vector<std::vector<int>> &slotUsers, const WaveGrid &waves)
{
    std::vector<std::vector<std::size_t>> waitingBehind(slotUsers.size());
    for (std::size_t s = 0; s < slotUsers.size(); ++s)
        for (const int user : slotUsers[s])
            waitingBehind[static_cast<std::size_t>(user)].push_back(s);
    std::vector<int> finish = caps;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const DependencyVertex v = *it;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, graph))) {
            const DependencyVertex s = boost::target(e, graph);
            finish[v] = std::min(finish[v], finish[s] - durations[s] - graph[e].lagDays);
        }
        // v goes live in a wave before the one s goes live in at the latest. A milestone goes
        // live on its own day (finish + 1 - 1), any other capability on finish - 1.
        for (const std::size_t s : waitingBehind[v])
            finish[v] = std::min(finish[v], waves.firstDay(waves.waveOf(finish[s] - 1 + milestoneDays[s])) -
                                                milestoneDays[v]);
    }
    return finish;
}

} // namespace

std::vector<int> slackDays(const Plan &plan, const PlanIndex &index, const std::vector<int> &starts,
                           const std::vector<int> &holders, const std::vector<std::vector<int>> &givenSlotUsers,
                           int makespan)
{
    const std::size_t n = plan.capabilities.size();
    std::vector<int> durations(n);
    std::vector<int> caps(n, makespan);
    std::vector<int> milestoneDays(n, 0); // 1 for a milestone: it ends the plan the day after its day
    const WaveGrid waves = waveGrid(plan);
    for (std::size_t i = 0; i < n; ++i) {
        const Capability &c = plan.capabilities[i];
        durations[i] = c.durationDays;
        const int milestoneDay = isMilestone(c) ? 1 : 0;
        milestoneDays[i] = milestoneDay;
        caps[i] -= milestoneDay;
        if (c.deadlineWave)
            caps[i] = std::min(caps[i], waves.firstDay(*c.deadlineWave + 1) - milestoneDay);
        if (c.pinnedWave)
            caps[i] = std::min(caps[i], waves.firstDay(*c.pinnedWave + 1) - 1 + c.durationDays);
    }

    // Dependencies plus hand-overs: delaying a capacity holder delays whoever waits for its
    // people, and a go-live slot user that slips into the next wave pushes whoever waits
    // behind its slot a wave on.
    std::vector<std::vector<int>> noSlotUsers;
    const std::vector<std::vector<int>> *slotUsers = &givenSlotUsers;
    std::vector<ExtraEdge> handOvers;
    for (std::size_t i = 0; i < n; ++i)
        if (holders[i] >= 0)
            handOvers.emplace_back(holders[i], static_cast<int>(i));
    const DependencyGraph withHandOvers = buildDependencyGraph(plan, index, handOvers);
    const bool anySlots = std::any_of(slotUsers->begin(), slotUsers->end(), [](const auto &u) { return !u.empty(); });
    std::optional<std::vector<DependencyVertex>> order;
    if (anySlots) { // with the go-live slots too, for the order alone
        std::vector<ExtraEdge> handOversAndSlots = handOvers;
        for (std::size_t i = 0; i < n; ++i)
            for (const int user : (*slotUsers)[i])
                handOversAndSlots.emplace_back(user, static_cast<int>(i));
        order = topologicalOrder(buildDependencyGraph(plan, index, handOversAndSlots).graph);
    } else {
        order = topologicalOrder(withHandOvers.graph);
    }
    const DependencyGraph *graph = &withHandOvers;
    DependencyGraph plain;
    if (!order) { // only when the schedule breaks dependencies; hand-overs and slots alone never loop
        plain = buildDependencyGraph(plan, index);
        order = topologicalOrder(plain.graph);
        graph = &plain;
        noSlotUsers.assign(n, {});
        slotUsers = &noSlotUsers;
    }
    std::vector<int> slack(n, 0);
    if (!order)
        return slack;
    const std::vector<int> latest =
        latestFinishesWithSlots(graph->graph, *order, durations, caps, milestoneDays, *slotUsers, waves);
    for (std::size_t i = 0; i < n; ++i)
        slack[i] = latest[i] - (starts[i] + durations[i]);
    return slack;
}

} // namespace waveplan::detail
