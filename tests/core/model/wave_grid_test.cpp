// Where waves begin: uniform waves by division, calendar-shaped ones by a table; both answer
// "which wave holds day N" and "where does wave W begin" the same way a walk over the days would.
#include "core/model/wave_grid.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace waveplan;

TEST(WaveGrid, UniformWavesAreEveryLengthDaysFromDayZero)
{
    const WaveGrid waves(90);
    EXPECT_TRUE(waves.isUniform());
    EXPECT_EQ(waves.waveOf(-5), 1);
    EXPECT_EQ(waves.waveOf(0), 1);
    EXPECT_EQ(waves.waveOf(89), 1);
    EXPECT_EQ(waves.waveOf(90), 2);
    EXPECT_EQ(waves.firstDay(1), 0);
    EXPECT_EQ(waves.firstDay(4), 270);
    EXPECT_EQ(waves.lengthOf(3), 90);
    EXPECT_EQ(waves.longest(), 90);
    EXPECT_TRUE(waves.holds(80, 10));
    EXPECT_FALSE(waves.holds(80, 11));
    EXPECT_TRUE(waves.holds(89, 0)) << "a milestone fits anywhere";
}

TEST(WaveGrid, ListedStartsGiveWavesOfDifferentLengthsAndTheLongestContinues)
{
    // Quarters of working days in 2027 (Mon-Fri, no holidays): 64, 65, 66, 66.
    const WaveGrid waves(std::vector<int>{0, 64, 129, 195, 261});
    EXPECT_FALSE(waves.isUniform());
    EXPECT_EQ(waves.waveOf(63), 1);
    EXPECT_EQ(waves.waveOf(64), 2);
    EXPECT_EQ(waves.waveOf(194), 3);
    EXPECT_EQ(waves.waveOf(195), 4);
    EXPECT_EQ(waves.lengthOf(1), 64);
    EXPECT_EQ(waves.lengthOf(2), 65);
    EXPECT_EQ(waves.longest(), 66);
    // Past the table: waves as long as the longest listed.
    EXPECT_EQ(waves.firstDay(5), 261);
    EXPECT_EQ(waves.firstDay(6), 327);
    EXPECT_EQ(waves.waveOf(326), 5);
    EXPECT_EQ(waves.waveOf(327), 6);
    EXPECT_FALSE(waves.holds(60, 5));
    EXPECT_TRUE(waves.holds(64, 65));
    EXPECT_FALSE(waves.holds(64, 66)) << "wave 2 holds 65 days";
}

TEST(WaveGrid, WaveOfAndFirstDayAgreeWithAWalkOverTheDaysOnRandomGrids)
{
    std::mt19937 random(7);
    for (int trial = 0; trial < 50; ++trial) {
        std::vector<int> starts{0};
        const int count = 1 + static_cast<int>(random() % 30);
        for (int w = 0; w < count; ++w)
            starts.push_back(starts.back() + 1 + static_cast<int>(random() % 20));
        const WaveGrid waves(starts);
        int wave = 1;
        for (int day = 0; day < starts.back() + 100; ++day) {
            while (wave < static_cast<int>(starts.size()) && day >= starts[static_cast<std::size_t>(wave)])
                ++wave;
            const int walked = day < starts.back() ? wave
                                                   : static_cast<int>(starts.size()) + (day - starts.back()) / waves.longest();
            ASSERT_EQ(waves.waveOf(day), walked) << "trial " << trial << " day " << day;
            ASSERT_LE(waves.firstDay(walked), day);
            ASSERT_GT(waves.firstDay(walked + 1), day);
        }
    }
}
