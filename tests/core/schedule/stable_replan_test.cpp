// Stable re-planning at plan level: computeSchedule with a reference, and the change summary
// that says what moved. Generated plans for the properties, a hand-made one for the words.

#include "core/schedule/schedule.h"
#include "core/schedule/schedule_changes.h"
#include "schedule/plan_builder.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace waveplan;

namespace {

Plan generated(std::uint64_t seed, int capabilities = 40)
{
    test::GeneratorOptions options;
    options.capabilities = capabilities;
    options.teams = 3;
    options.dependencyDensity = 0.06;
    options.fillOptionalFields = false;
    options.unicodeText = false;
    return test::generatePlan(seed, options);
}

Schedule optimised(const Plan &plan)
{
    ScheduleOptions options;
    options.budgetSchedules = 150;
    return computeSchedule(plan, options);
}

Schedule stableAgainst(const Plan &plan, const ScheduleReference &reference, bool firstOnly = true)
{
    ScheduleOptions options;
    options.budgetSchedules = 150;
    options.firstScheduleOnly = firstOnly;
    options.reference = &reference;
    return computeSchedule(plan, options);
}

/// Capabilities other than `except` whose wave differs between the two schedules.
int othersMovedWave(const Schedule &before, const Schedule &after, const std::string &except)
{
    int moved = 0;
    for (const ScheduledCapability &c : after.capabilities) {
        const ScheduledCapability *was = before.find(c.key);
        if (was != nullptr && c.key != except && was->wave != c.wave)
            ++moved;
    }
    return moved;
}

} // namespace

TEST(StableReplan, ANoOpEditMovesNothing)
{
    int checked = 0;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        const Plan plan = generated(seed);
        const Schedule before = optimised(plan);
        if (!before.feasible)
            continue;
        ++checked;
        const ScheduleReference reference = referenceOf(before);
        for (const bool firstOnly : {true, false}) {
            const Schedule after = stableAgainst(plan, reference, firstOnly);
            EXPECT_TRUE(after.stable) << "seed " << seed;
            EXPECT_EQ(after.capabilities, before.capabilities) << "seed " << seed;
            EXPECT_TRUE(diffSchedules(reference, after).empty()) << "seed " << seed;
        }
    }
    EXPECT_GT(checked, 10);
}

TEST(StableReplan, RightAfterAnEditALargePlanDecodesAFewSchedulesNotDozens)
{
    // What the window waits for after an edit: a few dozen decodings on a plan of hundreds, a
    // handful on one of thousands (each decoding of 10,000 capabilities takes milliseconds).
    const auto firstAfterPin = [](int capabilities) {
        test::GeneratorOptions options;
        options.capabilities = capabilities;
        options.teams = 4;
        options.dependencyDensity = 2.0 / capabilities;
        options.fillOptionalFields = false;
        Plan plan = test::generatePlan(11, options);
        ScheduleOptions first;
        first.firstScheduleOnly = true;
        const Schedule before = computeSchedule(plan, first);
        const ScheduledCapability &pinned = before.capabilities[capabilities / 2];
        plan.findCapability(pinned.key)->pinnedWave = pinned.wave + 1;
        const ScheduleReference reference = referenceOf(before);
        first.reference = &reference;
        const Schedule after = computeSchedule(plan, first);
        EXPECT_EQ(after.find(pinned.key)->wave, pinned.wave + 1) << capabilities << " capabilities";
        return after.schedulesEvaluated;
    };
    const std::int64_t small = firstAfterPin(200);
    const std::int64_t large = firstAfterPin(5000);
    EXPECT_GT(small, 20) << "a plan of hundreds gets dozens of tries to keep its waves: " << small;
    EXPECT_LE(large, 20) << "five thousand capabilities: eight decodings (40,000 placements) and the blend's: " << large;
}

TEST(StableReplan, PinningOneCapabilityLaterMovesFewerOthersThanReoptimising)
{
    int stableMoved = 0;
    int freeMoved = 0;
    int cases = 0;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Plan plan = generated(seed, 60);
        const Schedule before = optimised(plan);
        if (!before.feasible)
            continue;
        const ScheduledCapability &pinned = before.capabilities[seed % before.capabilities.size()];
        plan.findCapability(pinned.key)->pinnedWave = pinned.wave + 1;
        const Schedule stable = stableAgainst(plan, referenceOf(before), false);
        const Schedule free = optimised(plan);
        if (free.feasible) {
            EXPECT_TRUE(stable.feasible) << "seed " << seed << ": a free schedule holds every constraint";
        } else {
            EXPECT_FALSE(stable.problems.empty()) << "seed " << seed << ": the clash is named";
        }
        EXPECT_EQ(stable.find(pinned.key)->wave, pinned.wave + 1) << "seed " << seed;
        EXPECT_LE(stable.makespanDays * 100, free.makespanDays * 102) << "seed " << seed;
        stableMoved += othersMovedWave(before, stable, pinned.key);
        freeMoved += othersMovedWave(before, free, pinned.key);
        ++cases;
    }
    EXPECT_GT(cases, 8);
    EXPECT_LT(stableMoved * 3, freeMoved * 2) << "stable " << stableMoved << ", re-optimised " << freeMoved;
}

TEST(StableReplan, AnEditThatFreesCapacityNeverMakesTheEndLater)
{
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        Plan plan = generated(seed);
        for (Team &team : plan.teams)
            team.goLiveLimit.reset(); // a shorter capability may go live in a wave already full
        const Schedule before = optimised(plan);
        if (!before.feasible)
            continue;
        Plan edited = plan;
        Capability &shorter = edited.capabilities[seed % edited.capabilities.size()];
        shorter.durationDays = std::max(1, shorter.durationDays / 2);
        edited.teams[seed % edited.teams.size()].capacity += 2;
        for (const bool firstOnly : {true, false}) {
            const Schedule after = stableAgainst(edited, referenceOf(before), firstOnly);
            EXPECT_LE(after.makespanDays, before.makespanDays) << "seed " << seed;
        }
    }
}

TEST(StableReplan, TheChangeSummaryMatchesAnIndependentDiffOfTheTwoSchedules)
{
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const Plan plan = generated(seed);
        const Schedule before = optimised(plan);
        Plan edited = plan;
        edited.capabilities[seed % edited.capabilities.size()].durationDays += 45;
        const std::string removedKey = edited.capabilities.front().key;
        std::erase_if(edited.dependencies, [&](const Dependency &d) { return d.predecessor == removedKey || d.successor == removedKey; });
        edited.capabilities.erase(edited.capabilities.begin());
        Capability added;
        added.key = "NEW";
        added.name = "Added";
        added.durationDays = 20;
        edited.capabilities.push_back(added);
        const Schedule after = stableAgainst(edited, referenceOf(before));

        const ScheduleChanges changes = diffSchedules(referenceOf(before), after);

        std::map<std::string, std::pair<int, int>> was; // key -> (start, wave)
        for (const ScheduledCapability &c : before.capabilities)
            was[c.key] = {c.startDay, c.wave};
        std::set<std::string> expectedMoved;
        for (const ScheduledCapability &c : after.capabilities)
            if (was.contains(c.key) && was[c.key] != std::pair{c.startDay, c.wave})
                expectedMoved.insert(c.key);
        std::set<std::string> reported;
        for (const CapabilityMove &m : changes.moves) {
            reported.insert(m.key);
            EXPECT_EQ(m.fromStartDay, was[m.key].first);
            EXPECT_EQ(m.toWave, after.find(m.key)->wave);
            EXPECT_EQ(m.startShiftDays(), after.find(m.key)->startDay - was[m.key].first);
        }
        EXPECT_EQ(reported, expectedMoved) << "seed " << seed;
        EXPECT_EQ(changes.added, std::vector<std::string>{"NEW"});
        EXPECT_EQ(changes.removed, std::vector<std::string>{removedKey});
        EXPECT_EQ(changes.endShiftDays(), after.makespanDays - before.makespanDays);
    }
}

TEST(StableReplan, TheSummaryLineSaysWhatMovedAndWhenThePlanEnds)
{
    // One team of one: A then B, each 30 days, waves of 90 days from 4 Jan 2027.
    Plan plan = test::PlanBuilder(90, 4).team("T", 1).capability("A", 30, "T").capability("B", 30, "T").build();
    const Schedule before = optimised(plan);
    const ScheduleReference reference = referenceOf(before);
    EXPECT_EQ(describeChanges(plan, diffSchedules(reference, before)), "Nothing moved");

    plan.findCapability("A")->pinnedWave = 2;
    const Schedule after = stableAgainst(plan, reference);
    const ScheduleChanges changes = diffSchedules(reference, after);

    // A moves to wave 2 (days 90-119); B keeps days 30-59.
    EXPECT_EQ(after.find("B")->startDay, before.find("B")->startDay);
    EXPECT_EQ(after.find("A")->startDay, 90);
    EXPECT_EQ(describeChanges(plan, changes), "1 moved wave; ends 60 days later (2027-05-03, wave 2); driving path changed");
}
