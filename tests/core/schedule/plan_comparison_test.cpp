// comparePlans: a side that cannot be scheduled, teams only one side has, and cost per wave.

#include "core/schedule/plan_comparison.h"
#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

using namespace waveplan;

TEST(PlanComparison, AgainstAPlanThatCannotBeScheduledEverythingIsAddedOrRemoved)
{
    const Plan a = test::PlanBuilder().team("T", 1).capability("A", 10, "T").capability("B", 10, "T").build();
    Plan b = a;
    b.dependencies = {{"A", "B", 0}, {"B", "A", 0}}; // a cycle: no schedule
    const Schedule sa = computeSchedule(a);
    const Schedule sb = computeSchedule(b);
    ASSERT_TRUE(sb.capabilities.empty());

    const PlanComparison ab = comparePlans(a, sa, b, sb);
    const PlanComparison ba = comparePlans(b, sb, a, sa);

    EXPECT_EQ(ab.changes.removed, (std::vector<std::string>{"A", "B"}));
    EXPECT_TRUE(ab.changes.added.empty());
    EXPECT_EQ(ab.changes.fromEndDay, 20);
    EXPECT_EQ(ab.changes.toEndDay, 0);
    EXPECT_EQ(ba.changes.added, (std::vector<std::string>{"A", "B"}));
}

TEST(PlanComparison, LoadCoversTeamsOfEitherPlanAndCostCountsInTheStartWave)
{
    Plan a = test::PlanBuilder(90, 2).team("T", 1).capability("A", 100, "T").capability("B", 10, "T").build();
    a.findCapability("A")->cost = 1000;
    a.findCapability("B")->cost = 10;
    Plan b = a;
    b.teams.push_back(Team{});
    b.teams.back().name = "U";
    b.teams.back().capacity = 2;
    b.findCapability("B")->demand = {{"U", 1}}; // B no longer waits for A

    const Schedule sa = computeSchedule(a);
    const Schedule sb = computeSchedule(b);
    const PlanComparison c = comparePlans(a, sa, b, sb);

    // A: days 0-99 (wave 1); B after it in A (day 100, wave 2), from day 0 in B (wave 1).
    ASSERT_EQ(c.changes.moves.size(), 1u);
    EXPECT_EQ(c.changes.moves[0].key, "B");
    EXPECT_EQ(c.changes.moves[0].fromWave, 2);
    EXPECT_EQ(c.changes.moves[0].toWave, 1);
    EXPECT_EQ(c.fromCostByWave, (std::vector<WaveCost>{{1, 1000}, {2, 10}}));
    EXPECT_EQ(c.toCostByWave, (std::vector<WaveCost>{{1, 1010}, {2, 0}}));
    bool sawU = false;
    for (const TeamWaveDelta &d : c.load)
        if (d.team == "U") {
            sawU = true;
            EXPECT_EQ(d.fromPeopleDaysAvailable, 0) << "team U is not in plan A";
        }
    EXPECT_TRUE(sawU);
}
