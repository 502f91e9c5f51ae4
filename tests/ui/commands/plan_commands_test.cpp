#include "ui/commands/plan_commands.h"

#include "commands/command_test_support.h"
#include "schedule/plan_builder.h"

using namespace waveplan;
using waveplan::test::ChangeRecorder;
using waveplan::test::documentWith;
using waveplan::test::expectRoundTrip;
using ui::PlanChange;

namespace {

Plan teamPlan()
{
    return test::PlanBuilder()
        .team("Data", 2, 3)
        .team("Marketing", 3)
        .team("Legal", 1)
        .capability("DATA", 10, "Data")
        .capability("CDP", 20, "Data")
        .capability("JOURNEYS", 15, "Marketing")
        .demand("CDP", "Marketing", 1)
        .build();
}

} // namespace

TEST(EditPlanSettingsCommand, ChangesEverySettingAndUndoRestoresThem)
{
    auto doc = documentWith(teamPlan());
    ChangeRecorder recorder(*doc);
    const ui::PlanSettings settings{"Year one", *parseIsoDate("2028-02-01"), 60, 6, false};
    Plan expected = doc->plan();
    expected.name = "Year one";
    expected.startDate = *parseIsoDate("2028-02-01");
    expected.waveLengthDays = 60;
    expected.horizonWaves = 6;
    expected.allowSpan = false;

    QUndoCommand *command = ui::makeEditPlanSettingsCommand(doc.get(), settings);

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Change plan settings");
    expectRoundTrip(*doc, command, expected);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Settings);
    EXPECT_EQ(ui::settingsOf(doc->plan()), settings);
}

TEST(EditPlanSettingsCommand, TheSameSettingsOrAZeroWaveLengthAreNotAnEdit)
{
    auto doc = documentWith(teamPlan());
    ui::PlanSettings zeroWaves = ui::settingsOf(doc->plan());
    zeroWaves.waveLengthDays = 0;

    EXPECT_EQ(ui::makeEditPlanSettingsCommand(doc.get(), ui::settingsOf(doc->plan())), nullptr);
    EXPECT_EQ(ui::makeEditPlanSettingsCommand(doc.get(), zeroWaves), nullptr);
}

TEST(AddTeamCommand, AppendsTheTeamAndUndoRemovesIt)
{
    auto doc = documentWith(teamPlan());
    ChangeRecorder recorder(*doc);
    const Team ops{"Ops", 4, {{2, 1}}, 2};
    Plan expected = doc->plan();
    expected.teams.push_back(ops);

    QUndoCommand *command = ui::makeAddTeamCommand(doc.get(), ops);

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Add team Ops");
    expectRoundTrip(*doc, command, expected);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Teams);
}

TEST(AddTeamCommand, RefusesATakenOrEmptyNameAndANegativeCapacity)
{
    auto doc = documentWith(teamPlan());

    EXPECT_EQ(ui::makeAddTeamCommand(doc.get(), Team{"Data", 1, {}, {}}), nullptr);
    EXPECT_EQ(ui::makeAddTeamCommand(doc.get(), Team{"", 1, {}, {}}), nullptr);
    EXPECT_EQ(ui::makeAddTeamCommand(doc.get(), Team{"Ops", -1, {}, {}}), nullptr);
}

TEST(RemoveTeamCommand, RemovesAnUnusedTeamAndUndoPutsItBackInPlace)
{
    Plan plan = teamPlan();
    plan.teams.push_back(Team{"Ops", 1, {}, {}});
    auto doc = documentWith(plan);
    Plan expected = plan;
    expected.teams.erase(expected.teams.begin() + 2); // Legal, between Marketing and Ops

    QUndoCommand *command = ui::makeRemoveTeamCommand(doc.get(), "Legal");

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Delete team Legal");
    expectRoundTrip(*doc, command, expected);
}

TEST(RemoveTeamCommand, IsRefusedWhileACapabilityDemandsTheTeam)
{
    auto doc = documentWith(teamPlan());

    EXPECT_EQ(ui::makeRemoveTeamCommand(doc.get(), "Marketing"), nullptr);
    EXPECT_EQ(ui::makeRemoveTeamCommand(doc.get(), "Nobody"), nullptr);
}

TEST(EditTeamCommand, ChangesCapacityAndUndoRestoresIt)
{
    auto doc = documentWith(teamPlan());
    Team bigger = *doc->plan().findTeam("Data");
    bigger.capacity = 5;
    bigger.maxChangesPerWave.reset();
    Plan expected = doc->plan();
    expected.teams[0].capacity = 5;
    expected.teams[0].maxChangesPerWave.reset();

    QUndoCommand *command = ui::makeEditTeamCommand(doc.get(), "Data", bigger);

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Edit team Data");
    expectRoundTrip(*doc, command, expected);
}

TEST(EditTeamCommand, ARenameUpdatesEveryDemandAndUndoes)
{
    auto doc = documentWith(teamPlan());
    ChangeRecorder recorder(*doc);
    Team renamed = *doc->plan().findTeam("Marketing");
    renamed.name = "Growth";
    Plan expected = doc->plan();
    expected.teams[1].name = "Growth";
    expected.capabilities[1].demand[1].team = "Growth"; // CDP
    expected.capabilities[2].demand[0].team = "Growth"; // JOURNEYS

    QUndoCommand *command = ui::makeEditTeamCommand(doc.get(), "Marketing", renamed);

    ASSERT_NE(command, nullptr);
    EXPECT_EQ(command->text(), "Rename team Marketing to Growth");
    expectRoundTrip(*doc, command, expected);
    EXPECT_EQ(recorder.changes[0].first, PlanChange::Teams);
    EXPECT_EQ(recorder.changes[0].second, (QStringList{"CDP", "JOURNEYS"}));
}

TEST(EditTeamCommand, TheSameValueOrATakenNameIsNotAnEdit)
{
    auto doc = documentWith(teamPlan());
    Team taken = *doc->plan().findTeam("Marketing");
    taken.name = "Data";

    EXPECT_EQ(ui::makeEditTeamCommand(doc.get(), "Marketing", *doc->plan().findTeam("Marketing")), nullptr);
    EXPECT_EQ(ui::makeEditTeamCommand(doc.get(), "Marketing", taken), nullptr);
    EXPECT_EQ(ui::makeEditTeamCommand(doc.get(), "Nobody", taken), nullptr);
}
