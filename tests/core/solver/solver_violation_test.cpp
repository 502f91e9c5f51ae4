// Each wave rule and each violation kind on a small crafted problem, with hand-computed starts.

#include "core/schedule/solver/solver.h"
#include "schedule_checker.h"

#include <gtest/gtest.h>

#include <atomic>

namespace waveplan::solver {
namespace {

Problem oneResource(int capacity, int waveLength = 10)
{
    Problem p;
    p.waves = WaveGrid(waveLength);
    p.resources.push_back(Resource{.capacity = capacity, .capacityByWave = {}, .goLiveLimit = {}});
    return p;
}

Activity activity(int duration, int demand)
{
    Activity a;
    a.duration = duration;
    a.demand = {demand};
    return a;
}

TEST(SolverViolation, DemandAboveEveryCapacityIsCapacityAndPlacedAtPrecedenceStart)
{
    Problem p = oneResource(3);
    p.resources.push_back(Resource{.capacity = 2, .capacityByWave = {}, .goLiveLimit = {}});
    p.activities = {activity(4, 1), activity(2, 5)};
    p.activities[0].demand = {1, 0};
    p.activities[1].demand = {5, 1};
    p.precedences = {{0, 1, 1}};

    const Solution s = solve(p, Budget{.schedules = 50});

    EXPECT_EQ(s.violations[1], Violation::Capacity);
    EXPECT_EQ(s.ignoredResources[1], std::vector<int>{0});
    EXPECT_EQ(s.start[1], 5); // finish of 0 (4) + lag 1
    EXPECT_FALSE(s.feasible);
    EXPECT_TRUE(test::checkSolution(p, s).empty());
}

TEST(SolverViolation, ZeroCapacityEverywhereIsCapacity)
{
    Problem p = oneResource(0);
    p.activities = {activity(3, 1)};

    const Solution s = firstSchedule(p);

    EXPECT_EQ(s.violations[0], Violation::Capacity);
    EXPECT_EQ(s.start[0], 0);
}

TEST(SolverViolation, ChangeLoadLimitOfZeroIsCapacityNotALoop)
{
    Problem p = oneResource(5);
    p.resources[0].goLiveLimit = 0;
    p.activities = {activity(3, 1), activity(3, 1)};

    const Solution s = solve(p, Budget{.schedules = 20});

    EXPECT_EQ(s.violations[0], Violation::Capacity);
    EXPECT_EQ(s.violations[1], Violation::Capacity);
    EXPECT_EQ(s.start, (std::vector<int>{0, 0}));
}

TEST(SolverViolation, NoStartWithinTheWindowIsWindowAndPlacedAfterIt)
{
    Problem p = oneResource(2);
    p.activities = {activity(4, 2), activity(3, 2)};
    p.activities[0].latestStart = 0;
    p.activities[1].latestStart = 1;

    const Solution s = solve(p, Budget{.schedules = 50});

    // One must wait for the other, and either order is 3 days late: check the structure.
    const int late = s.violations[0] == Violation::Window ? 0 : 1;
    const int onTime = 1 - late;
    EXPECT_EQ(s.violations[static_cast<std::size_t>(late)], Violation::Window);
    EXPECT_EQ(s.violations[static_cast<std::size_t>(onTime)], Violation::None);
    EXPECT_EQ(s.start[static_cast<std::size_t>(onTime)], 0);
    EXPECT_EQ(s.start[static_cast<std::size_t>(late)], p.activities[static_cast<std::size_t>(onTime)].duration);
    EXPECT_TRUE(test::checkSolution(p, s).empty());
}

TEST(SolverViolation, FinishPastDeadlineIsDeadline)
{
    Problem p = oneResource(5);
    p.activities = {activity(5, 1), activity(5, 1)};
    p.activities[1].deadline = 8;
    p.precedences = {{0, 1, 0}};

    const Solution s = solve(p, Budget{.schedules = 50});

    EXPECT_EQ(s.start[1], 5);
    EXPECT_EQ(s.violations[1], Violation::Deadline);
    EXPECT_EQ(s.violations[0], Violation::None);
    EXPECT_FALSE(s.feasible);
}

TEST(SolverViolation, SearchMeetsADeadlineThePriorityRuleAloneWouldNot)
{
    // Both need the whole team. 1 has a deadline of 3 and must go first.
    Problem p = oneResource(2);
    p.activities = {activity(3, 2), activity(3, 2)};
    p.activities[1].deadline = 3;

    const Solution s = solve(p, Budget{.schedules = 50});

    EXPECT_TRUE(s.feasible);
    EXPECT_EQ(s.start, (std::vector<int>{3, 0}));
}

TEST(SolverViolation, LongerThanAWaveUnderNoSpanIsNoSpan)
{
    Problem p = oneResource(5, 10);
    p.noSpan = true;
    p.activities = {activity(15, 1)};

    const Solution s = firstSchedule(p);

    EXPECT_EQ(s.violations[0], Violation::NoSpan);
    EXPECT_EQ(s.start[0], 0);
}

TEST(SolverWaves, NoSpanMovesAnActivityToTheNextWave)
{
    Problem p = oneResource(5, 10);
    p.noSpan = true;
    p.activities = {activity(6, 1), activity(6, 1)};
    p.precedences = {{0, 1, 0}};

    const Solution s = firstSchedule(p);

    EXPECT_EQ(s.start, (std::vector<int>{0, 10})); // 6..11 would span days 9 and 10
    EXPECT_TRUE(s.feasible);
}

TEST(SolverWaves, CapacityDiffersPerWave)
{
    Problem p = oneResource(2, 10);
    p.resources[0].capacityByWave = {0, 1}; // wave 1: nobody, wave 2: one person, then two
    p.activities = {activity(3, 2), activity(3, 1)};

    const Solution s = firstSchedule(p);

    EXPECT_EQ(s.start[0], 20);
    EXPECT_EQ(s.start[1], 10);
    EXPECT_TRUE(s.feasible);
}

TEST(SolverWaves, ChangeLoadMovesTheSecondGoLiveIntoTheNextWave)
{
    Problem p = oneResource(5, 10);
    p.resources[0].goLiveLimit = 1;
    p.activities = {activity(2, 1), activity(2, 1)};

    const Solution s = solve(p, Budget{.schedules = 20});

    // One finishes in wave 1; the other's last day must be day 10: start 9.
    EXPECT_EQ(std::min(s.start[0], s.start[1]), 0);
    EXPECT_EQ(std::max(s.start[0], s.start[1]), 9);
    EXPECT_TRUE(s.feasible);
}

TEST(SolverWaves, FoundationalWinsATie)
{
    Problem p = oneResource(1);
    p.activities = {activity(2, 1), activity(2, 1)};
    p.activities[1].foundational = true;

    const Solution s = firstSchedule(p);

    EXPECT_EQ(s.start, (std::vector<int>{2, 0}));
}

TEST(SolverBudget, TinyBudgetStillReturnsACompleteSchedule)
{
    Problem p = oneResource(2);
    p.activities = {activity(3, 2), activity(3, 1), activity(2, 1)};

    const Solution s = solve(p, Budget{.schedules = 0});

    EXPECT_EQ(s.start.size(), 3u);
    EXPECT_EQ(s.schedulesEvaluated, 1);
    EXPECT_TRUE(test::checkSolution(p, s).empty());
}

TEST(SolverBudget, CancelStopsAfterTheFirstSchedule)
{
    Problem p = oneResource(2);
    p.activities = {activity(3, 2), activity(3, 1), activity(2, 1)};
    std::atomic<bool> cancel{true};

    const Solution s = solve(p, Budget{.schedules = 100000, .milliseconds = 0, .seed = 1, .cancel = &cancel});

    EXPECT_EQ(s.schedulesEvaluated, 1);
    EXPECT_TRUE(test::checkSolution(p, s).empty());
}

TEST(SolverBudget, EmptyProblemGivesAnEmptySchedule)
{
    const Solution s = solve(Problem{});

    EXPECT_TRUE(s.start.empty());
    EXPECT_EQ(s.makespan, 0);
    EXPECT_TRUE(s.feasible);
}

TEST(SolverBudget, CyclicPrecedencesDoNotHang)
{
    Problem p = oneResource(2);
    p.activities = {activity(2, 1), activity(2, 1), activity(2, 1)};
    p.precedences = {{0, 1, 0}, {1, 2, 0}, {2, 0, 0}};

    const Solution s = solve(p, Budget{.schedules = 30});

    EXPECT_EQ(s.start.size(), 3u);
}

} // namespace
} // namespace waveplan::solver
