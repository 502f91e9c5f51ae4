#pragma once
/// @file team_usage.h
/// Private to core/schedule: what a set of start days asks of each team, day by day and wave
/// by wave. Shared by the explanations, the load table and the constraint check.
///
/// Kept as a step function per team (the days on which its people change), so memory and time
/// grow with the number of capabilities, never with the number of days a schedule spans: a
/// plan 137,000 years long, which the limits allow, costs what a short one of its size does.

#include "core/model/plan.h"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace waveplan::detail {

class TeamUsage {
public:
    /// `starts[i]` is the start day of capability i (plan order); days before 0 count as day 0.
    /// Keeps views of the plan's team names: the plan must outlive it.
    TeamUsage(const Plan &plan, const std::vector<int> &starts);

    [[nodiscard]] int horizonDays() const { return m_days; } ///< first day after every finish
    /// The plan's waves (built once here, for everything that explains this schedule).
    [[nodiscard]] const WaveGrid &waves() const { return m_waves; }
    /// People of team `t` (plan order) busy on `day`.
    [[nodiscard]] int peopleOn(std::size_t t, int day) const;
    /// People-days of team `t` over the days [first, end).
    [[nodiscard]] std::int64_t peopleDays(std::size_t t, int first, int end) const;
    /// The first day of [first, end) on which more than `capacity` people of team `t` are busy,
    /// or -1 when there is none.
    [[nodiscard]] int firstDayAbove(std::size_t t, int first, int end, int capacity) const;
    /// The waves in which team `t` has anyone busy, in order, each once: every one up to wave
    /// `everyWaveUpTo`; past it, only the first wave of each step of its people (the waves after
    /// it, to the next step, have the same people), so a schedule of 50 million one-day waves
    /// gives a list as long as the team's steps, not 50 million.
    [[nodiscard]] std::vector<int> busyWaves(std::size_t t, int everyWaveUpTo) const;
    /// Capabilities using team `t` whose last day falls in `wave`.
    [[nodiscard]] int goLivesIn(std::size_t t, int wave) const;
    /// The waves in which capabilities using team `t` go live, in order, each once.
    [[nodiscard]] std::vector<int> goLiveWaves(std::size_t t) const;
    /// Team index per demand entry of capability i, in its demand order (unknown teams skipped).
    [[nodiscard]] const std::vector<std::pair<std::size_t, int>> &demandOf(std::size_t i) const
    {
        return m_demand[i];
    }
    /// The index (plan order) of the first team named `name`, or -1 when no team is.
    [[nodiscard]] int teamIndex(std::string_view name) const;

private:
    /// People of one team as steps: people[k] are busy on the days [days[k], days[k + 1]) (the
    /// last step runs to the end of time, with 0 people); before[k] is the people-days before
    /// days[k]. days[0] is 0.
    struct Steps {
        std::vector<int> days;
        std::vector<int> people;
        std::vector<std::int64_t> before;
        /// The step holding `day` (days >= 0).
        [[nodiscard]] std::size_t stepOf(int day) const;
        /// People-days before `day`.
        [[nodiscard]] std::int64_t integral(int day) const;
    };

    int m_days = 0;
    WaveGrid m_waves;
    std::vector<Steps> m_steps;                ///< [team]
    std::vector<std::vector<int>> m_goLives;   ///< [team] -> the go-live wave of each use, sorted
    std::vector<std::vector<std::pair<std::size_t, int>>> m_demand; ///< [capability] -> (team, people)
    /// (name, index) of every team, sorted: a name given to two teams (which validation rejects)
    /// is listed for both, lower index first.
    std::vector<std::pair<std::string_view, std::size_t>> m_byName;
};

} // namespace waveplan::detail

#include "core/schedule/schedule.h"

namespace waveplan::detail {

/// Load of every team (plan order) in waves 1..`lastWave`.
[[nodiscard]] std::vector<TeamWaveLoad> teamLoad(const Plan &plan, const TeamUsage &usage, int lastWave);

} // namespace waveplan::detail
