#include "ui/commands/dependency_commands.h"

#include "commands/command_test_support.h"
#include "schedule/plan_builder.h"

using namespace waveplan;
using waveplan::test::ChangeRecorder;
using waveplan::test::documentWith;
using waveplan::test::expectRoundTrip;
using ui::PlanChange;

namespace {

/// DATA -> CDP -> JOURNEYS -> TRAIN; ATTR stands alone.
Plan chainPlan()
{
    return test::PlanBuilder()
        .capability("DATA", 10)
        .capability("CDP", 20)
        .capability("JOURNEYS", 15)
        .capability("TRAIN", 5)
        .capability("ATTR", 10)
        .dependency("DATA", "CDP")
        .dependency("CDP", "JOURNEYS", 3)
        .dependency("JOURNEYS", "TRAIN")
        .build();
}

} // namespace

TEST(AddDependencyCommand, AppendsTheDependencyAndUndoRemovesIt)
{
    auto doc = documentWith(chainPlan());
    ChangeRecorder recorder(*doc);
    Plan expected = doc->plan();
    expected.dependencies.push_back({"DATA", "ATTR", 4});

    QUndoCommand *command = ui::makeAddDependencyCommand(doc.get(), {"DATA", "ATTR", 4});

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Connect DATA -> ATTR");
    expectRoundTrip(*doc, command, expected);
    ASSERT_EQ(recorder.changes.size(), 3u);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Dependencies);
    EXPECT_EQ(recorder.changes[0].second, (QStringList{"DATA", "ATTR"}));
}

TEST(AddDependencyCommand, RefusesALinkThatWouldCloseACycleAndNamesThePathBack)
{
    auto doc = documentWith(chainPlan());

    const std::optional<QString> why = ui::whyCannotConnect(doc->plan(), "TRAIN", "DATA");

    ASSERT_TRUE(why.has_value());
    EXPECT_TRUE(why->contains("cycle")) << why->toStdString();
    EXPECT_TRUE(why->contains("DATA -> CDP -> JOURNEYS -> TRAIN")) << why->toStdString();
    EXPECT_EQ(ui::makeAddDependencyCommand(doc.get(), {"TRAIN", "DATA", 0}), nullptr);
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST(AddDependencyCommand, RefusesSelfLinksUnknownKeysDuplicatesAndNegativeLags)
{
    auto doc = documentWith(chainPlan());
    const Plan &plan = doc->plan();

    const auto self = ui::whyCannotConnect(plan, "CDP", "CDP");
    const auto unknown = ui::whyCannotConnect(plan, "CDP", "NOPE");
    const auto duplicate = ui::whyCannotConnect(plan, "DATA", "CDP");

    ASSERT_TRUE(self && unknown && duplicate);
    EXPECT_TRUE(self->contains("itself")) << self->toStdString();
    EXPECT_TRUE(unknown->contains("'NOPE'")) << unknown->toStdString();
    EXPECT_TRUE(duplicate->contains("already depends on DATA")) << duplicate->toStdString();
    EXPECT_FALSE(ui::whyCannotConnect(plan, "TRAIN", "ATTR").has_value());
    EXPECT_FALSE(ui::whyCannotConnect(plan, "DATA", "TRAIN").has_value()); // a short cut, not a cycle
    EXPECT_EQ(ui::makeAddDependencyCommand(doc.get(), {"CDP", "CDP", 0}), nullptr);
    EXPECT_EQ(ui::makeAddDependencyCommand(doc.get(), {"DATA", "CDP", 0}), nullptr);
    EXPECT_EQ(ui::makeAddDependencyCommand(doc.get(), {"DATA", "ATTR", -1}), nullptr);
}

TEST(RemoveDependencyCommand, RemovesItAndUndoPutsItBackInPlace)
{
    auto doc = documentWith(chainPlan());
    ChangeRecorder recorder(*doc);
    Plan expected = doc->plan();
    expected.dependencies.erase(expected.dependencies.begin() + 1);

    QUndoCommand *command = ui::makeRemoveDependencyCommand(doc.get(), "CDP", "JOURNEYS");

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Disconnect CDP -> JOURNEYS");
    expectRoundTrip(*doc, command, expected);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Dependencies);
    EXPECT_EQ(recorder.changes[0].second, (QStringList{"CDP", "JOURNEYS"}));
}

TEST(RemoveDependencyCommand, AMissingDependencyIsNotAnEdit)
{
    auto doc = documentWith(chainPlan());

    EXPECT_EQ(ui::makeRemoveDependencyCommand(doc.get(), "CDP", "DATA"), nullptr);
    EXPECT_EQ(ui::makeRemoveDependencyCommand(doc.get(), "NOPE", "DATA"), nullptr);
}

TEST(SetDependencyLagCommand, ChangesTheLagAndUndoRestoresIt)
{
    auto doc = documentWith(chainPlan());
    Plan expected = doc->plan();
    expected.dependencies[1].lagDays = 10;

    QUndoCommand *command = ui::makeSetDependencyLagCommand(doc.get(), "CDP", "JOURNEYS", 10);

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Change lag of CDP -> JOURNEYS");
    expectRoundTrip(*doc, command, expected);
}

TEST(SetDependencyLagCommand, TheSameLagANegativeLagOrAMissingDependencyIsNotAnEdit)
{
    auto doc = documentWith(chainPlan());

    EXPECT_EQ(ui::makeSetDependencyLagCommand(doc.get(), "CDP", "JOURNEYS", 3), nullptr);
    EXPECT_EQ(ui::makeSetDependencyLagCommand(doc.get(), "CDP", "JOURNEYS", -2), nullptr);
    EXPECT_EQ(ui::makeSetDependencyLagCommand(doc.get(), "CDP", "TRAIN", 2), nullptr);
}
