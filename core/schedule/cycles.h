#pragma once
/// @file cycles.h
/// Dependency cycles, found with Boost.Graph on a throwaway copy of the dependency graph.

#include "core/model/plan.h"

#include <string>
#include <vector>

namespace waveplan {

/// Every cycle as the keys around it, in dependency order, starting from the key that comes
/// first in the plan (A -> B -> C means C depends back on A). One entry per strongly connected
/// group of capabilities, so a tangle is reported once. Empty when the plan is acyclic.
/// Dependencies naming unknown keys are ignored here (structuralErrors reports them).
[[nodiscard]] std::vector<std::vector<std::string>> findCycles(const Plan &plan);

} // namespace waveplan
