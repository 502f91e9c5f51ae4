#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace waveplan;
using waveplan::test::PlanBuilder;

namespace {

const Problem *findProblem(const Schedule &s, const std::string &code)
{
    for (const Problem &p : s.problems)
        if (p.code == code)
            return &p;
    return nullptr;
}

bool names(const Problem &p, const std::string &key)
{
    return std::find(p.keys.begin(), p.keys.end(), key) != p.keys.end();
}

} // namespace

TEST(Schedule, DeadlineMeansGoLiveInOrBeforeTheDeadlineWave)
{
    // A ends exactly on the last day of wave 1 (day 89): meets a wave-1 deadline.
    const Plan plan = PlanBuilder().capability("A", 90).deadline("A", 1).build();

    const Schedule s = computeSchedule(plan);

    EXPECT_TRUE(s.feasible);
    EXPECT_EQ(s.find("A")->finishDay, 90);
    EXPECT_EQ(s.find("A")->goLiveWave, 1);
    EXPECT_EQ(s.find("A")->slackDays, 0);
}

TEST(Schedule, UnreachableDeadlineNamesTheChain)
{
    const Plan plan = PlanBuilder().capability("A", 60).capability("B", 40).dependency("A", "B").deadline("B", 1).build();

    const Schedule s = computeSchedule(plan);

    EXPECT_FALSE(s.feasible);
    ASSERT_EQ(s.capabilities.size(), 2u); // the closest schedule is still given
    const Problem *p = findProblem(s, "deadline-missed");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->keys, (std::vector<std::string>{"A", "B"}));
    // In dates from Monday 4 January 2027: wave 1 is days 0-89, B's last day at the earliest day 99.
    EXPECT_EQ(p->message, "B must go live by the end of wave 1 (2027-01-04 to 2027-04-03), but can finish on "
                          "2027-04-13 at the earliest (after A)");
    EXPECT_EQ(s.find("B")->slackDays, -10); // ten days late
}

TEST(Schedule, DemandAboveCapacityInEveryWave)
{
    const Plan plan = PlanBuilder().team("Data", 2).teamCapacityInWave("Data", 2, 3).capability("A", 10, "Data", 4).build();

    const Schedule s = computeSchedule(plan);

    EXPECT_FALSE(s.feasible);
    const Problem *p = findProblem(s, "demand-above-capacity");
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(names(*p, "A"));
    EXPECT_EQ(p->teams, (std::vector<std::string>{"Data"}));
}

TEST(Schedule, CapacityOverrideInALaterWaveIsUsed)
{
    // Only wave 2 has the 4 people A needs.
    const Plan plan = PlanBuilder().team("Data", 2).teamCapacityInWave("Data", 2, 4).capability("A", 10, "Data", 4).build();

    const Schedule s = computeSchedule(plan);

    EXPECT_TRUE(s.feasible);
    EXPECT_EQ(s.find("A")->wave, 2);
    EXPECT_EQ(s.find("A")->reason.kind, ReasonKind::TeamFull);
}

TEST(Schedule, PinBeforePredecessorsCanFinish)
{
    const Plan plan = PlanBuilder().capability("A", 100).capability("B", 10).dependency("A", "B").pinned("B", 1).build();

    const Schedule s = computeSchedule(plan);

    EXPECT_FALSE(s.feasible);
    const Problem *p = findProblem(s, "pin-before-predecessors");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->keys, (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(p->message, "B is pinned to wave 1 (2027-01-04 to 2027-04-03), but its predecessors let it start on "
                          "2027-04-14 at the earliest (after A)"); // day 100
}

TEST(Schedule, NoSpanDurationLongerThanAWave)
{
    const Plan plan = PlanBuilder(30).capability("A", 31).noSpan().build();

    const Schedule s = computeSchedule(plan);

    EXPECT_FALSE(s.feasible);
    ASSERT_NE(findProblem(s, "no-span-too-long"), nullptr);
    EXPECT_TRUE(names(*findProblem(s, "no-span-too-long"), "A"));
}

TEST(Schedule, ChangeLimitZero)
{
    const Plan plan = PlanBuilder().team("Ops", 3, 0).capability("A", 10, "Ops").build();

    const Schedule s = computeSchedule(plan);

    EXPECT_FALSE(s.feasible);
    const Problem *p = findProblem(s, "change-limit-zero");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->teams, (std::vector<std::string>{"Ops"}));
}

TEST(Schedule, RunningPastTheHorizonIsAWarningNotAnError)
{
    const Plan plan = PlanBuilder(90, 1).capability("A", 60).capability("B", 60).dependency("A", "B").build();

    const Schedule s = computeSchedule(plan);

    EXPECT_TRUE(s.feasible);
    const Problem *p = findProblem(s, "past-horizon");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->severity, Severity::Warning);
    // B's last day is day 119: 2027-01-04 + 119 days.
    EXPECT_EQ(p->message, "the plan runs past its horizon of 1 waves: it ends on 2027-05-03, in wave 2");
    EXPECT_EQ(p->keys, (std::vector<std::string>{"B"}));

    Plan quarters = plan;
    quarters.waveScheme = WaveScheme::Quarters; // wave 1 ends on 31 March
    const Schedule inQuarters = computeSchedule(quarters);
    const Problem *q = findProblem(inQuarters, "past-horizon");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->message, "the plan runs past its horizon of 1 waves: it ends on 2027-05-03, in wave 2 (Q2 2027)");
}

TEST(Schedule, LoadCoversEveryTeamAndWaveUpToTheLastUsed)
{
    // Horizon 2 waves of 10 days; A (2 people, 25 days) runs into wave 3.
    const Plan plan = PlanBuilder(10, 2).team("Data", 3, 4).team("Ops", 1).capability("A", 25, "Data", 2).build();

    const Schedule s = computeSchedule(plan);

    ASSERT_EQ(s.load.size(), 6u); // 2 teams x 3 waves
    const TeamWaveLoad &dataWave3 = s.load[2];
    EXPECT_EQ(dataWave3.team, "Data");
    EXPECT_EQ(dataWave3.wave, 3);
    EXPECT_EQ(dataWave3.peopleDaysUsed, 10);  // days 20-24, 2 people
    EXPECT_EQ(dataWave3.peopleDaysAvailable, 30);
    EXPECT_EQ(dataWave3.goLives, 1);
    EXPECT_EQ(dataWave3.goLiveLimit, 4);
    EXPECT_EQ(s.load[0].peopleDaysUsed, 20);
    EXPECT_EQ(s.load[0].goLives, 0);
    EXPECT_EQ(s.load[3].team, "Ops");
    EXPECT_EQ(s.load[3].peopleDaysUsed, 0);
    EXPECT_FALSE(s.load[3].goLiveLimit.has_value());
}

TEST(Schedule, StructuralErrorsGiveNoEntries)
{
    const Plan plan = PlanBuilder().capability("A", -1).build();

    const Schedule s = computeSchedule(plan);

    EXPECT_TRUE(s.capabilities.empty());
    EXPECT_FALSE(s.feasible);
    ASSERT_EQ(s.problems.size(), 1u);
    EXPECT_EQ(s.problems[0].code, "invalid-plan");
}

TEST(Schedule, CycleGivesNoEntriesAndNamesTheKeys)
{
    const Plan plan = PlanBuilder().capability("A", 1).capability("B", 1).dependency("A", "B").dependency("B", "A").build();

    const Schedule s = computeSchedule(plan);

    EXPECT_TRUE(s.capabilities.empty());
    ASSERT_EQ(s.problems.size(), 1u);
    EXPECT_EQ(s.problems[0].code, "cycle");
    EXPECT_EQ(s.problems[0].keys, (std::vector<std::string>{"A", "B"}));
    EXPECT_NE(s.problems[0].message.find("A -> B -> A"), std::string::npos);
}

TEST(Schedule, FirstScheduleOnlyIsFeasibleAndCountsOneSchedule)
{
    const Plan plan = PlanBuilder().team("Data", 1).capability("A", 10, "Data").capability("B", 10, "Data").build();
    ScheduleOptions options;
    options.firstScheduleOnly = true;

    const Schedule s = computeSchedule(plan, options);

    EXPECT_TRUE(s.feasible);
    EXPECT_EQ(s.makespanDays, 20);
    EXPECT_EQ(s.schedulesEvaluated, 1);
}

TEST(Schedule, CancelledSearchStillReturnsACompleteSchedule)
{
    const Plan plan = PlanBuilder().team("Data", 1).capability("A", 10, "Data").capability("B", 10, "Data").build();
    const std::atomic<bool> cancel{true};
    ScheduleOptions options;
    options.cancel = &cancel;

    const Schedule s = computeSchedule(plan, options);

    EXPECT_EQ(s.capabilities.size(), 2u);
    EXPECT_TRUE(s.feasible);
}

TEST(Schedule, APlanThatMeetsItsLowerBoundStopsAtOnceAndSaysSo)
{
    // Data (1 person) must do A then B: 20 days, and the first schedule takes exactly that.
    const Plan plan = PlanBuilder().team("Data", 1).capability("A", 10, "Data").capability("B", 10, "Data").build();

    const Schedule s = computeSchedule(plan);

    EXPECT_EQ(s.lowerBoundDays, 20);
    EXPECT_EQ(s.makespanDays, 20);
    EXPECT_TRUE(s.provenShortest());
    EXPECT_EQ(s.searchEnd, SearchEnd::LowerBound);
    EXPECT_EQ(s.schedulesEvaluated, 1);
    EXPECT_EQ(describeLowerBound(s),
              "Proven as short as the plan allows: no schedule that keeps every constraint ends before day 20 "
              "(Data team's work needs that long).");
}

TEST(Schedule, APlanAboveItsLowerBoundSearchesAndSaysHowFarAboveItIs)
{
    // Five 4-day capabilities for 2 people: 20 person-days, so at least 10 days; whole
    // capabilities make it 12.
    PlanBuilder builder;
    builder.team("Data", 2);
    for (const char *key : {"A", "B", "C", "D", "E"})
        builder.capability(key, 4, "Data");
    const Plan plan = builder.build();

    const Schedule s = computeSchedule(plan);

    EXPECT_EQ(s.lowerBoundDays, 10);
    EXPECT_EQ(s.makespanDays, 12);
    EXPECT_FALSE(s.provenShortest());
    EXPECT_EQ(s.searchEnd, SearchEnd::NoImprovement) << "half the budget without a better schedule ends it";
    const std::int64_t patience = scheduleBudgetFor(5, 0) / 2;
    EXPECT_GT(s.schedulesEvaluated, patience);
    EXPECT_LT(s.schedulesEvaluated, scheduleBudgetFor(5, 0));
    EXPECT_EQ(describeLowerBound(s),
              "No schedule can end before day 10 (Data team's work needs that long); this one ends 2 days later "
              "(at most 20% above that bound).");
}

TEST(Schedule, AClashingPlanClaimsNoBound)
{
    const Plan plan = PlanBuilder().team("Data", 1).capability("A", 10, "Data", 2).build();

    const Schedule s = computeSchedule(plan);

    EXPECT_FALSE(s.feasible);
    EXPECT_FALSE(s.provenShortest());
    EXPECT_EQ(describeLowerBound(s), "");
}

TEST(Schedule, TheDefaultBudgetShrinksWithThePlanSoLargePlansFinish)
{
    EXPECT_EQ(scheduleBudgetFor(30, 40), 5000);
    EXPECT_EQ(scheduleBudgetFor(1000, 3000), 5000);
    EXPECT_EQ(scheduleBudgetFor(10000, 30000), 500);
    EXPECT_EQ(scheduleBudgetFor(100000, 300000), 50);
    EXPECT_EQ(scheduleBudgetFor(10000000, 0), 24) << "never fewer than a first population";
    EXPECT_EQ(scheduleBudgetFor(0, 0), 5000);
}

TEST(Schedule, TheSizedDefaultBudgetIsDeterministic)
{
    PlanBuilder builder;
    builder.team("Data", 3).team("IT", 2, 2);
    for (int i = 0; i < 60; ++i) {
        const std::string key = "C" + std::to_string(i);
        builder.capability(key, 5 + (i * 7) % 40, i % 3 == 0 ? "IT" : "Data", 1 + i % 2);
        if (i >= 3)
            builder.dependency("C" + std::to_string((i * 7 + 3) % i), key);
    }
    const Plan plan = builder.build();

    const Schedule first = computeSchedule(plan);
    const Schedule second = computeSchedule(plan);

    EXPECT_EQ(first, second);
    EXPECT_LE(first.lowerBoundDays, first.makespanDays);
    EXPECT_GT(first.schedulesEvaluated, 1);
    EXPECT_LE(first.schedulesEvaluated, scheduleBudgetFor(plan.capabilities.size(), plan.dependencies.size()));
}

TEST(EvaluateSchedule, ExplainsAStartNothingHoldsAsDeferred)
{
    const Plan plan = PlanBuilder().capability("A", 10).capability("B", 10).build();

    const Schedule s = evaluateSchedule(plan, {0, 5});

    EXPECT_TRUE(s.feasible);
    EXPECT_EQ(s.find("B")->reason.kind, ReasonKind::Deferred);
    EXPECT_EQ(s.find("B")->slackDays, 0);
    EXPECT_EQ(s.find("A")->slackDays, 5);
}

TEST(EvaluateSchedule, ReportsEveryBrokenConstraint)
{
    const Plan plan = PlanBuilder()
                          .team("Data", 1)
                          .capability("A", 10, "Data")
                          .capability("B", 10, "Data")
                          .dependency("A", "B")
                          .build();

    const Schedule s = evaluateSchedule(plan, {0, 5});

    EXPECT_FALSE(s.feasible);
    EXPECT_NE(findProblem(s, "dependency-broken"), nullptr);
    const Problem *over = findProblem(s, "demand-above-capacity");
    ASSERT_NE(over, nullptr);
    EXPECT_EQ(over->keys, (std::vector<std::string>{"A", "B"}));
}

TEST(EvaluateSchedule, ARunOverCapacityPastWave999IsReportedWhereItStartsNotPerWave)
{
    Plan plan = PlanBuilder().team("Data", 1).capability("A", 3000, "Data").capability("B", 3000, "Data").build();
    plan.waveLengthDays = 1;

    // Both on the one person on days 1,500-2,999: waves 1,501-3,000, past wave 999.
    const Schedule s = evaluateSchedule(plan, {0, 1500});

    // Where the run starts, and in wave 3,000, where A goes live (go-live waves are checked
    // anyway), not in each of the 1,500 waves.
    std::vector<std::string> over;
    for (const Problem &p : s.problems)
        if (p.code == "demand-above-capacity")
            over.push_back(p.message);
    EXPECT_EQ(over, (std::vector<std::string>{"Data needs 2 people on day 1500 (wave 1501) but has 1",
                                              "Data needs 2 people on day 2999 (wave 3000) but has 1"}));
    EXPECT_FALSE(s.feasible);
}
