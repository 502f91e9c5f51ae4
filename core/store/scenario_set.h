#pragma once
/// @file scenario_set.h
/// The scenarios a `.waveplan` file holds: named variants of one plan ("Plan A", "Buy the CDP"),
/// each a whole plan with the schedule it was accepted with. One is current: the one the app
/// shows on opening and the one every reader of a single plan gets. A file saved without
/// scenarios holds one, called kDefaultScenarioName.

#include "core/model/plan.h"
#include "core/schedule/schedule_reference.h"
#include "core/util/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

inline constexpr std::string_view kDefaultScenarioName = "Main plan";
/// The longest scenario name, in bytes.
inline constexpr std::size_t kMaxScenarioNameLength = 80;

struct Scenario {
    std::string name;
    Plan plan;
    ScheduleReference accepted; ///< empty when it has none
    bool operator==(const Scenario &) const = default;
};

struct ScenarioSet {
    std::vector<Scenario> scenarios; ///< in the user's order; never empty when read from a file
    std::size_t current = 0;         ///< index into `scenarios`

    /// The scenario called `name`, or null.
    [[nodiscard]] const Scenario *find(std::string_view name) const;
    [[nodiscard]] const Scenario &currentScenario() const { return scenarios.at(current); }
    bool operator==(const ScenarioSet &) const = default;
};

/// One scenario holding `plan`, called kDefaultScenarioName.
[[nodiscard]] ScenarioSet singleScenario(Plan plan, ScheduleReference accepted = {});

/// `name` without leading and trailing spaces, or why it cannot name a new or renamed scenario
/// of `set`: empty, too long, holding '#' or '@' (which separate names on the command line:
/// plan.waveplan#Plan B@Board approved), or the name of another one. `renaming` may keep its own.
[[nodiscard]] Result<std::string> scenarioName(const ScenarioSet &set, std::string_view name,
                                               std::string_view renaming = {});

/// "Plan A, Plan B" for messages: the names in order.
[[nodiscard]] std::string scenarioNames(const ScenarioSet &set);

} // namespace waveplan
