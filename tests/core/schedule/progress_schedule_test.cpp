// Re-planning from the as-of date (issue 15): done work stays at its actual dates and takes no
// capacity, work under way continues from the as-of date with its remaining days, nothing planned
// starts before it, and constraints the date has settled are named clashes. Dates below were
// worked out on a wall calendar for 2027 (4 January is a Monday).
#include "core/schedule/advice.h"
#include "core/schedule/schedule.h"
#include "core/model/tracking.h"
#include "core/validate/validation.h"
#include "schedule/plan_builder.h"
#include "schedule/schedule_checker.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace waveplan;
using waveplan::test::dateOf;
using waveplan::test::on;
using waveplan::test::PlanBuilder;
using waveplan::test::scheduleWithSmallBudget;

namespace {

void markDone(Plan &plan, const std::string &key, Date first, Date last)
{
    Capability *c = plan.findCapability(key);
    c->status = WorkStatus::Done;
    c->actualStart = first;
    c->actualFinish = last;
}

void markUnderWay(Plan &plan, const std::string &key, Date first, std::optional<int> remaining = std::nullopt)
{
    Capability *c = plan.findCapability(key);
    c->status = WorkStatus::InProgress;
    c->actualStart = first;
    c->remainingDays = remaining;
}

bool hasProblem(const Schedule &schedule, const std::string &code, const std::string &key)
{
    return std::any_of(schedule.problems.begin(), schedule.problems.end(), [&](const Problem &p) {
        return p.code == code && std::find(p.keys.begin(), p.keys.end(), key) != p.keys.end();
    });
}

/// Monday to Friday from Monday 4 January 2027, one team of 2, as of Monday 1 February:
/// A (10 days) done 4-19 January (12 worked days); B (20 days, after A) under way since
/// Wednesday 20 January; C (5 days) planned; D (5 days, 2 people, after B); F (3 days) done
/// 25 January to 1 February, the as-of date itself; G (2 days, no team) after F.
Plan februaryPlan()
{
    Plan plan = PlanBuilder()
                    .team("T", 2)
                    .capability("A", 10, "T")
                    .capability("B", 20, "T")
                    .capability("C", 5, "T")
                    .capability("D", 5, "T", 2)
                    .capability("F", 3)
                    .capability("G", 2)
                    .dependency("A", "B")
                    .dependency("B", "D")
                    .dependency("F", "G")
                    .build();
    plan.startDate = on(2027, 1, 4);
    plan.calendar = mondayToFriday();
    plan.asOf = on(2027, 2, 1);
    markDone(plan, "A", on(2027, 1, 4), on(2027, 1, 19));
    markUnderWay(plan, "B", on(2027, 1, 20));
    markDone(plan, "F", on(2027, 1, 25), on(2027, 2, 1));
    return plan;
}

} // namespace

TEST(ProgressSchedule, DoneWorkKeepsItsDatesWorkUnderWayContinuesAndPlannedWorkWaitsForTheAsOfDate)
{
    const Plan plan = februaryPlan();
    const Schedule schedule = scheduleWithSmallBudget(plan);
    ASSERT_TRUE(schedule.feasible) << (schedule.problems.empty() ? "" : schedule.problems.front().message);

    // A: its actual dates, whatever its planned 10 days said.
    const ScheduledCapability *a = schedule.find("A");
    EXPECT_EQ(dateOf(plan, a->startDay), "2027-01-04");
    EXPECT_EQ(dateOf(plan, a->lastDay()), "2027-01-19");
    EXPECT_EQ(a->reason.kind, ReasonKind::Done);
    EXPECT_EQ(a->reason.sentence, "done: worked 2027-01-04 to 2027-01-19");
    EXPECT_FALSE(a->critical);

    // B began 20 January and worked 8 days before 1 February (20-22, 25-29): 12 of its 20 are
    // left, 1 to 16 February.
    const ScheduledCapability *b = schedule.find("B");
    EXPECT_EQ(dateOf(plan, b->startDay), "2027-01-20");
    EXPECT_EQ(dateOf(plan, b->lastDay()), "2027-02-16");
    EXPECT_EQ(b->reason.kind, ReasonKind::UnderWay);
    EXPECT_EQ(b->reason.sentence, "under way since 2027-01-20; 12 days left from the as-of date, 2027-02-01");

    // C could have started on 4 January; the plan is re-planned from 1 February.
    const ScheduledCapability *c = schedule.find("C");
    EXPECT_EQ(dateOf(plan, c->startDay), "2027-02-01");
    EXPECT_EQ(c->reason.kind, ReasonKind::AsOf);
    EXPECT_NE(c->reason.sentence.find("2027-02-01"), std::string::npos) << c->reason.sentence;

    // D waits for B: 17 to 23 February.
    const ScheduledCapability *d = schedule.find("D");
    EXPECT_EQ(dateOf(plan, d->startDay), "2027-02-17");
    EXPECT_EQ(dateOf(plan, d->lastDay()), "2027-02-23");
    EXPECT_EQ(d->reason.kind, ReasonKind::Predecessor);
    EXPECT_EQ(d->reason.predecessor, "B");

    // F finished on the as-of date; G starts the next working day, told from F's real finish.
    const ScheduledCapability *g = schedule.find("G");
    EXPECT_EQ(dateOf(plan, g->startDay), "2027-02-02");
    EXPECT_EQ(g->reason.kind, ReasonKind::Predecessor);
    EXPECT_EQ(g->reason.predecessor, "F");
    EXPECT_EQ(g->reason.lagDays, 0);
    EXPECT_EQ(g->reason.day, g->startDay);

    // The end is D's last day; B, under way, holds it.
    EXPECT_EQ(dateOf(plan, schedule.makespanDays - 1), "2027-02-23");
    ASSERT_EQ(schedule.drivingPath.size(), 2u);
    EXPECT_EQ(schedule.drivingPath[0].key, "B");
    EXPECT_EQ(schedule.drivingPath[0].heldBy, HoldKind::UnderWay);
    EXPECT_EQ(schedule.drivingPath[1].key, "D");
    EXPECT_NE(describeDrivingPath(plan, schedule).find("continues from the as-of date, 2027-02-01"), std::string::npos)
        << describeDrivingPath(plan, schedule);
    EXPECT_TRUE(test::brokenConstraints(plan, schedule).empty());
}

TEST(ProgressSchedule, RemainingDaysGivenReplaceTheWorkedOutOnes)
{
    Plan plan = februaryPlan();
    plan.findCapability("B")->remainingDays = 3; // 1 to 3 February
    const Schedule schedule = scheduleWithSmallBudget(plan);
    EXPECT_EQ(dateOf(plan, schedule.find("B")->lastDay()), "2027-02-03");
    // D needs both people: C holds one until Friday 5 February (D first would end later).
    EXPECT_EQ(dateOf(plan, schedule.find("D")->startDay), "2027-02-08");
    EXPECT_EQ(schedule.find("D")->reason.kind, ReasonKind::TeamFull);
}

TEST(ProgressSchedule, WorkUnderWayLongerThanPlannedStillHasADayLeft)
{
    Plan plan = februaryPlan();
    plan.findCapability("B")->durationDays = 5; // 8 days worked already: 1 left by default
    const Schedule schedule = scheduleWithSmallBudget(plan);
    EXPECT_EQ(dateOf(plan, schedule.find("B")->lastDay()), "2027-02-01");
}

TEST(ProgressSchedule, DoneWorkTakesNoCapacity)
{
    // T has 1 person. A (done) ran to 19 January; X, planned, needs the one person: it starts
    // on the as-of date even though A's dates and the as-of date are in the same wave.
    Plan plan = PlanBuilder().team("T", 1).capability("A", 30, "T").capability("X", 5, "T").build();
    plan.startDate = on(2027, 1, 4);
    plan.asOf = on(2027, 1, 15);
    markDone(plan, "A", on(2027, 1, 4), on(2027, 1, 15));
    const Schedule schedule = scheduleWithSmallBudget(plan);
    ASSERT_TRUE(schedule.feasible);
    EXPECT_EQ(dateOf(plan, schedule.find("X")->startDay), "2027-01-15");
}

TEST(ProgressSchedule, TheLoadShowsTheWorkAsItWasAndWillBe)
{
    // Every day worked from 4 January. A (1 person) was done over days 0-29; B (1 person) has
    // been under way since day 30 (3 February) with 10 days left from the as-of date, day 42
    // (15 February): it runs days 30-51. Wave 1 holds 30 + 22 people-days and both go-lives,
    // though neither takes capacity in the re-planning.
    Plan plan = PlanBuilder().team("T", 2).capability("A", 30, "T").capability("B", 40, "T").build();
    plan.startDate = on(2027, 1, 4);
    plan.asOf = on(2027, 2, 15);
    markDone(plan, "A", on(2027, 1, 4), on(2027, 2, 2));
    markUnderWay(plan, "B", on(2027, 2, 3), 10);
    const Schedule schedule = scheduleWithSmallBudget(plan);
    ASSERT_TRUE(schedule.feasible);
    const auto wave1 = std::find_if(schedule.load.begin(), schedule.load.end(),
                                    [](const TeamWaveLoad &l) { return l.team == "T" && l.wave == 1; });
    ASSERT_NE(wave1, schedule.load.end());
    EXPECT_EQ(wave1->peopleDaysUsed, 52);
    EXPECT_EQ(wave1->peopleDaysAvailable, 180);
    EXPECT_EQ(wave1->goLives, 2);
}

TEST(ProgressSchedule, GoLivesAlreadyMadeInTheAsOfWaveCountAgainstTheLimit)
{
    // Every day worked, 90-day waves: wave 1 is 4 January to 3 April. T allows one go-live per
    // wave. A went live on 8 January, in the as-of wave, so Y goes live in wave 2.
    Plan plan = PlanBuilder().team("T", 5, 1).capability("A", 5, "T").capability("Y", 1, "T").build();
    plan.startDate = on(2027, 1, 4);
    plan.asOf = on(2027, 1, 11);
    markDone(plan, "A", on(2027, 1, 4), on(2027, 1, 8));
    Schedule schedule = scheduleWithSmallBudget(plan);
    ASSERT_TRUE(schedule.feasible);
    EXPECT_EQ(dateOf(plan, schedule.find("Y")->startDay), "2027-04-04");
    EXPECT_EQ(schedule.find("Y")->reason.kind, ReasonKind::GoLiveLimit);
    EXPECT_TRUE(test::brokenConstraints(plan, schedule).empty());

    // As of 12 April (wave 2), A's go-live is history: Y starts on the as-of date.
    plan.asOf = on(2027, 4, 12);
    schedule = scheduleWithSmallBudget(plan);
    EXPECT_EQ(dateOf(plan, schedule.find("Y")->startDay), "2027-04-12");
}

TEST(ProgressSchedule, ADoneMilestonesSuccessorMayStartOnItsDay)
{
    Plan plan = PlanBuilder().capability("SIGN", 0).capability("BUILD", 4).dependency("SIGN", "BUILD").build();
    plan.startDate = on(2027, 1, 4);
    plan.asOf = on(2027, 1, 4);
    markDone(plan, "SIGN", on(2027, 1, 4), on(2027, 1, 4));
    const Schedule schedule = scheduleWithSmallBudget(plan);
    EXPECT_EQ(schedule.find("SIGN")->finishDay, schedule.find("SIGN")->startDay); // still a diamond
    EXPECT_EQ(dateOf(plan, schedule.find("BUILD")->startDay), "2027-01-04");
    EXPECT_TRUE(test::brokenConstraints(plan, schedule).empty());
}

TEST(ProgressSchedule, DeadlinesAndPinsThatEndedBeforeTheAsOfDateAreNamedClashes)
{
    // 90-day waves from 4 January: wave 1 ends on 3 April; the plan is re-planned from 3 May.
    Plan plan = PlanBuilder()
                    .capability("PIN", 5)
                    .capability("DUE", 5)
                    .capability("LATE", 10)
                    .capability("FINE", 5)
                    .pinned("PIN", 1)
                    .deadline("DUE", 1)
                    .deadline("LATE", 1)
                    .deadline("FINE", 2)
                    .build();
    plan.startDate = on(2027, 1, 4);
    plan.asOf = on(2027, 5, 3);
    markUnderWay(plan, "LATE", on(2027, 3, 1), 4);
    const Schedule schedule = scheduleWithSmallBudget(plan);
    EXPECT_FALSE(schedule.feasible);
    EXPECT_TRUE(hasProblem(schedule, "pin-passed", "PIN"));
    EXPECT_TRUE(hasProblem(schedule, "deadline-passed", "DUE"));
    EXPECT_TRUE(hasProblem(schedule, "deadline-passed", "LATE"));
    EXPECT_FALSE(hasProblem(schedule, "deadline-passed", "FINE"));
    EXPECT_FALSE(hasProblem(schedule, "deadline-missed", "DUE")); // named once, as passed
    const auto passed = std::find_if(schedule.problems.begin(), schedule.problems.end(),
                                     [](const Problem &p) { return p.code == "deadline-passed"; });
    ASSERT_NE(passed, schedule.problems.end());
    EXPECT_NE(passed->message.find("ended on 2027-04-03, before the as-of date 2027-05-03"), std::string::npos)
        << passed->message;
    // Still scheduled, from the as-of date, so the plan shows where they would land.
    EXPECT_EQ(dateOf(plan, schedule.find("DUE")->startDay), "2027-05-03");
    // Validation finds the same clashes without scheduling.
    const std::vector<Problem> found = validatePlan(plan);
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const Problem &p) { return p.code == "pin-passed"; }));
}

TEST(ProgressSchedule, WorkStartedBeforeItsPredecessorIsDoneIsAWarningNotABlock)
{
    Plan plan = PlanBuilder().capability("A", 10).capability("B", 10).dependency("A", "B").build();
    plan.startDate = on(2027, 1, 4);
    plan.asOf = on(2027, 1, 11);
    markUnderWay(plan, "B", on(2027, 1, 5), 5);
    const Schedule schedule = scheduleWithSmallBudget(plan);
    EXPECT_TRUE(schedule.feasible);
    EXPECT_TRUE(hasProblem(schedule, "started-early", "B"));
    EXPECT_EQ(dateOf(plan, schedule.find("B")->startDay), "2027-01-05");
    EXPECT_EQ(dateOf(plan, schedule.find("A")->startDay), "2027-01-11");
}

TEST(ProgressSchedule, AnAsOfDateWithoutProgressMovesEverythingToIt)
{
    Plan plan = PlanBuilder().capability("A", 10).capability("B", 10).dependency("A", "B").build();
    plan.startDate = on(2027, 1, 4);
    plan.calendar = mondayToFriday();
    plan.asOf = on(2027, 3, 6); // a Saturday: work resumes on Monday 8 March
    const Schedule schedule = scheduleWithSmallBudget(plan);
    EXPECT_EQ(dateOf(plan, schedule.find("A")->startDay), "2027-03-08");
    ASSERT_FALSE(schedule.drivingPath.empty());
    EXPECT_EQ(schedule.drivingPath.front().heldBy, HoldKind::AsOf);
    const std::vector<Advice> advice = moveEarlierAdvice(plan, schedule, "A");
    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice.front().kind, Advice::Kind::AsOf);
    EXPECT_NE(advice.front().sentence.find("2027-03-06"), std::string::npos) << advice.front().sentence;
}

TEST(ProgressSchedule, AdviceForStartedWorkTalksAboutWhatIsLeft)
{
    const Plan plan = februaryPlan();
    const Schedule schedule = scheduleWithSmallBudget(plan);
    const std::vector<Advice> forB = moveEarlierAdvice(plan, schedule, "B");
    ASSERT_EQ(forB.size(), 1u);
    EXPECT_EQ(forB.front().kind, Advice::Kind::Started);
    EXPECT_NE(forB.front().sentence.find("12 days"), std::string::npos) << forB.front().sentence;
    EXPECT_EQ(moveEarlierAdvice(plan, schedule, "A").front().sentence, "It is done: nothing to move.");
}

TEST(ProgressSchedule, EvaluatingAScheduleHoldsStartedWorkToItsActualStart)
{
    const Plan plan = februaryPlan();
    const Schedule computed = scheduleWithSmallBudget(plan);
    std::vector<int> starts;
    for (const ScheduledCapability &s : computed.capabilities)
        starts.push_back(s.startDay);
    const Schedule same = evaluateSchedule(plan, starts);
    EXPECT_TRUE(same.feasible);
    EXPECT_EQ(same.capabilities, computed.capabilities);

    starts[1] += 1; // B did not start a day later than it did
    EXPECT_TRUE(hasProblem(evaluateSchedule(plan, starts), "actual-start-moved", "B"));
    starts[1] -= 1;
    starts[2] = 0; // C cannot start in the past
    EXPECT_TRUE(hasProblem(evaluateSchedule(plan, starts), "before-as-of", "C"));
}

// Generated plans with working calendars and arbitrary (but consistent) progress: a feasible
// schedule keeps every rule the independent checker knows; an infeasible one names its clash.
TEST(ProgressSchedule, GeneratedPlansWithProgressKeepEveryRule)
{
    int feasible = 0;
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        test::GeneratorOptions options = test::propertyPlanOptions(seed);
        options.workCalendar = seed % 2 == 0;
        options.progress = true;
        const Plan plan = test::generatePlan(seed, options);
        const Schedule schedule = scheduleWithSmallBudget(plan);
        ASSERT_EQ(schedule.capabilities.size(), plan.capabilities.size()) << "seed " << seed;
        if (schedule.feasible) {
            ++feasible;
            const std::vector<std::string> broken = test::brokenConstraints(plan, schedule);
            EXPECT_TRUE(broken.empty()) << "seed " << seed << ": " << broken.front();
        } else {
            EXPECT_TRUE(std::any_of(schedule.problems.begin(), schedule.problems.end(), [](const Problem &p) {
                return p.severity == Severity::Error && !p.keys.empty();
            })) << "seed " << seed;
        }
        // Feasible or not, started work is where its progress puts it.
        const test::ProgressExpectation expected(plan);
        for (const auto &[key, start] : expected.start) {
            EXPECT_EQ(schedule.find(key)->startDay, start) << "seed " << seed << " " << key;
            EXPECT_EQ(schedule.find(key)->finishDay, expected.finish.at(key))
                << "seed " << seed << " " << key << " " << toString(plan.findCapability(key)->status);
        }
    }
    EXPECT_GT(feasible, 10); // the rules are exercised, not only the clashes
}

// Progress taken from the plan's own schedule (what was due by the as-of date is done, what
// was running is under way with the days it had left): that schedule is still possible, so the
// re-plan is feasible.
TEST(ProgressSchedule, ProgressAsPlannedKeepsThePlanFeasible)
{
    int checked = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        test::GeneratorOptions options = test::propertyPlanOptions(seed);
        options.workCalendar = seed % 2 == 1;
        Plan plan = test::generatePlan(seed, options);
        for (Capability &c : plan.capabilities) { // windows can make the solver's search fail
            c.pinnedWave.reset();
            c.deadlineWave.reset();
        }
        const Schedule before = scheduleWithSmallBudget(plan);
        if (!before.feasible || before.makespanDays < 4)
            continue;
        const int asOfDay = before.makespanDays * static_cast<int>(seed % 5 + 1) / 6;
        plan.asOf = dateOfDay(plan, asOfDay);
        for (Capability &c : plan.capabilities) {
            const ScheduledCapability *s = before.find(c.key);
            if (s->startDay >= asOfDay)
                continue;
            c.actualStart = dateOfDay(plan, s->startDay);
            if (s->finishDay <= asOfDay && s->lastDay() < asOfDay) {
                c.status = WorkStatus::Done;
                c.actualFinish = dateOfDay(plan, s->lastDay());
            } else {
                c.status = WorkStatus::InProgress;
                c.remainingDays = s->finishDay - asOfDay;
            }
        }
        const Schedule after = scheduleWithSmallBudget(plan);
        ASSERT_TRUE(after.feasible) << "seed " << seed << ": " << after.problems.front().message;
        EXPECT_TRUE(test::brokenConstraints(plan, after).empty()) << "seed " << seed;
        ++checked;
    }
    EXPECT_GT(checked, 20);
}
