#pragma once
/// @file team_usage.h
/// Private to core/schedule: what a set of start days asks of each team, day by day and wave
/// by wave. Shared by the explanations, the load table and the constraint check.

#include "core/model/plan.h"

#include <vector>

namespace waveplan::detail {

class TeamUsage {
public:
    /// `starts[i]` is the start day of capability i (plan order); days before 0 count as day 0.
    TeamUsage(const Plan &plan, const std::vector<int> &starts);

    [[nodiscard]] int horizonDays() const { return m_days; } ///< first day after every finish
    /// People of team `t` (plan order) busy on `day`.
    [[nodiscard]] int peopleOn(std::size_t t, int day) const;
    /// Capabilities using team `t` whose last day falls in `wave`.
    [[nodiscard]] int goLivesIn(std::size_t t, int wave) const;
    /// Team index per demand entry of capability i, in its demand order (unknown teams skipped).
    [[nodiscard]] const std::vector<std::pair<std::size_t, int>> &demandOf(std::size_t i) const
    {
        return m_demand[i];
    }

private:
    int m_days = 0;
    int m_waveLength = 1;
    std::vector<std::vector<int>> m_people;   ///< [team][day]
    std::vector<std::vector<int>> m_goLives;  ///< [team][wave - 1]
    std::vector<std::vector<std::pair<std::size_t, int>>> m_demand; ///< [capability] -> (team, people)
};

} // namespace waveplan::detail

#include "core/schedule/schedule.h"

namespace waveplan::detail {

/// Load of every team (plan order) in waves 1..`lastWave`.
[[nodiscard]] std::vector<TeamWaveLoad> teamLoad(const Plan &plan, const TeamUsage &usage, int lastWave);

} // namespace waveplan::detail
