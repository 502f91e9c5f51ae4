// Milestones (duration 0): they take no time and no capacity, go live on their own day, count as
// a go-live for the teams they name, and a plan ending on one ends on its date.
#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"
#include "schedule/schedule_checker.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

using namespace waveplan;
using waveplan::test::PlanBuilder;
using waveplan::test::scheduleWithSmallBudget;

namespace {

const ScheduledCapability &at(const Schedule &schedule, const std::string &key)
{
    const ScheduledCapability *s = schedule.find(key);
    EXPECT_NE(s, nullptr) << key;
    return *s;
}

/// Every few capabilities of a generated plan become milestones, some of them on teams.
Plan withMilestones(Plan plan, std::uint64_t seed)
{
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        if ((i * 7 + seed) % 4 == 0)
            plan.capabilities[i].durationDays = 0;
    return plan;
}

} // namespace

TEST(Milestones, AMilestoneIsOnTheDayItsPredecessorHasFinishedAndItsSuccessorsMayStartThatDay)
{
    const Plan plan = PlanBuilder()
                          .capability("NEGOTIATE", 20)
                          .capability("SIGNED", 0)
                          .capability("ONBOARD", 10)
                          .dependency("NEGOTIATE", "SIGNED")
                          .dependency("SIGNED", "ONBOARD")
                          .build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_TRUE(s.feasible);
    const ScheduledCapability &signed_ = at(s, "SIGNED");
    EXPECT_EQ(signed_.startDay, 20);
    EXPECT_EQ(signed_.finishDay, 20);
    EXPECT_EQ(signed_.lastDay(), 20);
    EXPECT_EQ(at(s, "ONBOARD").startDay, 20);
    EXPECT_EQ(s.makespanDays, 30);
    EXPECT_EQ(s.minimumLengthDays, 30);
}

TEST(Milestones, AMilestoneTakesNoCapacity)
{
    // Data has one person, busy on BUILD for 60 days; the milestone on Data need not wait.
    const Plan plan = PlanBuilder()
                          .team("Data", 1)
                          .capability("PREP", 5)
                          .capability("BUILD", 60, "Data")
                          .capability("LIVE", 0, "Data")
                          .dependency("PREP", "LIVE")
                          .build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_TRUE(s.feasible);
    EXPECT_EQ(at(s, "BUILD").startDay, 0);
    EXPECT_EQ(at(s, "LIVE").startDay, 5);
    EXPECT_EQ(test::brokenConstraints(plan, s), std::vector<std::string>{});
}

TEST(Milestones, AMilestoneCountsAsAGoLiveForTheTeamsItNamesOnly)
{
    // IT absorbs one go-live per wave: CRM takes wave 1's, so the switch-off on IT waits for
    // wave 2 while the one without a team does not.
    const Plan plan = PlanBuilder(90)
                          .team("IT", 5, 1)
                          .capability("CRM", 30, "IT")
                          .capability("SWITCHOFF", 0, "IT")
                          .capability("ANNOUNCE", 0)
                          .build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_TRUE(s.feasible);
    EXPECT_NE(at(s, "CRM").goLiveWave, at(s, "SWITCHOFF").goLiveWave);
    EXPECT_EQ(at(s, "ANNOUNCE").startDay, 0);
    EXPECT_EQ(at(s, "SWITCHOFF").wave, at(s, "SWITCHOFF").goLiveWave);
    EXPECT_EQ(test::brokenConstraints(plan, s), std::vector<std::string>{});
}

TEST(Milestones, APlanEndingOnAMilestoneEndsOnItsDateAndItDrivesTheEnd)
{
    const Plan plan =
        PlanBuilder().capability("BUILD", 40).capability("GOLIVE", 0).dependency("BUILD", "GOLIVE").build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_TRUE(s.feasible);
    EXPECT_EQ(at(s, "GOLIVE").startDay, 40);
    EXPECT_EQ(s.makespanDays, 41) << "the last day of the plan is the milestone's day";
    EXPECT_EQ(at(s, "GOLIVE").slackDays, 0);
    EXPECT_TRUE(at(s, "GOLIVE").critical);
    EXPECT_EQ(at(s, "BUILD").slackDays, 0);
    ASSERT_FALSE(s.criticalChain.empty());
    EXPECT_EQ(s.criticalChain.back(), "GOLIVE");
}

TEST(Milestones, AMilestoneOnAWaveBoundaryStaysThereUnderNoSpanAndKeepsItsPin)
{
    const Plan plan = PlanBuilder(90)
                          .noSpan()
                          .capability("BUILD", 90)
                          .capability("LIVE", 0)
                          .capability("REVIEW", 0)
                          .dependency("BUILD", "LIVE")
                          .pinned("REVIEW", 2)
                          .build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_TRUE(s.feasible);
    EXPECT_EQ(at(s, "LIVE").startDay, 90);
    EXPECT_EQ(at(s, "LIVE").wave, 2);
    EXPECT_EQ(at(s, "LIVE").goLiveWave, 2);
    EXPECT_EQ(at(s, "REVIEW").startDay, 90);
    EXPECT_EQ(test::brokenConstraints(plan, s), std::vector<std::string>{});
}

TEST(Milestones, AMilestoneDueInAWaveItCannotReachIsANamedClash)
{
    // BUILD fills wave 1 exactly: the milestone after it falls on wave 2's first day.
    const Plan plan = PlanBuilder(90)
                          .capability("BUILD", 90)
                          .capability("LIVE", 0)
                          .dependency("BUILD", "LIVE")
                          .deadline("LIVE", 1)
                          .build();

    const Schedule s = scheduleWithSmallBudget(plan);

    EXPECT_FALSE(s.feasible);
    bool named = false;
    for (const Problem &p : s.problems)
        named = named || (p.severity == Severity::Error &&
                          std::find(p.keys.begin(), p.keys.end(), "LIVE") != p.keys.end());
    EXPECT_TRUE(named);
}

TEST(Milestones, GeneratedPlansWithMilestonesHoldEveryConstraintAndHaveSafeSlack)
{
    int feasible = 0;
    int milestones = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Plan plan = withMilestones(test::generatePlan(seed, test::propertyPlanOptions(seed)), seed);

        const Schedule s = scheduleWithSmallBudget(plan);

        ASSERT_EQ(s.capabilities.size(), plan.capabilities.size()) << "seed " << seed;
        const bool broken = !test::brokenConstraints(plan, s).empty();
        EXPECT_EQ(broken, !s.feasible) << "seed " << seed;
        if (!s.feasible)
            continue;
        ++feasible;
        for (const ScheduledCapability &c : s.capabilities) {
            EXPECT_GE(c.slackDays, 0) << "seed " << seed << " " << c.key;
            if (c.finishDay == c.startDay) {
                ++milestones;
                EXPECT_EQ(c.wave, c.goLiveWave) << "seed " << seed << " " << c.key;
            }
        }
        for (const std::string &key : s.criticalChain)
            EXPECT_EQ(s.find(key)->slackDays, 0) << "seed " << seed << " " << key;
    }
    EXPECT_GT(feasible, 20);
    EXPECT_GT(milestones, 50);
}
