#pragma once
/// @file problem.h
/// The resource-constrained scheduling problem the solver works on: plain indices, no keys,
/// no Boost types. core/schedule translates a Plan into this and the result back into keys.
/// Also what the PSPLIB benchmark builds from a .sm file.

#include "core/model/wave_grid.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace waveplan::solver {

/// A renewable resource (a team): people available per day, constant within a wave.
struct Resource {
    int capacity = 0;                 ///< people on every day of a wave not listed below
    std::vector<int> capacityByWave;  ///< [w] = people in wave w+1; waves past the end use `capacity`
    std::optional<int> goLiveLimit; ///< the go-live (change-load) limit: most activities using this resource
                                           ///< whose last day falls in one wave; empty = no limit

    [[nodiscard]] int capacityInWave(int wave) const ///< wave is 1-based
    {
        const auto i = static_cast<std::size_t>(wave - 1);
        return i < capacityByWave.size() ? capacityByWave[i] : capacity;
    }
};

struct Activity {
    int duration = 1;               ///< days, >= 0; 0 is a milestone: no capacity, its last day is its start
    std::vector<int> demand;        ///< [r] = people of resource r on every day it runs
    bool foundational = false;      ///< preferred when otherwise equal
    int earliestStart = 0;          ///< from earliest wave or pin
    std::optional<int> latestStart; ///< from a pin: start must be <= this day
    std::optional<int> deadline;    ///< finish (exclusive) must be <= this day
};

/// start(to) >= start(from) + duration(from) + lag
struct Precedence {
    int from = 0;
    int to = 0;
    int lag = 0;
};

struct Problem {
    WaveGrid waves{90};           ///< where each wave begins (uniform, or shaped by a calendar)
    bool noSpan = false;          ///< each activity starts and finishes in the same wave
    std::vector<Resource> resources;
    std::vector<Activity> activities;
    std::vector<Precedence> precedences; ///< must be acyclic (the caller checks)
};

/// How long the solver may search. Whichever budget runs out first ends the search; the best
/// schedule found so far is returned. `schedules` is deterministic: the same problem and budget
/// give the same result on any machine. `milliseconds` = 0 means no time cap.
struct Budget {
    std::int64_t schedules = 5000;
    std::int64_t milliseconds = 0;
    /// The no-improvement stop: the search ends after this many schedules in a row found
    /// nothing better than the best so far. Deterministic; 0 = never stop for that reason.
    std::int64_t patience = 0;
    std::uint64_t seed = 1;
    /// Optional stop request (e.g. from the UI thread). When it reads true the search stops at
    /// the next schedule and returns the best found so far. Not owned; may be null.
    const std::atomic<bool> *cancel = nullptr;
};

/// Constraint the solver could not satisfy for an activity, so the caller can name the clash.
enum class Violation {
    None,
    Window,   ///< no start within [earliestStart, latestStart] fits capacity / change load
    Deadline, ///< finishes after its deadline
    Capacity, ///< demand above the resource's capacity in every wave it could run, or a
              ///< change-load limit of 0 on a resource it uses (see Solution::ignoredResources)
    NoSpan,   ///< duration longer than a wave under no-span
};
// When an activity has several violations, the first in this order is reported:
// Capacity, NoSpan, Window, Deadline.

/// Why the search ended.
enum class Stop {
    Budget,        ///< the schedule or time budget ran out, or the search was cancelled
    LowerBound,    ///< a schedule reached the lower bound: nothing shorter exists
    NoImprovement, ///< Budget::patience schedules in a row found nothing better
    FirstOnly,     ///< only the first schedule was asked for
};

/// Which part of the lower bound (lower_bound.h) sets it.
enum class BoundSource {
    Dependencies, ///< the chain of durations, lags, earliest starts and lone fit
    TeamWork,     ///< a resource's work over its capacity
    GoLiveLimit,  ///< a resource's go-live limit spreads its go-lives over waves
};

struct Solution {
    std::vector<int> start;              ///< per activity, day >= 0
    int makespan = 0;                    ///< max over activities of start + duration (a milestone: + 1)
    std::vector<Violation> violations;   ///< per activity; all None when feasible
    bool feasible = true;
    std::int64_t lateness = 0;           ///< days past deadlines and latest starts, summed
    std::int64_t schedulesEvaluated = 0;
    /// Makespan of the first schedule found (before improvement), for reports and benchmarks.
    int firstMakespan = 0;
    /// No schedule without violations ends before this day (lower_bound.h). A feasible
    /// solution with makespan == lowerBound is proven as short as the problem allows.
    int lowerBound = 0;
    BoundSource lowerBoundSource = BoundSource::Dependencies;
    int lowerBoundResource = -1; ///< TeamWork, GoLiveLimit: the resource
    Stop stop = Stop::Budget;
    /// Per activity: the resources whose capacity or change-load limit it could not meet at any
    /// start (Violation::Capacity). The solver scheduled it without reserving those resources
    /// and without counting its go-live against their change load. Empty for most activities.
    std::vector<std::vector<int>> ignoredResources;
};

} // namespace waveplan::solver
