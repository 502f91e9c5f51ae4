#include "core/schedule/solver/solver.h"

#include "core/schedule/solver/genetic_search.h"
#include "core/schedule/solver/instance.h"
#include "core/schedule/solver/lower_bound.h"
#include "core/schedule/solver/priority_rules.h"
#include "core/schedule/solver/schedule_builder.h"
#include "core/schedule/solver/search_budget.h"
#include "core/schedule/solver/stable_search.h"

#include <algorithm>
#include <exception>
#include <future>
#include <tuple>
#include <utility>

namespace waveplan::solver {

namespace {

using detail::Calendar;
using detail::Instance;
using detail::Schedule;

Solution toSolution(const Schedule &schedule, std::int64_t evaluated, int firstMakespan)
{
    Solution s;
    s.start = schedule.start;
    s.makespan = schedule.score.makespan;
    s.violations = schedule.violation;
    s.feasible = std::all_of(s.violations.begin(), s.violations.end(),
                             [](Violation v) { return v == Violation::None; });
    s.lateness = schedule.score.lateness;
    s.schedulesEvaluated = evaluated;
    s.firstMakespan = firstMakespan;
    s.ignoredResources.resize(s.start.size());
    for (const auto &[activity, resource] : schedule.ignored)
        s.ignoredResources[static_cast<std::size_t>(activity)].push_back(resource);
    for (auto &list : s.ignoredResources)
        std::sort(list.begin(), list.end());
    return s;
}

Schedule firstPass(const Instance &instance, const Calendar &calendar, const detail::TimeBounds &bounds)
{
    const std::vector<double> key(bounds.latestFinish.begin(), bounds.latestFinish.end());
    detail::ScheduleBuilder builder(instance, calendar);
    Schedule schedule;
    builder.serial(detail::activityList(instance, key), schedule, bounds.criticalPathEnd + 1);
    return schedule;
}

void setBound(Solution &solution, const detail::LowerBound &bound)
{
    solution.lowerBound = bound.days;
    solution.lowerBoundSource = bound.source;
    solution.lowerBoundResource = bound.resource;
}

} // namespace

Solution firstSchedule(const Problem &problem, const StartsKnown &startsKnown)
{
    const Instance instance = detail::compile(problem);
    const Calendar calendar{&problem, false, 0};
    const detail::TimeBounds bounds = detail::timeBounds(instance);
    const Schedule schedule = firstPass(instance, calendar, bounds);
    Solution solution = toSolution(schedule, 1, schedule.score.makespan);
    if (startsKnown)
        startsKnown(solution.start);
    setBound(solution, detail::makespanLowerBound(problem, instance, bounds.topological));
    solution.stop = detail::GeneticSearch::reaches(schedule, solution.lowerBound) ? Stop::LowerBound : Stop::FirstOnly;
    return solution;
}

Solution solve(const Problem &problem, const Budget &budget)
{
    const Instance instance = detail::compile(problem);
    const Calendar calendar{&problem, false, 0};
    const detail::TimeBounds bounds = detail::timeBounds(instance);
    const detail::LowerBound bound = detail::makespanLowerBound(problem, instance, bounds.topological);
    const int lowerBound = bound.days;
    detail::SearchBudget searchBudget(budget);
    Schedule best = firstPass(instance, calendar, bounds);
    searchBudget.spend(); // the first schedule is always made, whatever the budget
    const int firstMakespan = best.score.makespan;
    Stop stop = detail::GeneticSearch::reaches(best, lowerBound) ? Stop::LowerBound : Stop::Budget;
    if (stop == Stop::Budget && instance.count >= 2 && searchBudget.allows()) {
        detail::GeneticSearch search(problem, instance, calendar, bounds, searchBudget, budget.seed, lowerBound,
                                     budget.patience);
        stop = search.run(best);
    }
    Solution solution = toSolution(best, searchBudget.used(), firstMakespan);
    setBound(solution, bound);
    solution.stop = stop;
    return solution;
}

std::int64_t toleratedEnd(int end, int tolerancePercent)
{
    return static_cast<std::int64_t>(end) * (100 + std::max(0, tolerancePercent)) / 100;
}

Solution solveStable(const Problem &problem, const std::vector<int> &referenceStart, const Budget &budget,
                     const std::vector<int> *freeStart, int tolerancePercent)
{
    return solveStable(problem, referenceStart, budget, FreeStarts([freeStart] { return freeStart; }), tolerancePercent);
}

Solution solveStable(const Problem &problem, const std::vector<int> &referenceStart, const Budget &budget,
                     const FreeStarts &freeStarts, int tolerancePercent)
{
    // With a free schedule to blend with, the search from the reference gets half the budget.
    Budget ownBudget = budget;
    if (freeStarts)
        ownBudget.schedules = std::max<std::int64_t>(1, budget.schedules / 2);
    detail::SearchBudget searchBudget(ownBudget);
    const detail::StableBase base(problem);
    detail::StableSearch search(problem, base, referenceStart, searchBudget);
    if (!freeStarts) {
        const Schedule best = search.run();
        return toSolution(best, searchBudget.used(), search.anchoredMakespan());
    }

    // The blend runs on another thread as soon as the free schedule is known, beside the search
    // from the reference (the two share only what neither changes). Its budget is what that
    // search leaves: at least the half it was not given, so the blend starts on that and waits
    // for the rest of the count only if it gets that far. The same result as one after the other.
    detail::LaterLimit restLimit;
    Budget surelyLeft = budget;
    surelyLeft.schedules = std::max<std::int64_t>(1, budget.schedules - ownBudget.schedules);
    std::promise<const std::vector<int> *> freeKnown;
    std::future<const std::vector<int> *> freeStartLater = freeKnown.get_future();
    struct Blend {
        Schedule schedule;
        std::int64_t used = 0;
    };
    const auto freeEndOf = [&problem](const std::vector<int> &freeStart) {
        int end = 0;
        for (std::size_t a = 0; a < freeStart.size(); ++a)
            end = std::max(end, freeStart[a] + std::max(problem.activities[a].duration, 1));
        return end;
    };
    std::future<Blend> blendLater = std::async(std::launch::async, [&]() {
        const std::vector<int> *freeStart = nullptr;
        try {
            freeStart = freeStarts();
        } catch (...) {
            freeKnown.set_exception(std::current_exception()); // the search waits for it: it learns why
            throw;
        }
        if (freeStart == nullptr || freeStart->size() != problem.activities.size())
            freeStart = nullptr;
        freeKnown.set_value(freeStart);
        Blend blend;
        if (freeStart != nullptr) {
            detail::SearchBudget blendBudget(surelyLeft, restLimit);
            detail::StableSearch blending(problem, base, referenceStart, blendBudget);
            blend.schedule = blending.blend(*freeStart, toleratedEnd(freeEndOf(*freeStart), tolerancePercent));
            blend.used = blendBudget.used();
        }
        return blend;
    });
    // Whatever happens here, the blend is told its count, so it never waits for ever.
    struct TellOnExit {
        detail::LaterLimit &limit;
        bool told = false;
        void tell(std::int64_t schedules)
        {
            limit.set(schedules);
            told = true;
        }
        ~TellOnExit()
        {
            if (!told)
                limit.set(0);
        }
    } rest{restLimit};
    Schedule best = search.run();
    const int anchored = search.anchoredMakespan();
    std::int64_t used = searchBudget.used();
    rest.tell(std::max<std::int64_t>(1, budget.schedules - used));
    const std::vector<int> *freeStart = freeStartLater.get();
    if (freeStart == nullptr) {
        (void)blendLater.get();
        return toSolution(best, used, anchored);
    }
    const std::int64_t allowed = toleratedEnd(freeEndOf(*freeStart), tolerancePercent);
    // A third: every activity held to its reference wave, free inside it, here while the blend
    // goes on.
    Budget wavesShare = budget;
    wavesShare.schedules = std::max<std::int64_t>(1, budget.schedules - used);
    detail::SearchBudget wavesBudget(wavesShare);
    detail::StableSearch waves(problem, base, referenceStart, wavesBudget);
    Schedule withinWaves = waves.withinWaves();
    Blend blend = blendLater.get();
    used += blend.used;
    used += wavesBudget.used();
    // Fewer violations, then less lateness; then, of those ending within the tolerance of
    // the free schedule, the one that moved fewest activities (the earlier on a tie); if
    // none does, the one that ends soonest.
    using Key = detail::StableSearch::Key;
    const auto rank = [&](const Key &k) {
        const bool fits = k.score.makespan <= allowed;
        return std::tuple{k.score.violations, k.score.lateness, fits ? 0 : 1, fits ? 0 : k.score.makespan, k.moved,
                          k.shift};
    };
    auto bestRank = rank(search.keyOf(best));
    for (Schedule *candidate : {&withinWaves, &blend.schedule}) {
        const auto r = rank(search.keyOf(*candidate));
        if (r < bestRank) {
            bestRank = r;
            best = std::move(*candidate);
        }
    }
    return toSolution(best, used, anchored);
}

} // namespace waveplan::solver
