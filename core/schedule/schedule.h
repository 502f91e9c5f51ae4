#pragma once
/// @file schedule.h
/// The schedule of a plan: when each capability starts and finishes, the wave it lands in,
/// why it starts when it does, the two critical paths, per-team load, and every clash between
/// the plan's hard constraints. Computed from a Plan, never stored in it. See docs/scheduling.md.

#include "core/model/plan.h"
#include "core/model/problem.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// How hard the solver may try. Whichever budget runs out first ends the search and the best
/// schedule found so far is used. A schedule budget is deterministic; a time budget is not.
struct ScheduleOptions {
    std::int64_t budgetSchedules = 5000;  ///< schedules the solver may evaluate
    std::int64_t budgetMilliseconds = 0;  ///< 0 = no time cap
    bool firstScheduleOnly = false;       ///< interactive edits: take the solver's first schedule
    const std::atomic<bool> *cancel = nullptr; ///< set to true to stop early (best so far is kept)
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
};

/// The binding reason for a capability's start, as a value and as a sentence.
struct StartReason {
    ReasonKind kind = ReasonKind::Start;
    std::string predecessor; ///< Predecessor: the key it waits for
    int lagDays = 0;         ///< Predecessor: the dependency's lag
    std::string team;        ///< TeamFull, GoLiveLimit: the team
    int wave = 0;            ///< TeamFull, GoLiveLimit, Pinned, EarliestWave, NoSpan: the wave concerned
    int day = 0;             ///< Predecessor: its finish day; TeamFull: the day the team has room (= start)
    std::string sentence;    ///< e.g. "waits for DATA to finish (day 45) plus 5 days lag"

    bool operator==(const StartReason &) const = default;
};

/// One capability in the schedule. Days count from the plan start (day 0 = plan.startDate).
struct ScheduledCapability {
    std::string key;
    int startDay = 0;
    int finishDay = 0;    ///< exclusive: the last working day is finishDay - 1
    int wave = 0;         ///< 1-based wave holding startDay: the wave it belongs to
    int goLiveWave = 0;   ///< 1-based wave holding finishDay - 1
    /// Days it can slip without moving the plan's end, a deadline or a pin, with every other
    /// start kept and only the capabilities that wait for it (by dependency, or for the team
    /// capacity it hands over) shifting as much as they must. See docs/scheduling.md.
    int slackDays = 0;
    bool critical = false; ///< on the dependency critical path (zero CPM slack)
    StartReason reason;

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

struct Schedule {
    /// In plan order. Empty when the plan has structural errors or dependency cycles.
    std::vector<ScheduledCapability> capabilities;
    int makespanDays = 0;      ///< the day the last capability finishes
    int minimumLengthDays = 0; ///< length of the dependency critical path (capacity ignored)
    /// Dependency critical path: the longest chain of durations and lags, capacity ignored;
    /// keys in dependency order.
    std::vector<std::string> criticalPath;
    /// Critical chain: the chain of binding dependencies and team hand-overs that ends at the
    /// makespan, walked back to its first link; keys in time order.
    std::vector<std::string> criticalChain;
    /// Every team (plan order), every wave from 1 to max(horizon, last wave used).
    std::vector<TeamWaveLoad> load;
    /// Clashes (errors) and risks (warnings), each naming the capabilities and teams involved.
    std::vector<Problem> problems;
    bool feasible = false; ///< every hard constraint holds (no error in `problems`)
    std::int64_t schedulesEvaluated = 0;

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
/// any proposed schedule. Constraint violations in `startDays` are reported as problems.
[[nodiscard]] Schedule evaluateSchedule(const Plan &plan, const std::vector<int> &startDays);

/// "Start", "Predecessor", ... as used in JSON output ("start", "predecessor", "team-full"...).
[[nodiscard]] std::string_view toString(ReasonKind kind);

} // namespace waveplan
