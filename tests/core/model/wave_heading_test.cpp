#include "core/model/wave_heading.h"

#include <gtest/gtest.h>

using namespace waveplan;

TEST(WaveHeading, WavesOfDaysAreNumbered)
{
    Plan plan;
    plan.waveLengthDays = 60;

    EXPECT_EQ(waveHeading(plan, 1), "Wave 1");
    EXPECT_EQ(waveHeading(plan, 12), "Wave 12");
}

TEST(WaveHeading, QuarterWavesAreNamedByTheFiscalYear)
{
    Plan plan; // starts Monday 4 January 2027
    plan.waveScheme = WaveScheme::Quarters;

    EXPECT_EQ(waveHeading(plan, 1), "Q1 2027");
    EXPECT_EQ(waveHeading(plan, 4), "Q4 2027");
    EXPECT_EQ(waveHeading(plan, 5), "Q1 2028");
    plan.fiscalYearStartMonth = 10; // the US federal year: October 2026 to September 2027 is FY2027
    EXPECT_EQ(waveHeading(plan, 1), "Q2 2027");
    EXPECT_EQ(waveHeading(plan, 4), "Q1 2028");
}
