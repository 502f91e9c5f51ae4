// The search finds known optima: one instance reasoned by hand, and tiny random instances
// whose optimum an exhaustive search (independent of the solver) establishes.

#include "core/schedule/solver/solver.h"
#include "schedule_checker.h"

#include <gtest/gtest.h>

#include <functional>
#include <random>

namespace waveplan::solver {
namespace {

/// Exhaustive: the shortest makespan over all start vectors within `horizon` (plain RCPSP:
/// activities listed in topological index order, one wave).
int bruteForceOptimum(const Problem &p, int horizon)
{
    const auto n = p.activities.size();
    std::vector<int> start(n, 0);
    std::vector<std::vector<int>> use(p.resources.size(), std::vector<int>(static_cast<std::size_t>(horizon), 0));
    int best = horizon + 1;
    std::function<void(std::size_t, int)> place = [&](std::size_t a, int makespan) {
        if (makespan >= best)
            return;
        if (a == n) {
            best = makespan;
            return;
        }
        const auto &act = p.activities[a];
        int earliest = act.earliestStart;
        for (const auto &e : p.precedences)
            if (static_cast<std::size_t>(e.to) == a)
                earliest = std::max(earliest, start[static_cast<std::size_t>(e.from)]
                                                  + p.activities[static_cast<std::size_t>(e.from)].duration + e.lag);
        for (int t = earliest; t + act.duration <= horizon; ++t) {
            bool fits = true;
            for (std::size_t r = 0; r < p.resources.size() && fits; ++r)
                for (int d = t; d < t + act.duration && fits; ++d)
                    fits = use[r][static_cast<std::size_t>(d)] + act.demand[r] <= p.resources[r].capacity;
            if (!fits)
                continue;
            for (std::size_t r = 0; r < p.resources.size(); ++r)
                for (int d = t; d < t + act.duration; ++d)
                    use[r][static_cast<std::size_t>(d)] += act.demand[r];
            start[a] = t;
            place(a + 1, std::max(makespan, t + act.duration));
            for (std::size_t r = 0; r < p.resources.size(); ++r)
                for (int d = t; d < t + act.duration; ++d)
                    use[r][static_cast<std::size_t>(d)] -= act.demand[r];
        }
    };
    place(0, 0);
    return best;
}

TEST(SolverOptimum, FindsTheHandCheckedOptimum)
{
    // One team of 2. 0: 2 days x 2 people; 1: 4 days x 1 then 3: 1 day x 1; 2: 4 days x 1.
    // Work is 4 + 4 + 4 + 1 = 13 person-days, so at least 7 days; 0 at 0, 1 and 2 at 2,
    // 3 at 6 takes exactly 7.
    Problem p;
    p.waves = WaveGrid(1000);
    p.resources.push_back(Resource{.capacity = 2, .capacityByWave = {}, .goLiveLimit = {}});
    const auto act = [](int duration, int demand) {
        Activity a;
        a.duration = duration;
        a.demand = {demand};
        return a;
    };
    p.activities = {act(2, 2), act(4, 1), act(4, 1), act(1, 1)};
    p.precedences = {{1, 3, 0}};

    const Solution s = solve(p, Budget{.schedules = 500});

    EXPECT_EQ(s.makespan, 7);
    EXPECT_TRUE(test::checkSolution(p, s).empty());
}

TEST(SolverOptimum, MatchesExhaustiveSearchOnTinyInstances)
{
    std::mt19937_64 engine(2024);
    const auto pick = [&](int lo, int hi) { return lo + static_cast<int>(engine() % static_cast<std::uint64_t>(hi - lo + 1)); };
    for (int round = 0; round < 25; ++round) {
        Problem p;
        p.waves = WaveGrid(1 << 20);
        for (int r = 0; r < 2; ++r)
            p.resources.push_back(Resource{.capacity = pick(3, 5), .capacityByWave = {}, .goLiveLimit = {}});
        const int n = pick(5, 7);
        int horizon = 0;
        for (int i = 0; i < n; ++i) {
            Activity a;
            a.duration = pick(1, 4);
            a.demand = {pick(0, 3), pick(0, 3)};
            horizon += a.duration;
            p.activities.push_back(a);
        }
        for (int to = 1; to < n; ++to)
            if (pick(0, 2) == 0)
                p.precedences.push_back({pick(0, to - 1), to, 0});
        const int optimum = bruteForceOptimum(p, horizon);

        const Solution s = solve(p, Budget{.schedules = 1000, .milliseconds = 0, .seed = 3});

        EXPECT_EQ(s.makespan, optimum) << "round " << round;
        EXPECT_TRUE(test::checkSolution(p, s).empty()) << "round " << round;
    }
}

} // namespace
} // namespace waveplan::solver
