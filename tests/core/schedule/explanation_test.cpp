#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

using namespace waveplan;
using waveplan::test::PlanBuilder;
using waveplan::test::scheduleWithSmallBudget;

TEST(Explanation, NothingHoldsACapabilityOnDayZero)
{
    const Schedule s = scheduleWithSmallBudget(PlanBuilder().team("Data", 2).capability("A", 10, "Data").build());

    ASSERT_TRUE(s.feasible);
    EXPECT_EQ(s.find("A")->reason.kind, ReasonKind::Start);
    // Plans start on Monday 4 January 2027 unless they say otherwise; every day is worked.
    EXPECT_EQ(s.find("A")->reason.sentence, "starts on the plan's first day, 2027-01-04; nothing holds it");
}

TEST(Explanation, PredecessorWithLag)
{
    const Schedule s = scheduleWithSmallBudget(PlanBuilder()
                                    .team("Data", 2)
                                    .capability("DATA", 45, "Data")
                                    .capability("CDP", 30, "Data")
                                    .dependency("DATA", "CDP", 5)
                                    .build());

    const ScheduledCapability *cdp = s.find("CDP");
    EXPECT_EQ(cdp->startDay, 50);
    EXPECT_EQ(cdp->reason.kind, ReasonKind::Predecessor);
    EXPECT_EQ(cdp->reason.predecessor, "DATA");
    EXPECT_EQ(cdp->reason.lagDays, 5);
    EXPECT_EQ(cdp->reason.day, 45);
    // DATA's last day is day 44, 17 February.
    EXPECT_EQ(cdp->reason.sentence, "waits for DATA to finish on 2027-02-17 plus 5 days lag");
}

TEST(Explanation, TeamFullNamesTheTeamAndWaveAndLinksTheCriticalChain)
{
    // Data has 2 people; A and B need 2 each, so one waits for the other. C (no team) is short.
    const Schedule s = scheduleWithSmallBudget(PlanBuilder()
                                    .team("Data", 2)
                                    .capability("A", 100, "Data", 2)
                                    .capability("B", 40, "Data", 2)
                                    .capability("C", 10)
                                    .build());

    ASSERT_TRUE(s.feasible);
    const ScheduledCapability *a = s.find("A");
    const ScheduledCapability *b = s.find("B");
    const ScheduledCapability *later = a->startDay > b->startDay ? a : b;
    const ScheduledCapability *first = later == a ? b : a;
    EXPECT_EQ(later->startDay, first->finishDay);
    EXPECT_EQ(later->reason.kind, ReasonKind::TeamFull);
    EXPECT_EQ(later->reason.team, "Data");
    EXPECT_EQ(later->reason.wave, 1 + (later->startDay - 1) / 90);
    // Day 40 is 13 February, day 100 is 14 April.
    EXPECT_EQ(later->reason.sentence, "Data team is at capacity in wave " + std::to_string(later->reason.wave) +
                                          " until " + (later->startDay == 40 ? "2027-02-13" : "2027-04-14"));
    EXPECT_EQ(s.makespanDays, 140);
    EXPECT_EQ(s.criticalChain, (std::vector<std::string>{first->key, later->key}));
    EXPECT_EQ(first->slackDays, 0);
    EXPECT_EQ(s.find("C")->slackDays, 130);
    // Ignoring capacity, A alone is the longest chain.
    EXPECT_EQ(s.criticalPath, (std::vector<std::string>{"A"}));
    EXPECT_EQ(s.minimumLengthDays, 100);
}

TEST(Explanation, CriticalChainFollowsTheBindingPredecessor)
{
    // X -> Y and W -> Z; Y and Z share the one Ops person but never overlap, so the chain that
    // ends the plan is the dependency W -> Z.
    const Schedule s = scheduleWithSmallBudget(PlanBuilder()
                                    .team("Ops", 1)
                                    .capability("X", 10)
                                    .capability("Y", 30, "Ops")
                                    .capability("W", 50)
                                    .capability("Z", 20, "Ops")
                                    .dependency("X", "Y")
                                    .dependency("W", "Z")
                                    .build());

    ASSERT_TRUE(s.feasible);
    // Y runs 10-40 (waits for X), Z can start at 50 after W: no clash, chain W -> Z.
    EXPECT_EQ(s.find("Y")->startDay, 10);
    EXPECT_EQ(s.find("Z")->startDay, 50);
    EXPECT_EQ(s.criticalChain, (std::vector<std::string>{"W", "Z"}));
}

TEST(Explanation, CriticalChainCrossesACapacityLinkToAPredecessor)
{
    // X(10) -> Y(30, Ops); Z(20, Ops) has no predecessor; Ops has one person. The shortest
    // schedule runs Z on days 0-20 and Y on 20-50 (Y then waits for Ops, not for X).
    const Schedule s = scheduleWithSmallBudget(PlanBuilder()
                                    .team("Ops", 1)
                                    .capability("X", 10)
                                    .capability("Y", 30, "Ops")
                                    .capability("Z", 20, "Ops")
                                    .dependency("X", "Y")
                                    .build());

    ASSERT_TRUE(s.feasible);
    EXPECT_EQ(s.makespanDays, 50);
    // Z first, then Y waits for Ops until day 20 (X finished at 10).
    EXPECT_EQ(s.find("Z")->startDay, 0);
    EXPECT_EQ(s.find("Y")->reason.kind, ReasonKind::TeamFull);
    EXPECT_EQ(s.criticalChain, (std::vector<std::string>{"Z", "Y"}));
    EXPECT_EQ(s.find("X")->slackDays, 10); // X can slip until Y's start on day 20
    EXPECT_EQ(s.criticalPath, (std::vector<std::string>{"X", "Y"}));
}

TEST(Explanation, PinnedToAWave)
{
    const Schedule s = scheduleWithSmallBudget(PlanBuilder().capability("A", 10).pinned("A", 3).build());

    EXPECT_EQ(s.find("A")->startDay, 180);
    EXPECT_EQ(s.find("A")->wave, 3);
    EXPECT_EQ(s.find("A")->reason.kind, ReasonKind::Pinned);
    EXPECT_EQ(s.find("A")->reason.wave, 3);
    EXPECT_EQ(s.find("A")->reason.sentence, "pinned to wave 3");
}

TEST(Explanation, EarliestWave)
{
    const Schedule s = scheduleWithSmallBudget(PlanBuilder().capability("A", 10).earliest("A", 2).build());

    EXPECT_EQ(s.find("A")->startDay, 90);
    EXPECT_EQ(s.find("A")->reason.kind, ReasonKind::EarliestWave);
    EXPECT_EQ(s.find("A")->reason.sentence, "may not start before wave 2 (2027-04-04)"); // day 90
}

TEST(Explanation, NoSpanPushesToTheNextWave)
{
    // A takes 60 days; B waits for A, then 60 more days would span the end of wave 1.
    const Schedule s = scheduleWithSmallBudget(PlanBuilder().capability("A", 60).capability("B", 60).dependency("A", "B").noSpan().build());

    ASSERT_TRUE(s.feasible);
    EXPECT_EQ(s.find("B")->startDay, 90);
    EXPECT_EQ(s.find("B")->reason.kind, ReasonKind::NoSpan);
    EXPECT_EQ(s.find("B")->reason.wave, 1);
}

TEST(Explanation, ChangeLimitPushesTheGoLiveToTheNextWave)
{
    // Ops absorbs one go-live per wave. A (80 days) goes live in wave 1; B (85 days, 1 person
    // of 2) could run alongside but must not go live in wave 1 too.
    const Schedule s = scheduleWithSmallBudget(PlanBuilder()
                                    .team("Ops", 2, 1)
                                    .capability("A", 80, "Ops")
                                    .capability("B", 85, "Ops")
                                    .build());

    ASSERT_TRUE(s.feasible);
    const ScheduledCapability *a = s.find("A");
    const ScheduledCapability *b = s.find("B");
    EXPECT_NE(a->goLiveWave, b->goLiveWave);
    const ScheduledCapability *later = a->goLiveWave > b->goLiveWave ? a : b;
    EXPECT_EQ(later->finishDay - 1, 90); // its last day is the first day of wave 2
    EXPECT_EQ(later->reason.kind, ReasonKind::GoLiveLimit);
    EXPECT_EQ(later->reason.team, "Ops");
    EXPECT_EQ(later->reason.wave, 1);
}
