#pragma once
/// @file lower_bound.h
/// A makespan that no schedule without violations can beat, so the search can stop as soon as
/// it finds a schedule that reaches it: that schedule is then proven as short as the problem
/// allows. Internal to the solver; exposed through Solution::lowerBound.
///
/// Three relaxations, each cheap (O((n + m) log n) with the waves' capacity as prefix sums):
/// - Heads: the longest chain of durations and lags from the earliest starts, where each
///   activity also waits until its demand fits each team's capacity alone for its whole
///   duration (a team with no people in wave 1 holds it to wave 2) and, under no-span, until
///   it fits inside one wave.
/// - Team work: for each team and each head h, the people-days of the activities that cannot
///   start before h must fit the team's capacity from h on; the same with the activities'
///   tails (the chain that must still follow them).
/// - Go-live limits: the activities using a team with a go-live limit of L finish in waves
///   holding at most L of them each; filling waves from each activity's earliest finish wave
///   gives the latest wave any schedule must reach.
///
/// An activity whose demand never fits, or a go-live limit of 0, makes every schedule
/// violate something; such a problem gets no stop from the bound (its score has violations).

#include "core/schedule/solver/instance.h"

#include <vector>

namespace waveplan::solver::detail {

struct LowerBound {
    using Source = BoundSource;
    int days = 0;
    Source source = Source::Dependencies;
    int resource = -1; ///< TeamWork, GoLiveLimit: the team
};

/// The bound for `problem` (compiled as `instance`; `topological` as TimeBounds gives it).
[[nodiscard]] LowerBound makespanLowerBound(const Problem &problem, const Instance &instance,
                                            const std::vector<int> &topological);

} // namespace waveplan::solver::detail
