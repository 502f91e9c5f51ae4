#include "core/layout/roadmap_layout.h"

#include <algorithm>
#include <map>
#include <numeric>

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
        std::vector<int> rowEnds; // where each row is free from
        for (const RoadmapBar &bar : bars) {
            // The first row free where it begins (first fit keeps early rows full).
            std::size_t row = 0;
            while (row < rowEnds.size() && rowEnds[row] > bar.fromDay)
                ++row;
            if (row == rowEnds.size()) {
                rowEnds.push_back(0);
                lane.rows.emplace_back();
            }
            rowEnds[row] = bar.endDay;
            lane.rows[row].push_back(bar);
            layout.lastDay = std::max(layout.lastDay, bar.endDay);
        }
        layout.lanes.push_back(std::move(lane));
    }
    return layout;
}

} // namespace waveplan
