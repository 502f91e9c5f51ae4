// The comparison in words: end dates compared by calendar date (plans may start on different
// days), the counts, and the driving paths.

#include "core/schedule/compared_plan.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

ComparedPlan scheduledSide(std::string label, Plan plan) {
    Schedule schedule = computeSchedule(plan);
    return {std::move(label), std::move(plan), std::move(schedule)};
}

} // namespace

TEST(ComparedPlan, EndShiftIsCountedInCalendarDaysBetweenTheTwoEndDates) {
    // A: 30 days from 2027-01-04, ends 2027-02-02. B: the same work starting 10 days later.
    const Plan a = test::PlanBuilder().team("T", 1).capability("A", 30, "T").build();
    Plan b = a;
    b.startDate = addDays(a.startDate, 10);
    const ComparedPlan from = scheduledSide("A", a);
    const ComparedPlan to = scheduledSide("B", b);

    EXPECT_EQ(endDate(from), addDays(a.startDate, 29));
    EXPECT_EQ(endShiftDays(from, to), 10) << "same makespan, later start: ends 10 days later";
    const ComparisonSummary summary = summarizeComparison(from, to, comparePlans(a, from.schedule, b, to.schedule));
    EXPECT_EQ(summary.ends, "B ends " + formatIsoDate(addDays(b.startDate, 29)) + " (wave 1), 10 days later than A (" +
                                formatIsoDate(addDays(a.startDate, 29)) + ", wave 1).");
    EXPECT_EQ(summary.moved, "0 capabilities changed wave and 0 shifted within their wave; 0 added and 0 removed.");
    EXPECT_EQ(summary.drivingPath, (std::vector<std::string>{"Same driving path: A."}));
}

TEST(ComparedPlan, SaysWhatMovedAndBothDrivingPathsWhenTheyDiffer) {
    // A then B on one team of one person; in B's version the dependency is gone and C is new.
    Plan a = test::PlanBuilder(90, 4).team("T", 1).capability("A", 80, "T").capability("B", 20, "T").build();
    a.dependencies = {{"A", "B", 0}};
    Plan b = a;
    b.findCapability("A")->durationDays = 100; // B now starts in wave 2
    b.capabilities.push_back(b.capabilities.back());
    b.capabilities.back().key = "C";
    const ComparedPlan from = scheduledSide("A", a);
    const ComparedPlan to = scheduledSide("B", b);
    const PlanComparison c = comparePlans(a, from.schedule, b, to.schedule);
    ASSERT_EQ(c.changes.movedWaveCount(), 1);

    const ComparisonSummary summary = summarizeComparison(from, to, c, " > ");

    EXPECT_EQ(summary.moved, "1 capability changed wave and 0 shifted within their wave; 1 added and 0 removed.");
    ASSERT_EQ(summary.drivingPath.size(), 2u);
    EXPECT_EQ(summary.drivingPath[0], "Driving path A: " + drivingPathText(c.fromDrivingPath, " > ") + ".");
    EXPECT_EQ(summary.drivingPath[1], "Driving path B: " + drivingPathText(c.toDrivingPath, " > ") + ".");
    EXPECT_NE(c.fromDrivingPath, c.toDrivingPath);
}

TEST(ComparedPlan, ASideWithoutAScheduleHasNoEndShift) {
    Plan a = test::PlanBuilder().team("T", 1).capability("A", 10, "T").capability("B", 10, "T").build();
    Plan b = a;
    b.dependencies = {{"A", "B", 0}, {"B", "A", 0}}; // a cycle: no schedule
    const ComparedPlan from = scheduledSide("A", a);
    const ComparedPlan to = scheduledSide("B", b);

    EXPECT_FALSE(endShiftDays(from, to).has_value());
    EXPECT_FALSE(endDate(to).has_value());
    EXPECT_EQ(endDateText(to), "no schedule");
    const ComparisonSummary summary = summarizeComparison(from, to, comparePlans(a, from.schedule, b, to.schedule));
    EXPECT_EQ(summary.ends, "B cannot be scheduled (see its problems); A ends " + endDateText(from) + ".");
    const ComparisonSummary reversed = summarizeComparison(to, from, comparePlans(b, to.schedule, a, from.schedule));
    EXPECT_EQ(reversed.ends, "A cannot be scheduled (see its problems); B ends " + endDateText(from) + ".");
}

TEST(ComparedPlan, ALongDrivingPathKeepsItsFirstKeysAndItsLast) {
    const std::vector<std::string> keys{"K1", "K2", "K3", "K4", "K5"};

    EXPECT_EQ(drivingPathText(keys, " > "), "K1 > K2 > K3 > K4 > K5");
    EXPECT_EQ(drivingPathText(keys, " > ", 5), "K1 > K2 > K3 > K4 > K5") << "exactly the most: as it is";
    EXPECT_EQ(drivingPathText(keys, " > ", 3), "K1 > K2 > \u2026 > K5 (5 in all)");
    EXPECT_EQ(drivingPathText({}, " > ", 3), "(none)");
}
