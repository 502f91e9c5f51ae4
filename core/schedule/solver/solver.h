#pragma once
/// @file solver.h
/// The resource-constrained scheduling solver behind Waveplan's waves.
///
/// Method: priority-rule serial SGS for the first schedule (latest finish, from a backward
/// pass that includes deadlines and pins; foundational activities win ties), then a genetic
/// algorithm over activity lists whose children are improved by forward-backward
/// (double) justification. The objective is lexicographic: fewest activities with a
/// violation, then least lateness (days past deadlines and latest starts), then makespan.
///
/// Infeasibility never loops and never overloads a resource:
/// - Capacity: when no start (from the precedence-earliest one on) lets an activity's demand fit
///   a resource, or the resource's change-load limit is 0, the activity is placed at its
///   earliest start that fits its other resources, without reserving that resource or counting
///   its go-live there (Solution::ignoredResources names the resources).
/// - NoSpan: a duration longer than a wave under no-span is placed ignoring no-span.
/// - Window: when nothing fits by the latest start, the earliest feasible start after it.
/// - Deadline: reported when the finish is past the deadline.
///
/// Stops: when a schedule without violations or lateness reaches the lower bound
/// (lower_bound.h; nothing shorter exists), after Budget::patience schedules in a row without a
/// better one, or when the budget ends. Solution::stop says which.
///
/// Deterministic: the same Problem and Budget (with milliseconds == 0 and no cancel) give the
/// same Solution on every run and machine.

#include "core/schedule/solver/problem.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace waveplan::solver {

/// Told the first schedule's starts as soon as they are known, before its lower bound is
/// worked out (a re-plan's blend starts from them meanwhile). Called on the solving thread; the
/// starts it is given live until the solve returns.
using StartsKnown = std::function<void(const std::vector<int> &start)>;

/// One serial SGS pass with the latest-finish priority rule: fast (O((n + m) log n) plus the
/// profile searches), for interactive edits. schedulesEvaluated = 1; lowerBound is set too.
/// `startsKnown`, when given, is told the starts before the bound is worked out (at 10,000
/// capabilities the bound takes a quarter of the time).
[[nodiscard]] Solution firstSchedule(const Problem &problem, const StartsKnown &startsKnown = {});

/// The first schedule, then improvement until the budget (schedules, milliseconds or the
/// cancel flag) ends. Always returns a complete schedule, never worse than firstSchedule.
[[nodiscard]] Solution solve(const Problem &problem, const Budget &budget = {});

/// The latest end day within `tolerancePercent` of `end` (rounded down): the one rule by which
/// stable re-planning judges a schedule that moves more to end sooner "clearly better".
[[nodiscard]] std::int64_t toleratedEnd(int end, int tolerancePercent);

/// Stable re-planning (method in stable_search.h): the schedule closest to a reference, moving
/// an activity only when the problem forces it or when letting it go shortens the schedule.
/// `referenceStart[i]` is activity i's start in the reference, or -1 for an activity it does
/// not know. A problem equal to the one the reference was made for gives the reference back.
/// With `freeStart` (the starts of a freely optimised schedule), two more candidates are tried:
/// every activity held only to its reference wave (StableSearch::withinWaves), and a blend with
/// the free schedule (StableSearch::blend) that ends within the tolerance of it. The pick: fewest
/// violations, then least lateness, then, of those ending by toleratedEnd(free end,
/// `tolerancePercent`), the one that moved fewest activities (the search's own on a tie); if none
/// does, the one that ends soonest. Spends one schedule of the budget per decoding;
/// firstMakespan is the anchored decoding's.
[[nodiscard]] Solution solveStable(const Problem &problem, const std::vector<int> &referenceStart,
                                   const Budget &budget = {}, const std::vector<int> *freeStart = nullptr,
                                   int tolerancePercent = 2);

/// The free schedule's starts, asked for once, on another thread, while the search from the
/// reference runs (they may be worked out meanwhile on a third); null for none. It must be safe to
/// call from another thread, and what it returns must outlive the call it is given to.
using FreeStarts = std::function<const std::vector<int> *()>;

/// solveStable with the free schedule's starts asked for on the blend's thread, which starts as
/// soon as they come, beside the search from the reference. The same schedules and counts as the
/// parts one after the other; with a time budget (Budget::milliseconds) the blend's clock starts
/// with its thread, so where time ends it may stop sooner than it would have after the search.
[[nodiscard]] Solution solveStable(const Problem &problem, const std::vector<int> &referenceStart, const Budget &budget,
                                   const FreeStarts &freeStarts, int tolerancePercent);

} // namespace waveplan::solver
