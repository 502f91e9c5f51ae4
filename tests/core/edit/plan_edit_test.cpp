// Applying operations, inverting them, and refusing an edit that does not fit the plan.

#include "core/edit/capability_edits.h"
#include "core/edit/plan_edit.h"

#include "edit/edit_fixtures.h"

using namespace waveplan;
using namespace waveplan::edit;
using waveplan::test::martechPlan;

TEST(PlanEdit, EveryOperationIsUndoneExactlyByItsInverse)
{
    const Plan original = martechPlan();
    Capability renamed = original.capabilities[1];
    renamed.name = "Customer data platform";
    Team bigger = original.teams[0];
    bigger.capacity = 9;
    PlanSettings settings = settingsOf(original);
    settings.horizonWaves = 8;
    const std::vector<PlanOperation> operations{
        InsertCapability{2, test::capabilityWith("NEW", 3)},
        RemoveCapability{4, original.capabilities[4]},
        ReplaceCapability{1, original.capabilities[1], renamed},
        InsertDependency{0, Dependency{"TRAIN", "ATTR", 2}},
        RemoveDependency{3, original.dependencies[3]},
        SetLag{2, 5, 12},
        InsertTeam{1, Team{"Legal", 1, {}, {}}},
        RemoveTeam{1, original.teams[1]},
        ReplaceTeam{0, original.teams[0], bigger},
        SetPlanSettings{settingsOf(original), settings},
    };
    for (const PlanOperation &operation : operations) {
        Plan plan = original;
        const PlanEdit edit{{operation}, {"one operation", EditArea::Capabilities, {}, std::nullopt}};
        Result<PlanEdit> inverse = apply(plan, edit);
        ASSERT_TRUE(inverse.ok()) << inverse.errorText();
        EXPECT_FALSE(plan == original) << "operation " << operation.index() << " changed nothing";
        ASSERT_TRUE(apply(plan, inverse.value()).ok());
        EXPECT_TRUE(plan == original) << "operation " << operation.index() << " was not undone exactly";
        EXPECT_EQ(inverseOf(inverseOf(edit)), edit);
    }
}

TEST(PlanEdit, AnEditThatDoesNotFitLeavesThePlanAsItWasAndSaysSo)
{
    Plan plan = martechPlan();
    const Plan original = plan;
    PlanEdit edit;
    edit.summary.text = "Stale edit";
    edit.operations.emplace_back(InsertCapability{5, test::capabilityWith("NEW", 3)}); // fits
    edit.operations.emplace_back(RemoveCapability{0, test::capabilityWith("GONE", 3)}); // does not

    Result<PlanEdit> result = apply(plan, edit);

    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.errorText().find("Stale edit"), std::string::npos) << result.errorText();
    EXPECT_NE(result.errorText().find("not at position 1"), std::string::npos) << result.errorText();
    EXPECT_TRUE(plan == original) << "the operation that fitted was not rolled back";
}

TEST(PlanEdit, InverseTurnsARenameRound)
{
    const Plan plan = martechPlan();
    Capability renamed = plan.capabilities[1];
    renamed.key = "CDP2";
    const Result<PlanEdit> edit = editCapability(plan, "CDP", renamed);
    ASSERT_TRUE(edit.ok()) << edit.errorText();

    const PlanEdit inverse = inverseOf(edit.value());

    ASSERT_TRUE(inverse.summary.rename.has_value());
    EXPECT_EQ(inverse.summary.rename->from, "CDP2");
    EXPECT_EQ(inverse.summary.rename->to, "CDP");
    EXPECT_EQ(inverse.summary.text, edit->summary.text);
}

TEST(PlanEdit, MovesOfTheSameCapabilitiesMergeIntoOneStepFromTheFirstPositionToTheLast)
{
    Plan plan = martechPlan();
    const Plan original = plan;
    const Result<PlanEdit> first = moveCapabilities(plan, {{"CDP", {10, 10}}, {"DATA", {0, 0}}});
    ASSERT_TRUE(apply(plan, first.value()).ok());
    const Result<PlanEdit> second = moveCapabilities(plan, {{"CDP", {40, 50}}, {"DATA", {30, 40}}});
    ASSERT_TRUE(apply(plan, second.value()).ok());

    const std::optional<PlanEdit> merged = mergeReplacements(first.value(), second.value());

    ASSERT_TRUE(merged.has_value());
    Plan undone = plan;
    ASSERT_TRUE(apply(undone, inverseOf(*merged)).ok());
    EXPECT_TRUE(undone == original);
    EXPECT_FALSE(changesNothing(*merged));
}

TEST(PlanEdit, ADragThatEndsWhereItStartedChangesNothing)
{
    Plan plan = martechPlan();
    plan.findCapability("CDP")->position = MapPosition{10, 10};
    const Result<PlanEdit> away = moveCapabilities(plan, {{"CDP", {90, 90}}});
    ASSERT_TRUE(apply(plan, away.value()).ok());
    const Result<PlanEdit> back = moveCapabilities(plan, {{"CDP", {10, 10}}});

    const std::optional<PlanEdit> merged = mergeReplacements(away.value(), back.value());

    ASSERT_TRUE(merged.has_value());
    EXPECT_TRUE(changesNothing(*merged));
    EXPECT_FALSE(changesNothing(away.value()));
}

TEST(PlanEdit, MovesOfOtherCapabilitiesDoNotMerge)
{
    const Plan plan = martechPlan();
    const Result<PlanEdit> cdp = moveCapabilities(plan, {{"CDP", {10, 10}}});
    const Result<PlanEdit> data = moveCapabilities(plan, {{"DATA", {10, 10}}});
    const Result<PlanEdit> rename = editCapability(plan, "CDP", [&] {
        Capability c = plan.capabilities[1];
        c.name = "Other";
        return c;
    }());

    EXPECT_FALSE(mergeReplacements(cdp.value(), data.value()).has_value());
    EXPECT_FALSE(mergeReplacements(cdp.value(), rename.value()).has_value());
}
