// Baseline edits: freeze, rename and delete apply and undo exactly, refuse names a user cannot
// tell apart, and a capability rename carries its baseline entries along.
#include "core/edit/baseline_edits.h"
#include "core/edit/capability_edits.h"

#include "edit/edit_fixtures.h"

#include <gtest/gtest.h>

using namespace waveplan;
using namespace waveplan::edit;
using test::expectAppliesAndUndoes;
using test::martechPlan;
using test::refusal;

namespace {

Baseline baselineNamed(const std::string &name) {
    Baseline b;
    b.name = name;
    b.frozenOn = Date{std::chrono::year{2027}, std::chrono::January, std::chrono::day{15}};
    b.startDate = Date{std::chrono::year{2027}, std::chrono::January, std::chrono::day{4}};
    b.capabilities = {{"DATA", {0, 10, 1, 1000.0}}, {"CDP", {10, 30, 1, std::nullopt}}};
    b.endDay = 30;
    b.drivingPath = {"DATA", "CDP"};
    b.load = {{"Data", 1, 30, 180, 2}};
    return b;
}

} // namespace

TEST(BaselineEdits, FreezeAppendsTheBaselineUnderItsTrimmedNameAndUndoes) {
    Plan plan = martechPlan();
    Plan expected = plan;
    expected.baselines.push_back(baselineNamed("Board approved"));

    const Result<PlanEdit> built = freezeBaseline(plan, baselineNamed("  Board approved "));

    expectAppliesAndUndoes(plan, built, expected);
    EXPECT_EQ(built->summary.text, "Freeze baseline Board approved");
    EXPECT_EQ(built->summary.area, EditArea::Baselines);
}

TEST(BaselineEdits, RefusesEmptyTakenAndOverlongNames) {
    Plan plan = martechPlan();
    plan.baselines.push_back(baselineNamed("Board approved"));

    EXPECT_NE(refusal(freezeBaseline(plan, baselineNamed("   "))).find("needs a name"),
              std::string::npos);
    EXPECT_NE(
        refusal(freezeBaseline(plan, baselineNamed("Board approved"))).find("already a baseline"),
        std::string::npos);
    EXPECT_NE(
        refusal(freezeBaseline(plan, baselineNamed(std::string(kMaxBaselineNameLength + 1, 'x'))))
            .find("at most 80 characters"),
        std::string::npos);
    EXPECT_TRUE(freezeBaseline(plan, baselineNamed(std::string(kMaxBaselineNameLength, 'x'))).ok());
}

TEST(BaselineEdits, RefusesABaselineThatIsNotWhole) {
    Baseline broken = baselineNamed("Broken");
    broken.capabilities["CDP"].finishDay = 5; // before its start, day 10

    EXPECT_NE(refusal(freezeBaseline(martechPlan(), broken))
                  .find("finishes (day 5) before it starts (day 10)"),
              std::string::npos);
}

TEST(BaselineEdits, RenameReplacesOnlyTheNameAndUndoes) {
    Plan plan = martechPlan();
    plan.baselines = {baselineNamed("A"), baselineNamed("B")};
    Plan expected = plan;
    expected.baselines[1].name = "Board, Jan 2027";

    const Result<PlanEdit> built = renameBaseline(plan, "B", "Board, Jan 2027");

    expectAppliesAndUndoes(plan, built, expected);
    EXPECT_EQ(built->summary.text, "Rename baseline B to Board, Jan 2027");
    EXPECT_TRUE(renameBaseline(expected, "Board, Jan 2027", "Board, Jan 2027")->empty());
    EXPECT_NE(refusal(renameBaseline(expected, "A", "Board, Jan 2027")).find("already a baseline"),
              std::string::npos);
    EXPECT_NE(refusal(renameBaseline(expected, "Nope", "C")).find("no baseline called 'Nope'"),
              std::string::npos);
}

TEST(BaselineEdits, DeleteRemovesItAndUndoBringsItBackInItsPlace) {
    Plan plan = martechPlan();
    plan.baselines = {baselineNamed("A"), baselineNamed("B"), baselineNamed("C")};
    Plan expected = plan;
    expected.baselines.erase(expected.baselines.begin() + 1);

    expectAppliesAndUndoes(plan, deleteBaseline(plan, "B"), expected);
    EXPECT_NE(refusal(deleteBaseline(plan, "B")).find("no baseline called 'B'"), std::string::npos);
}

TEST(BaselineEdits, RenamingACapabilityRenamesItInEveryBaselineThatHoldsIt) {
    Plan plan = martechPlan();
    plan.baselines = {baselineNamed("A")};
    Capability renamed = *plan.findCapability("CDP");
    renamed.key = "CDP2";
    Plan expected = plan;
    expected.capabilities[1].key = "CDP2";
    for (Dependency &d : expected.dependencies) {
        if (d.predecessor == "CDP")
            d.predecessor = "CDP2";
        if (d.successor == "CDP")
            d.successor = "CDP2";
    }
    Baseline &b = expected.baselines[0];
    b.capabilities.emplace("CDP2", b.capabilities.at("CDP"));
    b.capabilities.erase("CDP");
    b.drivingPath = {"DATA", "CDP2"};

    expectAppliesAndUndoes(plan, editCapability(plan, "CDP", renamed), expected);
}

TEST(BaselineEdits, ABaselineThatAlreadyHoldsTheNewKeyKeepsBothEntries) {
    Plan plan = martechPlan();
    Baseline b = baselineNamed("A");
    b.capabilities.emplace("OLD",
                           Baseline::Entry{0, 5, 1, std::nullopt}); // a capability deleted since
    plan.baselines = {b};
    Capability renamed = *plan.findCapability("CDP");
    renamed.key = "OLD";

    Plan edited = plan;
    const Result<PlanEdit> built = editCapability(plan, "CDP", renamed);
    ASSERT_TRUE(built.ok()) << built.errorText();
    ASSERT_TRUE(apply(edited, built.value()).ok());

    EXPECT_EQ(edited.baselines[0], b);
}
