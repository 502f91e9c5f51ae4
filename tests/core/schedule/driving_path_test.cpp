// The driving path: the chain from the plan start to the end date in which each capability is
// held by the one before it, and `critical` meaning zero slack. Invariants on generated plans,
// then one hand-built plan per kind of hold.

#include "core/model/date.h"
#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"
#include "schedule/schedule_checker.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <set>

using namespace waveplan;
using test::PlanBuilder;
using test::scheduleWithSmallBudget;

namespace {

/// Plans with tight teams: capacity limits, go-live limits (often 1), pins and earliest waves.
Plan constrainedPlan(std::uint64_t seed)
{
    test::GeneratorOptions options;
    options.capabilities = 10 + static_cast<int>(seed % 20);
    options.teams = 1 + static_cast<int>(seed % 3);
    options.dependencyDensity = 0.04 + 0.03 * static_cast<double>(seed % 3);
    options.unicodeText = false;
    Plan plan = test::generatePlan(seed, options);
    for (std::size_t t = 0; t < plan.teams.size(); ++t)
        if ((seed + t) % 2 == 0)
            plan.teams[t].goLiveLimit = 1 + static_cast<int>((seed / 2) % 2);
    for (Capability &c : plan.capabilities)
        c.deadlineWave.reset(); // deadlines make many plans infeasible; they play no part here
    if (seed % 5 == 0) { // a late earliest wave, so that it can begin the path
        plan.capabilities.back().pinnedWave.reset();
        plan.capabilities.back().earliestWave = plan.horizonWaves + 1;
    }
    return plan;
}

int goLivesOf(const Plan &plan, const Schedule &schedule, const std::string &team, int wave)
{
    int count = 0;
    for (const Capability &c : plan.capabilities)
        if (demandOn(c, team) > 0 && schedule.find(c.key)->goLiveWave == wave)
            ++count;
    return count;
}

/// People of `team` busy on `day` in the schedule.
int peopleOn(const Plan &plan, const Schedule &schedule, const std::string &team, int day)
{
    int people = 0;
    for (const Capability &c : plan.capabilities) {
        const ScheduledCapability &s = *schedule.find(c.key);
        if (s.startDay <= day && day < s.finishDay)
            people += demandOn(c, team);
    }
    return people;
}

/// Checks from the plan's own data that `link` is held exactly as it says by `before` (nullptr
/// for the first link). Returns what is wrong, or an empty string.
std::string wrongHold(const Plan &plan, const Schedule &schedule, const DrivingLink &link, const DrivingLink *before)
{
    const int length = plan.waveLengthDays;
    const Capability &cap = *plan.findCapability(link.key);
    const ScheduledCapability &s = *schedule.find(link.key);
    const ScheduledCapability *b = before ? schedule.find(before->key) : nullptr;
    if (b && link.holder != b->key)
        return link.key + " names " + link.holder + " as its holder, not the one before it";
    if (!b && !link.holder.empty())
        return link.key + " begins the path but names a holder";
    switch (link.heldBy) {
    case HoldKind::Start:
        return s.startDay == 0 && !b ? "" : link.key + ": start link not first on day 0";
    case HoldKind::Pin:
        return !b && cap.pinnedWave == link.wave && s.startDay == (link.wave - 1) * length ? "" : link.key + ": pin";
    case HoldKind::EarliestWave:
        return !b && cap.earliestWave == link.wave && s.startDay == (link.wave - 1) * length ? ""
                                                                                            : link.key + ": earliest";
    case HoldKind::NoSpan:
        return !b && !plan.allowSpan && s.startDay == (link.wave - 1) * length ? "" : link.key + ": no-span";
    case HoldKind::Predecessor: {
        bool found = false;
        for (const Dependency &d : plan.dependencies)
            found = found || (b && d.predecessor == b->key && d.successor == link.key && d.lagDays == link.lagDays);
        return found && s.startDay == b->finishDay + link.lagDays ? "" : link.key + ": predecessor not exact";
    }
    case HoldKind::TeamCapacity:
        if (!b) // the team had more people from the next wave on
            return s.startDay == link.wave * length ? "" : link.key + ": capacity bound";
    {
        // Had the one before it run one more day, the team would have been over capacity.
        const int held = demandOn(*plan.findCapability(b->key), link.team);
        const bool needed = peopleOn(plan, schedule, link.team, s.startDay) + held >
                            plan.findTeam(link.team)->capacityInWave(s.wave);
        return s.startDay == b->finishDay && demandOn(cap, link.team) > 0 && held > 0 && needed
                   ? ""
                   : link.key + ": team capacity not handed over";
    }
    case HoldKind::ChangeLimit: {
        const Team *team = plan.findTeam(link.team);
        const bool full = team && team->goLiveLimit && goLivesOf(plan, schedule, link.team, link.wave) == *team->goLiveLimit;
        const bool nextWave = s.goLiveWave == link.wave + 1 && s.finishDay - 1 == link.wave * length;
        const bool slotUsed = !b || (b->goLiveWave == link.wave && demandOn(*plan.findCapability(b->key), link.team) > 0);
        return full && nextWave && slotUsed && demandOn(cap, link.team) > 0 ? "" : link.key + ": change limit";
    }
    case HoldKind::Deferred: return link.key + ": deferred on a solved schedule";
    case HoldKind::AsOf:
        return !b && plan.asOf && s.startDay == PlanDates(plan).dayOf(*plan.asOf) ? "" : link.key + ": as-of";
    case HoldKind::UnderWay: return !b && cap.status == WorkStatus::InProgress ? "" : link.key + ": under way";
    case HoldKind::Done: return !b && cap.status == WorkStatus::Done ? "" : link.key + ": done";
    }
    return "unknown kind";
}

} // namespace

TEST(DrivingPath, IsAContiguousChainOfZeroSlackFromItsStartToTheEndDate)
{
    int checked = 0;
    std::set<HoldKind> kindsSeen;
    for (std::uint64_t seed = 1; seed <= 80; ++seed) {
        const Plan plan = constrainedPlan(seed);
        const Schedule schedule = scheduleWithSmallBudget(plan);
        if (!schedule.feasible)
            continue;
        ++checked;
        ASSERT_EQ(test::brokenConstraints(plan, schedule), std::vector<std::string>{}) << "seed " << seed;

        const std::vector<DrivingLink> &path = schedule.drivingPath;
        ASSERT_FALSE(path.empty()) << "seed " << seed;
        EXPECT_EQ(schedule.find(path.back().key)->finishDay, schedule.makespanDays) << "seed " << seed;
        std::vector<std::string> keys;
        for (std::size_t i = 0; i < path.size(); ++i) {
            EXPECT_EQ(wrongHold(plan, schedule, path[i], i > 0 ? &path[i - 1] : nullptr), "") << "seed " << seed;
            EXPECT_EQ(schedule.find(path[i].key)->slackDays, 0) << "seed " << seed << " " << path[i].key;
            EXPECT_TRUE(schedule.find(path[i].key)->critical) << "seed " << seed << " " << path[i].key;
            kindsSeen.insert(path[i].heldBy);
            keys.push_back(path[i].key);
        }
        EXPECT_EQ(schedule.criticalChain, keys) << "seed " << seed;
        for (const ScheduledCapability &c : schedule.capabilities)
            EXPECT_EQ(c.critical, c.slackDays == 0) << "seed " << seed << " " << c.key;
    }
    EXPECT_GT(checked, 40);
    // The generated plans exercise every kind of hold, so the checks above are not vacuous.
    for (const HoldKind kind : {HoldKind::Start, HoldKind::Predecessor, HoldKind::TeamCapacity, HoldKind::ChangeLimit,
                                HoldKind::Pin, HoldKind::EarliestWave})
        EXPECT_TRUE(kindsSeen.count(kind)) << toString(kind);
}

TEST(DrivingPath, SlackOfAGoLiveSlotUserRunsToTheEndOfItsWave)
{
    // Ops absorbs one go-live per wave: A (80 days) and B (85 days) cannot both go live in
    // wave 1. Whichever goes live first could slip to the end of wave 1 without moving the end
    // date, so the path begins at the later one, held by the limit in wave 1.
    const Plan plan = PlanBuilder().team("Ops", 2, 1).capability("A", 80, "Ops").capability("B", 85, "Ops").build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_TRUE(s.feasible);
    const ScheduledCapability *first = s.find("A")->goLiveWave == 1 ? s.find("A") : s.find("B");
    const ScheduledCapability *later = first->key == "A" ? s.find("B") : s.find("A");
    EXPECT_EQ(first->slackDays, 90 - first->finishDay);
    EXPECT_FALSE(first->critical);
    EXPECT_EQ(later->finishDay, 91);
    DrivingLink held{later->key, HoldKind::ChangeLimit, "", "Ops", 1, 0};
    EXPECT_EQ(s.drivingPath, std::vector<DrivingLink>{held});
}

TEST(DrivingPath, StartThenPredecessorWithLag)
{
    const Plan plan = PlanBuilder().capability("A", 10).capability("B", 20).capability("C", 5).dependency("A", "B", 5).build();

    const Schedule s = scheduleWithSmallBudget(plan);

    const std::vector<DrivingLink> expected{{"A", HoldKind::Start, "", "", 0, 0},
                                            {"B", HoldKind::Predecessor, "A", "", 0, 5}};
    EXPECT_EQ(s.drivingPath, expected);
    EXPECT_EQ(s.criticalChain, (std::vector<std::string>{"A", "B"}));
    EXPECT_FALSE(s.find("C")->critical);
    EXPECT_EQ(s.find("C")->slackDays, 30);
}

TEST(DrivingPath, TeamCapacityHandedOver)
{
    // One Ops person. B also waits for C (10 days), so A goes first and B takes its person.
    const Plan plan = PlanBuilder()
                          .team("Ops", 1)
                          .capability("A", 30, "Ops")
                          .capability("B", 20, "Ops")
                          .capability("C", 10)
                          .dependency("C", "B")
                          .build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_EQ(s.makespanDays, 50);
    const std::vector<DrivingLink> expected{{"A", HoldKind::Start, "", "", 0, 0},
                                            {"B", HoldKind::TeamCapacity, "A", "Ops", 1, 0}};
    EXPECT_EQ(s.drivingPath, expected);
    EXPECT_EQ(s.find("C")->slackDays, 20);
}

TEST(DrivingPath, TeamCapacityGrowingInTheNextWaveBeginsThePath)
{
    // Ops has one person in wave 1 and two from wave 2: B waits for the second person.
    const Plan plan = PlanBuilder()
                          .team("Ops", 2)
                          .teamCapacityInWave("Ops", 1, 1)
                          .capability("A", 100, "Ops")
                          .capability("B", 30, "Ops")
                          .build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_EQ(s.makespanDays, 120);
    EXPECT_EQ(s.drivingPath, (std::vector<DrivingLink>{{"B", HoldKind::TeamCapacity, "", "Ops", 1, 0}}));
    EXPECT_EQ(s.find("A")->slackDays, 20);
}

TEST(DrivingPath, ChangeLimitContinuesThroughTheSlotUserWithNoSlack)
{
    // A must go live in wave 1 (its deadline), using Ops's one go-live of that wave, so B goes
    // live on the first day of wave 2: B starts on day 31.
    const Plan plan = PlanBuilder()
                          .team("Ops", 2, 1)
                          .capability("A", 90, "Ops")
                          .capability("B", 60, "Ops")
                          .deadline("A", 1)
                          .build();

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_TRUE(s.feasible);
    ASSERT_EQ(s.find("B")->startDay, 31);
    const std::vector<DrivingLink> expected{{"A", HoldKind::Start, "", "", 0, 0},
                                            {"B", HoldKind::ChangeLimit, "A", "Ops", 1, 0}};
    EXPECT_EQ(s.drivingPath, expected);
}

TEST(DrivingPath, PinBeginsThePath)
{
    const Plan plan = PlanBuilder().capability("A", 10).capability("B", 5).pinned("A", 2).build();

    const Schedule s = scheduleWithSmallBudget(plan);

    EXPECT_EQ(s.drivingPath, (std::vector<DrivingLink>{{"A", HoldKind::Pin, "", "", 2, 0}}));
    EXPECT_EQ(s.makespanDays, 100);
}

TEST(DrivingPath, EarliestWaveBeginsThePathAndItsPredecessorHasSlack)
{
    const Plan plan = PlanBuilder().capability("A", 10).capability("B", 10).dependency("A", "B").earliest("B", 3).build();

    const Schedule s = scheduleWithSmallBudget(plan);

    EXPECT_EQ(s.drivingPath, (std::vector<DrivingLink>{{"B", HoldKind::EarliestWave, "", "", 3, 0}}));
    EXPECT_EQ(s.find("A")->slackDays, 170);
    EXPECT_FALSE(s.find("A")->critical);
    EXPECT_TRUE(s.find("B")->critical);
}

TEST(DrivingPath, NoSpanBeginsThePathAtTheWaveStart)
{
    const Plan plan = PlanBuilder().capability("A", 60).capability("B", 60).dependency("A", "B").noSpan().build();

    const Schedule s = scheduleWithSmallBudget(plan);

    EXPECT_EQ(s.drivingPath, (std::vector<DrivingLink>{{"B", HoldKind::NoSpan, "", "", 2, 0}}));
    EXPECT_EQ(s.find("A")->slackDays, 30);
}

TEST(DrivingPath, DescribedInWordsFromTheEndBack)
{
    Plan plan = PlanBuilder().team("Ops", 1).capability("A", 30, "Ops").capability("B", 20, "Ops").capability("C", 10)
                    .dependency("C", "B").build();
    plan.startDate = *parseIsoDate("2027-01-04");

    const Schedule s = scheduleWithSmallBudget(plan);

    EXPECT_EQ(describeDrivingPath(plan, s),
              "Ends 2027-02-22 (wave 1), driven by B, which waits for the Ops team's people that A frees; "
              "A starts at the plan start.");
}

TEST(DrivingPath, ATeamNamedTeamSomethingTakesNoArticle)
{
    Plan plan = PlanBuilder().team("Team 2", 1).capability("A", 30, "Team 2").capability("B", 20, "Team 2")
                    .capability("C", 10).dependency("C", "B").build();
    plan.startDate = *parseIsoDate("2027-01-04");

    const Schedule s = scheduleWithSmallBudget(plan);

    EXPECT_EQ(describeDrivingPath(plan, s),
              "Ends 2027-02-22 (wave 1), driven by B, which waits for Team 2's people that A frees; "
              "A starts at the plan start.");
}

TEST(DrivingPath, ABeginningAtAGoLiveLimitNamesWhatReachedIt)
{
    Plan plan = PlanBuilder().team("Ops", 2, 1).capability("A", 80, "Ops").capability("B", 85, "Ops").build();
    plan.startDate = *parseIsoDate("2027-01-04");

    const Schedule s = scheduleWithSmallBudget(plan);

    ASSERT_EQ(s.drivingPath.size(), 1u);
    const std::string later = s.drivingPath.front().key;
    const std::string first = later == "A" ? "B" : "A";
    // Day 90 is 2027-04-04, the first day of wave 2.
    EXPECT_EQ(describeDrivingPath(plan, s),
              "Ends 2027-04-04 (wave 2), driven by " + later + ", which is held by the Ops team's go-live limit in "
              "wave 1, reached by " + first + ", which could slip within that wave without moving the end date.");
}
