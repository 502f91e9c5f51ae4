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

std::string loadFlagsText(const TeamWaveLoad &load)
{
    std::string flags;
    const auto add = [&flags](const char *flag) { flags += (flags.empty() ? "" : "; ") + std::string(flag); };
    switch (peopleDaysStatus(load.peopleDaysUsed, load.peopleDaysAvailable)) {
    case LoadStatus::Over: add("over capacity"); break;
    case LoadStatus::NearFull: add("near full"); break;
    case LoadStatus::Normal: break;
    }
    switch (goLiveStatus(load.goLives, load.goLiveLimit)) {
    case LoadStatus::Over: add("go-lives over the limit"); break;
    case LoadStatus::NearFull: add("go-lives at the limit"); break;
    case LoadStatus::Normal: break;
    }
    return flags;
}

} // namespace waveplan
