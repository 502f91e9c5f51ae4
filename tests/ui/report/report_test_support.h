#pragma once
// Shared by the report tests: a generated plan small enough to draw quickly, with teams large
// enough for every capability (so the schedule has waves to show).

#include "support/plan_generator.h"

#include <algorithm>

namespace waveplan::test {

inline Plan reportTestPlan(int capabilities = 12)
{
    GeneratorOptions options;
    options.capabilities = capabilities;
    options.fillOptionalFields = false;
    options.unicodeText = false;
    Plan plan = generatePlan(7, options);
    for (Team &team : plan.teams)
        team.capacity = std::max(team.capacity, 4);
    return plan;
}

} // namespace waveplan::test
