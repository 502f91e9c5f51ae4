// The desktop document re-plans stably: an edit keeps the schedule on screen where it can and
// says what moved, undo and redo bring back the schedules that were shown, Optimise whole plan
// is one undo step, and the change summary can be dismissed.

#include "commands/command_test_support.h"

#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"

#include "core/schedule/schedule.h"
#include "core/schedule/schedule_changes.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace waveplan;
using waveplan::test::documentWith;

namespace {

Plan generated(std::uint64_t seed)
{
    test::GeneratorOptions options;
    options.capabilities = 40;
    options.teams = 3;
    options.dependencyDensity = 0.06;
    options.fillOptionalFields = false;
    options.unicodeText = false;
    return test::generatePlan(seed, options);
}

std::map<std::string, int> startsOf(const Schedule &schedule)
{
    std::map<std::string, int> starts;
    for (const ScheduledCapability &c : schedule.capabilities)
        starts[c.key] = c.startDay;
    return starts;
}

/// Pins the first capability with a successor one wave later than it is now.
QUndoCommand *pinOneWaveLater(ui::PlanDocument &doc, std::string &pinned, int &fromWave)
{
    for (const ScheduledCapability &s : doc.schedule().capabilities) {
        const bool hasSuccessor = std::any_of(doc.plan().dependencies.begin(), doc.plan().dependencies.end(),
                                              [&](const Dependency &d) { return d.predecessor == s.key; });
        if (!hasSuccessor)
            continue;
        Capability c = *doc.plan().findCapability(s.key);
        c.pinnedWave = s.wave + 1;
        pinned = s.key;
        fromWave = s.wave;
        return test::editCommand(&doc, edit::editCapability(doc.plan(), c.key, c, "Pin"));
    }
    ADD_FAILURE() << "no capability with a successor";
    return nullptr;
}

} // namespace

TEST(StableReplanDocument, AnEditSaysExactlyWhatMovedAgainstTheScheduleShownBeforeIt)
{
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        auto doc = documentWith(generated(seed));
        const Schedule before = doc->schedule();
        std::string pinned;
        int fromWave = 0;
        QSignalSpy changed(doc.get(), &ui::PlanDocument::changesChanged);

        doc->undoStack()->push(pinOneWaveLater(*doc, pinned, fromWave));

        EXPECT_GE(changed.count(), 1);
        const Schedule &after = doc->schedule();
        std::set<std::string> expected; // an independent diff of the two schedules
        for (const ScheduledCapability &c : after.capabilities) {
            const ScheduledCapability *was = before.find(c.key);
            if (was != nullptr && (was->startDay != c.startDay || was->wave != c.wave))
                expected.insert(c.key);
        }
        std::set<std::string> reported;
        for (const CapabilityMove &m : doc->lastChanges().moves)
            reported.insert(m.key);
        EXPECT_EQ(reported, expected) << "seed " << seed;
        EXPECT_EQ(doc->lastChanges().endShiftDays(), after.makespanDays - before.makespanDays);
        EXPECT_EQ(after.find(pinned)->wave, fromWave + 1) << "seed " << seed;
    }
}

TEST(StableReplanDocument, UndoAndRedoBringBackTheSchedulesThatWereShown)
{
    auto doc = documentWith(generated(3));
    const Schedule before = doc->schedule();
    std::string pinned;
    int fromWave = 0;
    doc->undoStack()->push(pinOneWaveLater(*doc, pinned, fromWave));
    const Schedule edited = doc->schedule();
    ASSERT_NE(startsOf(edited), startsOf(before));

    doc->undoStack()->undo();
    EXPECT_EQ(startsOf(doc->schedule()), startsOf(before));
    ASSERT_FALSE(doc->lastChanges().moves.empty());
    for (const CapabilityMove &m : doc->lastChanges().moves)
        EXPECT_EQ(m.toStartDay, before.find(m.key)->startDay);

    doc->undoStack()->redo();
    EXPECT_EQ(startsOf(doc->schedule()), startsOf(edited));
}

TEST(StableReplanDocument, ARenameMovesNothing)
{
    auto doc = documentWith(generated(4));
    const Schedule before = doc->schedule();
    Capability c = doc->plan().capabilities.front();
    c.name = "Renamed for the board";

    doc->undoStack()->push(test::editCommand(doc.get(), edit::editCapability(doc->plan(), c.key, c, "Rename")));

    EXPECT_EQ(startsOf(doc->schedule()), startsOf(before));
    EXPECT_TRUE(doc->lastChanges().empty());
}

TEST(StableReplanDocument, OptimiseWholePlanIsOneUndoStepThatSaysWhatItMoved)
{
    auto doc = documentWith(generated(5));
    ScheduleOptions budget;
    budget.budgetSchedules = 300;
    doc->scheduleRunner()->setImprovementOptions(budget);
    doc->scheduleRunner()->setImprovementEnabled(true);
    const Schedule before = doc->schedule();
    const int steps = doc->undoStack()->count();
    QSignalSpy optimising(doc.get(), &ui::PlanDocument::optimisingChanged);

    doc->optimiseWholePlan();
    EXPECT_TRUE(doc->isOptimising());
    while (doc->isOptimising())
        ASSERT_TRUE(optimising.wait(120000));

    const Schedule optimised = computeSchedule(doc->plan(), budget);
    EXPECT_EQ(doc->undoStack()->count(), steps + 1);
    EXPECT_EQ(doc->undoStack()->undoText(), "Optimise whole plan");
    EXPECT_EQ(startsOf(doc->schedule()), startsOf(optimised));
    EXPECT_TRUE(doc->lastChanges() == diffSchedules(referenceOf(before), doc->schedule()));
    doc->undoStack()->undo();
    EXPECT_EQ(startsOf(doc->schedule()), startsOf(before));
}

TEST(StableReplanDocument, DismissingForgetsTheChanges)
{
    auto doc = documentWith(generated(6));
    std::string pinned;
    int fromWave = 0;
    doc->undoStack()->push(pinOneWaveLater(*doc, pinned, fromWave));
    ASSERT_FALSE(doc->lastChanges().empty());
    QSignalSpy changed(doc.get(), &ui::PlanDocument::changesChanged);

    doc->dismissChanges();

    EXPECT_TRUE(doc->lastChanges().empty());
    EXPECT_EQ(changed.count(), 1);
}

TEST(StableReplanDocument, ASavedPlanReopensWithTheWavesItWasSavedWith)
{
    // Find a pin whose stable re-plan differs from what a free search gives the edited plan,
    // so that reopening with a free search would show other waves.
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        auto doc = documentWith(generated(seed));
        std::string pinned;
        int fromWave = 0;
        doc->undoStack()->push(pinOneWaveLater(*doc, pinned, fromWave));
        const Schedule shown = doc->schedule();
        ScheduleOptions first;
        first.firstScheduleOnly = true;
        if (startsOf(computeSchedule(doc->plan(), first)) == startsOf(shown))
            continue;
        test::TempDir dir;
        ASSERT_TRUE(doc->saveAs(dir.file("plan.waveplan")));

        ui::PlanDocument reopened; // background search on, as in the app
        ASSERT_TRUE(reopened.open(dir.file("plan.waveplan")));

        EXPECT_EQ(startsOf(reopened.schedule()), startsOf(shown)) << "seed " << seed;
        EXPECT_FALSE(reopened.isImprovingSchedule()) << "a saved schedule is shown as it was, not searched again";
        EXPECT_TRUE(reopened.lastChanges().empty());
        return;
    }
    FAIL() << "no generated plan where a free first schedule differs from the stable one";
}
