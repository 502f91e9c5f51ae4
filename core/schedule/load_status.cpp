#include "core/schedule/load_status.h"

#include <algorithm>

namespace waveplan {

LoadStatus peopleDaysStatus(std::int64_t used, std::int64_t available)
{
    if (used > available)
        return LoadStatus::Over;
    // In integers: used / available >= kNearFullPercent / 100.
    if (available > 0 && used * 100 >= available * kNearFullPercent)
        return LoadStatus::NearFull;
    return LoadStatus::Normal;
}

LoadStatus goLiveStatus(int goLives, std::optional<int> limit)
{
    if (!limit)
        return LoadStatus::Normal;
    if (goLives > *limit)
        return LoadStatus::Over;
    return goLives == *limit && goLives > 0 ? LoadStatus::NearFull : LoadStatus::Normal;
}

LoadStatus loadStatus(const TeamWaveLoad &load)
{
    return std::max(peopleDaysStatus(load.peopleDaysUsed, load.peopleDaysAvailable),
                    goLiveStatus(load.goLives, load.goLiveLimit));
}

} // namespace waveplan
