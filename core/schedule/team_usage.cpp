#include "core/schedule/team_usage.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace waveplan::detail {

TeamUsage::TeamUsage(const Plan &plan, const std::vector<int> &starts)
    : m_waves(waveGrid(plan)), m_steps(plan.teams.size()), m_goLives(plan.teams.size()),
      m_demand(plan.capabilities.size())
{
    // Each use of a team adds its people on its first day and takes them off after its last:
    // (day, change) pairs, sorted and summed per day below.
    std::vector<std::vector<std::pair<int, int>>> changes(plan.teams.size());
    // The teams by name, to find each demand's among them by search, not by comparing every
    // team's name (a name given to two teams, which validation rejects, finds both).
    m_byName.reserve(plan.teams.size());
    for (std::size_t t = 0; t < plan.teams.size(); ++t)
        m_byName.emplace_back(plan.teams[t].name, t);
    std::sort(m_byName.begin(), m_byName.end());
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &c = plan.capabilities[i];
        const int start = std::max(starts[i], 0);
        const int finish = start + c.durationDays;
        m_days = std::max(m_days, finish);
        for (const TeamDemand &d : c.demand) {
            const auto [first, last] = std::equal_range(
                m_byName.begin(), m_byName.end(), std::pair<std::string_view, std::size_t>{d.team, 0},
                [](const auto &a, const auto &b) { return a.first < b.first; });
            for (auto team = first; team != last; ++team) {
                const std::size_t t = team->second;
                m_demand[i].emplace_back(t, d.people);
                changes[t].emplace_back(start, d.people);
                changes[t].emplace_back(finish, -d.people);
                m_goLives[t].push_back(m_waves.waveOf(lastDayOf(c, start)));
            }
        }
    }
    std::vector<int> changeOn; // per day, for teams whose changes are many for the days they span
    for (std::size_t t = 0; t < plan.teams.size(); ++t) {
        Steps &steps = m_steps[t];
        steps.days = {0};
        steps.people = {0};
        steps.before = {0};
        const auto step = [&steps](int day, int change) {
            if (change == 0)
                return;
            const int people = steps.people.back() + change;
            if (steps.days.back() == day) { // only day 0 can repeat
                steps.people.back() = people;
                return;
            }
            steps.before.push_back(steps.before.back()
                                   + static_cast<std::int64_t>(steps.people.back()) * (day - steps.days.back()));
            steps.days.push_back(day);
            steps.people.push_back(people);
        };
        std::vector<std::pair<int, int>> &byDay = changes[t];
        // The changes summed per day, in day order: by a table of the days when they are many
        // for the days they span (a 10,000-capability plan: sorting them was half of this), else
        // sorted (a plan of a few uses spread over a very long schedule).
        if (static_cast<std::int64_t>(m_days) <= 4 * static_cast<std::int64_t>(byDay.size()) + 1024) {
            changeOn.assign(static_cast<std::size_t>(m_days) + 1, 0);
            for (const auto &[day, change] : byDay)
                changeOn[static_cast<std::size_t>(day)] += change;
            for (int day = 0; day <= m_days; ++day)
                step(day, changeOn[static_cast<std::size_t>(day)]);
        } else {
            std::sort(byDay.begin(), byDay.end());
            for (std::size_t k = 0; k < byDay.size();) {
                const int day = byDay[k].first;
                int change = 0;
                for (; k < byDay.size() && byDay[k].first == day; ++k)
                    change += byDay[k].second;
                step(day, change);
            }
        }
        std::sort(m_goLives[t].begin(), m_goLives[t].end());
    }
}

int TeamUsage::teamIndex(std::string_view name) const
{
    const auto found = std::lower_bound(m_byName.begin(), m_byName.end(), std::pair<std::string_view, std::size_t>{name, 0});
    return found != m_byName.end() && found->first == name ? static_cast<int>(found->second) : -1;
}

std::size_t TeamUsage::Steps::stepOf(int day) const
{
    return static_cast<std::size_t>(std::upper_bound(days.begin(), days.end(), day) - days.begin()) - 1;
}

std::int64_t TeamUsage::Steps::integral(int day) const
{
    if (day <= 0)
        return 0;
    const std::size_t k = stepOf(day);
    return before[k] + static_cast<std::int64_t>(people[k]) * (day - days[k]);
}

int TeamUsage::peopleOn(std::size_t t, int day) const
{
    return day < 0 ? 0 : m_steps[t].people[m_steps[t].stepOf(day)];
}

std::int64_t TeamUsage::peopleDays(std::size_t t, int first, int end) const
{
    return end <= first ? 0 : m_steps[t].integral(end) - m_steps[t].integral(first);
}

int TeamUsage::firstDayAbove(std::size_t t, int first, int end, int capacity) const
{
    const Steps &steps = m_steps[t];
    first = std::max(first, 0);
    for (std::size_t k = steps.stepOf(first); k < steps.days.size(); ++k) {
        const int day = std::max(steps.days[k], first);
        if (day >= end)
            break;
        if (steps.people[k] > capacity)
            return day;
    }
    return -1;
}

std::vector<int> TeamUsage::busyWaves(std::size_t t, int everyWaveUpTo) const
{
    const Steps &steps = m_steps[t];
    std::vector<int> waves;
    for (std::size_t k = 0; k < steps.days.size(); ++k) {
        if (steps.people[k] == 0 || k + 1 == steps.days.size())
            continue;
        const int from = std::max(m_waves.waveOf(steps.days[k]), waves.empty() ? 1 : waves.back() + 1);
        const int to = m_waves.waveOf(steps.days[k + 1] - 1);
        for (int wave = from; wave <= std::min(to, everyWaveUpTo); ++wave)
            waves.push_back(wave);
        if (to > everyWaveUpTo && from <= to) // past it, the step's first wave stands for the rest
            waves.push_back(std::max(from, everyWaveUpTo + 1));
    }
    return waves;
}

int TeamUsage::goLivesIn(std::size_t t, int wave) const
{
    const auto [first, last] = std::equal_range(m_goLives[t].begin(), m_goLives[t].end(), wave);
    return static_cast<int>(last - first);
}

std::vector<int> TeamUsage::goLiveWaves(std::size_t t) const
{
    std::vector<int> waves = m_goLives[t];
    waves.erase(std::unique(waves.begin(), waves.end()), waves.end());
    return waves;
}

} // namespace waveplan::detail
