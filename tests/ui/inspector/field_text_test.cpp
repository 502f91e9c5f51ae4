#include "ui/inspector/field_text.h"

#include <gtest/gtest.h>

using namespace waveplan::ui;
using WaveCapacities = std::map<int, int>;

TEST(FieldText, CapacityByWaveRoundTripsAndRefusesBadEntries)
{
    const auto parsed = parseCapacityByWave("w4=1; 2=3");

    ASSERT_TRUE(std::holds_alternative<WaveCapacities>(parsed));
    const auto &waves = std::get<WaveCapacities>(parsed);
    EXPECT_EQ(waves, (WaveCapacities{{2, 3}, {4, 1}}));
    EXPECT_EQ(capacityByWaveToText(waves), "w2=3; w4=1");
    EXPECT_TRUE(std::holds_alternative<QString>(parseCapacityByWave("w0=1")));
    EXPECT_TRUE(std::holds_alternative<QString>(parseCapacityByWave("w2=-1")));
    EXPECT_TRUE(std::holds_alternative<QString>(parseCapacityByWave("w2=1; w2=3")));
    EXPECT_TRUE(std::holds_alternative<QString>(parseCapacityByWave("w2")));
}
