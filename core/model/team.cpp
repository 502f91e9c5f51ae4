#include "core/model/team.h"

namespace waveplan {

int Team::capacityInWave(int wave) const
{
    const auto it = capacityByWave.find(wave);
    return it == capacityByWave.end() ? capacity : it->second;
}

} // namespace waveplan
