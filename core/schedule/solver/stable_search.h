#pragma once
/// @file stable_search.h
/// Stable re-planning: a schedule that stays as close as it can to a reference schedule (the one
/// on screen before an edit), moving an activity only when the plan forces it or when moving it
/// shortens the schedule. Internal to the solver; solver.h declares solveStable().
///
/// Method. Each activity gets a release day: its reference start (not capped by a pin window or
/// deadline the reference misses: the search lets it go from there), or none for an activity
/// the reference does not know. The activity list is the
/// reference's start order (precedence-feasible). Decoding that list with the serial SGS gives
/// back a feasible reference exactly when nothing changed, and otherwise moves only what the
/// change pushes. Then, while the schedule is worse than the reference (a violation, lateness,
/// or an end later than the reference's with today's durations) and the budget lasts, the
/// activities on the binding chains behind the last finish, the violations and the lateness
/// are let go a step at a time: first to the start of their reference wave (they stay in their
/// wave), then entirely; and one that waits for another's people is listed ahead of it. The
/// best schedule by (violations, lateness, makespan, activities whose wave changed, total start
/// shift) is kept. Ending sooner than the reference is left to blend(), with a free schedule.

#include "core/schedule/solver/instance.h"
#include "core/schedule/solver/priority_rules.h"
#include "core/schedule/solver/schedule_builder.h"
#include "core/schedule/solver/search_budget.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace waveplan::solver::detail {

/// What the searches against one reference share: the compiled problem and its time bounds
/// (a re-plan makes three searches; at 10,000 capabilities compiling took 3 ms each).
struct StableBase {
    explicit StableBase(const Problem &problem);
    Instance instance;
    TimeBounds bounds;
};

class StableSearch {
public:
    /// `referenceStart`: per activity, its start in the reference, or -1 when it has none.
    /// `base` (of the same problem) and `referenceStart` must outlive the search.
    StableSearch(const Problem &problem, const StableBase &base, const std::vector<int> &referenceStart,
                 SearchBudget &budget);

    /// Runs until no activity holding the schedule back can be let go, or the budget ends.
    /// Spends one schedule of the budget per decoding (at least one is always made).
    [[nodiscard]] Schedule run();
    /// Each activity held to the wave the reference has it in (free to move inside it), in the
    /// reference's order: one decoding. Call on a fresh search; it replaces the releases.
    [[nodiscard]] Schedule withinWaves();
    /// A second start, from a freely optimised schedule (`freeStart`, per activity): its order,
    /// each activity allowed back to its reference where that is no later, then every activity
    /// that changed wave offered its reference back one at a time, kept when no constraint
    /// suffers and the end stays by `allowedEnd` (toleratedEnd of the free schedule's; never
    /// less than the blend's own first end). Call on a fresh search; it replaces the releases
    /// and order.
    [[nodiscard]] Schedule blend(const std::vector<int> &freeStart, std::int64_t allowedEnd);
    /// The makespan of the first decoding, every activity held at its release (after run()).
    [[nodiscard]] int anchoredMakespan() const { return m_anchoredMakespan; }

    /// (violations, lateness, makespan, moved, shift) of a schedule against the reference.
    struct Key {
        Score score;
        int moved = 0;           ///< activities with a reference whose wave changed
        std::int64_t shift = 0;  ///< sum of |start - reference start|
        auto operator<=>(const Key &) const = default;
    };
    [[nodiscard]] Key keyOf(const Schedule &schedule) const;

private:
    /// The builder's earliest starts: the plan's own, raised to the releases.
    void anchorReleases();
    /// Decodes m_order with the releases (and keeps snapshots of it in `record`, when given).
    void decode(Schedule &out, SerialSnapshots *record = nullptr);
    /// decode(), when the first `kept` entries of m_order and their releases are those `base`
    /// was decoded with (which recorded `snapshots`): only the rest is decoded again.
    void decodeFrom(Schedule &out, const Schedule &base, const SerialSnapshots &snapshots, std::size_t kept,
                    SerialSnapshots *record);
    /// Activities held by their release (at it, or pushed past it) on the binding chains behind
    /// the schedule's last finish, violations and lateness. `promoted` receives (activity,
    /// ahead of): chain activities waiting for another's people.
    [[nodiscard]] std::vector<int> heldAtRelease(const Schedule &schedule, std::vector<std::pair<int, int>> &promoted) const;
    [[nodiscard]] bool sharesResource(int a, int b) const;
    /// They share a resource that has a go-live limit.
    [[nodiscard]] bool sharesLimitedResource(int a, int b) const;
    /// The first day of the wave activity `a` starts in in the reference (which it must have).
    [[nodiscard]] int referenceWaveStart(std::size_t a) const
    {
        return m_base.waves.firstDay(m_base.waves.waveOf(m_reference[a]));
    }

    const std::vector<int> &m_reference;
    SearchBudget &m_budget;
    const Instance &m_base; ///< the plan's own earliest starts
    Instance m_anchored; ///< earliest starts raised to the releases; what the builder decodes
    Calendar m_calendar;
    ScheduleBuilder m_builder;
    std::vector<int> m_order;
    std::vector<double> m_key; ///< list priority: reference start, lowered to go ahead of a blocker
    std::vector<int> m_release; ///< per activity; the base earliest start when let go
    int m_sizeHint = 0;
    int m_criticalPathEnd = 0; ///< precedence-only end, from the constructor's time bounds
    int m_anchoredMakespan = 0;
};

} // namespace waveplan::solver::detail
