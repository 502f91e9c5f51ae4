#include "ui/board/board_layout.h"

#include "core/model/plan_limits.h"
#include "ui/text/qt_text.h"

#include <QHash>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace waveplan::ui::board {

namespace {

constexpr int kMilestoneRoomDays = 32;

/// Assigns rows to the bars [first, last) of one lane; returns the number of rows used.
int packRows(std::vector<BarPlacement>::iterator first, std::vector<BarPlacement>::iterator last)
{
    std::stable_sort(first, last, [](const BarPlacement &a, const BarPlacement &b) {
        if (a.startDay != b.startDay)
            return a.startDay < b.startDay;
        return a.capability < b.capability;
    });
    std::vector<int> rowEnds; // exclusive finish day of the last bar in each row
    for (auto it = first; it != last; ++it) {
        const auto free = std::find_if(rowEnds.begin(), rowEnds.end(), [&](int end) { return end <= it->startDay; });
        if (free == rowEnds.end()) {
            it->row = static_cast<int>(rowEnds.size());
            rowEnds.push_back(it->finishDay);
        } else {
            it->row = static_cast<int>(free - rowEnds.begin());
            *free = it->finishDay;
        }
    }
    return std::max(1, static_cast<int>(rowEnds.size()));
}

} // namespace

std::vector<int> scheduleEntries(const Plan &plan, const Schedule &schedule)
{
    std::vector<int> entries(plan.capabilities.size(), -1);
    // The schedule lists capabilities in plan order: look further only where it does not.
    std::unordered_map<std::string_view, int> byKey;
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const std::string &key = plan.capabilities[i].key;
        if (i < schedule.capabilities.size() && schedule.capabilities[i].key == key) {
            entries[i] = static_cast<int>(i);
            continue;
        }
        if (byKey.empty())
            for (std::size_t e = 0; e < schedule.capabilities.size(); ++e)
                byKey.emplace(schedule.capabilities[e].key, static_cast<int>(e));
        const auto found = byKey.find(key);
        entries[i] = found == byKey.end() ? -1 : found->second;
    }
    return entries;
}

BoardLayout computeBoardLayout(const Plan &plan, const Schedule &schedule)
{
    BoardLayout layout;
    QHash<QString, int> laneOfTeam;
    for (const Team &team : plan.teams) {
        laneOfTeam.insert(qs(team.name), static_cast<int>(layout.lanes.size()));
        layout.lanes.push_back({qs(team.name), 1});
    }
    int noTeamLane = -1;

    const std::vector<int> entries = scheduleEntries(plan, schedule);

    const WaveGrid waves = waveGrid(plan);
    int lastWave = std::max(1, plan.horizonWaves);
    std::vector<std::vector<BarPlacement>> byLane(layout.lanes.size());
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &capability = plan.capabilities[i];
        BarPlacement bar;
        bar.key = qs(capability.key);
        bar.capability = static_cast<int>(i);
        bar.entry = entries[i];
        if (bar.entry >= 0) {
            const ScheduledCapability *entry = &schedule.capabilities[static_cast<std::size_t>(bar.entry)];
            bar.startDay = entry->startDay;
            lastWave = std::max(lastWave, waves.waveOf(entry->lastDay()));
            // A milestone's diamond and key need room in the row (the board draws a day 4 units
            // wide whatever the wave length: 32 days hold the diamond, a ten-letter key and a mark).
            bar.finishDay = std::max(entry->finishDay,
                                     entry->startDay + (entry->finishDay == entry->startDay ? kMilestoneRoomDays : 1));
        } else {
            bar.scheduled = false;
            bar.startDay = 0;
            bar.finishDay = std::max(1, capability.durationDays);
            lastWave = std::max(lastWave, waves.waveOf(bar.finishDay - 1));
        }
        bool inAnyLane = false;
        for (const TeamDemand &demand : capability.demand) {
            const auto lane = laneOfTeam.constFind(qs(demand.team));
            if (lane == laneOfTeam.cend())
                continue; // an unknown team: a structural error the problems panel reports
            bar.lane = lane.value();
            byLane[static_cast<std::size_t>(bar.lane)].push_back(bar);
            inAnyLane = true;
        }
        if (!inAnyLane) {
            if (noTeamLane < 0) {
                noTeamLane = static_cast<int>(layout.lanes.size());
                layout.lanes.push_back({QString(), 1});
                byLane.emplace_back();
            }
            bar.lane = noTeamLane;
            byLane[static_cast<std::size_t>(noTeamLane)].push_back(bar);
        }
    }

    for (std::size_t lane = 0; lane < byLane.size(); ++lane) {
        std::vector<BarPlacement> &bars = byLane[lane];
        layout.lanes[lane].rows = packRows(bars.begin(), bars.end());
        layout.bars.insert(layout.bars.end(), bars.begin(), bars.end());
    }
    // One column per wave up to wave 999, the last a plan can name (kMaxWave): a schedule of
    // long capabilities can run to wave 500,000, and half a million columns hang the board.
    // Bars past it are still drawn where their days fall.
    layout.waveCount = std::min(lastWave, kMaxWave);
    return layout;
}

} // namespace waveplan::ui::board
