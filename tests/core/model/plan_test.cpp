#include "core/model/plan.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace waveplan;

namespace {

Plan smallPlan()
{
    Plan plan;
    plan.teams = {{"Data", 3, {}, std::nullopt}};
    Capability a;
    a.key = "DATA";
    a.name = "Clean customer data";
    a.demand = {{"Data", 2}};
    Capability b = a;
    b.key = "CDP";
    b.name = "Customer data platform";
    b.kind = CapabilityKind::Additive;
    plan.capabilities = {a, b};
    plan.dependencies = {{"DATA", "CDP", 5}};
    return plan;
}

bool mentions(const std::vector<std::string> &errors, const std::string &fragment)
{
    return std::any_of(errors.begin(), errors.end(),
                       [&](const std::string &e) { return e.find(fragment) != std::string::npos; });
}

} // namespace

TEST(Plan, CopyIsEqualAndIndependent)
{
    const Plan original = smallPlan();
    Plan copy = original;
    EXPECT_EQ(copy, original);

    copy.findCapability("CDP")->durationDays = 40;
    EXPECT_NE(copy, original);
    EXPECT_EQ(original.findCapability("CDP")->durationDays, 1);
}

TEST(Plan, KeysAreCaseSensitive)
{
    Plan plan = smallPlan();
    EXPECT_NE(plan.findCapability("CDP"), nullptr);
    EXPECT_EQ(plan.findCapability("cdp"), nullptr);

    plan.capabilities.push_back(plan.capabilities[1]);
    plan.capabilities.back().key = "cdp";
    EXPECT_TRUE(structuralErrors(plan).empty()) << "'cdp' and 'CDP' are different keys";

    plan.capabilities.back().key = "CDP";
    EXPECT_TRUE(mentions(structuralErrors(plan), "'CDP' is defined more than once"));
}

TEST(Plan, PredecessorsAndSuccessorsFollowDependencies)
{
    const Plan plan = smallPlan();
    ASSERT_EQ(plan.predecessorsOf("CDP").size(), 1u);
    EXPECT_EQ(plan.predecessorsOf("CDP")[0]->predecessor, "DATA");
    EXPECT_EQ(plan.predecessorsOf("CDP")[0]->lagDays, 5);
    EXPECT_TRUE(plan.predecessorsOf("DATA").empty());
    ASSERT_EQ(plan.successorsOf("DATA").size(), 1u);
    EXPECT_EQ(plan.successorsOf("DATA")[0]->successor, "CDP");
}

TEST(Plan, StructuralErrorsNameTheProblem)
{
    Plan plan = smallPlan();
    plan.capabilities[0].durationDays = -1;
    plan.capabilities[1].demand.push_back({"Media", 1});
    plan.capabilities[1].readiness.skills = 7;
    plan.capabilities[1].pinnedWave = 0;
    plan.dependencies.push_back({"DATA", "NOPE", 0});
    plan.dependencies.push_back({"CDP", "CDP", 0});
    plan.dependencies.push_back({"DATA", "CDP", 1});
    plan.teams.push_back({"Data", 1, {}, std::nullopt});
    plan.capabilities.push_back(plan.capabilities[0]);
    plan.capabilities.back().key = "has space";

    const auto errors = structuralErrors(plan);
    EXPECT_TRUE(mentions(errors, "'DATA': duration must be 0 (a milestone) or more days (it is -1)"));
    EXPECT_TRUE(mentions(errors, "demand names team 'Media', which the plan does not have"));
    EXPECT_TRUE(mentions(errors, "skills readiness must be from 1 to 5 (it is 7)"));
    EXPECT_TRUE(mentions(errors, "pinned wave must be wave 1 or later"));
    EXPECT_TRUE(mentions(errors, "unknown capability 'NOPE'"));
    EXPECT_TRUE(mentions(errors, "cannot depend on itself"));
    EXPECT_TRUE(mentions(errors, "DATA -> CDP is listed more than once"));
    EXPECT_TRUE(mentions(errors, "team 'Data' is defined more than once"));
    EXPECT_TRUE(mentions(errors, "'has space': a key starts with"));
}

TEST(Plan, ValidPlanHasNoStructuralErrors)
{
    EXPECT_TRUE(structuralErrors(smallPlan()).empty());
}

TEST(Plan, GeneratedPlansAreStructurallyValid)
{
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const Plan plan = test::generatePlan(seed);
        EXPECT_EQ(structuralErrors(plan), std::vector<std::string>{}) << "seed " << seed;
        EXPECT_EQ(plan, test::generatePlan(seed)) << "generator must be reproducible";
    }
}

TEST(Plan, TeamCapacityPerWaveOverridesDefault)
{
    Team team{"Data", 4, {{2, 1}, {3, 6}}, 2};
    EXPECT_EQ(team.capacityInWave(1), 4);
    EXPECT_EQ(team.capacityInWave(2), 1);
    EXPECT_EQ(team.capacityInWave(3), 6);
    EXPECT_EQ(team.capacityInWave(4), 4);
}

TEST(Plan, WaveArithmeticFollowsHalfOpenDays)
{
    EXPECT_EQ(waveOfDay(0, 90), 1);
    EXPECT_EQ(waveOfDay(89, 90), 1);
    EXPECT_EQ(waveOfDay(90, 90), 2);
    EXPECT_EQ(waveOfDay(359, 90), 4);
    EXPECT_EQ(firstDayOfWave(1, 90), 0);
    EXPECT_EQ(firstDayOfWave(3, 90), 180);
}

TEST(Capability, KindAndApproachParseCaseInsensitively)
{
    EXPECT_EQ(parseCapabilityKind("Foundational"), CapabilityKind::Foundational);
    EXPECT_EQ(parseCapabilityKind("ADDITIVE"), CapabilityKind::Additive);
    EXPECT_FALSE(parseCapabilityKind("core").has_value());
    EXPECT_EQ(parseApproach("Integrate"), Approach::Integrate);
    EXPECT_EQ(parseApproach(""), Approach::Unspecified);
    EXPECT_FALSE(parseApproach("rent").has_value());
}

TEST(Capability, KeysAreShortAndSafeForCsv)
{
    EXPECT_TRUE(isValidKey("CDP"));
    EXPECT_TRUE(isValidKey("data-2.0_v1"));
    EXPECT_FALSE(isValidKey(""));
    EXPECT_FALSE(isValidKey("-CDP"));
    EXPECT_FALSE(isValidKey("A+B"));
    EXPECT_FALSE(isValidKey("A;B"));
    EXPECT_FALSE(isValidKey("A B"));
    EXPECT_FALSE(isValidKey(std::string(41, 'K')));
}

TEST(Plan, RepeatedDependenciesAreFoundExactlyOnceEachWhateverTheirNumberAndEnds)
{
    // A hub with more successors than the pairwise look uses, repeats among them, repeats of a
    // dependency naming an unknown key, and a repeat from a duplicated key's second copy.
    Plan plan;
    plan.teams = {{"T", 5, {}, std::nullopt}};
    for (int i = 0; i < 60; ++i) {
        Capability c;
        c.key = "K" + std::to_string(i);
        plan.capabilities.push_back(c);
    }
    std::vector<std::string> expectedRepeats;
    for (int i = 1; i < 60; ++i)
        plan.dependencies.push_back({"K0", "K" + std::to_string(i), 0});
    for (int i : {7, 41, 59, 41}) {
        plan.dependencies.push_back({"K0", "K" + std::to_string(i), 3});
        expectedRepeats.push_back("K0 -> K" + std::to_string(i) + " is listed more than once");
    }
    plan.dependencies.push_back({"K3", "K4", 0});
    plan.dependencies.push_back({"K3", "GHOST", 0});
    plan.dependencies.push_back({"K3", "GHOST", 0});
    expectedRepeats.push_back("K3 -> GHOST is listed more than once");
    plan.dependencies.push_back({"K4", "K3", 0}); // the other direction is not a repeat

    std::vector<std::string> repeats;
    for (const std::string &error : structuralErrors(plan))
        if (error.find("listed more than once") != std::string::npos)
            repeats.push_back(error.substr(error.find("K")));
    std::sort(repeats.begin(), repeats.end());
    std::sort(expectedRepeats.begin(), expectedRepeats.end());
    EXPECT_EQ(repeats, expectedRepeats);
}

TEST(Plan, RepeatedInternalIdsAreReportedOnTheLaterCapabilitiesOnly)
{
    Plan plan = smallPlan();
    plan.capabilities.push_back(plan.capabilities[0]);
    plan.capabilities.back().key = "THIRD";
    plan.capabilities[0].id = 7;
    plan.capabilities[1].id = 3;
    plan.capabilities[2].id = 7;

    const auto errors = structuralErrors(plan);
    EXPECT_TRUE(mentions(errors, "capability 'THIRD': internal id 7 is used by another capability"));
    EXPECT_FALSE(mentions(errors, "capability 'DATA': internal id"));
    EXPECT_FALSE(mentions(errors, "capability 'CDP': internal id"));
}
