#include "core/schedule/critical_path.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <random>

using namespace waveplan;
using waveplan::test::PlanBuilder;

namespace {

/// A small random DAG: edges only from lower to higher index, random durations and lags.
Plan randomSmallPlan(std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    PlanBuilder b;
    const int n = uniform(1, 8);
    for (int i = 0; i < n; ++i)
        b.capability("K" + std::to_string(i), uniform(1, 20));
    for (int j = 1; j < n; ++j)
        for (int i = 0; i < j; ++i)
            if (uniform(0, 2) == 0)
                b.dependency("K" + std::to_string(i), "K" + std::to_string(j), uniform(0, 1) ? uniform(1, 7) : 0);
    Plan plan = b.build();
    // Shuffle plan order so the engine cannot rely on keys being topologically sorted.
    std::shuffle(plan.capabilities.begin(), plan.capabilities.end(), rng);
    return plan;
}

/// Longest path by brute force: every path in the graph is enumerated from every capability.
/// intoStart[i] = longest (durations + lags) of a path ending just before i starts;
/// fromStart[i] = longest path starting with i, i's duration included.
struct BruteForce {
    std::vector<int> intoStart;
    std::vector<int> fromStart;
    int length = 0;
};

BruteForce bruteForce(const Plan &plan)
{
    const std::size_t n = plan.capabilities.size();
    BruteForce r{std::vector<int>(n, 0), std::vector<int>(n, 0), 0};
    std::function<void(std::size_t, std::size_t, int)> walk = [&](std::size_t first, std::size_t at, int lengthBefore) {
        // Path first..at, `lengthBefore` = days before `at` starts.
        r.intoStart[at] = std::max(r.intoStart[at], lengthBefore);
        const int total = lengthBefore + plan.capabilities[at].durationDays;
        r.fromStart[first] = std::max(r.fromStart[first], total);
        r.length = std::max(r.length, total);
        for (const Dependency &d : plan.dependencies)
            if (d.predecessor == plan.capabilities[at].key)
                walk(first, static_cast<std::size_t>(plan.indexOfCapability(d.successor)), total + d.lagDays);
    };
    for (std::size_t i = 0; i < n; ++i)
        walk(i, i, 0);
    return r;
}

const Dependency *findDependency(const Plan &plan, const std::string &from, const std::string &to)
{
    for (const Dependency &d : plan.dependencies)
        if (d.predecessor == from && d.successor == to)
            return &d;
    return nullptr;
}

} // namespace

TEST(CriticalPath, ChainWithLagHandChecked)
{
    // A(10) -> B(20) +5 lag -> D(5); A -> C(3) -> D.
    const Plan plan = PlanBuilder()
                          .capability("A", 10).capability("B", 20).capability("C", 3).capability("D", 5)
                          .dependency("A", "B", 5).dependency("B", "D").dependency("A", "C").dependency("C", "D")
                          .build();

    const CriticalPathAnalysis cpm = analyseCriticalPath(plan);

    EXPECT_EQ(cpm.lengthDays, 40);
    EXPECT_EQ(cpm.criticalPath, (std::vector<std::string>{"A", "B", "D"}));
    const CriticalPathTiming &c = cpm.capabilities[2];
    EXPECT_EQ(c.key, "C");
    EXPECT_EQ(c.earliestStart, 10);
    EXPECT_EQ(c.latestStart, 32);
    EXPECT_EQ(c.totalSlack, 22);
    EXPECT_FALSE(c.critical);
    EXPECT_TRUE(cpm.capabilities[1].critical);
    EXPECT_EQ(cpm.capabilities[3].earliestStart, 35);
}

TEST(CriticalPath, CycleIsReportedNotLoopedOn)
{
    const Plan plan = PlanBuilder().capability("A", 1).capability("B", 1).dependency("A", "B").dependency("B", "A").build();

    const CriticalPathAnalysis cpm = analyseCriticalPath(plan);

    EXPECT_TRUE(cpm.capabilities.empty());
    EXPECT_EQ(cpm.cycles, (std::vector<std::vector<std::string>>{{"A", "B"}}));
}

TEST(CriticalPath, EmptyPlanHasZeroLength)
{
    const CriticalPathAnalysis cpm = analyseCriticalPath(Plan{});

    EXPECT_EQ(cpm.lengthDays, 0);
    EXPECT_TRUE(cpm.criticalPath.empty());
}

TEST(CriticalPath, MatchesBruteForceLongestPathsOnSmallRandomGraphs)
{
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        const Plan plan = randomSmallPlan(seed);
        const BruteForce expected = bruteForce(plan);

        const CriticalPathAnalysis cpm = analyseCriticalPath(plan);

        ASSERT_EQ(cpm.lengthDays, expected.length) << "seed " << seed;
        ASSERT_EQ(cpm.capabilities.size(), plan.capabilities.size());
        for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
            const CriticalPathTiming &t = cpm.capabilities[i];
            EXPECT_EQ(t.key, plan.capabilities[i].key);
            EXPECT_EQ(t.earliestStart, expected.intoStart[i]) << "seed " << seed << " " << t.key;
            EXPECT_EQ(t.latestStart, expected.length - expected.fromStart[i]) << "seed " << seed << " " << t.key;
            EXPECT_EQ(t.totalSlack, t.latestStart - t.earliestStart);
            EXPECT_EQ(t.critical, t.totalSlack == 0);
        }
    }
}

TEST(CriticalPath, CriticalPathIsATightChainFromDayZeroToTheEnd)
{
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        const Plan plan = randomSmallPlan(seed);

        const CriticalPathAnalysis cpm = analyseCriticalPath(plan);

        ASSERT_FALSE(cpm.criticalPath.empty()) << "seed " << seed;
        auto timing = [&](const std::string &key) { return cpm.capabilities[plan.indexOfCapability(key)]; };
        EXPECT_EQ(timing(cpm.criticalPath.front()).earliestStart, 0) << "seed " << seed;
        EXPECT_EQ(timing(cpm.criticalPath.back()).earliestFinish, cpm.lengthDays) << "seed " << seed;
        for (const std::string &key : cpm.criticalPath)
            EXPECT_TRUE(timing(key).critical) << "seed " << seed << " " << key;
        for (std::size_t i = 1; i < cpm.criticalPath.size(); ++i) {
            const Dependency *d = findDependency(plan, cpm.criticalPath[i - 1], cpm.criticalPath[i]);
            ASSERT_NE(d, nullptr) << "seed " << seed;
            EXPECT_EQ(timing(d->predecessor).earliestFinish + d->lagDays, timing(d->successor).earliestStart);
        }
    }
}

TEST(CriticalPath, OfTwoPredecessorsThatTieTheOneListedFirstInThePlanIsOnThePath)
{
    // A and B both end on day 15; C waits for both. The plan lists B -> C first, so the path
    // (and every sentence that names the chain) goes through B, whatever the capabilities' order.
    PlanBuilder b;
    b.capability("A", 15).capability("B", 15).capability("C", 3);
    b.dependency("B", "C").dependency("A", "C");
    const CriticalPathAnalysis cpm = analyseCriticalPath(b.build());

    EXPECT_EQ(cpm.criticalPath, (std::vector<std::string>{"B", "C"}));
}
