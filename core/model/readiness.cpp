#include "core/model/readiness.h"

namespace waveplan {

bool isLowReadiness(const std::optional<int> &score)
{
    return score && *score <= kLowReadiness;
}

bool hasLowReadiness(const Readiness &readiness)
{
    return isLowReadiness(readiness.technical) || isLowReadiness(readiness.skills) ||
           isLowReadiness(readiness.process);
}

} // namespace waveplan
