#include "core/schedule/team_usage.h"

#include <algorithm>

namespace waveplan::detail {

TeamUsage::TeamUsage(const Plan &plan, const std::vector<int> &starts)
    : m_waveLength(plan.waveLengthDays), m_demand(plan.capabilities.size())
{
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &c = plan.capabilities[i];
        m_days = std::max(m_days, std::max(starts[i], 0) + c.durationDays);
        for (const TeamDemand &d : c.demand)
            for (std::size_t t = 0; t < plan.teams.size(); ++t)
                if (plan.teams[t].name == d.team)
                    m_demand[i].emplace_back(t, d.people);
    }
    const int waves = waveOfDay(std::max(m_days - 1, 0), m_waveLength);
    m_people.assign(plan.teams.size(), std::vector<int>(static_cast<std::size_t>(m_days), 0));
    m_goLives.assign(plan.teams.size(), std::vector<int>(static_cast<std::size_t>(waves), 0));
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const int start = std::max(starts[i], 0);
        const int finish = start + plan.capabilities[i].durationDays;
        for (const auto &[t, people] : m_demand[i]) {
            for (int day = start; day < finish; ++day)
                m_people[t][static_cast<std::size_t>(day)] += people;
            ++m_goLives[t][static_cast<std::size_t>(waveOfDay(finish - 1, m_waveLength) - 1)];
        }
    }
}

int TeamUsage::peopleOn(std::size_t t, int day) const
{
    return day < 0 || day >= m_days ? 0 : m_people[t][static_cast<std::size_t>(day)];
}

int TeamUsage::goLivesIn(std::size_t t, int wave) const
{
    const auto w = static_cast<std::size_t>(wave - 1);
    return wave < 1 || w >= m_goLives[t].size() ? 0 : m_goLives[t][w];
}

} // namespace waveplan::detail
