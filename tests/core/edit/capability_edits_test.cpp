// Builders for capability edits: what they do, what they refuse and in which words.

#include "core/edit/capability_edits.h"
#include "core/model/cells/value_cells.h"

#include "edit/edit_fixtures.h"

using namespace waveplan;
using namespace waveplan::edit;
using waveplan::test::capabilityWith;
using waveplan::test::expectAppliesAndUndoes;
using waveplan::test::martechPlan;
using waveplan::test::refusal;

TEST(AddCapability, AppendsTheCapabilityNamedInTheSummary)
{
    Plan plan = martechPlan();
    const Capability kpi = capabilityWith("KPI", 7);
    Plan expected = plan;
    expected.capabilities.push_back(kpi);
    expected.capabilities.back().id = nextCapabilityId(plan); // it enters the plan with the next id

    const Result<PlanEdit> edit = addCapability(plan, kpi);

    expectAppliesAndUndoes(plan, edit, expected);
    EXPECT_EQ(edit->summary.text, "Add KPI");
    EXPECT_EQ(edit->summary.area, EditArea::Capabilities);
    EXPECT_EQ(edit->summary.keys, std::vector<std::string>{"KPI"});
}

TEST(AddCapability, GivesTheNextIdOrKeepsOneAlreadyGiven)
{
    Plan plan = withIds(martechPlan());
    const CapabilityId next = nextCapabilityId(plan);
    EXPECT_GT(next, static_cast<CapabilityId>(plan.capabilities.size()) - 1);

    const Result<PlanEdit> fresh = addCapability(plan, capabilityWith("KPI", 7));
    Capability withOwnId = capabilityWith("KPI2", 7);
    withOwnId.id = next + 40;
    const Result<PlanEdit> given = addCapability(plan, withOwnId);

    ASSERT_TRUE(fresh.ok() && given.ok());
    ASSERT_TRUE(apply(plan, *fresh).ok());
    EXPECT_EQ(plan.findCapability("KPI")->id, next);
    ASSERT_TRUE(apply(plan, *addCapability(plan, withOwnId)).ok());
    EXPECT_EQ(plan.findCapability("KPI2")->id, next + 40);
    Capability sameId = capabilityWith("KPI3", 7);
    sameId.id = next;
    EXPECT_EQ(refusal(addCapability(plan, sameId)).rfind("Capability 'KPI3': internal id", 0), 0u)
        << refusal(addCapability(plan, sameId));
}

TEST(EditCapability, NeverChangesTheIdEvenOnRename)
{
    Plan plan = withIds(martechPlan());
    const Capability before = plan.capabilities.front();
    Capability renamed = before;
    renamed.key = before.key + "2";
    renamed.id = 999; // whatever the caller sends, identity stays

    const Result<PlanEdit> edit = editCapability(plan, before.key, renamed);

    ASSERT_TRUE(edit.ok()) << edit.errorText();
    ASSERT_TRUE(apply(plan, *edit).ok());
    EXPECT_EQ(plan.findCapability(renamed.key)->id, before.id);
    EXPECT_EQ(plan.findCapabilityById(before.id)->key, renamed.key);
}

TEST(AddCapability, RefusesWithAReasonTheUserCanActOn)
{
    const Plan plan = martechPlan();
    Capability unknownTeam = capabilityWith("NEW", 5);
    unknownTeam.demand.push_back({"Legal", 1});

    EXPECT_EQ(refusal(addCapability(plan, capabilityWith("CDP", 5))),
              "The key CDP is already used by \"Capability CDP\"; keys must be unique.");
    // A key is refused in the key cell's own words, as CSV import and every view say it.
    EXPECT_EQ(refusal(addCapability(plan, capabilityWith("has space", 5))), parseKeyCell("has space").errorText());
    EXPECT_NE(refusal(addCapability(plan, capabilityWith("has space", 5))).find("is not valid"), std::string::npos);
    EXPECT_EQ(refusal(addCapability(plan, capabilityWith("NEG", -1))),
              "Capability 'NEG': duration must be 0 (a milestone) or more days (it is -1).");
    EXPECT_TRUE(addCapability(plan, capabilityWith("SIGNED", 0)).ok()) << "0 days is a milestone";
    EXPECT_EQ(refusal(addCapability(plan, unknownTeam)),
              "Capability 'NEW': demand names team 'Legal', which the plan does not have.");
}

TEST(RemoveCapabilities, TakesTheCapabilitiesAndEveryDependencyOnThem)
{
    Plan plan = martechPlan();
    Plan expected = plan;
    std::erase_if(expected.capabilities, [](const Capability &c) { return c.key == "CDP" || c.key == "ATTR"; });
    std::erase_if(expected.dependencies, [](const Dependency &d) {
        return d.predecessor == "CDP" || d.successor == "CDP" || d.successor == "ATTR";
    });

    const Result<PlanEdit> edit = removeCapabilities(plan, {"ATTR", "CDP", "UNKNOWN"});

    expectAppliesAndUndoes(plan, edit, expected);
    EXPECT_EQ(edit->summary.text, "Delete 2 capabilities");
    EXPECT_EQ(edit->summary.keys, (std::vector<std::string>{"CDP", "ATTR"}));
    EXPECT_EQ(removeCapabilities(martechPlan(), {"TRAIN"})->summary.text, "Delete TRAIN");
}

TEST(RemoveCapabilities, RefusesWhenNoneOfTheKeysExists)
{
    EXPECT_EQ(refusal(removeCapabilities(martechPlan(), {"GONE"})), "There is no capability with the key 'GONE'.");
    EXPECT_EQ(refusal(removeCapabilities(martechPlan(), {})), "Select the capabilities to delete.");
}

TEST(EditCapability, ARenameFollowsTheKeyIntoEveryDependency)
{
    Plan plan = martechPlan();
    Capability renamed = *plan.findCapability("CDP");
    renamed.key = "PLATFORM";
    Plan expected = plan;
    *expected.findCapability("CDP") = renamed;
    for (Dependency &d : expected.dependencies) {
        if (d.predecessor == "CDP")
            d.predecessor = "PLATFORM";
        if (d.successor == "CDP")
            d.successor = "PLATFORM";
    }

    const Result<PlanEdit> edit = editCapability(plan, "CDP", renamed);

    expectAppliesAndUndoes(plan, edit, expected);
    EXPECT_EQ(edit->summary.text, "Rename CDP to PLATFORM");
    EXPECT_EQ(edit->summary.keys, (std::vector<std::string>{"CDP", "PLATFORM"}));
    EXPECT_EQ(edit->summary.rename, (KeyRename{"CDP", "PLATFORM"}));
}

TEST(EditCapability, TheSummaryNamesTheFieldThatChanged)
{
    const Plan plan = martechPlan();
    Capability longer = *plan.findCapability("CDP");
    longer.durationDays = 45;
    Capability moved = *plan.findCapability("CDP");
    moved.position = MapPosition{5, 5};
    Capability several = longer;
    several.owner = "Ana";

    EXPECT_EQ(editCapability(plan, "CDP", longer)->summary.text, "Change duration of CDP");
    EXPECT_EQ(editCapability(plan, "CDP", moved)->summary.text, "Move CDP");
    EXPECT_EQ(editCapability(plan, "CDP", moved)->summary.area, EditArea::Positions);
    EXPECT_EQ(editCapability(plan, "CDP", several)->summary.text, "Edit CDP");
    EXPECT_EQ(editCapability(plan, "CDP", longer, "Stretch CDP")->summary.text, "Stretch CDP");
    EXPECT_FALSE(editCapability(plan, "CDP", longer)->summary.rename.has_value());
}

TEST(EditCapability, NoChangeGivesAnEmptyEdit)
{
    const Plan plan = martechPlan();
    const Result<PlanEdit> edit = editCapability(plan, "CDP", *plan.findCapability("CDP"));
    ASSERT_TRUE(edit.ok());
    EXPECT_TRUE(edit->empty());
}

TEST(EditCapability, RefusesWithAReasonTheUserCanActOn)
{
    const Plan plan = martechPlan();
    Capability taken = *plan.findCapability("CDP");
    taken.key = "DATA";
    Capability invalid = *plan.findCapability("CDP");
    invalid.key = "C;D";
    Capability zero = *plan.findCapability("CDP");
    zero.durationDays = -3;
    Capability badReadiness = *plan.findCapability("CDP");
    badReadiness.readiness.skills = 7;

    EXPECT_EQ(refusal(editCapability(plan, "NOPE", zero)), "There is no capability with the key 'NOPE'.");
    EXPECT_EQ(refusal(editCapability(plan, "CDP", taken)),
              "The key DATA is already used by \"Capability DATA\"; keys must be unique.");
    EXPECT_EQ(refusal(editCapability(plan, "CDP", invalid)), parseKeyCell("C;D").errorText());
    EXPECT_EQ(refusal(editCapability(plan, "CDP", zero)), "Capability 'CDP': duration must be 0 (a milestone) or more days (it is -3).");
    EXPECT_EQ(refusal(editCapability(plan, "CDP", badReadiness)),
              "Capability 'CDP': skills readiness must be from 1 to 5 (it is 7).");
}

TEST(MoveCapabilities, MovesEveryListedCapabilityAsPositionsOnly)
{
    Plan plan = martechPlan();
    Plan expected = plan;
    expected.findCapability("DATA")->position = MapPosition{1, 2};
    expected.findCapability("TRAIN")->position = MapPosition{3, 4};

    const Result<PlanEdit> edit = moveCapabilities(plan, {{"TRAIN", {3, 4}}, {"DATA", {1, 2}}, {"GONE", {0, 0}}});

    expectAppliesAndUndoes(plan, edit, expected);
    EXPECT_EQ(edit->summary.text, "Move 2 capabilities");
    EXPECT_EQ(edit->summary.area, EditArea::Positions);
    EXPECT_EQ(edit->summary.keys, (std::vector<std::string>{"DATA", "TRAIN"})) << "in plan order";
    EXPECT_TRUE(moveCapabilities(plan, {{"DATA", {1, 2}}})->empty()) << "already there";
}
