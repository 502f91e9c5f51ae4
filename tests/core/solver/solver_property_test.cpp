// Property tests: on many random problems with waves, per-wave capacity, change load, windows,
// deadlines, no-span and lags, every constraint holds unless its violation is reported.

#include "core/schedule/solver/solver.h"
#include "random_problem.h"
#include "schedule_checker.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

namespace waveplan::solver {
namespace {

using test::checkSolution;
using test::randomProblem;

std::string joined(const std::vector<std::string> &errors)
{
    std::string all;
    for (const auto &e : errors)
        all += e + "\n";
    return all;
}

/// Lexicographic objective as documented in solver.h, computed from the solution alone.
std::tuple<int, long long, int> objective(const Problem &p, const Solution &s)
{
    int violated = 0;
    long long lateness = 0;
    for (std::size_t a = 0; a < p.activities.size(); ++a) {
        const auto &act = p.activities[a];
        violated += s.violations[a] != Violation::None ? 1 : 0;
        if (act.latestStart && s.start[a] > *act.latestStart)
            lateness += s.start[a] - *act.latestStart;
        if (act.deadline && s.start[a] + act.duration > *act.deadline)
            lateness += s.start[a] + act.duration - *act.deadline;
    }
    return {violated, lateness, s.makespan};
}

TEST(SolverProperty, FirstScheduleHoldsEveryConstraintOrReportsIt)
{
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        const Problem problem = randomProblem(seed);

        const Solution s = firstSchedule(problem);

        EXPECT_EQ(joined(checkSolution(problem, s)), "") << "seed " << seed;
        EXPECT_GE(s.makespan, test::criticalPathLength(problem)) << "seed " << seed;
        EXPECT_EQ(s.schedulesEvaluated, 1);
    }
}

TEST(SolverProperty, FirstScheduleTellsItsStartsOnceAndGivesTheSameSchedule)
{
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        const Problem problem = randomProblem(seed);
        const Solution plain = firstSchedule(problem);
        int told = 0;
        std::vector<int> toldStarts;
        const Solution s = firstSchedule(problem, [&](const std::vector<int> &start) {
            ++told;
            toldStarts = start;
        });

        EXPECT_EQ(told, 1) << "seed " << seed;
        EXPECT_EQ(toldStarts, s.start) << "seed " << seed;
        EXPECT_EQ(s.start, plain.start) << "seed " << seed;
        EXPECT_EQ(s.makespan, plain.makespan) << "seed " << seed;
        EXPECT_EQ(s.lowerBound, plain.lowerBound) << "seed " << seed;
    }
}

TEST(SolverProperty, ImprovedScheduleHoldsEveryConstraintAndIsNeverWorse)
{
    for (std::uint64_t seed = 1; seed <= 150; ++seed) {
        const Problem problem = randomProblem(seed);
        const Budget budget{.schedules = 150, .milliseconds = 0, .seed = seed};

        const Solution first = firstSchedule(problem);
        const Solution best = solve(problem, budget);

        EXPECT_EQ(joined(checkSolution(problem, best)), "") << "seed " << seed;
        EXPECT_GE(best.makespan, test::criticalPathLength(problem)) << "seed " << seed;
        EXPECT_LE(objective(problem, best), objective(problem, first)) << "seed " << seed;
        EXPECT_EQ(best.firstMakespan, first.makespan) << "seed " << seed;
        EXPECT_LE(best.schedulesEvaluated, 150) << "seed " << seed;
    }
}

TEST(SolverProperty, LongDurationsUseTheTreeProfileAndStillHold)
{
    // Horizons past ResourceProfile::kFlatLimit days switch the profile to its segment tree.
    const test::RandomProblemOptions longOnes{.minActivities = 20, .maxActivities = 60, .maxDuration = 400,
                                              .minWaveLength = 60, .maxWaveLength = 250};
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        const Problem problem = randomProblem(1000 + seed, longOnes);

        const Solution s = solve(problem, Budget{.schedules = 60, .milliseconds = 0, .seed = seed});

        EXPECT_EQ(joined(checkSolution(problem, s)), "") << "seed " << seed;
        EXPECT_GE(s.makespan, test::criticalPathLength(problem)) << "seed " << seed;
    }
}

TEST(SolverProperty, SameProblemAndBudgetGiveTheSameSchedule)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Problem problem = randomProblem(seed);
        const Budget budget{.schedules = 300, .milliseconds = 0, .seed = 7};

        const Solution a = solve(problem, budget);
        const Solution b = solve(problem, budget);

        EXPECT_EQ(a.start, b.start) << "seed " << seed;
        EXPECT_EQ(a.violations, b.violations) << "seed " << seed;
        EXPECT_EQ(a.schedulesEvaluated, b.schedulesEvaluated) << "seed " << seed;
    }
}

TEST(SolverProperty, AnotherSeedStillGivesAValidSchedule)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Problem problem = randomProblem(seed);

        const Solution s = solve(problem, Budget{.schedules = 300, .milliseconds = 0, .seed = 99 + seed});

        EXPECT_EQ(joined(checkSolution(problem, s)), "") << "seed " << seed;
    }
}

} // namespace
} // namespace waveplan::solver
