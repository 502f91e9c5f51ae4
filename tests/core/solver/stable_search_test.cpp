// Stable re-planning in the solver: the reference comes back when nothing changed, an activity
// moves only when the problem forces it or when letting it go shortens the schedule, and every
// stable schedule is as consistent with its problem as a free one.

#include "core/schedule/solver/solver.h"
#include "core/schedule/solver/stable_search.h"
#include "random_problem.h"
#include "schedule_checker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace waveplan::solver {
namespace {

Problem oneTeam(int capacity, int waveLength = 10)
{
    Problem p;
    p.waves = WaveGrid(waveLength);
    p.resources.push_back(Resource{.capacity = capacity, .capacityByWave = {}, .goLiveLimit = {}});
    return p;
}

Activity work(int duration, int demand)
{
    Activity a;
    a.duration = duration;
    a.demand = {demand};
    return a;
}

/// A random problem with the clashes taken out (no windows or deadlines, demand within capacity,
/// one capacity for every wave), so that most have a feasible schedule to come back to.
Problem relaxedProblem(std::uint64_t seed)
{
    Problem p = test::randomProblem(seed);
    for (Resource &r : p.resources)
        r.capacityByWave.clear();
    for (Activity &a : p.activities) {
        a.latestStart.reset();
        a.deadline.reset();
        for (std::size_t r = 0; r < a.demand.size(); ++r)
            a.demand[r] = std::min(a.demand[r], p.resources[r].capacity);
    }
    return p;
}

int movedWave(const Problem &p, const std::vector<int> &reference, const std::vector<int> &start)
{
    int moved = 0;
    for (std::size_t a = 0; a < start.size(); ++a)
        if (reference[a] >= 0 && p.waves.waveOf(reference[a]) != p.waves.waveOf(start[a]))
            ++moved;
    return moved;
}

// A reference with a clash (an activity placed without the people it needs) is not a schedule
// to come back to: the stable search places that activity properly. Feasible ones come back.
TEST(StableSearch, TheSameProblemGivesAFeasibleReferenceBack)
{
    int feasible = 0;
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        const Problem p = relaxedProblem(seed);
        const Solution reference = solve(p, Budget{.schedules = 60});
        if (!reference.feasible)
            continue;
        ++feasible;
        const Solution stable = solveStable(p, reference.start);
        EXPECT_EQ(stable.start, reference.start) << "seed " << seed;
        EXPECT_EQ(stable.makespan, reference.makespan) << "seed " << seed;
    }
    EXPECT_GT(feasible, 150);
}

TEST(StableSearch, AnActivityFreedOfItsBlockerStaysWhenMovingItWouldNotShortenThePlan)
{
    // One person: A (days 0-9) then B (days 10-19); C runs alone for 30 days and sets the end.
    Problem p = oneTeam(1);
    p.activities = {work(10, 1), work(10, 1), work(30, 0)};
    const std::vector<int> reference{0, 10, 0};
    p.activities[0].duration = 5; // A halves: B could start on day 5, but the plan still ends on day 30

    const Solution stable = solveStable(p, reference);

    EXPECT_EQ(stable.start, reference);
    EXPECT_EQ(stable.makespan, 30);
    EXPECT_EQ(firstSchedule(p).start[1], 5) << "a free schedule does move B: the test shows a difference";
}

TEST(StableSearch, AnActivityMovesWhenAFreeScheduleEndsClearlySooner)
{
    // As above, but C now ends on day 15 and B (finishing day 20) sets the end. Alone, the stable
    // search keeps B; given the free schedule (B on day 5, ending on day 15) it takes the blend.
    Problem p = oneTeam(1);
    p.activities = {work(5, 1), work(10, 1), work(15, 0)};
    const std::vector<int> reference{0, 10, 0};
    const Solution free = solve(p, Budget{.schedules = 20});
    ASSERT_EQ(free.makespan, 15);

    EXPECT_EQ(solveStable(p, reference).start, reference);
    const Solution blended = solveStable(p, reference, Budget{}, &free.start);

    EXPECT_EQ(blended.start, (std::vector<int>{0, 5, 0}));
    EXPECT_EQ(blended.makespan, 15);
}

TEST(StableSearch, AFreeScheduleOnlyAFewPercentShorterIsNotWorthTheMoves)
{
    // A then B on one person, B late in the reference; C runs alone for 99 days. A free schedule
    // ending 1% sooner (B right after A, C shortened to 98 days) is not worth moving B for.
    Problem p = oneTeam(1, 30);
    p.activities = {work(10, 1), work(10, 1), work(98, 0)};
    const std::vector<int> reference{0, 89, 0}; // B ends on day 99
    const std::vector<int> freeStart{0, 10, 0}; // ends on day 98

    const Solution kept = solveStable(p, reference, Budget{}, &freeStart, 2);

    EXPECT_EQ(kept.start, reference);
    // With no tolerance the end must be the free schedule's: B starts earlier, but inside its
    // wave (days 60-69 of wave 3) rather than in wave 1 as in the free schedule.
    EXPECT_EQ(solveStable(p, reference, Budget{}, &freeStart, 0).start, (std::vector<int>{0, 60, 0}));
}

TEST(StableSearch, AnActivityPushedByAnEditIsLetGoToWinBackTheEnd)
{
    // One person, waves of 10 days. Reference: A 0-4, B 10-14, C 20-24 (C after B). A new
    // activity N pinned to days 10-14 pushes B; B is let go into the room A leaves (days 5-9)
    // (C, which waits for B, may follow it: that only ends the plan sooner).
    Problem p = oneTeam(1);
    p.activities = {work(5, 1), work(5, 1), work(5, 1), work(5, 1)};
    p.precedences = {{1, 2, 0}};
    p.activities[3].earliestStart = 10;
    p.activities[3].latestStart = 10;
    const std::vector<int> reference{0, 10, 20, -1};

    const Solution stable = solveStable(p, reference);

    EXPECT_TRUE(stable.feasible);
    EXPECT_EQ(stable.start[3], 10);
    EXPECT_EQ(stable.start[1], 5);
    EXPECT_LE(stable.makespan, 25) << "no later than the reference";
}

TEST(StableSearch, AForcedMoveCarriesItsSuccessorsAndNothingElse)
{
    // A -> B; D is unrelated and shares no team. A gets an earliest start 20 days later.
    Problem p = oneTeam(2);
    p.resources.push_back(Resource{.capacity = 1, .capacityByWave = {}, .goLiveLimit = {}});
    p.activities = {work(5, 1), work(5, 1), work(5, 1), work(5, 1)};
    p.activities[0].demand = {1, 0};
    p.activities[1].demand = {1, 0};
    p.activities[2].demand = {0, 1};
    p.activities[3].demand = {0, 1};
    p.precedences = {{0, 1, 0}};
    const std::vector<int> reference{0, 5, 0, 5};
    p.activities[0].earliestStart = 20;

    const Solution stable = solveStable(p, reference);

    EXPECT_EQ(stable.start, (std::vector<int>{20, 25, 0, 5}));
}

TEST(StableSearch, AnActivityTheReferenceDoesNotKnowTakesFreeRoomWithoutDisplacingOthers)
{
    Problem p = oneTeam(1);
    p.activities = {work(5, 1), work(5, 1), work(5, 1)};
    const std::vector<int> reference{0, 10, -1}; // days 5-9 are free

    const Solution stable = solveStable(p, reference);

    EXPECT_EQ(stable.start, (std::vector<int>{0, 10, 5}));
}

TEST(StableSearch, StableSchedulesAreConsistentWithTheirProblemAfterRandomEdits)
{
    for (std::uint64_t seed = 1; seed <= 150; ++seed) {
        Problem p = test::randomProblem(seed);
        const Solution reference = solve(p, Budget{.schedules = 60});
        // Edit: one activity longer, another shorter, a precedence dropped, an earliest start moved.
        const std::size_t n = p.activities.size();
        p.activities[seed % n].duration += 7;
        p.activities[(seed * 7) % n].duration = std::max(1, p.activities[(seed * 7) % n].duration / 2);
        if (!p.precedences.empty())
            p.precedences.erase(p.precedences.begin() + static_cast<long>(seed % p.precedences.size()));
        p.activities[(seed * 3) % n].earliestStart += p.waves.lengthOf(1);

        const Solution stable = solveStable(p, reference.start, Budget{.schedules = 200});

        const std::vector<std::string> errors = test::checkSolution(p, stable);
        EXPECT_TRUE(errors.empty()) << "seed " << seed << ": " << (errors.empty() ? "" : errors.front());
    }
}

TEST(StableSearch, FreeStartsAskedForLaterGiveTheSameScheduleAskedForOnce)
{
    // The free schedule worked out on another thread and handed over when the search from the
    // reference is done: the same pick as with the starts given up front.
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        Problem p = test::randomProblem(seed);
        const Solution reference = solve(p, Budget{.schedules = 60});
        p.activities[seed % p.activities.size()].duration += 11;
        const Solution free = solve(p, Budget{.schedules = 60});
        int asked = 0;
        const FreeStarts later = [&]() -> const std::vector<int> * {
            ++asked;
            return &free.start;
        };

        const Solution given = solveStable(p, reference.start, Budget{.schedules = 200}, &free.start, 2);
        const Solution handedOver = solveStable(p, reference.start, Budget{.schedules = 200}, later, 2);

        EXPECT_EQ(handedOver.start, given.start) << "seed " << seed;
        EXPECT_EQ(handedOver.schedulesEvaluated, given.schedulesEvaluated) << "seed " << seed;
        EXPECT_EQ(asked, 1) << "seed " << seed;
    }
}

/// The schedules a stable re-plan spends done one after the other, as it was before the blend
/// ran beside the search from the reference: that search on half the budget, then the blend on
/// all it left, and the one schedule held to the reference waves.
std::int64_t schedulesOneAfterTheOther(const Problem &p, const std::vector<int> &reference,
                                       const std::vector<int> &freeStart, std::int64_t schedules, int tolerancePercent)
{
    const detail::StableBase base(p);
    const Budget own{.schedules = std::max<std::int64_t>(1, schedules / 2)};
    detail::SearchBudget ownBudget(own);
    detail::StableSearch search(p, base, reference, ownBudget);
    (void)search.run();
    const Budget rest{.schedules = std::max<std::int64_t>(1, schedules - ownBudget.used())};
    detail::SearchBudget blendBudget(rest);
    detail::StableSearch blending(p, base, reference, blendBudget);
    int freeEnd = 0;
    for (std::size_t a = 0; a < freeStart.size(); ++a)
        freeEnd = std::max(freeEnd, freeStart[a] + std::max(p.activities[a].duration, 1));
    (void)blending.blend(freeStart, toleratedEnd(freeEnd, tolerancePercent));
    return ownBudget.used() + blendBudget.used() + 1;
}

TEST(StableSearch, TheBlendStopsWhereItsShareEndsWhicheverSearchFinishesFirst)
{
    // The blend runs beside the search from the reference and learns its share of the budget
    // (what that search leaves) only when the search is done. Free starts handed over at once
    // (the blend may reach the share it is sure of and wait) or late (the share is known before
    // it starts) give the same schedule, on budgets small enough for the share to end the blend.
    int cut = 0;
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        Problem p = test::randomProblem(seed);
        const Solution reference = solve(p, Budget{.schedules = 60});
        p.activities[seed % p.activities.size()].duration += 13;
        p.activities[(seed * 5) % p.activities.size()].earliestStart += p.waves.lengthOf(1);
        const Solution free = solve(p, Budget{.schedules = 60});
        const FreeStarts atOnce = [&]() -> const std::vector<int> * { return &free.start; };
        const FreeStarts late = [&]() -> const std::vector<int> * {
            std::this_thread::sleep_for(std::chrono::milliseconds(3));
            return &free.start;
        };
        for (const std::int64_t schedules : {3, 6, 10, 200}) {
            const Budget budget{.schedules = schedules};
            const Solution early = solveStable(p, reference.start, budget, atOnce, 2);
            const Solution waited = solveStable(p, reference.start, budget, late, 2);
            EXPECT_EQ(early.start, waited.start) << "seed " << seed << ", budget " << schedules;
            EXPECT_EQ(early.schedulesEvaluated, waited.schedulesEvaluated) << "seed " << seed << ", budget " << schedules;
            // As many as one after the other: the blend had all the search from the reference left.
            EXPECT_EQ(early.schedulesEvaluated, schedulesOneAfterTheOther(p, reference.start, free.start, schedules, 2))
                << "seed " << seed << ", budget " << schedules;
            if (schedules <= 10 && early.schedulesEvaluated == schedules + 1)
                ++cut;
        }
    }
    EXPECT_GT(cut, 10) << "the budgets should end some blends";
}

TEST(StableSearch, ShorteningOneActivityNeverMakesThePlanLonger)
{
    int fewerMoved = 0;
    int feasible = 0;
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        Problem p = relaxedProblem(seed);
        for (Resource &r : p.resources)
            r.goLiveLimit.reset(); // a shorter activity may go live in a wave that is already full
        const Solution reference = solve(p, Budget{.schedules = 60});
        if (!reference.feasible)
            continue;
        ++feasible;
        const std::size_t shortened = seed % p.activities.size();
        p.activities[shortened].duration = std::max(1, p.activities[shortened].duration / 2);

        const Solution stable = solveStable(p, reference.start);
        const Solution free = solve(p, Budget{.schedules = 60});

        EXPECT_LE(stable.makespan, reference.makespan) << "seed " << seed;
        if (movedWave(p, reference.start, stable.start) < movedWave(p, reference.start, free.start))
            ++fewerMoved;
    }
    EXPECT_GT(feasible, 150);
    EXPECT_GT(fewerMoved, feasible / 5) << "the stable schedule should often move fewer activities than a free one";
}

} // namespace
} // namespace waveplan::solver
