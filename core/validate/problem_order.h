#pragma once
/// @file problem_order.h
/// Which problems matter most: a plan that cannot be scheduled before a clash, a clash before
/// a plan that runs past its horizon or misses a deadline, that before an overloaded team, and
/// the practitioners' lints (missing owner or KPI, low readiness...) last. Views list problems
/// in this order so the one that matters is not buried under sixteen lints.

#include "core/model/problem.h"

#include <vector>

namespace waveplan {

/// How much a problem matters, most first (Lint stays the last: byImpact counts up to it).
enum class ProblemImpact {
    Error,              ///< the plan cannot be scheduled as it stands
    Clash,              ///< constraints that contradict each other (a pin after its deadline...)
    HorizonOrDeadline,  ///< the plan runs past its horizon, or misses a deadline or a pin
    Overload,           ///< a team asked for more than it has, or more go-lives than it absorbs
    Lint,               ///< advice: missing owner or KPI, low readiness, a foundation on an add-on
};

[[nodiscard]] ProblemImpact impactOf(const Problem &problem);

/// `problems` ordered by impact; problems of equal impact keep their order.
[[nodiscard]] std::vector<Problem> byImpact(std::vector<Problem> problems);

} // namespace waveplan
