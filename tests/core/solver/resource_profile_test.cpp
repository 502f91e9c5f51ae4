// The resource profile's array and segment-tree modes answer like a plain per-day model.

#include "core/schedule/solver/resource_profile.h"

#include <gtest/gtest.h>

#include <random>

namespace waveplan::solver::detail {
namespace {

/// Plain model: free capacity per day as a vector, tail capacity after it.
struct NaiveProfile {
    std::vector<int> free;
    int tail;
    int at(int d) const { return d < static_cast<int>(free.size()) ? free[static_cast<std::size_t>(d)] : tail; }
};

void compareOnRandomOperations(int waveLength, int days, std::uint64_t seed)
{
    Problem problem;
    problem.waveLength = waveLength;
    problem.resources.push_back(Resource{.capacity = 6, .capacityByWave = {4, 0, 9}, .goLiveLimit = {}});
    const Calendar calendar{&problem, false, 0};
    ResourceProfile profile;
    profile.reset(calendar, 0, days);
    NaiveProfile naive{{}, 6};
    for (int d = 0; d < 8 * days; ++d)
        naive.free.push_back(problem.resources[0].capacityInWave(d / waveLength + 1));
    std::mt19937_64 engine(seed);
    const auto pick = [&](int lo, int hi) { return lo + static_cast<int>(engine() % static_cast<std::uint64_t>(hi - lo + 1)); };

    for (int step = 0; step < 400; ++step) {
        const int from = pick(0, 2 * days);
        const int length = pick(1, days / 4 + 1);
        const int need = pick(1, 10);

        int expectShort = -1;
        for (int d = from; d < from + length && expectShort < 0; ++d)
            if (naive.at(d) < need)
                expectShort = d;
        int expectFit = -1;
        for (int d = from; d < 8 * days && expectFit < 0; ++d)
            if (naive.at(d) >= need)
                expectFit = d;
        if (expectFit < 0 && naive.tail >= need)
            expectFit = std::max(from, 8 * days);

        ASSERT_EQ(profile.firstShort(from, from + length, need), expectShort) << "step " << step;
        ASSERT_EQ(profile.firstFit(from, need), expectFit) << "step " << step;

        if (expectShort < 0) { // reserve only what fits, as the scheduler does
            profile.reserve(from, from + length, need);
            for (int d = from; d < from + length; ++d)
                naive.free[static_cast<std::size_t>(d)] -= need;
        }
    }
}

TEST(ResourceProfile, ArrayModeMatchesThePlainModel)
{
    compareOnRandomOperations(7, 100, 1);
}

TEST(ResourceProfile, TreeModeMatchesThePlainModel)
{
    compareOnRandomOperations(300, 6000, 2); // past ResourceProfile::kFlatLimit
}

TEST(ResourceProfile, GrowingFromArrayToTreeKeepsReservations)
{
    compareOnRandomOperations(40, 2500, 3); // reservations past kFlatLimit switch modes
}

} // namespace
} // namespace waveplan::solver::detail
