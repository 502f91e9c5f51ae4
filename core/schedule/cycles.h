#pragma once
/// @file cycles.h
/// Dependency cycles, found with Boost.Graph on a throwaway copy of the dependency graph.

#include "core/model/plan.h"
#include "core/model/plan_index.h"

#include <string>
#include <vector>

namespace waveplan {

/// Every cycle as the keys around it, in dependency order, starting from the key that comes
/// first in the plan (A -> B -> C means C depends back on A). One entry per strongly connected
/// group of capabilities, so a tangle is reported once. Empty when the plan is acyclic.
/// Dependencies naming unknown keys are ignored here (structuralErrors reports them).
[[nodiscard]] std::vector<std::vector<std::string>> findCycles(const Plan &plan);
/// The same, reusing an index of the plan that the caller has built anyway.
[[nodiscard]] std::vector<std::vector<std::string>> findCycles(const Plan &plan, const PlanIndex &index);

} // namespace waveplan

namespace waveplan {

/// The shortest chain of dependencies leading from capability `from` to capability `to`, as
/// keys from `from` to `to` inclusive (["A", "B", "C"] means A -> B -> C), found breadth-first
/// over the plan's dependencies in plan order, so the same plan always gives the same path.
/// Just ["A"] when `from` == `to` and both exist. Empty when there is no such chain or a key is
/// unknown. Adding the dependency `to -> from` would close a cycle exactly when this is not empty.
[[nodiscard]] std::vector<std::string> dependencyPath(const Plan &plan, const std::string &from,
                                                      const std::string &to);

} // namespace waveplan
