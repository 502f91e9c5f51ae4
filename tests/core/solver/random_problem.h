#pragma once
/// @file random_problem.h
/// Random solver Problems for property tests: waves, per-wave capacity, change-load limits,
/// windows, deadlines, no-span and lags. Deterministic per seed (own distributions).

#include "core/schedule/solver/problem.h"

#include <cstdint>
#include <random>

namespace waveplan::test {

struct RandomProblemOptions {
    int minActivities = 5;
    int maxActivities = 40;
    int maxDuration = 12;
    int minWaveLength = 5;
    int maxWaveLength = 30;
    /// Odd seeds get waves of differing lengths (as a working calendar makes them: 90 calendar
    /// days hold 62 to 66 working days), up to a quarter shorter or longer than the base.
    bool irregularWaves = true;
};

inline solver::Problem randomProblem(std::uint64_t seed, const RandomProblemOptions &o = {})
{
    std::mt19937_64 engine(seed);
    const auto pick = [&](int lo, int hi) { // inclusive
        return lo + static_cast<int>(engine() % static_cast<std::uint64_t>(hi - lo + 1));
    };
    const auto chance = [&](int percent) { return pick(1, 100) <= percent; };

    solver::Problem p;
    const int length = pick(o.minWaveLength, o.maxWaveLength);
    p.waves = WaveGrid(length);
    if (o.irregularWaves && seed % 2 == 1) {
        std::vector<int> starts{0};
        for (int w = 0; w < 40; ++w)
            starts.push_back(starts.back() + std::max(1, length + pick(-length / 4, length / 4)));
        p.waves = WaveGrid(starts);
    }
    p.noSpan = chance(30);
    const int resources = pick(1, 3);
    for (int r = 0; r < resources; ++r) {
        solver::Resource res;
        res.capacity = pick(3, 8);
        const int waves = pick(0, 3);
        for (int w = 0; w < waves; ++w)
            res.capacityByWave.push_back(pick(0, 8));
        if (chance(40))
            res.goLiveLimit = pick(1, 3);
        p.resources.push_back(res);
    }
    const int n = pick(o.minActivities, o.maxActivities);
    for (int i = 0; i < n; ++i) {
        solver::Activity a;
        a.duration = pick(1, o.maxDuration);
        for (int r = 0; r < resources; ++r)
            a.demand.push_back(chance(70) ? pick(1, 4) : 0);
        a.foundational = chance(20);
        if (chance(20))
            a.earliestStart = pick(0, 3 * length);
        if (chance(10))
            a.latestStart = a.earliestStart + pick(0, 2 * length);
        if (chance(10))
            a.deadline = a.earliestStart + a.duration + pick(0, 3 * length);
        p.activities.push_back(a);
    }
    for (int to = 1; to < n; ++to)
        for (int k = pick(0, 3); k > 0; --k)
            p.precedences.push_back({pick(0, to - 1), to, chance(20) ? pick(-1, 5) : 0});
    return p;
}

} // namespace waveplan::test
