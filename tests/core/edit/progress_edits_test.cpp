// Marking progress and setting the as-of date (issue 15): undoable edits checked against the
// tracking rules.
#include "core/edit/progress_edits.h"

#include "edit/edit_fixtures.h"

#include <gtest/gtest.h>

using namespace waveplan;
using waveplan::test::on;

namespace {

/// martechPlan, starting Monday 4 January 2027.
Plan januaryPlan()
{
    Plan plan = test::martechPlan();
    plan.startDate = on(2027, 1, 4);
    return plan;
}

} // namespace

TEST(ProgressEdits, MarkingWorkStartedSetsTheAsOfDateInTheSameUndoStep)
{
    Plan plan = januaryPlan();
    edit::ProgressReport done{WorkStatus::Done, on(2027, 1, 4), on(2027, 1, 15), std::nullopt};
    const Result<edit::PlanEdit> built = edit::recordProgress(plan, "DATA", done, on(2027, 4, 5));
    ASSERT_TRUE(built.ok()) << built.errorText();
    EXPECT_EQ(built->summary.text, "Mark DATA done");

    Plan expected = plan;
    expected.asOf = on(2027, 4, 5);
    Capability &data = *expected.findCapability("DATA");
    data.status = WorkStatus::Done;
    data.actualStart = on(2027, 1, 4);
    data.actualFinish = on(2027, 1, 15);
    test::expectAppliesAndUndoes(plan, built, expected);

    // The as-of date is kept once set: the next report changes only the capability.
    edit::ProgressReport underWay{WorkStatus::InProgress, on(2027, 1, 18), std::nullopt, 12};
    const Result<edit::PlanEdit> next = edit::recordProgress(plan, "CDP", underWay, on(2027, 6, 1));
    ASSERT_TRUE(next.ok()) << next.errorText();
    EXPECT_EQ(next->operations.size(), 1u);
    EXPECT_EQ(next->summary.text, "Mark CDP in progress");
    EXPECT_EQ(next->summary.keys, std::vector<std::string>{"CDP"});
}

TEST(ProgressEdits, ReportsThatBreakTheTrackingRulesAreRefusedWithTheReason)
{
    Plan plan = januaryPlan();
    plan.asOf = on(2027, 4, 5);
    const Plan before = plan;
    const auto noFinish =
        edit::recordProgress(plan, "DATA", {WorkStatus::Done, on(2027, 1, 4), std::nullopt, std::nullopt}, on(2027, 4, 5));
    EXPECT_NE(test::refusal(noFinish).find("'DATA' is done but has no actual_finish"), std::string::npos)
        << test::refusal(noFinish);
    const auto future = edit::recordProgress(plan, "DATA", {WorkStatus::InProgress, on(2027, 5, 1), std::nullopt, std::nullopt},
                                             on(2027, 4, 5));
    EXPECT_NE(test::refusal(future).find("after the as-of date 2027-04-05"), std::string::npos) << test::refusal(future);
    EXPECT_FALSE(edit::recordProgress(plan, "NOPE", {}, on(2027, 4, 5)).ok());
    EXPECT_TRUE(edit::recordProgress(plan, "DATA", {}, on(2027, 4, 5))->empty()) << "planned already: nothing to do";
    EXPECT_TRUE(plan == before);
}

TEST(ProgressEdits, ReportForTakesThePlannedDatesButNeverAfterTheAsOfDate)
{
    Capability c = test::capabilityWith("CDP", 20);
    // Planned 1 to 26 March; as of 15 March it cannot have finished on the 26th.
    const edit::ProgressReport done = edit::reportFor(c, WorkStatus::Done, on(2027, 3, 1), on(2027, 3, 26), on(2027, 3, 15));
    EXPECT_EQ(done.actualStart, on(2027, 3, 1));
    EXPECT_EQ(done.actualFinish, on(2027, 3, 15));
    // Planned to start after the as-of date: it started on it at the latest.
    const edit::ProgressReport started =
        edit::reportFor(c, WorkStatus::InProgress, on(2027, 4, 1), on(2027, 4, 28), on(2027, 3, 15));
    EXPECT_EQ(started.actualStart, on(2027, 3, 15));
    EXPECT_FALSE(started.actualFinish);
    // What the capability already says wins over the schedule.
    c.status = WorkStatus::InProgress;
    c.actualStart = on(2027, 2, 22);
    c.remainingDays = 4;
    const edit::ProgressReport finished = edit::reportFor(c, WorkStatus::Done, on(2027, 3, 15), on(2027, 3, 18), on(2027, 3, 15));
    EXPECT_EQ(finished.actualStart, on(2027, 2, 22));
    EXPECT_EQ(finished.actualFinish, on(2027, 3, 15));
    EXPECT_FALSE(finished.remainingDays);
    EXPECT_EQ(edit::reportFor(c, WorkStatus::Planned, on(2027, 3, 1), on(2027, 3, 26), on(2027, 3, 15)),
              edit::ProgressReport{});
}

TEST(ProgressEdits, TheAsOfDateCannotGoBeforeReportedWork)
{
    Plan plan = januaryPlan();
    Capability &data = *plan.findCapability("DATA");
    data.status = WorkStatus::Done;
    data.actualStart = on(2027, 1, 4);
    data.actualFinish = on(2027, 1, 20);
    plan.asOf = on(2027, 2, 1);

    const auto tooEarly = edit::setAsOf(plan, on(2027, 1, 10));
    EXPECT_NE(test::refusal(tooEarly).find("'DATA' finished on 2027-01-20, after the as-of date 2027-01-10"),
              std::string::npos)
        << test::refusal(tooEarly);
    const auto later = edit::setAsOf(plan, on(2027, 4, 5));
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->summary.text, "Set the as-of date to 2027-04-05");
    Plan expected = plan;
    expected.asOf = on(2027, 4, 5);
    test::expectAppliesAndUndoes(plan, later, expected);
    EXPECT_EQ(edit::setAsOf(plan, std::nullopt)->summary.text, "Clear the as-of date");
}
