#include "core/schedule/team_usage.h"

namespace waveplan::detail {

std::vector<TeamWaveLoad> teamLoad(const Plan &plan, const TeamUsage &usage, int lastWave)
{
    const WaveGrid waves = waveGrid(plan);
    std::vector<TeamWaveLoad> load;
    for (std::size_t t = 0; t < plan.teams.size(); ++t) {
        const Team &team = plan.teams[t];
        for (int wave = 1; wave <= lastWave; ++wave) {
            TeamWaveLoad l;
            l.team = team.name;
            l.wave = wave;
            l.peopleDaysUsed = usage.peopleDays(t, waves.firstDay(wave), waves.firstDay(wave + 1));
            l.peopleDaysAvailable = static_cast<std::int64_t>(team.capacityInWave(wave)) * waves.lengthOf(wave);
            l.goLives = usage.goLivesIn(t, wave);
            l.goLiveLimit = team.goLiveLimit;
            load.push_back(std::move(l));
        }
    }
    return load;
}

} // namespace waveplan::detail
