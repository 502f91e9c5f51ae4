// Baselines made from schedules: what is frozen, drift against a later schedule checked with
// dates computed here, the summary of changes since, and a baseline compared as a plan.
#include "core/schedule/baseline_drift.h"
#include "core/schedule/plan_comparison.h"
#include "core/schedule/schedule.h"

#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <chrono>

using namespace waveplan;
using test::PlanBuilder;

namespace {

const Date kFrozenOn{std::chrono::year{2027}, std::chrono::February, std::chrono::day{1}};

/// DATA -> CDP -> JOURNEYS, ATTR after DATA; one Data person, so CDP and ATTR queue.
Plan smallPlan() {
    Plan plan = PlanBuilder(30, 4)
                    .team("Data", 1)
                    .team("Marketing", 2)
                    .capability("DATA", 10, "Data")
                    .capability("CDP", 20, "Data")
                    .capability("ATTR", 15, "Data")
                    .capability("JOURNEYS", 12, "Marketing")
                    .dependency("DATA", "CDP")
                    .dependency("DATA", "ATTR")
                    .dependency("CDP", "JOURNEYS")
                    .build();
    plan.findCapability("CDP")->cost = 250000;
    return plan;
}

/// The calendar days from `a` to `b`, computed without the code under test.
int daysFrom(Date a, Date b) {
    return static_cast<int>((std::chrono::sys_days{b} - std::chrono::sys_days{a}).count());
}

Date dayOf(const Plan &plan, int day) {
    return Date{std::chrono::sys_days{plan.startDate} + std::chrono::days{day}};
}

} // namespace

TEST(BaselineOf, FreezesEveryCapabilityTheEndTheDrivingPathAndTheLoad) {
    const Plan plan = smallPlan();
    const Schedule schedule = computeSchedule(plan);

    const Baseline b = baselineOf("Board approved", kFrozenOn, plan, schedule);

    EXPECT_EQ(b.name, "Board approved");
    EXPECT_EQ(b.frozenOn, kFrozenOn);
    EXPECT_EQ(b.startDate, plan.startDate);
    EXPECT_EQ(b.waveLengthDays, 30);
    ASSERT_EQ(b.capabilities.size(), schedule.capabilities.size());
    for (const ScheduledCapability &s : schedule.capabilities) {
        const Baseline::Entry *e = b.find(s.key);
        ASSERT_NE(e, nullptr) << s.key;
        EXPECT_EQ(e->startDay, s.startDay);
        EXPECT_EQ(e->finishDay, s.finishDay);
        EXPECT_EQ(e->wave, s.wave);
    }
    EXPECT_EQ(b.find("CDP")->cost, 250000);
    EXPECT_FALSE(b.find("DATA")->cost.has_value());
    EXPECT_EQ(b.endDay, schedule.makespanDays);
    EXPECT_EQ(b.drivingPath, schedule.criticalChain);
    EXPECT_EQ(b.load.size(), schedule.load.size());
    EXPECT_TRUE(baselineErrors(b).empty());
}

TEST(BaselineDrift, NothingDriftsAgainstTheScheduleItWasFrozenFrom) {
    const Plan plan = smallPlan();
    const Schedule schedule = computeSchedule(plan);
    const Baseline b = baselineOf("B", kFrozenOn, plan, schedule);

    for (const ScheduledCapability &s : schedule.capabilities) {
        const auto drift = driftOf(b, plan, s);
        ASSERT_TRUE(drift.has_value());
        EXPECT_EQ(drift->startDays, 0);
        EXPECT_EQ(drift->finishDays, 0);
        EXPECT_EQ(drift->fromWave, drift->toWave);
    }
    const BaselineChanges changes = changesSinceBaseline(b, plan, schedule);
    EXPECT_TRUE(changes.drifted.empty());
    EXPECT_TRUE(changes.added.empty());
    EXPECT_TRUE(changes.removed.empty());
    EXPECT_EQ(changes.unchanged, static_cast<int>(schedule.capabilities.size()));
    EXPECT_EQ(changes.endShiftDays, 0);
}

TEST(BaselineDrift, DriftIsTheGoLiveDateDifferenceComputedFromDates) {
    const Plan before = smallPlan();
    const Baseline b = baselineOf("B", kFrozenOn, before, computeSchedule(before));
    Plan after = before;
    after.findCapability("DATA")->durationDays = 40; // everything after DATA slips 30 days
    const Schedule now = computeSchedule(after);

    for (const ScheduledCapability &s : now.capabilities) {
        const Baseline::Entry &was = *b.find(s.key);
        const auto drift = driftOf(b, after, s);
        ASSERT_TRUE(drift.has_value());
        EXPECT_EQ(drift->finishDays,
                  daysFrom(dayOf(before, was.finishDay - 1), dayOf(after, s.finishDay - 1)))
            << s.key;
        EXPECT_EQ(drift->startDays, daysFrom(dayOf(before, was.startDay), dayOf(after, s.startDay)))
            << s.key;
        EXPECT_EQ(drift->fromWave, was.wave);
        EXPECT_EQ(drift->toWave, s.wave);
    }
    EXPECT_EQ(driftOf(b, after, *now.find("CDP"))->finishDays, 30);
    const BaselineChanges changes = changesSinceBaseline(b, after, now);
    EXPECT_EQ(changes.endShiftDays, now.makespanDays - b.endDay);
    EXPECT_EQ(changes.drifted.size(), now.capabilities.size());
}

TEST(BaselineDrift, MovingThePlanStartLaterIsDriftEvenWhenTheDayNumbersStay) {
    const Plan before = smallPlan();
    const Baseline b = baselineOf("B", kFrozenOn, before, computeSchedule(before));
    Plan later = before;
    later.startDate = Date{std::chrono::sys_days{before.startDate} + std::chrono::days{7}};
    const Schedule now = computeSchedule(later);

    for (const ScheduledCapability &s : now.capabilities)
        EXPECT_EQ(driftOf(b, later, s)->finishDays, 7 + (s.finishDay - b.find(s.key)->finishDay))
            << s.key;
}

TEST(BaselineDrift, AddedAndRemovedCapabilitiesAreListed) {
    const Plan before = smallPlan();
    const Baseline b = baselineOf("B", kFrozenOn, before, computeSchedule(before));
    Plan after = before;
    after.capabilities.erase(after.capabilities.begin() + 2); // ATTR
    std::erase_if(after.dependencies, [](const Dependency &d) { return d.successor == "ATTR"; });
    after.capabilities.push_back(
        test::PlanBuilder().capability("NEW", 5).build().capabilities.front());
    const Schedule now = computeSchedule(after);

    const BaselineChanges changes = changesSinceBaseline(b, after, now);
    EXPECT_EQ(changes.added, std::vector<std::string>{"NEW"});
    EXPECT_EQ(changes.removed, std::vector<std::string>{"ATTR"});
    EXPECT_FALSE(driftOf(b, after, *now.find("NEW")).has_value());
}

TEST(BaselineDrift, TextsSayHowFarAndWhichWay) {
    EXPECT_EQ(driftCellText(45), "+45 d");
    EXPECT_EQ(driftCellText(-12), "\u221212 d");
    EXPECT_EQ(driftCellText(0), "0 d");
    Baseline b;
    b.name = "Board approved";
    BaselineDrift drift;
    drift.finishDays = 45;
    drift.fromWave = 2;
    drift.baselineStart = Date{std::chrono::year{2027}, std::chrono::February, std::chrono::day{3}};
    drift.baselineFinish = Date{std::chrono::year{2027}, std::chrono::April, std::chrono::day{4}};
    EXPECT_EQ(driftSentence(b, &drift), "Goes live 45 days later than in Board approved (was wave "
                                        "2, 2027-02-03 \u2013 2027-04-04)");
    drift.finishDays = 0;
    EXPECT_EQ(driftSentence(b, &drift),
              "Goes live on the day Board approved said (wave 2, 2027-02-03 \u2013 2027-04-04)");
    EXPECT_EQ(driftSentence(b, nullptr), "Not in Board approved: added since it was frozen");
}

TEST(FrozenBaseline, ComparedWithThePlanItWasFrozenFromNothingDiffers) {
    const Plan plan = smallPlan();
    const Schedule schedule = computeSchedule(plan);
    const Baseline b = baselineOf("B", kFrozenOn, plan, schedule);

    const PlanComparison c = comparePlans(frozenPlan(b, plan), frozenSchedule(b, plan), plan, schedule);

    EXPECT_TRUE(c.changes.moves.empty());
    EXPECT_TRUE(c.changes.added.empty());
    EXPECT_TRUE(c.changes.removed.empty());
    EXPECT_EQ(c.changes.fromEndDay, c.changes.toEndDay);
    EXPECT_EQ(c.fromDrivingPath, c.toDrivingPath);
    for (const TeamWaveDelta &d : c.load)
        EXPECT_FALSE(d.changed()) << d.team << " wave " << d.wave;
    EXPECT_EQ(c.fromCostByWave, c.toCostByWave);
}

namespace {

Date isoDay(const char *text) { return *parseIsoDate(text); }

/// smallPlan worked Monday to Friday: DATA runs Monday 4 to Friday 15 January, CDP Monday 18
/// January to Friday 12 February.
Plan weekdayPlan() {
    Plan plan = smallPlan();
    plan.calendar = mondayToFriday();
    return plan;
}

} // namespace

TEST(BaselineOf, AWorkingCalendarPlanIsFrozenAsDates) {
    const Plan plan = weekdayPlan();
    const Schedule schedule = computeSchedule(plan);
    ASSERT_EQ(dateOfDay(plan, schedule.find("CDP")->startDay), isoDay("2027-01-18"));

    const Baseline b = baselineOf("Board approved", kFrozenOn, plan, schedule);

    // Calendar days from the start: DATA's last day, Friday 15 January, is day 11.
    EXPECT_EQ(b.find("DATA")->startDay, 0);
    EXPECT_EQ(b.find("DATA")->finishDay, 12);
    EXPECT_EQ(b.dateOfDay(b.find("CDP")->startDay), isoDay("2027-01-18"));
    EXPECT_EQ(b.dateOfDay(b.find("CDP")->finishDay - 1), isoDay("2027-02-12"));
    for (const ScheduledCapability &s : schedule.capabilities) {
        EXPECT_EQ(b.dateOfDay(b.find(s.key)->startDay), dateOfDay(plan, s.startDay)) << s.key;
        EXPECT_EQ(b.dateOfDay(b.find(s.key)->finishDay - 1), dateOfDay(plan, s.finishDay - 1)) << s.key;
    }
    const BaselineChanges changes = changesSinceBaseline(b, plan, schedule);
    EXPECT_TRUE(changes.drifted.empty());
    EXPECT_EQ(changes.endShiftDays, 0) << "the last working day is compared, not the next day";
}

TEST(BaselineDrift, AHolidayAddedSinceTheBaselineIsDriftInCalendarDays) {
    const Plan before = weekdayPlan();
    const Baseline b = baselineOf("B", kFrozenOn, before, computeSchedule(before));
    Plan after = before;
    after.calendar.holidays.push_back({isoDay("2027-01-11"), "Offsite"}); // inside DATA
    const Schedule now = computeSchedule(after);
    ASSERT_EQ(dateOfDay(after, now.find("DATA")->finishDay - 1), isoDay("2027-01-18"));

    // CDP's 20 days now end on Monday 15 February instead of Friday 12 February.
    const auto cdp = driftOf(b, after, *now.find("CDP"));
    ASSERT_TRUE(cdp.has_value());
    EXPECT_EQ(cdp->baselineFinish, isoDay("2027-02-12"));
    EXPECT_EQ(cdp->finishDays, 3);
    EXPECT_EQ(driftOf(b, after, *now.find("DATA"))->finishDays, 3); // Friday 15 to Monday 18
}

TEST(FrozenBaseline, AWorkingCalendarPlanComparedWithItsBaselineLinesUpDayForDay) {
    Plan plan = weekdayPlan();
    plan.waveScheme = WaveScheme::Quarters;
    const Schedule schedule = computeSchedule(plan);
    const Baseline b = baselineOf("B", kFrozenOn, plan, schedule);

    const Schedule frozen = frozenSchedule(b, plan);
    const PlanComparison c = comparePlans(frozenPlan(b, plan), frozen, plan, schedule);

    EXPECT_TRUE(c.changes.moves.empty());
    EXPECT_EQ(c.changes.fromEndDay, c.changes.toEndDay);
    for (const ScheduledCapability &s : schedule.capabilities) {
        EXPECT_EQ(frozen.find(s.key)->finishDay, s.finishDay) << s.key;
        EXPECT_EQ(frozen.find(s.key)->goLiveWave, s.goLiveWave) << s.key;
    }
}
