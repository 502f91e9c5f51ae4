#include "ui/commands/capability_commands.h"

#include "commands/command_test_support.h"
#include "schedule/plan_builder.h"
#include "support/plan_generator.h"

#include <QSignalSpy>

#include <algorithm>

using namespace waveplan;
using waveplan::test::ChangeRecorder;
using waveplan::test::documentWith;
using waveplan::test::expectRoundTrip;
using ui::PlanChange;

namespace {

/// DATA -> CDP -> JOURNEYS -> TRAIN, and DATA -> ATTR with 5 days lag.
Plan martechPlan()
{
    return test::PlanBuilder()
        .team("Data", 2)
        .team("Marketing", 3)
        .capability("DATA", 10, "Data")
        .capability("CDP", 20, "Data")
        .capability("JOURNEYS", 15, "Marketing")
        .capability("ATTR", 10, "Data")
        .capability("TRAIN", 5, "Marketing")
        .dependency("DATA", "CDP")
        .dependency("CDP", "JOURNEYS")
        .dependency("DATA", "ATTR", 5)
        .dependency("JOURNEYS", "TRAIN")
        .build();
}

Capability capability(const std::string &key, int duration)
{
    Capability c;
    c.key = key;
    c.name = "Capability " + key;
    c.durationDays = duration;
    return c;
}

} // namespace

TEST(AddCapabilityCommand, AppendsTheCapabilityAndUndoRemovesIt)
{
    auto doc = documentWith(martechPlan());
    ChangeRecorder recorder(*doc);
    const Capability kpi = capability("KPI", 7);
    Plan expected = doc->plan();
    expected.capabilities.push_back(kpi);

    QUndoCommand *command = ui::makeAddCapabilityCommand(doc.get(), kpi);

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Add KPI");
    expectRoundTrip(*doc, command, expected);
    ASSERT_EQ(recorder.changes.size(), 3u); // redo, undo, redo
    for (const auto &[change, keys] : recorder.changes) {
        EXPECT_EQ(change, PlanChange::Capabilities);
        EXPECT_EQ(keys, QStringList{"KPI"});
    }
}

TEST(AddCapabilityCommand, RefusesATakenKeyAnInvalidKeyAndAnUnknownTeam)
{
    auto doc = documentWith(martechPlan());
    Capability unknownTeam = capability("NEW", 5);
    unknownTeam.demand.push_back({"Legal", 1});

    EXPECT_EQ(ui::makeAddCapabilityCommand(doc.get(), capability("CDP", 5)), nullptr);
    EXPECT_EQ(ui::makeAddCapabilityCommand(doc.get(), capability("has space", 5)), nullptr);
    EXPECT_EQ(ui::makeAddCapabilityCommand(doc.get(), capability("ZERO", 0)), nullptr);
    EXPECT_EQ(ui::makeAddCapabilityCommand(doc.get(), unknownTeam), nullptr);
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST(RemoveCapabilitiesCommand, RemovesTheCapabilitiesAndTheirDependenciesAndUndoRestoresOrder)
{
    auto doc = documentWith(martechPlan());
    ChangeRecorder recorder(*doc);
    // Expected by hand: JOURNEYS and DATA go, with every dependency touching them.
    Plan expected = doc->plan();
    expected.capabilities = {doc->plan().capabilities[1], doc->plan().capabilities[3], doc->plan().capabilities[4]};
    expected.dependencies.clear();

    QUndoCommand *command = ui::makeRemoveCapabilitiesCommand(doc.get(), {"JOURNEYS", "DATA"});

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Delete 2 capabilities");
    expectRoundTrip(*doc, command, expected);
    ASSERT_FALSE(recorder.changes.empty());
    EXPECT_EQ(recorder.changes.front().first, PlanChange::Capabilities);
    EXPECT_EQ(recorder.changes.front().second, (QStringList{"DATA", "JOURNEYS"}));
}

TEST(RemoveCapabilitiesCommand, KeepsUnrelatedDependenciesInPlace)
{
    auto doc = documentWith(martechPlan());
    Plan expected = doc->plan();
    expected.capabilities.erase(expected.capabilities.begin() + 3); // ATTR
    expected.dependencies.erase(expected.dependencies.begin() + 2); // DATA -> ATTR

    QUndoCommand *command = ui::makeRemoveCapabilitiesCommand(doc.get(), {"ATTR"});

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Delete ATTR");
    expectRoundTrip(*doc, command, expected);
}

TEST(RemoveCapabilitiesCommand, UndoRestoresAGeneratedPlanExactly)
{
    const Plan original = test::generatePlan(21);
    auto doc = documentWith(original);
    QStringList keys;
    for (std::size_t i = 0; i < original.capabilities.size(); i += 4)
        keys.append(QString::fromStdString(original.capabilities[i].key));

    doc->undoStack()->push(ui::makeRemoveCapabilitiesCommand(doc.get(), keys));
    const Plan edited = doc->plan();
    doc->undoStack()->undo();

    EXPECT_TRUE(doc->plan() == original);
    EXPECT_EQ(edited.capabilities.size(), original.capabilities.size() - static_cast<std::size_t>(keys.size()));
    for (const Dependency &d : edited.dependencies) {
        EXPECT_FALSE(keys.contains(QString::fromStdString(d.predecessor)));
        EXPECT_FALSE(keys.contains(QString::fromStdString(d.successor)));
    }
    EXPECT_TRUE(structuralErrors(edited).empty());
}

TEST(RemoveCapabilitiesCommand, UnknownKeysChangeNothing)
{
    auto doc = documentWith(martechPlan());

    EXPECT_EQ(ui::makeRemoveCapabilitiesCommand(doc.get(), {"NOPE"}), nullptr);
    EXPECT_EQ(ui::makeRemoveCapabilitiesCommand(doc.get(), {}), nullptr);
}

TEST(EditCapabilityCommand, ChangesTheCapabilityWithTheCallersText)
{
    auto doc = documentWith(martechPlan());
    ChangeRecorder recorder(*doc);
    Capability longer = *doc->plan().findCapability("CDP");
    longer.durationDays = 40;
    Plan expected = doc->plan();
    expected.capabilities[1].durationDays = 40;

    QUndoCommand *command = ui::makeEditCapabilityCommand(doc.get(), "CDP", longer, "Change duration of CDP");

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Change duration of CDP");
    expectRoundTrip(*doc, command, expected);
    ASSERT_EQ(recorder.changes.size(), 3u);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Capabilities);
    EXPECT_EQ(recorder.changes[0].second, QStringList{"CDP"});
}

TEST(EditCapabilityCommand, AnUnchangedValueIsNotAnEdit)
{
    auto doc = documentWith(martechPlan());

    EXPECT_EQ(ui::makeEditCapabilityCommand(doc.get(), "CDP", *doc->plan().findCapability("CDP"), "Edit"), nullptr);
    EXPECT_EQ(ui::makeEditCapabilityCommand(doc.get(), "NOPE", capability("NOPE", 3), "Edit"), nullptr);
}

TEST(EditCapabilityCommand, ANewKeyRenamesItInEveryDependency)
{
    auto doc = documentWith(martechPlan());
    ChangeRecorder recorder(*doc);
    Capability renamed = *doc->plan().findCapability("CDP");
    renamed.key = "CDP2";
    Plan expected = doc->plan();
    expected.capabilities[1].key = "CDP2";
    expected.dependencies[0].successor = "CDP2";   // DATA -> CDP
    expected.dependencies[1].predecessor = "CDP2"; // CDP -> JOURNEYS

    QUndoCommand *command = ui::makeEditCapabilityCommand(doc.get(), "CDP", renamed, "Rename CDP");

    expectRoundTrip(*doc, command, expected);
    ASSERT_FALSE(recorder.changes.empty());
    EXPECT_EQ(recorder.changes[0].second, (QStringList{"CDP", "CDP2"}));
}

TEST(EditCapabilityCommand, RefusesATakenKeyOrABrokenValue)
{
    auto doc = documentWith(martechPlan());
    Capability taken = *doc->plan().findCapability("CDP");
    taken.key = "DATA";
    Capability noDuration = *doc->plan().findCapability("CDP");
    noDuration.durationDays = 0;

    EXPECT_EQ(ui::makeEditCapabilityCommand(doc.get(), "CDP", taken, "Rename"), nullptr);
    EXPECT_EQ(ui::makeEditCapabilityCommand(doc.get(), "CDP", noDuration, "Change duration"), nullptr);
}

TEST(EditCapabilityCommand, APositionOnlyEditIsAnnouncedAsPositions)
{
    auto doc = documentWith(martechPlan());
    ChangeRecorder recorder(*doc);
    Capability moved = *doc->plan().findCapability("CDP");
    moved.position = MapPosition{10, 20};

    doc->undoStack()->push(ui::makeEditCapabilityCommand(doc.get(), "CDP", moved, "Move CDP"));

    ASSERT_EQ(recorder.changes.size(), 1u);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Positions);
}

TEST(MoveCapabilitiesCommand, MovesAndUndoRestoresEvenAMissingPosition)
{
    Plan plan = martechPlan();
    plan.capabilities[0].position = MapPosition{1, 2};
    auto doc = documentWith(plan);
    ChangeRecorder recorder(*doc);
    Plan expected = plan;
    expected.capabilities[0].position = MapPosition{100, 200};
    expected.capabilities[1].position = MapPosition{300, 400};

    QUndoCommand *command = ui::makeMoveCapabilitiesCommand(doc.get(), {{"DATA", {100, 200}}, {"CDP", {300, 400}}});

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Move 2 capabilities");
    expectRoundTrip(*doc, command, expected);
    ASSERT_EQ(recorder.changes.size(), 3u);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Positions);
    EXPECT_EQ(recorder.changes[0].second, (QStringList{"DATA", "CDP"}));
}

TEST(MoveCapabilitiesCommand, AWholeDragIsOneUndoStep)
{
    const Plan plan = martechPlan();
    auto doc = documentWith(plan);

    for (int step = 1; step <= 10; ++step)
        doc->undoStack()->push(ui::makeMoveCapabilitiesCommand(doc.get(), {{"CDP", {10.0 * step, 5.0 * step}}}));

    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(doc->undoStack()->text(0), "Move CDP");
    EXPECT_EQ(doc->plan().findCapability("CDP")->position, (MapPosition{100, 50}));
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->plan() == plan);
}

TEST(MoveCapabilitiesCommand, ANewDragOrOtherKeysMakeANewStep)
{
    auto doc = documentWith(martechPlan());

    doc->undoStack()->push(ui::makeMoveCapabilitiesCommand(doc.get(), {{"CDP", {1, 1}}}));
    doc->undoStack()->push(ui::makeMoveCapabilitiesCommand(doc.get(), {{"DATA", {2, 2}}}));
    doc->undoStack()->push(ui::makeMoveCapabilitiesCommand(doc.get(), {{"DATA", {3, 3}}}, true));
    doc->undoStack()->push(ui::makeMoveCapabilitiesCommand(doc.get(), {{"DATA", {4, 4}}}));

    EXPECT_EQ(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->plan().findCapability("DATA")->position, (MapPosition{2, 2}));
}

TEST(MoveCapabilitiesCommand, DraggingBackToTheStartLeavesNoStep)
{
    Plan plan = martechPlan();
    plan.capabilities[1].position = MapPosition{5, 5};
    auto doc = documentWith(plan);

    doc->undoStack()->push(ui::makeMoveCapabilitiesCommand(doc.get(), {{"CDP", {50, 50}}}));
    doc->undoStack()->push(ui::makeMoveCapabilitiesCommand(doc.get(), {{"CDP", {5, 5}}}));

    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_TRUE(doc->plan() == plan);
}

TEST(MoveCapabilitiesCommand, NothingMovingIsNotAnEditAndMovesDoNotReschedule)
{
    Plan plan = martechPlan();
    plan.capabilities[1].position = MapPosition{5, 5};
    auto doc = documentWith(plan);
    QSignalSpy scheduleSpy(doc.get(), &ui::PlanDocument::scheduleChanged);

    EXPECT_EQ(ui::makeMoveCapabilitiesCommand(doc.get(), {{"CDP", {5, 5}}}), nullptr);
    EXPECT_EQ(ui::makeMoveCapabilitiesCommand(doc.get(), {{"NOPE", {5, 5}}}), nullptr);
    doc->undoStack()->push(ui::makeMoveCapabilitiesCommand(doc.get(), {{"CDP", {6, 6}}}));

    EXPECT_EQ(scheduleSpy.count(), 0);
}
