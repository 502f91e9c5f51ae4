#include "core/schedule/team_usage.h"

namespace waveplan::detail {

std::vector<TeamWaveLoad> teamLoad(const Plan &plan, const TeamUsage &usage, int lastWave)
{
    const int length = plan.waveLengthDays;
    std::vector<TeamWaveLoad> load;
    for (std::size_t t = 0; t < plan.teams.size(); ++t) {
        const Team &team = plan.teams[t];
        for (int wave = 1; wave <= lastWave; ++wave) {
            TeamWaveLoad l;
            l.team = team.name;
            l.wave = wave;
            for (int day = firstDayOfWave(wave, length); day < firstDayOfWave(wave + 1, length); ++day)
                l.peopleDaysUsed += usage.peopleOn(t, day);
            l.peopleDaysAvailable = static_cast<std::int64_t>(team.capacityInWave(wave)) * length;
            l.goLives = usage.goLivesIn(t, wave);
            l.goLiveLimit = team.goLiveLimit;
            load.push_back(std::move(l));
        }
    }
    return load;
}

} // namespace waveplan::detail
