#include "core/store/scenario_set.h"

#include "core/util/text.h"

#include <utility>

namespace waveplan {

const Scenario *ScenarioSet::find(std::string_view name) const {
    for (const Scenario &s : scenarios)
        if (s.name == name)
            return &s;
    return nullptr;
}

ScenarioSet singleScenario(Plan plan, ScheduleReference accepted) {
    ScenarioSet set;
    set.scenarios.push_back(
        {std::string(kDefaultScenarioName), std::move(plan), std::move(accepted)});
    return set;
}

Result<std::string> scenarioName(const ScenarioSet &set, std::string_view name,
                                 std::string_view renaming) {
    const std::string wanted(text::trim(name));
    if (wanted.empty())
        return messageError("A scenario needs a name, such as \"Buy the CDP\".");
    if (wanted.size() > kMaxScenarioNameLength)
        return messageError("A scenario name has at most " +
                            std::to_string(kMaxScenarioNameLength) + " characters (this one has " +
                            std::to_string(wanted.size()) + ").");
    if (wanted.find_first_of("#@") != std::string::npos)
        return messageError(
            "A scenario name cannot hold '#' or '@': the command line uses them to name a scenario "
            "and a baseline (plan.waveplan#Plan B@Board approved).");
    if (wanted != renaming && set.find(wanted))
        return messageError("There is already a scenario called '" + wanted +
                            "'; give this one another name.");
    return wanted;
}

std::string scenarioNames(const ScenarioSet &set) {
    std::string names;
    for (const Scenario &s : set.scenarios)
        names += (names.empty() ? "" : ", ") + s.name;
    return names;
}

} // namespace waveplan
