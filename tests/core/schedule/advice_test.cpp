#include "core/schedule/advice.h"

#include "schedule/plan_builder.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace waveplan;
using waveplan::test::PlanBuilder;
using waveplan::test::scheduleWithSmallBudget;

namespace {

std::vector<std::string> sentences(const std::vector<Advice> &advice)
{
    std::vector<std::string> out;
    for (const Advice &a : advice)
        out.push_back(a.sentence);
    return out;
}

using Keys = std::vector<std::string>;

} // namespace

TEST(MoveEarlierAdvice, AtDayZeroNothingHoldsIt)
{
    const Plan plan = PlanBuilder().team("Data", 2).capability("A", 10, "Data").build();

    const std::vector<Advice> advice = moveEarlierAdvice(plan, scheduleWithSmallBudget(plan), "A");

    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].kind, Advice::Kind::AlreadyAtStart);
    EXPECT_EQ(advice[0].sentence, "It starts on the plan's first day, 2027-01-04: nothing holds it.");
    EXPECT_TRUE(advice[0].keys.empty());
}

TEST(MoveEarlierAdvice, UnknownKeyOrUnscheduledPlanGivesNone)
{
    const Plan plan = PlanBuilder().capability("A", 10).capability("B", 5).dependency("A", "B").dependency("B", "A").build();
    const Schedule s = scheduleWithSmallBudget(plan); // a cycle: nothing is scheduled
    ASSERT_TRUE(s.capabilities.empty());

    EXPECT_TRUE(moveEarlierAdvice(plan, s, "A").empty());
    EXPECT_TRUE(moveEarlierAdvice(plan, s, "NOPE").empty());
}

TEST(MoveEarlierAdvice, PredecessorSaysHowMuchSoonerHelpsUntilTheNextPredecessorHolds)
{
    // DATA ends on day 45 (+5 lag = 50); ID ends on day 30 (+3 lag = 33). CDP starts on day 50;
    // finishing DATA up to 17 days sooner moves it, then ID holds it from day 33.
    const Plan plan = PlanBuilder()
                          .capability("DATA", 45)
                          .capability("ID", 30)
                          .capability("CDP", 20)
                          .dependency("DATA", "CDP", 5)
                          .dependency("ID", "CDP", 3)
                          .build();
    const Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_EQ(s.find("CDP")->startDay, 50);

    const std::vector<Advice> advice = moveEarlierAdvice(plan, s, "CDP");

    ASSERT_EQ(advice.size(), 2u);
    EXPECT_EQ(advice[0].kind, Advice::Kind::Predecessor);
    EXPECT_EQ(advice[0].keys, (Keys{"DATA", "ID"})); // DATA to finish sooner, then ID holds it
    EXPECT_EQ(advice[0].days, 17);
    EXPECT_EQ(advice[0].sentence,
              "Finish DATA sooner: it finishes on 2027-02-17 and CDP can start after 5 days of lag, on 2027-02-23. Each day "
              "sooner, up to 17, moves CDP a day earlier if its teams have room; after that it waits for ID.");
    EXPECT_EQ(advice[1].kind, Advice::Kind::Dependency);
    EXPECT_EQ(advice[1].keys, Keys{"DATA"});
    EXPECT_EQ(advice[1].days, 5);
    EXPECT_EQ(advice[1].sentence, "Shorten DATA (45 days), cut the 5-day lag, or remove the dependency DATA -> CDP "
                                  "if CDP can start without DATA.");
}

TEST(MoveEarlierAdvice, TwoPredecessorsFinishingTogetherMustBothFinishSooner)
{
    const Plan plan = PlanBuilder()
                          .capability("A", 10)
                          .capability("B", 10)
                          .capability("C", 5)
                          .dependency("A", "C")
                          .dependency("B", "C")
                          .build();
    const Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_EQ(s.find("C")->startDay, 10);

    const std::vector<Advice> advice = moveEarlierAdvice(plan, s, "C");

    ASSERT_EQ(advice.size(), 3u);
    EXPECT_EQ(advice[0].keys, (Keys{"A", "B"}));
    EXPECT_EQ(advice[0].days, 10); // nothing else holds it: down to day 0
    EXPECT_EQ(advice[0].sentence, "Finish A and B sooner: C can start on 2027-01-14, once both have finished (with their "
                                  "lags). Each day sooner, up to 10, moves C a day earlier if its teams have room.");
    EXPECT_EQ(advice[1].sentence, "Shorten A (10 days), or remove the dependency A -> C if C can start without A.");
    EXPECT_EQ(advice[2].sentence, "Shorten B (10 days), or remove the dependency B -> C if C can start without B.");
}

TEST(MoveEarlierAdvice, PredecessorAndPinHoldingTogetherSayBoth)
{
    // A ends on day 90, the first day of wave 2, where B is pinned.
    const Plan plan = PlanBuilder().capability("A", 90).capability("B", 10).dependency("A", "B").pinned("B", 2).build();
    const Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_EQ(s.find("B")->startDay, 90);

    const std::vector<Advice> advice = moveEarlierAdvice(plan, s, "B");

    ASSERT_EQ(advice.size(), 3u);
    EXPECT_EQ(advice[0].days, 0);
    EXPECT_EQ(advice[0].sentence, "Finish A sooner: it finishes on 2027-04-03 and B can start the next working day, 2027-04-04. That alone "
                                  "does not move it: its pin to wave 2 holds it too.");
    EXPECT_EQ(advice[1].kind, Advice::Kind::Dependency);
    EXPECT_EQ(advice[2].kind, Advice::Kind::Pin);
    EXPECT_EQ(advice[2].wave, 2);
}

TEST(MoveEarlierAdvice, PinnedSaysUnpinIt)
{
    const Plan plan = PlanBuilder().capability("A", 10).pinned("A", 3).build();

    const std::vector<Advice> advice = moveEarlierAdvice(plan, scheduleWithSmallBudget(plan), "A");

    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].kind, Advice::Kind::Pin);
    EXPECT_EQ(advice[0].wave, 3);
    EXPECT_EQ(advice[0].sentence, "Unpin it (it is pinned to wave 3), or pin it to an earlier wave.");
}

TEST(MoveEarlierAdvice, EarliestWaveSaysAllowItBefore)
{
    const Plan plan = PlanBuilder(60).capability("A", 10).earliest("A", 2).build();

    const std::vector<Advice> advice = moveEarlierAdvice(plan, scheduleWithSmallBudget(plan), "A");

    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].kind, Advice::Kind::EarliestWave);
    EXPECT_EQ(advice[0].wave, 2);
    EXPECT_EQ(advice[0].sentence, "Allow it before wave 2: lower or clear its earliest wave (wave 2 starts on 2027-03-05).");
}

TEST(MoveEarlierAdvice, NoSpanSaysHowShortItMustBeToFitTheWave)
{
    // 30-day waves, no spanning. A runs days 0..19; B (20 days) could start on day 20 but would
    // cross into wave 2, so it starts on day 30. To fit in wave 1 from day 20 it needs <= 10 days.
    const Plan plan = PlanBuilder(30).capability("A", 20).capability("B", 20).dependency("A", "B").noSpan().build();
    const Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_EQ(s.find("B")->startDay, 30);
    ASSERT_EQ(s.find("B")->reason.kind, ReasonKind::NoSpan);

    const std::vector<Advice> advice = moveEarlierAdvice(plan, s, "B");

    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].kind, Advice::Kind::NoSpan);
    EXPECT_EQ(advice[0].wave, 1);
    EXPECT_EQ(advice[0].days, 10);
    EXPECT_EQ(advice[0].sentence, "Shorten it to 10 days (it takes 20) so it fits in wave 1 from 2027-01-24, or let "
                                  "capabilities span waves (Plan Settings).");
}

TEST(MoveEarlierAdvice, FullTeamNamesThePeopleToAddAndWhoHoldsThem)
{
    // Data has 2 people; A and B need both. B first (its successor C is long) gives makespan 140;
    // A first would give 200. So A waits for B: day 39 is full, one day earlier needs 2 more.
    const Plan plan = PlanBuilder()
                          .team("Data", 2)
                          .capability("A", 100, "Data", 2)
                          .capability("B", 40, "Data", 2)
                          .capability("C", 60)
                          .dependency("B", "C")
                          .build();
    const Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_EQ(s.find("B")->startDay, 0);
    ASSERT_EQ(s.find("A")->startDay, 40);

    const std::vector<Advice> advice = moveEarlierAdvice(plan, s, "A");

    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].kind, Advice::Kind::TeamCapacity);
    EXPECT_EQ(advice[0].team, "Data");
    EXPECT_EQ(advice[0].wave, 1);
    EXPECT_EQ(advice[0].people, 2);
    EXPECT_EQ(advice[0].days, 39);
    EXPECT_EQ(advice[0].keys, Keys{"B"});
    EXPECT_EQ(advice[0].sentence, "Data team is full in wave 1 (2 of 2 people busy on 2027-02-12): add 2 people to Data "
                                  "team in wave 1, or free people by finishing B sooner or moving it later.");
}

TEST(MoveEarlierAdvice, FullTeamListsEveryHolderEngineHandOverFirst)
{
    // Data has 5 people; H1..H5 hold one each until day 50 (the engine names H1, the first in
    // plan order); Z needs one more, so it starts on day 50.
    PlanBuilder builder;
    builder.team("Data", 5);
    for (const char *key : {"H1", "H2", "H3", "H4", "H5"})
        builder.capability(key, 50, "Data", 1);
    builder.capability("Z", 10, "Data", 1);
    const Plan plan = builder.build();
    const Schedule s = evaluateSchedule(plan, {0, 0, 0, 0, 0, 50});
    ASSERT_EQ(s.find("Z")->reason.kind, ReasonKind::TeamFull);

    const std::vector<Advice> advice = moveEarlierAdvice(plan, s, "Z");

    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].people, 1);
    EXPECT_EQ(advice[0].keys, (Keys{"H1", "H2", "H3", "H4", "H5"}));
    EXPECT_EQ(advice[0].sentence, "Data team is full in wave 1 (5 of 5 people busy on 2027-02-22): add 1 person to Data "
                                  "team in wave 1, or free people by finishing H1, H2, H3 or 2 others sooner or "
                                  "moving them later.");
}

TEST(MoveEarlierAdvice, TeamWithNobodyInAWaveSaysGiveItPeople)
{
    const Plan plan = PlanBuilder().team("Data", 1).teamCapacityInWave("Data", 1, 0).capability("A", 10, "Data").build();
    const Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_EQ(s.find("A")->startDay, 90);

    const std::vector<Advice> advice = moveEarlierAdvice(plan, s, "A");

    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].kind, Advice::Kind::TeamCapacity);
    EXPECT_EQ(advice[0].people, 1);
    EXPECT_TRUE(advice[0].keys.empty());
    EXPECT_EQ(advice[0].sentence, "Data team has nobody in wave 1: give it 1 person in wave 1.");
}

TEST(MoveEarlierAdvice, ChangeLimitSaysRaiseItOrMoveTheGoLiveThatTakesIt)
{
    // 30-day waves; Ops absorbs one go-live per wave. A goes first (its successor C is long),
    // so B must go live in wave 2: its last day is day 30, so it starts on day 21.
    const Plan plan = PlanBuilder(30)
                          .team("Ops", 5, 1)
                          .capability("A", 10, "Ops")
                          .capability("B", 10, "Ops")
                          .capability("C", 50)
                          .dependency("A", "C")
                          .build();
    const Schedule s = scheduleWithSmallBudget(plan);
    ASSERT_EQ(s.find("A")->startDay, 0);
    ASSERT_EQ(s.find("B")->startDay, 21);
    ASSERT_EQ(s.find("B")->reason.kind, ReasonKind::GoLiveLimit);

    const std::vector<Advice> advice = moveEarlierAdvice(plan, s, "B");

    ASSERT_EQ(advice.size(), 1u);
    EXPECT_EQ(advice[0].kind, Advice::Kind::GoLiveLimit);
    EXPECT_EQ(advice[0].team, "Ops");
    EXPECT_EQ(advice[0].wave, 1);
    EXPECT_EQ(advice[0].people, 2);
    EXPECT_EQ(advice[0].keys, Keys{"A"});
    EXPECT_EQ(advice[0].sentence,
              "Ops team already takes 1 go-live in wave 1, its limit: raise the limit to 2, or move A (which goes "
              "live then) out of wave 1.");
}

TEST(MoveEarlierAdvice, DeferredSaysNothingHoldsIt)
{
    const Plan plan = PlanBuilder(30).capability("A", 10).capability("B", 10).build();
    const Schedule s = evaluateSchedule(plan, {5, 40});

    EXPECT_EQ(sentences(moveEarlierAdvice(plan, s, "A")),
              std::vector<std::string>{"Nothing holds it on 2027-01-08: the scheduler started it on 2027-01-09 to leave room "
                                       "for others, so starting it earlier would delay something else."});
    const std::vector<Advice> later = moveEarlierAdvice(plan, s, "B");
    ASSERT_EQ(later.size(), 1u);
    EXPECT_EQ(later[0].kind, Advice::Kind::Deferred);
    EXPECT_TRUE(later[0].sentence.ends_with(" Pin it to an earlier wave to insist.")) << later[0].sentence;
}

TEST(MoveEarlierAdvice, GeneratedPlansGiveAdviceForEveryLateStartNamingRealCapabilities)
{
    std::map<Advice::Kind, int> seen;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        test::GeneratorOptions options;
        options.capabilities = 10 + static_cast<int>(seed % 20);
        options.teams = 1 + static_cast<int>(seed % 3);
        options.unicodeText = false;
        const Plan plan = test::generatePlan(seed, options);
        ScheduleOptions budget;
        budget.budgetSchedules = 50;
        const Schedule s = computeSchedule(plan, budget);
        for (const ScheduledCapability &c : s.capabilities) {
            const std::vector<Advice> advice = moveEarlierAdvice(plan, s, c.key);
            ASSERT_FALSE(advice.empty()) << "seed " << seed << ", " << c.key;
            const bool atStart = advice.front().kind == Advice::Kind::AlreadyAtStart;
            EXPECT_EQ(atStart, c.startDay == 0) << "seed " << seed << ", " << c.key;
            for (const Advice &a : advice) {
                EXPECT_FALSE(a.sentence.empty());
                for (const std::string &key : a.keys) {
                    EXPECT_NE(plan.findCapability(key), nullptr) << "seed " << seed << ": " << key;
                    EXPECT_NE(key, c.key) << "seed " << seed << ": advice names the capability itself";
                }
                if (!a.team.empty()) {
                    EXPECT_NE(plan.findTeam(a.team), nullptr) << "seed " << seed << ": " << a.team;
                }
                ++seen[a.kind];
                EXPECT_GE(a.days, 0);
                EXPECT_GE(a.people, 0);
            }
        }
    }
    // The generated plans reach the common reasons, so the checks above are not vacuous.
    for (const Advice::Kind kind : {Advice::Kind::AlreadyAtStart, Advice::Kind::Predecessor, Advice::Kind::Dependency,
                                    Advice::Kind::TeamCapacity})
        EXPECT_GT(seen[kind], 0) << "no advice of kind " << static_cast<int>(kind);
}
