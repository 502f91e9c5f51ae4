// The one undo command: it applies a core edit through the document and undoes it exactly,
// announces what changed, merges the steps of one drag, and pushEdit hands back a builder's
// refusal without pushing anything.

#include "ui/commands/plan_edit_command.h"

#include "commands/command_test_support.h"
#include "edit/edit_fixtures.h"

#include <QSignalSpy>

using namespace waveplan;
using waveplan::test::ChangeRecorder;
using waveplan::test::documentWith;
using waveplan::test::editCommand;
using waveplan::test::expectRoundTrip;
using waveplan::test::martechPlan;
using ui::PlanChange;

TEST(PlanEditCommand, AppliesTheEditUndoesItExactlyAndAnnouncesItsAreaAndKeys)
{
    auto doc = documentWith(martechPlan());
    ChangeRecorder recorder(*doc);
    Capability longer = *doc->plan().findCapability("CDP");
    longer.durationDays = 40;
    Plan expected = doc->plan();
    *expected.findCapability("CDP") = longer;

    QUndoCommand *command = editCommand(doc.get(), edit::editCapability(doc->plan(), "CDP", longer));

    EXPECT_EQ(command->text(), "Change duration of CDP");
    expectRoundTrip(*doc, command, expected);
    ASSERT_EQ(recorder.changes.size(), 3u); // redo, undo, redo
    for (const auto &[change, keys] : recorder.changes) {
        EXPECT_EQ(change, PlanChange::Capabilities);
        EXPECT_EQ(keys, QStringList{"CDP"});
    }
}

TEST(PlanEditCommand, EachAreaIsAnnouncedAsItsPlanChange)
{
    auto doc = documentWith(martechPlan());
    ChangeRecorder recorder(*doc);
    PlanSettings settings = settingsOf(doc->plan());
    settings.horizonWaves = 6;

    ui::pushEdit(doc.get(), edit::connect(doc->plan(), {"ATTR", "JOURNEYS", 0}));
    ui::pushEdit(doc.get(), edit::addTeam(doc->plan(), Team{"Legal", 1, {}, {}}));
    ui::pushEdit(doc.get(), edit::editSettings(doc->plan(), settings));
    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"CDP", {4, 4}}}));

    ASSERT_EQ(recorder.changes.size(), 4u);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Dependencies);
    EXPECT_EQ(recorder.changes[0].second, (QStringList{"ATTR", "JOURNEYS"}));
    EXPECT_EQ(recorder.changes[1].first, PlanChange::Teams);
    EXPECT_EQ(recorder.changes[2].first, PlanChange::Settings);
    EXPECT_EQ(recorder.changes[3].first, PlanChange::Positions);
    EXPECT_EQ(doc->undoStack()->count(), 4);
}

TEST(PlanEditCommand, ARenameIsAnnouncedBeforeAndAfterBothWays)
{
    auto doc = documentWith(martechPlan());
    QSignalSpy before(doc.get(), &ui::PlanDocument::capabilityAboutToBeRenamed);
    QSignalSpy after(doc.get(), &ui::PlanDocument::capabilityRenamed);
    Capability renamed = *doc->plan().findCapability("CDP");
    renamed.key = "PLATFORM";

    doc->undoStack()->push(editCommand(doc.get(), edit::editCapability(doc->plan(), "CDP", renamed)));
    doc->undoStack()->undo();

    ASSERT_EQ(before.count(), 2);
    ASSERT_EQ(after.count(), 2);
    EXPECT_EQ(after.at(0), (QVariantList{"CDP", "PLATFORM"}));
    EXPECT_EQ(after.at(1), (QVariantList{"PLATFORM", "CDP"}));
    EXPECT_TRUE(doc->plan() == withIds(martechPlan()));
}

TEST(PlanEditCommand, PushEditReturnsTheBuildersRefusalAndPushesNothing)
{
    auto doc = documentWith(martechPlan());

    const QString refused = ui::pushEdit(doc.get(), edit::connect(doc->plan(), {"JOURNEYS", "DATA", 0}));
    const QString unchanged = ui::pushEdit(doc.get(), edit::setLag(doc->plan(), "DATA", "ATTR", 5));

    EXPECT_EQ(refused, "Connecting JOURNEYS -> DATA would create a cycle: DATA -> CDP -> JOURNEYS already leads from "
                       "DATA to JOURNEYS.");
    EXPECT_TRUE(unchanged.isEmpty());
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_TRUE(doc->plan() == withIds(martechPlan()));
}

TEST(PlanEditCommand, AnEditMadeForAnotherPlanChangesNothing)
{
    auto doc = documentWith(martechPlan());
    const Result<edit::PlanEdit> stale = edit::removeCapabilities(test::PlanBuilder().capability("X", 1).build(), {"X"});
    ChangeRecorder recorder(*doc);

    doc->undoStack()->push(editCommand(doc.get(), stale));

    EXPECT_TRUE(doc->plan() == withIds(martechPlan()));
    EXPECT_TRUE(recorder.changes.empty());
}

TEST(PlanEditCommand, AWholeDragIsOneUndoStep)
{
    const Plan plan = martechPlan();
    auto doc = documentWith(plan);

    for (int step = 1; step <= 10; ++step)
        ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"CDP", {10.0 * step, 5.0 * step}}}));

    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(doc->undoStack()->text(0), "Move CDP");
    EXPECT_EQ(doc->plan().findCapability("CDP")->position, (MapPosition{100, 50}));
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->plan() == withIds(plan));
}

TEST(PlanEditCommand, ANewDragOrOtherCapabilitiesMakeANewStep)
{
    auto doc = documentWith(martechPlan());

    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"CDP", {1, 1}}}));
    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"DATA", {2, 2}}}));
    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"DATA", {3, 3}}}), true);
    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"DATA", {4, 4}}}));

    EXPECT_EQ(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->plan().findCapability("DATA")->position, (MapPosition{2, 2}));
}

TEST(PlanEditCommand, DraggingBackToTheStartLeavesNoStep)
{
    Plan plan = martechPlan();
    plan.capabilities[1].position = MapPosition{5, 5};
    auto doc = documentWith(plan);

    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"CDP", {50, 50}}}));
    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"CDP", {5, 5}}}));

    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_TRUE(doc->plan() == withIds(plan));
}

TEST(PlanEditCommand, MovesDoNotRescheduleAndOtherEditsDo)
{
    auto doc = documentWith(martechPlan());
    QSignalSpy scheduleSpy(doc.get(), &ui::PlanDocument::scheduleChanged);

    ui::pushEdit(doc.get(), edit::moveCapabilities(doc->plan(), {{"CDP", {6, 6}}}));
    EXPECT_EQ(scheduleSpy.count(), 0);
    ui::pushEdit(doc.get(), edit::setLag(doc->plan(), "DATA", "ATTR", 9));
    EXPECT_EQ(scheduleSpy.count(), 1);
}
