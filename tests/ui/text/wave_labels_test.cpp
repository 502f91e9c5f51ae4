// Wave and day labels every view prints: "Wave 2", "Apr 4 to Jul 2 2027", "Apr 4 – Jul 2".

#include "ui/text/wave_labels.h"

#include "core/model/date.h"

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

Plan planStarting(const char *isoDate, int waveLengthDays = 90)
{
    Plan plan;
    plan.startDate = *parseIsoDate(isoDate);
    plan.waveLengthDays = waveLengthDays;
    return plan;
}

} // namespace

TEST(WaveLabels, WaveTitlesNameTheFirstAndLastDayOfEachWave)
{
    // Jan 5 + 89 days: 27 days left in January, 28 in February, 31 in March: April 4.
    EXPECT_EQ(ui::waveTitle(planStarting("2027-01-05"), 1, kEnglish), QStringLiteral("Wave 1 – Jan 5 to Apr 4 2027"));

    Plan plan = planStarting("2027-01-04");
    EXPECT_EQ(ui::waveDatesText(plan, 1, kEnglish), "Jan 4 to Apr 3 2027");
    EXPECT_EQ(ui::waveDatesText(plan, 2, kEnglish), "Apr 4 to Jul 2 2027");
    EXPECT_EQ(ui::waveDatesText(plan, 4, kEnglish), "Oct 1 to Dec 29 2027");
    // Across the new year, and February 2028 has 29 days: Dec 30 + 89 days = Mar 28.
    EXPECT_EQ(ui::waveDatesText(plan, 5, kEnglish), "Dec 30 2027 to Mar 28 2028");

    plan.waveLengthDays = 30;
    EXPECT_EQ(ui::waveDatesText(plan, 2, kEnglish), "Feb 3 to Mar 4 2027");
}

TEST(WaveLabels, TheShortFormLeavesOutTheYearForUnderAWaveHeading)
{
    const Plan plan = planStarting("2026-12-01");
    EXPECT_EQ(ui::waveName(plan, 2), "Wave 2");
    // Dec 1 2026 + 89 days: 30 left in December, 31 in January, 28 in February: Feb 28.
    EXPECT_EQ(ui::waveDatesShortText(plan, 1, kEnglish), QStringLiteral("Dec 1 – Feb 28"));
    EXPECT_EQ(ui::waveDatesText(plan, 1, kEnglish), "Dec 1 2026 to Feb 28 2027");
}

TEST(WaveLabels, DayRangesCountFromThePlanStartBothDaysIncluded)
{
    const Plan plan = planStarting("2027-01-04");
    EXPECT_EQ(ui::qDateOfDay(plan, 0), QDate(2027, 1, 4));
    EXPECT_EQ(ui::qDateOfDay(plan, 28), QDate(2027, 2, 1));
    EXPECT_EQ(ui::dayRangeText(plan, 0, 39, kEnglish), "Jan 4 to Feb 12 2027");
    const auto [first, last] = ui::waveDayRange(plan, 2);
    EXPECT_EQ(first, QDate(2027, 4, 4));
    EXPECT_EQ(last, QDate(2027, 7, 2));
}

TEST(WaveLabels, QuarterWavesAreTitledByTheirQuarterAndItsWorkedDays)
{
    Plan plan = planStarting("2027-01-04");
    plan.calendar = mondayToFriday();
    plan.waveScheme = WaveScheme::Quarters;

    EXPECT_EQ(ui::waveName(plan, 2), "Q2 2027");
    // Q2 2027 is Thursday 1 April to Wednesday 30 June; Q4 ends on Friday 31 December.
    EXPECT_EQ(ui::waveTitle(plan, 2, kEnglish), QStringLiteral("Q2 2027 – Apr 1 to Jun 30 2027"));
    EXPECT_EQ(ui::waveDatesText(plan, 4, kEnglish), "Oct 1 to Dec 31 2027");
    // Q1 2028 begins on Monday 3 January: New Year's Day is a Saturday.
    EXPECT_EQ(ui::waveTitle(plan, 5, kEnglish), QStringLiteral("Q1 2028 – Jan 3 to Mar 31 2028"));
}
