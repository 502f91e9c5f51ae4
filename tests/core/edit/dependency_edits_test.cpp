// Builders for dependency edits: connect, disconnect, lags, and a capability's predecessors.

#include "core/edit/dependency_edits.h"

#include "edit/edit_fixtures.h"

using namespace waveplan;
using namespace waveplan::edit;
using waveplan::test::expectAppliesAndUndoes;
using waveplan::test::martechPlan;
using waveplan::test::refusal;

TEST(Connect, AppendsTheDependency)
{
    Plan plan = martechPlan();
    Plan expected = plan;
    expected.dependencies.push_back({"ATTR", "TRAIN", 3});

    const Result<PlanEdit> edit = connect(plan, {"ATTR", "TRAIN", 3});

    expectAppliesAndUndoes(plan, edit, expected);
    EXPECT_EQ(edit->summary.text, "Connect ATTR -> TRAIN");
    EXPECT_EQ(edit->summary.area, EditArea::Dependencies);
    EXPECT_EQ(edit->summary.keys, (std::vector<std::string>{"ATTR", "TRAIN"}));
}

TEST(Connect, RefusesACycleNamingThePathBack)
{
    const Plan plan = martechPlan();

    EXPECT_EQ(refusal(connect(plan, {"TRAIN", "CDP", 0})),
              "Connecting TRAIN -> CDP would create a cycle: CDP -> JOURNEYS -> TRAIN already leads from CDP to TRAIN.");
    EXPECT_EQ(refusal(connect(plan, {"CDP", "CDP", 0})), "CDP cannot depend on itself.");
    EXPECT_EQ(refusal(connect(plan, {"DATA", "CDP", 0})), "CDP already depends on DATA.");
    EXPECT_EQ(refusal(connect(plan, {"GONE", "CDP", 0})), "There is no capability with the key 'GONE'.");
    EXPECT_EQ(refusal(connect(plan, {"ATTR", "TRAIN", -2})),
              "The lag of ATTR -> TRAIN must be a whole number of days, 0 or more; -2 is not.");
    EXPECT_FALSE(whyCannotConnect(plan, "ATTR", "TRAIN").has_value());
}

TEST(Disconnect, RemovesTheDependencyAndSaysWhenThereIsNone)
{
    Plan plan = martechPlan();
    Plan expected = plan;
    expected.dependencies.erase(expected.dependencies.begin() + 1);

    expectAppliesAndUndoes(plan, disconnect(plan, "CDP", "JOURNEYS"), expected);
    EXPECT_EQ(disconnect(martechPlan(), "CDP", "JOURNEYS")->summary.text, "Disconnect CDP -> JOURNEYS");
    EXPECT_EQ(refusal(disconnect(martechPlan(), "TRAIN", "DATA")), "DATA does not depend on TRAIN.");
}

TEST(SetLag, ChangesTheLagAndRefusesANegativeOne)
{
    Plan plan = martechPlan();
    Plan expected = plan;
    expected.dependencies[2].lagDays = 9;

    expectAppliesAndUndoes(plan, setLag(plan, "DATA", "ATTR", 9), expected);
    EXPECT_EQ(setLag(martechPlan(), "DATA", "ATTR", 9)->summary.text, "Change lag of DATA -> ATTR");
    EXPECT_TRUE(setLag(martechPlan(), "DATA", "ATTR", 5)->empty());
    EXPECT_EQ(refusal(setLag(martechPlan(), "DATA", "ATTR", -1)),
              "The lag of DATA -> ATTR must be a whole number of days, 0 or more; -1 is not.");
    EXPECT_EQ(refusal(setLag(martechPlan(), "ATTR", "DATA", 1)), "DATA does not depend on ATTR.");
}

TEST(SetPredecessors, RemovesRelagsAndAddsInOneEdit)
{
    Plan plan = martechPlan();
    plan.dependencies.push_back({"DATA", "TRAIN", 0});
    plan.dependencies.push_back({"ATTR", "TRAIN", 1});
    Plan expected = plan;
    // TRAIN waited for JOURNEYS, DATA and ATTR+1; now DATA+4 and CDP.
    std::erase_if(expected.dependencies, [](const Dependency &d) {
        return d.successor == "TRAIN" && (d.predecessor == "JOURNEYS" || d.predecessor == "ATTR");
    });
    for (Dependency &d : expected.dependencies)
        if (d.successor == "TRAIN")
            d.lagDays = 4;
    expected.dependencies.push_back({"CDP", "TRAIN", 0});

    const Result<PlanEdit> edit = setPredecessors(plan, "TRAIN", {{"DATA", 4}, {"CDP", 0}});

    expectAppliesAndUndoes(plan, edit, expected);
    EXPECT_EQ(edit->summary.text, "Change dependencies of TRAIN");
    EXPECT_EQ(edit->summary.area, EditArea::Dependencies);
}

TEST(SetPredecessors, RefusesAndChangesNothingWhenOneLinkIsRefused)
{
    const Plan plan = martechPlan();

    EXPECT_EQ(refusal(setPredecessors(plan, "CDP", {{"DATA", 0}, {"JOURNEYS", 0}})),
              "Connecting JOURNEYS -> CDP would create a cycle: CDP -> JOURNEYS already leads from CDP to JOURNEYS.");
    EXPECT_EQ(refusal(setPredecessors(plan, "CDP", {{"DATA", 0}, {"DATA", 2}})),
              "DATA is listed twice; give each capability CDP depends on once.");
    EXPECT_EQ(refusal(setPredecessors(plan, "CDP", {{"DATA", -1}})),
              "The lag of DATA -> CDP must be a whole number of days, 0 or more; -1 is not.");
    EXPECT_EQ(refusal(setPredecessors(plan, "CDP", {{"NOPE", 0}})), "There is no capability with the key 'NOPE'.");
    EXPECT_TRUE(setPredecessors(plan, "CDP", {{"DATA", 0}})->empty());
}

TEST(SetPredecessors, ReplacesOneLinkByAnother)
{
    Plan plan = martechPlan();
    Plan expected = plan;
    std::erase_if(expected.dependencies, [](const Dependency &d) { return d.successor == "CDP"; });
    expected.dependencies.push_back({"ATTR", "CDP", 0});

    expectAppliesAndUndoes(plan, setPredecessors(plan, "CDP", {{"ATTR", 0}}), expected);
    EXPECT_EQ(refusal(setPredecessors(martechPlan(), "DATA", {{"ATTR", 0}})),
              "Connecting ATTR -> DATA would create a cycle: DATA -> ATTR already leads from DATA to ATTR.");
}
