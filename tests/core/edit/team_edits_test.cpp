// Builders for team and plan-settings edits.

#include "core/edit/settings_edits.h"
#include "core/edit/team_edits.h"

#include "edit/edit_fixtures.h"

using namespace waveplan;
using namespace waveplan::edit;
using waveplan::test::expectAppliesAndUndoes;
using waveplan::test::martechPlan;
using waveplan::test::refusal;

TEST(AddTeam, AppendsTheTeamAndRefusesAnEmptyOrTakenName)
{
    Plan plan = martechPlan();
    const Team legal{"Legal", 2, {{3, 0}}, 1};
    Plan expected = plan;
    expected.teams.push_back(legal);
    expected.teams.back().id = nextTeamId(plan); // it enters the plan with the next id

    expectAppliesAndUndoes(plan, addTeam(plan, legal), expected);
    EXPECT_EQ(addTeam(martechPlan(), legal)->summary.text, "Add team Legal");
    EXPECT_EQ(addTeam(martechPlan(), legal)->summary.area, EditArea::Teams);
    EXPECT_EQ(refusal(addTeam(martechPlan(), Team{"", 1, {}, {}})), "A team needs a name.");
    EXPECT_EQ(refusal(addTeam(martechPlan(), Team{"Data", 1, {}, {}})),
              "There is already a team called Data; team names must be unique.");
    EXPECT_EQ(refusal(addTeam(martechPlan(), Team{"Legal", -1, {}, {}})),
              "Team 'Legal': capacity must be 0 or more people (it is -1).");
}

TEST(EditTeam, ARenameFollowsTheNameIntoEveryDemand)
{
    Plan plan = martechPlan();
    Team analytics = *plan.findTeam("Data");
    analytics.name = "Analytics";
    Plan expected = plan;
    *expected.findTeam("Data") = analytics;
    for (Capability &c : expected.capabilities)
        for (TeamDemand &d : c.demand)
            if (d.team == "Data")
                d.team = "Analytics";

    const Result<PlanEdit> edit = editTeam(plan, "Data", analytics);

    expectAppliesAndUndoes(plan, edit, expected);
    EXPECT_EQ(edit->summary.text, "Rename team Data to Analytics");
    EXPECT_EQ(edit->summary.keys, (std::vector<std::string>{"DATA", "CDP", "ATTR"}));
}

TEST(EditTeam, ChangesCapacityAndRefusesWhatBreaksARule)
{
    Plan plan = martechPlan();
    Team bigger = *plan.findTeam("Marketing");
    bigger.capacity = 6;
    Plan expected = plan;
    *expected.findTeam("Marketing") = bigger;
    Team renamedToTaken = bigger;
    renamedToTaken.name = "Data";
    Team negativeLimit = bigger;
    negativeLimit.goLiveLimit = -1;

    expectAppliesAndUndoes(plan, editTeam(plan, "Marketing", bigger), expected);
    EXPECT_EQ(editTeam(martechPlan(), "Marketing", bigger)->summary.text, "Edit team Marketing");
    EXPECT_TRUE(editTeam(martechPlan(), "Data", *martechPlan().findTeam("Data"))->empty());
    EXPECT_EQ(refusal(editTeam(martechPlan(), "Legal", bigger)), "There is no team called 'Legal'.");
    EXPECT_EQ(refusal(editTeam(martechPlan(), "Marketing", renamedToTaken)),
              "There is already a team called Data; team names must be unique.");
    EXPECT_EQ(refusal(editTeam(martechPlan(), "Marketing", negativeLimit)),
              "Team 'Marketing': the change-load limit must be 0 or more go-lives per wave.");
}

TEST(RemoveTeam, RemovesAnUnusedTeamAndRefusesOneInUseNamingWhoUsesIt)
{
    Plan plan = martechPlan();
    plan.teams.push_back(Team{"Legal", 1, {}, {}});
    Plan expected = plan;
    expected.teams.pop_back();

    expectAppliesAndUndoes(plan, removeTeam(plan, "Legal"), expected);
    EXPECT_EQ(refusal(removeTeam(martechPlan(), "Marketing")),
              "Cannot remove team Marketing: JOURNEYS and TRAIN still demand it. Change their demand first.");
    EXPECT_EQ(refusal(removeTeam(martechPlan(), "Data")),
              "Cannot remove team Data: DATA, CDP and ATTR still demand it. Change their demand first.");
    EXPECT_EQ(refusal(removeTeam(martechPlan(), "Legal")), "There is no team called 'Legal'.");
}

TEST(EditSettings, ChangesTheSettingsAndRefusesImpossibleOnes)
{
    Plan plan = martechPlan();
    PlanSettings settings = settingsOf(plan);
    settings.name = "Year one";
    settings.waveLengthDays = 60;
    settings.allowSpan = false;
    Plan expected = plan;
    applySettings(expected, settings);
    PlanSettings noWaves = settings;
    noWaves.horizonWaves = 0;
    PlanSettings badDate = settings;
    badDate.startDate = Date{std::chrono::year{2027}, std::chrono::February, std::chrono::day{30}};

    expectAppliesAndUndoes(plan, editSettings(plan, settings), expected);
    EXPECT_EQ(editSettings(martechPlan(), settings)->summary.text, "Change plan settings");
    EXPECT_EQ(editSettings(martechPlan(), settings)->summary.area, EditArea::Settings);
    EXPECT_TRUE(editSettings(martechPlan(), settingsOf(martechPlan()))->empty());
    EXPECT_EQ(refusal(editSettings(martechPlan(), noWaves)), "Horizon must be from 1 to 999 (it is 0) waves.");
    EXPECT_EQ(refusal(editSettings(martechPlan(), badDate)), "Start date is not a real calendar date.");
}
