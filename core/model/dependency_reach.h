#pragma once
/// @file dependency_reach.h
/// What a capability needs and what needs it, through any number of dependencies: everything
/// upstream (it cannot start before they finish) and downstream (they cannot start before it
/// finishes). The map's focus mode shows these and dims the rest.

#include "core/model/plan.h"

#include <set>
#include <string>
#include <string_view>

namespace waveplan {

struct DependencyReach {
    std::set<std::string> upstream;   ///< every capability `key` depends on, directly or not
    std::set<std::string> downstream; ///< every capability that depends on `key`, directly or not
};

/// The reach of `key` in `plan` (both empty when `key` is unknown). Cycles are walked once.
[[nodiscard]] DependencyReach dependencyReach(const Plan &plan, std::string_view key);

} // namespace waveplan
