#include "core/schedule/schedule.h"

#include "core/log/logging.h"
#include "core/schedule/clashes.h"
#include "core/schedule/schedule_assembly.h"
#include "core/schedule/solver/solver.h"
#include "core/schedule/solver_translation.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <future>
#include <utility>

namespace waveplan {

namespace {

/// A problem for every activity the solver could not place cleanly that no other problem names,
/// so nothing is left unexplained.
void addUnnamedViolations(const Plan &plan, const solver::Solution &solution, std::vector<Problem> &problems)
{
    for (std::size_t i = 0; i < solution.violations.size() && i < plan.capabilities.size(); ++i) {
        if (solution.violations[i] == solver::Violation::None)
            continue;
        const std::string &key = plan.capabilities[i].key;
        const bool named = std::any_of(problems.begin(), problems.end(), [&](const Problem &p) {
            return p.severity == Severity::Error && std::find(p.keys.begin(), p.keys.end(), key) != p.keys.end();
        });
        if (named)
            continue;
        std::string what;
        switch (solution.violations[i]) {
        case solver::Violation::Window: what = "no start inside its wave window fits its teams"; break;
        case solver::Violation::Deadline: what = "it cannot go live by its deadline wave"; break;
        case solver::Violation::Capacity: what = "its demand is above a team's capacity or change limit"; break;
        case solver::Violation::NoSpan: what = "it is longer than a wave under no-span"; break;
        case solver::Violation::None: break;
        }
        problems.push_back({Severity::Error, "unschedulable", key + " cannot be scheduled as the plan asks: " + what,
                            {key}, {}});
    }
}

/// How many schedules the stable re-plan right after an edit may decode for a problem of
/// `activities`: 40 up to 1,000 (a few milliseconds at 500), then fewer in proportion so that
/// the work stays near 40,000 activities placed, but never fewer than 6 (the search from the
/// reference, the blend with the free schedule and a few of its trials). The window waits for
/// this one; the background search that follows has the full budget. At 10,000 capabilities
/// each decoding takes about 4 ms: 40 of them were most of the wait after every edit.
std::int64_t firstScheduleDecodings(std::size_t activities)
{
    constexpr std::int64_t kDecodings = 40;
    constexpr std::int64_t kPlacements = 40'000;
    constexpr std::int64_t kFewest = 6;
    const auto n = static_cast<std::int64_t>(std::max<std::size_t>(activities, 1));
    return std::clamp(kPlacements / n, kFewest, kDecodings);
}

/// Per capability (plan order), its start in the reference, or -1 when the reference lacks it.
/// Started work is where the progress puts it, whatever the reference says. The reference's
/// entries are placed by the plan's index (a hash look-up each; a search of the reference's
/// tree per capability was a twentieth of an edit at 10,000 capabilities).
std::vector<int> referenceStarts(const Plan &plan, const PlanIndex &index, const ScheduleReference &reference,
                                 const detail::ProgressFrame &frame)
{
    std::vector<const ScheduleReference::Entry *> entryOf(plan.capabilities.size(), nullptr);
    for (const auto &[key, entry] : reference.capabilities)
        if (const int i = index.indexOf(key); i >= 0)
            entryOf[static_cast<std::size_t>(i)] = &entry;
    std::vector<int> starts;
    starts.reserve(plan.capabilities.size());
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const ScheduleReference::Entry *entry = entryOf[i];
        starts.push_back(frame.started(i) ? frame.fixedDay[i]
                         : entry != nullptr ? std::max(frame.active ? frame.asOfDay : 0, entry->startDay)
                                            : -1);
    }
    return starts;
}

/// The free schedule replaces the stable one only when it is clearly better: fewer violated
/// capabilities, less lateness, or an end more than `tolerancePercent` sooner.
bool clearlyBetter(const solver::Solution &free, const solver::Solution &stable, int tolerancePercent)
{
    const auto violations = [](const solver::Solution &s) {
        return std::count_if(s.violations.begin(), s.violations.end(),
                             [](solver::Violation v) { return v != solver::Violation::None; });
    };
    const auto freeHard = std::pair{violations(free), free.lateness};
    const auto stableHard = std::pair{violations(stable), stable.lateness};
    if (freeHard != stableHard)
        return freeHard < stableHard;
    return stable.makespan > solver::toleratedEnd(free.makespan, tolerancePercent);
}

/// Stable re-planning against options.reference, compared with the free search (or its first
/// schedule). `stable` says which one was kept.
solver::Solution solveAgainstReference(const Plan &plan, const PlanIndex &index, const detail::ProgressFrame &frame,
                                       const solver::Problem &problem, const ScheduleOptions &options,
                                       const solver::Budget &budget, bool &stable)
{
    solver::Budget stableBudget = budget;
    if (options.firstScheduleOnly) {
        // Right after an edit: a few dozen decodings at most (milliseconds at 300 capabilities),
        // fewer for a large plan (firstScheduleDecodings), whatever the clock says; the
        // background search carries on with the full budget.
        stableBudget.milliseconds = 0;
        stableBudget.schedules =
            std::min<std::int64_t>(stableBudget.schedules, firstScheduleDecodings(problem.activities.size()));
    }
    // The free schedule on another thread while the search from the reference runs (they share
    // only the problem, which neither changes); the blend waits for its starts. A first schedule
    // hands them over before it works out its lower bound, which then runs beside the blend.
    std::vector<int> firstStarts;
    std::promise<void> firstStartsKnown;
    std::future<void> firstStartsLater = firstStartsKnown.get_future();
    std::future<solver::Solution> freeLater = std::async(std::launch::async, [&] {
        if (!options.firstScheduleOnly)
            return solver::solve(problem, budget);
        bool told = false;
        try {
            solver::Solution first = solver::firstSchedule(problem, [&](const std::vector<int> &start) {
                firstStarts = start;
                told = true;
                firstStartsKnown.set_value();
            });
            if (!told) {
                firstStarts = first.start;
                firstStartsKnown.set_value();
            }
            return first;
        } catch (...) {
            if (!told)
                firstStartsKnown.set_exception(std::current_exception()); // the blend learns why
            throw;
        }
    });
    solver::Solution free;
    const auto freeStarts = [&]() -> const std::vector<int> * {
        if (options.firstScheduleOnly) {
            firstStartsLater.get();
            return &firstStarts;
        }
        free = freeLater.get();
        return &free.start;
    };
    solver::Solution kept = solver::solveStable(problem, referenceStarts(plan, index, *options.reference, frame), stableBudget,
                                                solver::FreeStarts(freeStarts), options.stableTolerancePercent);
    if (freeLater.valid())
        free = freeLater.get();
    stable = !clearlyBetter(free, kept, options.stableTolerancePercent);
    if (!stable) {
        free.schedulesEvaluated += kept.schedulesEvaluated;
        return free;
    }
    kept.schedulesEvaluated += free.schedulesEvaluated;
    kept.lowerBound = free.lowerBound;
    kept.lowerBoundSource = free.lowerBoundSource;
    kept.lowerBoundResource = free.lowerBoundResource;
    kept.stop = options.firstScheduleOnly ? solver::Stop::FirstOnly : solver::Stop::Budget;
    return kept;
}

SearchEnd searchEndOf(solver::Stop stop)
{
    switch (stop) {
    case solver::Stop::Budget: return SearchEnd::Budget;
    case solver::Stop::LowerBound: return SearchEnd::LowerBound;
    case solver::Stop::NoImprovement: return SearchEnd::NoImprovement;
    case solver::Stop::FirstOnly: return SearchEnd::FirstSchedule;
    }
    return SearchEnd::Budget;
}

} // namespace

Schedule computeSchedule(const Plan &plan, const ScheduleOptions &options)
{
    const auto logger = log::get("core.schedule");
    const PlanIndex index(plan); // one look-up of every key, shared by every step below
    std::vector<Problem> unschedulable = detail::unschedulableProblems(plan, index);
    if (!unschedulable.empty()) {
        logger->debug("plan '{}' cannot be scheduled: {} problem(s)", plan.name, unschedulable.size());
        Schedule schedule;
        schedule.problems = std::move(unschedulable);
        return schedule;
    }

    // With an as-of date, what is left of the plan is scheduled (progress_frame.h).
    const detail::SchedulingScope scope(plan, index);
    const solver::Problem problem = detail::toSolverProblem(scope.plan(), scope.index(), scope.progress());
    solver::Budget budget;
    budget.schedules = options.budgetSchedules > 0
                           ? options.budgetSchedules
                           : scheduleBudgetFor(plan.capabilities.size(), plan.dependencies.size());
    // Half the budget in a row without a better schedule: the rest would rarely find one.
    budget.patience = std::max<std::int64_t>(1, budget.schedules / 2);
    budget.milliseconds = options.budgetMilliseconds;
    budget.cancel = options.cancel;
    bool stable = false;
    const solver::Solution solution =
        options.reference != nullptr && !options.reference->empty()
            ? solveAgainstReference(plan, index, scope.frame(), problem, options, budget, stable)
            : (options.firstScheduleOnly ? solver::firstSchedule(problem) : solver::solve(problem, budget));

    // Started work is where its progress says even when the solver could not fit it there (two
    // pieces of work under way that need more people than a team has): the clash is reported
    // against the real days, not hidden by moving work that has begun.
    std::vector<int> starts = solution.start;
    for (std::size_t i = 0; i < starts.size(); ++i)
        if (scope.frame().started(i))
            starts[i] = scope.frame().fixedDay[i];
    Schedule schedule = detail::assembleSchedule(scope, starts, scope.clashes());
    if (!solution.feasible) {
        addUnnamedViolations(plan, solution, schedule.problems);
        schedule.feasible = false;
    }
    schedule.schedulesEvaluated = solution.schedulesEvaluated;
    schedule.stable = stable;
    schedule.lowerBoundDays = solution.lowerBound;
    switch (solution.lowerBoundSource) {
    case solver::BoundSource::Dependencies: schedule.lowerBoundSetBy = BoundSetBy::Dependencies; break;
    case solver::BoundSource::TeamWork: schedule.lowerBoundSetBy = BoundSetBy::TeamWork; break;
    case solver::BoundSource::GoLiveLimit: schedule.lowerBoundSetBy = BoundSetBy::GoLiveLimit; break;
    }
    if (solution.lowerBoundResource >= 0 && static_cast<std::size_t>(solution.lowerBoundResource) < plan.teams.size())
        schedule.lowerBoundTeam = plan.teams[static_cast<std::size_t>(solution.lowerBoundResource)].name;
    schedule.searchEnd = schedule.provenShortest() ? SearchEnd::LowerBound : searchEndOf(solution.stop);
    logger->debug("scheduled '{}': {} capabilities, makespan {} days (lower bound {}), {} schedules (ended by {}), "
                  "feasible {}, stable {}",
                  plan.name, plan.capabilities.size(), schedule.makespanDays, schedule.lowerBoundDays,
                  schedule.schedulesEvaluated, toString(schedule.searchEnd), schedule.feasible, schedule.stable);
    return schedule;
}

} // namespace waveplan
