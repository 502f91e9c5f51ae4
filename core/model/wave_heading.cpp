#include "core/model/wave_heading.h"

namespace waveplan {

std::string waveHeading(const Plan &plan, int wave)
{
    std::string quarter = quarterName(plan, wave);
    return quarter.empty() ? "Wave " + std::to_string(wave) : quarter;
}

} // namespace waveplan
