// Schedules on a working calendar: durations and lags count worked days, waves are 90 calendar
// days or quarters holding however many working days fall in them, and every date is a working
// day. Dates below were worked out on a wall calendar for 2027.
#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"
#include "schedule/schedule_checker.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

using namespace waveplan;
using waveplan::test::dateOf;
using waveplan::test::on;
using waveplan::test::PlanBuilder;
using waveplan::test::scheduleWithSmallBudget;

namespace {

/// Monday 4 January 2027, Monday to Friday.
Plan weekdayPlan(Plan plan)
{
    plan.startDate = on(2027, 1, 4);
    plan.calendar = mondayToFriday();
    return plan;
}

} // namespace

TEST(CalendarSchedule, DurationsCountWeekdaysAndSkipWeekendsAndHolidays)
{
    Plan plan = weekdayPlan(PlanBuilder().capability("A", 10).capability("B", 5).dependency("A", "B").build());

    Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_TRUE(s.feasible);
    EXPECT_EQ(dateOf(plan, s.find("A")->startDay), "2027-01-04");
    EXPECT_EQ(dateOf(plan, s.find("A")->lastDay()), "2027-01-15"); // two working weeks
    EXPECT_EQ(dateOf(plan, s.find("B")->startDay), "2027-01-18");
    EXPECT_EQ(dateOf(plan, s.find("B")->lastDay()), "2027-01-22");

    // A holiday on the Monday B would start: B starts on Tuesday and ends a day later.
    plan.calendar.holidays.push_back({on(2027, 1, 18), "Martin Luther King Jr. Day"});
    s = scheduleWithSmallBudget(plan);
    EXPECT_EQ(dateOf(plan, s.find("B")->startDay), "2027-01-19");
    EXPECT_EQ(dateOf(plan, s.find("B")->lastDay()), "2027-01-25");
}

TEST(CalendarSchedule, NinetyDayWavesBeginOnTheirFirstWorkingDay)
{
    // Wave 2 begins 90 calendar days after Monday 4 January: Sunday 4 April, so its first
    // working day is Monday 5 April, after the 65 weekdays of 13 weeks.
    Plan plan = weekdayPlan(PlanBuilder().capability("A", 3).pinned("A", 2).build());

    const WaveGrid waves = waveGrid(plan);
    EXPECT_EQ(waves.firstDay(2), 65);
    EXPECT_EQ(dateOf(plan, waves.firstDay(2)), "2027-04-05");
    EXPECT_EQ(dateOf(plan, waves.firstDay(2) - 1), "2027-04-02");
    const Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_TRUE(s.feasible);
    EXPECT_EQ(s.find("A")->wave, 2);
    EXPECT_EQ(dateOf(plan, s.find("A")->startDay), "2027-04-05");
}

TEST(CalendarSchedule, QuarterWavesFollowTheCalendarAndTheFiscalYear)
{
    Plan plan = weekdayPlan(PlanBuilder().capability("A", 1).build());
    plan.waveScheme = WaveScheme::Quarters;

    // Wave 1 runs from the start to 31 March (60 weekdays to 26 March, then 29-31 March).
    const WaveGrid waves = waveGrid(plan);
    EXPECT_EQ(waves.firstDay(2), 63);
    EXPECT_EQ(dateOf(plan, waves.firstDay(2)), "2027-04-01");
    EXPECT_EQ(formatIsoDate(waveStartDate(plan, 3)), "2027-07-01");
    EXPECT_EQ(dateOf(plan, waves.firstDay(5)), "2028-01-03"); // 1 January 2028 is a Saturday
    EXPECT_EQ(quarterName(plan, 1), "Q1 2027");
    EXPECT_EQ(quarterName(plan, 4), "Q4 2027");
    EXPECT_EQ(quarterName(plan, 5), "Q1 2028");

    // A fiscal year from July: January 2027 is the third quarter of FY2027.
    plan.fiscalYearStartMonth = 7;
    EXPECT_EQ(quarterName(plan, 1), "Q3 2027");
    EXPECT_EQ(quarterName(plan, 2), "Q4 2027");
    EXPECT_EQ(quarterName(plan, 3), "Q1 2028");
    EXPECT_EQ(formatIsoDate(waveStartDate(plan, 2)), "2027-04-01");

    plan.waveScheme = WaveScheme::Days;
    EXPECT_EQ(quarterName(plan, 1), "");
}

TEST(CalendarSchedule, APlanWithoutACalendarKeepsItsCalendarDays)
{
    const Plan plan = PlanBuilder().capability("A", 60).build();
    EXPECT_TRUE(plan.calendar.everyDay());
    EXPECT_TRUE(waveGrid(plan).isUniform());
    const Schedule s = scheduleWithSmallBudget(plan);
    EXPECT_EQ(dateOf(plan, s.find("A")->lastDay()), formatIsoDate(addDays(plan.startDate, 59)));
}

TEST(CalendarSchedule, GeneratedPlansOnCalendarsHoldEveryConstraintOnWorkingDays)
{
    int feasible = 0;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        Plan plan = test::generatePlan(seed, test::propertyPlanOptions(seed));
        plan.calendar = mondayToFriday();
        if (seed % 3 == 0)
            plan.calendar.worked = {true, true, true, true, false, false, true}; // Sunday to Thursday
        for (int k = 0; k < 12; ++k)
            plan.calendar.holidays.push_back({addDays(plan.startDate, static_cast<int>((seed * 37 + k * 29) % 500)), "Day off"});
        plan.waveScheme = seed % 2 == 0 ? WaveScheme::Quarters : WaveScheme::Days;
        plan.fiscalYearStartMonth = 1 + static_cast<int>(seed % 12);

        const Schedule s = scheduleWithSmallBudget(plan);

        ASSERT_EQ(s.capabilities.size(), plan.capabilities.size()) << "seed " << seed;
        const bool broken = !test::brokenConstraints(plan, s).empty();
        EXPECT_EQ(broken, !s.feasible) << "seed " << seed;
        if (!s.feasible)
            continue;
        ++feasible;
        EXPECT_EQ(test::brokenConstraints(plan, s), std::vector<std::string>{}) << "seed " << seed;
        for (const ScheduledCapability &c : s.capabilities) {
            EXPECT_TRUE(plan.calendar.isWorkday(dateOfDay(plan, c.startDay))) << "seed " << seed << " " << c.key;
            EXPECT_TRUE(plan.calendar.isWorkday(dateOfDay(plan, c.lastDay()))) << "seed " << seed << " " << c.key;
        }
    }
    EXPECT_GT(feasible, 10);
}
