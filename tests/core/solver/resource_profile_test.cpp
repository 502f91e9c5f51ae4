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

/// Random queries and reservations on a profile and on the plain model, which must agree.
/// `treeLimit` below `days` puts the profile in its stretches mode; `mirrored` reads the
/// calendar backwards from a horizon of `days` (as the justification pass does).
void compareOnRandomOperations(int waveLength, int days, std::uint64_t seed,
                               int treeLimit = ResourceProfile::kTreeLimit, bool mirrored = false,
                               bool *usedStretches = nullptr)
{
    Problem problem;
    problem.waves = WaveGrid(waveLength);
    problem.resources.push_back(Resource{.capacity = 6, .capacityByWave = {4, 0, 9}, .goLiveLimit = {}});
    const Calendar calendar{&problem, mirrored, mirrored ? days : 0};
    ResourceProfile profile(treeLimit);
    profile.reset(calendar, 0, days);
    NaiveProfile naive{{}, calendar.tailCapacity(0)};
    for (int d = 0; d < 8 * days; ++d)
        naive.free.push_back(calendar.capacityAt(0, d));
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
    if (usedStretches)
        *usedStretches = profile.usesStretches();
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

TEST(ResourceProfile, StretchesModeMatchesThePlainModel)
{
    bool stretches = false;
    compareOnRandomOperations(300, 6000, 4, 5000, false, &stretches);
    EXPECT_TRUE(stretches);
    compareOnRandomOperations(7, 3000, 5, 1000, false, &stretches);
    EXPECT_TRUE(stretches);
}

TEST(ResourceProfile, StretchesModeOnAMirroredCalendarMatchesThePlainModel)
{
    bool stretches = false;
    compareOnRandomOperations(50, 6000, 6, 5000, true, &stretches);
    EXPECT_TRUE(stretches);
    compareOnRandomOperations(50, 6000, 7, ResourceProfile::kTreeLimit, true, &stretches);
    EXPECT_FALSE(stretches) << "the same with the tree, for comparison";
}

TEST(ResourceProfile, GrowingFromTreeToStretchesKeepsReservations)
{
    bool stretches = false;
    compareOnRandomOperations(40, 4500, 8, 6000, false, &stretches); // reservations reach 2.25 x days
    EXPECT_TRUE(stretches);
}

TEST(ResourceProfile, AFarReservationCostsNoMemoryPerDay)
{
    Problem problem;
    problem.waves = WaveGrid(90);
    problem.resources.push_back(Resource{.capacity = 2, .capacityByWave = {}, .goLiveLimit = {}});
    const Calendar calendar{&problem, false, 0};
    ResourceProfile profile;
    profile.reset(calendar, 0, 16);

    profile.reserve(40'000'000, 40'100'000, 1); // a plan thousands of years long

    EXPECT_TRUE(profile.usesStretches());
    EXPECT_EQ(profile.freeOn(39'999'999), 2);
    EXPECT_EQ(profile.freeOn(40'000'000), 1);
    EXPECT_EQ(profile.firstShort(0, 50'000'000, 2), 40'000'000);
    EXPECT_EQ(profile.firstFit(40'000'000, 2), 40'100'000);
}

} // namespace
} // namespace waveplan::solver::detail
