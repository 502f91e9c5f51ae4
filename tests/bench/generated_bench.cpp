/// Times firstSchedule (one serial SGS pass) and a short solve on generated problems of
/// 300, 1,000 and 100,000 activities with about three predecessors each and five resources, in
/// 90-day waves with per-wave capacity and change-load limits. Not a test; see
/// docs/benchmarks.md. Usage: waveplan_bench_generated [--sizes N,N,...] [--seed S]

#include "core/schedule/solver/solver.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace waveplan;

namespace {

/// A roadmap-like problem: activities of 5-60 days, 1-3 of 5 teams each, predecessors drawn
/// from the previous few hundred activities, some earliest starts, team sizes per wave.
solver::Problem generate(int n, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    const auto pick = [&](int lo, int hi) { return lo + static_cast<int>(engine() % static_cast<std::uint64_t>(hi - lo + 1)); };
    solver::Problem p;
    p.waves = WaveGrid(90);
    const int teams = 5;
    for (int r = 0; r < teams; ++r) {
        solver::Resource res;
        res.capacity = std::max(8, n / 40);
        for (int w = 0; w < 8; ++w)
            res.capacityByWave.push_back(res.capacity + pick(-3, 3));
        res.goLiveLimit = std::max(20, n / 20);
        p.resources.push_back(res);
    }
    for (int i = 0; i < n; ++i) {
        solver::Activity a;
        a.duration = pick(5, 60);
        a.demand.assign(teams, 0);
        for (int k = pick(1, 3); k > 0; --k)
            a.demand[static_cast<std::size_t>(pick(0, teams - 1))] = pick(1, 4);
        a.foundational = pick(0, 9) == 0;
        if (pick(0, 9) == 0)
            a.earliestStart = p.waves.firstDay(pick(1, 5));
        p.activities.push_back(a);
        if (i > 0)
            for (int k = 0; k < 3; ++k)
                p.precedences.push_back({std::max(0, i - pick(1, 300)), i, pick(0, 4) == 0 ? pick(0, 10) : 0});
    }
    return p;
}

double secondsOf(const auto &work)
{
    const auto t0 = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<int> sizes{300, 1000, 100000};
    std::uint64_t seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--sizes") {
            sizes.clear();
            std::stringstream in(argv[i + 1]);
            for (std::string item; std::getline(in, item, ',');)
                sizes.push_back(std::atoi(item.c_str()));
        } else if (arg == "--seed")
            seed = static_cast<std::uint64_t>(std::atoll(argv[i + 1]));
    }
    for (int n : sizes) {
        solver::Problem problem;
        const double generateSeconds = secondsOf([&] { problem = generate(n, seed); });
        solver::Solution first;
        const double firstSeconds = secondsOf([&] { first = solver::firstSchedule(problem); });
        int violated = 0;
        for (auto v : first.violations)
            violated += v != solver::Violation::None ? 1 : 0;
        std::printf("%7d activities, %7zu precedences: generate %.3f s, firstSchedule %.3f s, makespan %d days, "
                    "%d violations\n",
                    n, problem.precedences.size(), generateSeconds, firstSeconds, first.makespan, violated);
        if (n <= 500) { // the default budget is meant for plans of a few hundred capabilities
            solver::Solution byDefault;
            const double defaultSeconds = secondsOf([&] { byDefault = solver::solve(problem); });
            std::printf("        solve with the default budget (%lld schedules): %.3f s, makespan %d -> %d\n",
                        static_cast<long long>(solver::Budget{}.schedules), defaultSeconds, byDefault.firstMakespan,
                        byDefault.makespan);
        }
        solver::Solution improved;
        const solver::Budget budget{.schedules = 1000000, .milliseconds = 1000, .seed = 1};
        const double solveSeconds = secondsOf([&] { improved = solver::solve(problem, budget); });
        std::printf("        solve with a 1 s budget: %.3f s, %lld schedules, makespan %d -> %d\n", solveSeconds,
                    static_cast<long long>(improved.schedulesEvaluated), improved.firstMakespan, improved.makespan);
    }
    return 0;
}
