#pragma once
/// @file schedule.h
/// The schedule of a plan: when each capability starts and finishes, the wave it lands in,
/// why it starts when it does, its slack, the driving path that sets the end date, the
/// dependency path, per-team load, and every clash between the plan's hard constraints. Computed from a Plan, never stored in it. See docs/scheduling.md.

#include "core/model/plan.h"
#include "core/model/problem.h"
#include "core/schedule/schedule_reference.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// ScheduleOptions::budgetSchedules: let the plan's size set the budget (scheduleBudgetFor).
inline constexpr std::int64_t kBudgetSizedByPlan = 0;

/// The default, deterministic schedule budget for a plan of this size: 5,000 schedules up to
/// about 1,000 capabilities, then fewer, so that schedules times (capabilities + dependencies)
/// stays about 20 million (500 at 10,000 capabilities, 50 at 100,000), never below 24.
[[nodiscard]] std::int64_t scheduleBudgetFor(std::size_t capabilities, std::size_t dependencies);

/// How hard the solver may try. The search ends when a schedule reaches the lower bound (no
/// shorter one exists), after half the schedule budget in a row without a better schedule, or
/// when a budget runs out, whichever comes first; the best schedule found so far is used. A
/// schedule budget is deterministic; a time budget is not.
struct ScheduleOptions {
    /// Schedules the solver may evaluate; kBudgetSizedByPlan = scheduleBudgetFor(the plan).
    std::int64_t budgetSchedules = kBudgetSizedByPlan;
    std::int64_t budgetMilliseconds = 0;  ///< 0 = no time cap
    /// Interactive edits: take the solver's first schedule (with a reference: the stable
    /// re-plan, which stops when nothing holding the plan back can be let go).
    bool firstScheduleOnly = false;
    const std::atomic<bool> *cancel = nullptr; ///< set to true to stop early (best so far is kept)
    /// Stable re-planning: stay as close as possible to this schedule (the one on screen, the
    /// one the plan was saved with, a previous `schedule --json`). Not owned; null = optimise
    /// freely. See docs/scheduling.md, "Stable re-planning".
    const ScheduleReference *reference = nullptr;
    /// With a reference: the freely optimised schedule is taken instead of the stable one only
    /// when it breaks fewer hard constraints, is less late, or ends more than this many percent
    /// sooner.
    int stableTolerancePercent = 2;
};

/// Why the schedule search ended.
enum class SearchEnd {
    Budget,        ///< the schedule or time budget ran out (or the search was cancelled)
    LowerBound,    ///< a schedule reached the lower bound: the plan cannot end sooner
    NoImprovement, ///< half the schedule budget in a row found nothing better
    FirstSchedule, ///< only the first schedule was made (interactive edits)
};

/// Which part of the lower bound sets it (Schedule::lowerBoundDays).
enum class BoundSetBy {
    Dependencies, ///< the dependency chain, with earliest waves and teams' first usable waves
    TeamWork,     ///< one team's people-days over its capacity
    GoLiveLimit,  ///< one team's go-live limit
};

/// Which constraint stops a capability starting one day earlier than it does.
enum class ReasonKind {
    Start,        ///< it starts on day 0: nothing holds it
    Predecessor,  ///< it waits for a predecessor to finish, plus the dependency's lag
    TeamFull,     ///< one day earlier, a team it needs would be over capacity
    GoLiveLimit,  ///< one day earlier, it would go live in a wave where a team's go-live limit is reached
    Pinned,       ///< it is pinned to a wave and starts on that wave's first day
    EarliestWave, ///< it may not start before its earliest wave
    NoSpan,       ///< one day earlier it would span a wave boundary, which the plan forbids
    Deferred,     ///< nothing stops it starting earlier: the solver left room for others
    AsOf,         ///< the plan is re-planned from its as-of date, and work still to do starts on it or later
    UnderWay,     ///< in progress: it started on its actual start, and what is left continues from the as-of date
    Done,         ///< done: it ran from its actual start to its actual finish
};

/// The binding reason for a capability's start, as a value and as a sentence.
struct StartReason {
    ReasonKind kind = ReasonKind::Start;
    std::string predecessor; ///< Predecessor: the key it waits for
    int lagDays = 0;         ///< Predecessor: the dependency's lag
    std::string team;        ///< TeamFull, GoLiveLimit: the team
    int wave = 0;            ///< TeamFull, GoLiveLimit, Pinned, EarliestWave, NoSpan: the wave concerned
    int day = 0;             ///< Predecessor: its finish day; TeamFull: the day the team has room (= start);
                             ///< AsOf, UnderWay: the as-of day; Done: its last day
    std::string sentence;    ///< e.g. "waits for DATA to finish (day 45) plus 5 days lag"

    bool operator==(const StartReason &) const = default;
};

/// One capability in the schedule. Days count from the plan start (day 0 = plan.startDate).
/// When the plan has an as-of date, a capability in progress or done is reported from its
/// actual start, a done one to its actual finish (see docs/scheduling.md, "Re-planning from
/// the as-of date").
struct ScheduledCapability {
    std::string key;
    int startDay = 0;
    int finishDay = 0;    ///< exclusive: the last working day is finishDay - 1 (a milestone: = startDay)
    int wave = 0;         ///< 1-based wave holding startDay: the wave it belongs to
    int goLiveWave = 0;   ///< 1-based wave holding lastDay()
    /// Days it can slip without moving the plan's end, a deadline or a pin, with every other
    /// start kept and only the capabilities that wait for it (by dependency, or for the team
    /// capacity it hands over) shifting as much as they must. See docs/scheduling.md.
    int slackDays = 0;
    /// Zero slack on the actual schedule: a slip moves the end date (or a deadline or pin).
    /// Negative slack, only where the schedule already misses a deadline or pin, counts too.
    bool critical = false;
    StartReason reason;

    /// The day it goes live: its last working day, or a milestone's own day.
    [[nodiscard]] int lastDay() const { return std::max(startDay, finishDay - 1); }

    bool operator==(const ScheduledCapability &) const = default;
};

/// How much of a team one wave uses.
struct TeamWaveLoad {
    std::string team;
    int wave = 0;                 ///< 1-based
    std::int64_t peopleDaysUsed = 0;
    std::int64_t peopleDaysAvailable = 0; ///< capacity in that wave x wave length
    int goLives = 0;              ///< capabilities using the team whose last day falls in the wave
    std::optional<int> goLiveLimit; ///< the team's go-live limit, if any

    bool operator==(const TeamWaveLoad &) const = default;
};

/// What holds a capability of the driving path where it is: the link to the one before it.
enum class HoldKind {
    Start,        ///< it starts on day 0: where the path begins
    Predecessor,  ///< it starts when the one before it (its predecessor) finishes, plus the lag
    TeamCapacity, ///< it starts when the one before it frees the team's people it needs
    ChangeLimit,  ///< the team's go-live limit was reached in `wave`; it goes live in the wave after
    Pin,          ///< it is pinned to `wave`: where the path begins
    EarliestWave, ///< it may not start before `wave`: where the path begins
    NoSpan,       ///< it may not span a wave boundary, so it starts with `wave`: where the path begins
    Deferred,     ///< nothing holds it: the solver left it later than it could start
    AsOf,         ///< it may not start before the plan's as-of date: where the path begins
    UnderWay,     ///< it is in progress and continues from the as-of date: where the path begins
    Done,         ///< it is done: where the path begins
};

/// One capability of the driving path and what holds it there.
struct DrivingLink {
    std::string key;
    HoldKind heldBy = HoldKind::Start;
    /// Predecessor, TeamCapacity, ChangeLimit: the key before it on the path. Empty for a
    /// TeamCapacity or ChangeLimit link that begins the path: the team had more people from
    /// `wave` + 1 on, or every capability that used the go-live slots of `wave` can slip inside
    /// that wave without moving the end date.
    std::string holder;
    std::string team; ///< TeamCapacity, ChangeLimit: the team
    /// TeamCapacity: the wave of the day before it starts; ChangeLimit: the wave whose go-live
    /// slots were full; Pin, EarliestWave, NoSpan: the wave it is bound to.
    int wave = 0;
    int lagDays = 0; ///< Predecessor: the dependency's lag

    bool operator==(const DrivingLink &) const = default;
};

struct Schedule {
    /// In plan order. Empty when the plan has structural errors or dependency cycles.
    std::vector<ScheduledCapability> capabilities;
    int makespanDays = 0;      ///< the day the last capability finishes
    int minimumLengthDays = 0; ///< length of the dependency path (capacity ignored)
    /// The driving path: from the plan start (or a pin, an earliest wave...) to the capability
    /// that finishes on the end date, each held by the one before it. Every capability on it
    /// has zero slack. Empty when there is no schedule. See docs/scheduling.md.
    std::vector<DrivingLink> drivingPath;
    /// The dependency path: the longest chain of durations and lags, as if every team had
    /// unlimited capacity; keys in dependency order. Its capabilities need not be critical.
    std::vector<std::string> criticalPath;
    /// The keys of `drivingPath`, in time order (kept for the views that draw it).
    std::vector<std::string> criticalChain;
    /// Every team (plan order), every wave from 1 to max(horizon, last wave used).
    std::vector<TeamWaveLoad> load;
    /// Clashes (errors) and risks (warnings), each naming the capabilities and teams involved.
    std::vector<Problem> problems;
    bool feasible = false; ///< every hard constraint holds (no error in `problems`)
    /// Made against a reference (ScheduleOptions::reference) and kept close to it; false when
    /// optimised freely, or when the free optimum was taken because it was clearly better.
    bool stable = false;
    std::int64_t schedulesEvaluated = 0;
    /// No schedule that keeps every hard constraint can end before this day: the longest of
    /// the dependency chain (with earliest waves, and each capability waiting until its teams
    /// can hold it), each team's people-days over its capacity, and each team's go-live limit
    /// spread over waves. See docs/scheduling.md, "How short can it be?".
    int lowerBoundDays = 0;
    BoundSetBy lowerBoundSetBy = BoundSetBy::Dependencies;
    std::string lowerBoundTeam; ///< TeamWork, GoLiveLimit: the team
    SearchEnd searchEnd = SearchEnd::Budget;

    /// True when the schedule keeps every hard constraint and ends on its lower bound: no
    /// schedule of this plan ends sooner.
    [[nodiscard]] bool provenShortest() const
    {
        return feasible && !capabilities.empty() && makespanDays <= lowerBoundDays;
    }

    /// The entry for `key`, or nullptr.
    [[nodiscard]] const ScheduledCapability *find(std::string_view key) const;
    bool operator==(const Schedule &) const = default;
};

/// Schedules the plan: translates it for the resource-constrained solver, runs it within the
/// budget, and explains the result. Deterministic for a schedule budget. Never throws for a
/// bad plan: structural errors and cycles come back as problems with no schedule entries.
[[nodiscard]] Schedule computeSchedule(const Plan &plan, const ScheduleOptions &options = {});

/// Builds the full Schedule (reasons, slack, critical paths, load, problems) for given start
/// days, one per capability in plan order: the second half of computeSchedule, usable to judge
/// any proposed schedule. Constraint violations in `startDays` are reported as problems. With an
/// as-of date, a capability in progress or done starts on its actual start: any other start
/// given for it is reported as a problem, and it is judged at its actual dates.
[[nodiscard]] Schedule evaluateSchedule(const Plan &plan, const std::vector<int> &startDays);

/// "budget", "lower-bound", "no-improvement", "first-schedule", as used in JSON output.
[[nodiscard]] std::string_view toString(SearchEnd end);

/// "dependencies", "team-work", "go-live-limit", as used in JSON output.
[[nodiscard]] std::string_view toString(BoundSetBy by);

/// How close the schedule is to the lower bound and what sets the bound, in one sentence:
/// "Proven as short as the plan allows: no schedule that keeps every constraint ends before day
/// 20 (Data team's work needs that long)." or "No schedule can end before day 640 (...); this
/// one ends 28 days later (at most 5% above that bound)." Empty when the schedule breaks a hard
/// constraint.
[[nodiscard]] std::string describeLowerBound(const Schedule &schedule);

/// "Start", "Predecessor", ... as used in JSON output ("start", "predecessor", "team-full"...).
[[nodiscard]] std::string_view toString(ReasonKind kind);

/// "start", "predecessor", "team-capacity", "change-limit", "pin", "earliest-wave", "no-span",
/// "deferred", "as-of", "under-way", "done", as used in JSON output.
[[nodiscard]] std::string_view toString(HoldKind kind);

/// The driving path in words, from the end back to its start: "Ends 2028-03-29 (wave 6),
/// driven by CHAT, held by IT team's go-live limit in wave 5, ...". Empty without a schedule.
[[nodiscard]] std::string describeDrivingPath(const Plan &plan, const Schedule &schedule);

} // namespace waveplan
