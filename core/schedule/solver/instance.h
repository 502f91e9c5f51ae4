#pragma once
/// @file instance.h
/// The solver's compiled, read-only view of a Problem: flat arrays and adjacency lists (CSR)
/// so the schedule generation schemes run without allocation. Internal to the solver.

#include "core/schedule/solver/problem.h"

#include <algorithm>
#include <climits>
#include <vector>

namespace waveplan::solver::detail {

inline constexpr int kNoLimit = INT_MAX;

/// Capacity of each resource per day. Forward: as the Problem says. Mirrored: day d stands
/// for day (horizon - 1 - d) of the plan, for the backward pass of forward-backward improvement.
struct Calendar {
    const Problem *problem = nullptr;
    bool mirrored = false;
    int horizon = 0; ///< only when mirrored

    [[nodiscard]] int capacityAt(int resource, int day) const;
    /// Capacity on every day >= explicitEnd().
    [[nodiscard]] int tailCapacity(int resource) const;
    /// First day from which every resource has its tail capacity.
    [[nodiscard]] int explicitEnd() const;
};

struct Instance {
    int count = 0;          ///< activities
    int resourceCount = 0;
    WaveGrid waves{90};
    bool noSpan = false;

    std::vector<int> duration;
    std::vector<int> earliestStart;
    std::vector<int> latestStart; ///< kNoLimit when free
    std::vector<int> deadline;    ///< kNoLimit when free
    std::vector<unsigned char> foundational;
    std::vector<int> demand;      ///< [activity * resourceCount + resource]
    std::vector<int> finishLimit; ///< per resource; kNoLimit when none

    /// Resources with demand > 0, per activity (CSR).
    std::vector<int> usedBegin, usedResource;
    /// Incoming precedences per activity (CSR): predecessor and lag.
    std::vector<int> predBegin, predNode, predLag;
    /// Outgoing precedences per activity (CSR), successors sorted ascending.
    std::vector<int> succBegin, succNode, succLag;

    [[nodiscard]] int demandOf(int activity, int resource) const
    {
        return demand[static_cast<std::size_t>(activity) * static_cast<std::size_t>(resourceCount)
                      + static_cast<std::size_t>(resource)];
    }
    /// True when `to` is a direct successor of `from`.
    [[nodiscard]] bool hasEdge(int from, int to) const;
    /// Days activity `a` takes on the timeline: its duration, or one for a milestone, whose last
    /// day is its start (start + span - 1 is its last day, start + span where it ends the plan).
    [[nodiscard]] int span(int a) const { return std::max(duration[static_cast<std::size_t>(a)], 1); }
    [[nodiscard]] int span(std::size_t a) const { return std::max(duration[a], 1); }
    /// 1-based wave holding `day`.
    [[nodiscard]] int waveOf(int day) const { return waves.waveOf(day); }
};

/// Compiles a Problem. Precedences naming activities out of range are dropped.
[[nodiscard]] Instance compile(const Problem &problem);

/// The same activities with every precedence reversed and no windows, deadlines, change-load
/// limits or no-span: what the backward pass of forward-backward improvement schedules.
[[nodiscard]] Instance reversedForJustification(const Instance &forward);

} // namespace waveplan::solver::detail
