#include "core/layout/roadmap_layout.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <queue>
#include <set>
#include <utility>

namespace waveplan {

namespace {

/// The lane a capability sits in: the team giving it the most people, the first on a tie.
std::string laneOf(const Capability &c)
{
    const TeamDemand *most = nullptr;
    for (const TeamDemand &d : c.demand)
        if (most == nullptr || d.people > most->people)
            most = &d;
    return most == nullptr ? std::string() : most->team;
}

} // namespace

RoadmapLayout roadmapLayout(const Plan &plan, const Schedule &schedule, const std::function<int(int capability)> &labelDays,
                            int timelineEnd)
{
    RoadmapLayout layout;
    if (schedule.capabilities.size() != plan.capabilities.size() || plan.capabilities.empty())
        return layout;
    std::map<std::string, std::vector<int>> byLane;
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        byLane[laneOf(plan.capabilities[i])].push_back(static_cast<int>(i));

    std::vector<std::string> order;
    for (const Team &team : plan.teams)
        if (byLane.contains(team.name))
            order.push_back(team.name);
    if (byLane.contains(std::string()))
        order.emplace_back();

    layout.lastDay = schedule.makespanDays;
    for (const std::string &team : order) {
        const std::vector<int> &members = byLane.at(team);
        std::vector<RoadmapBar> bars;
        for (const int i : members) {
            const ScheduledCapability &s = schedule.capabilities[static_cast<std::size_t>(i)];
            const int label = std::max(0, labelDays(i));
            RoadmapBar bar;
            bar.capability = i;
            bar.startDay = s.startDay;
            bar.finishDay = std::max(s.finishDay, s.startDay + 1);
            bar.labelDay = s.startDay;
            if (timelineEnd > 0 && bar.labelDay + label > timelineEnd)
                bar.labelDay = std::max(0, timelineEnd - label);
            bar.fromDay = std::min(bar.startDay, bar.labelDay);
            bar.endDay = std::max(bar.finishDay, bar.labelDay + label);
            bars.push_back(bar);
        }
        std::stable_sort(bars.begin(), bars.end(), [](const RoadmapBar &a, const RoadmapBar &b) { return a.fromDay < b.fromDay; });
        RoadmapLane lane;
        lane.team = team;
        // First fit: the lowest row free where the bar begins. Bars come in order of where they
        // begin, so a row once free stays free until it is used: busy rows wait in a heap by the
        // day they end, free ones in an ordered set (n log n, not bars x rows).
        std::priority_queue<std::pair<int, std::size_t>, std::vector<std::pair<int, std::size_t>>, std::greater<>> busy;
        std::set<std::size_t> free;
        for (const RoadmapBar &bar : bars) {
            while (!busy.empty() && busy.top().first <= bar.fromDay) {
                free.insert(busy.top().second);
                busy.pop();
            }
            std::size_t row = lane.rows.size();
            if (!free.empty()) {
                row = *free.begin();
                free.erase(free.begin());
            } else {
                lane.rows.emplace_back();
            }
            busy.emplace(bar.endDay, row);
            lane.rows[row].push_back(bar);
            layout.lastDay = std::max(layout.lastDay, bar.endDay);
        }
        layout.lanes.push_back(std::move(lane));
    }
    return layout;
}

} // namespace waveplan
