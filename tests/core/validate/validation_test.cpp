#include "core/validate/validation.h"

#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace waveplan;

namespace {

/// Two well-kept capabilities: an owner, a KPI, readiness 3+, a team that can do the work.
Plan tidyPlan()
{
    Plan plan;
    plan.teams = {{"Data", 3, {}, std::nullopt}, {"Web", 2, {}, std::nullopt}};
    Capability data;
    data.key = "DATA";
    data.name = "Clean data";
    data.durationDays = 30;
    data.demand = {{"Data", 2}};
    data.owner = "Head of Data";
    data.kpi = "Duplicates below 2%";
    data.readiness = {3, 4, 3};
    Capability pers = data;
    pers.key = "PERS";
    pers.name = "Personalisation";
    pers.kind = CapabilityKind::Additive;
    pers.demand = {{"Web", 1}};
    plan.capabilities = {data, pers};
    plan.dependencies = {{"DATA", "PERS", 0}};
    return plan;
}

std::vector<const Problem *> withCode(const std::vector<Problem> &problems, const std::string &code)
{
    std::vector<const Problem *> found;
    for (const Problem &p : problems)
        if (p.code == code)
            found.push_back(&p);
    return found;
}

} // namespace

TEST(Validation, ATidyPlanHasNoProblems)
{
    EXPECT_EQ(validatePlan(tidyPlan()), std::vector<Problem>{});
}

TEST(Validation, StructuralErrorsStopFurtherChecks)
{
    Plan plan = tidyPlan();
    plan.dependencies.push_back({"DATA", "GHOST", 0});
    plan.capabilities[1].owner.clear();

    const auto problems = validatePlan(plan);

    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].code, "structure");
    EXPECT_EQ(problems[0].severity, Severity::Error);
    EXPECT_NE(problems[0].message.find("unknown capability 'GHOST'"), std::string::npos);
}

TEST(Validation, ACycleIsNamedWithTheKeysAroundIt)
{
    Plan plan = tidyPlan();
    plan.dependencies.push_back({"PERS", "DATA", 0});

    const auto problems = validatePlan(plan);
    const auto cycles = withCode(problems, "cycle");

    ASSERT_EQ(cycles.size(), 1u);
    EXPECT_EQ(cycles[0]->severity, Severity::Error);
    EXPECT_NE(cycles[0]->message.find("DATA -> PERS -> DATA"), std::string::npos) << cycles[0]->message;
    EXPECT_EQ(cycles[0]->keys, (std::vector<std::string>{"DATA", "PERS"}));
}

TEST(Validation, DemandNoWaveCanMeetIsAnError)
{
    Plan plan = tidyPlan();
    plan.capabilities[1].demand = {{"Web", 3}};

    const auto problems = validatePlan(plan);

    EXPECT_TRUE(hasErrors(problems));
    const auto found = withCode(problems, "demand-above-capacity");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->keys, std::vector<std::string>{"PERS"});
    EXPECT_EQ(found[0]->teams, std::vector<std::string>{"Web"});
}

TEST(Validation, DemandAboveSomeWavesOnlyIsAWarning)
{
    Plan plan = tidyPlan();
    plan.teams[1].capacityByWave[2] = 0;

    const auto problems = validatePlan(plan);

    EXPECT_FALSE(hasErrors(problems));
    EXPECT_EQ(withCode(problems, "demand-above-wave-capacity").size(), 1u);
}

TEST(Validation, ContradictoryWavesAreErrors)
{
    Plan plan = tidyPlan();
    plan.capabilities[0].pinnedWave = 3;
    plan.capabilities[0].deadlineWave = 2;

    const auto problems = validatePlan(plan);

    EXPECT_TRUE(hasErrors(problems));
    EXPECT_EQ(withCode(problems, "pin-after-deadline").size(), 1u);
}

TEST(Validation, ADeadlineThePredecessorsCannotMeetIsAnError)
{
    Plan plan = tidyPlan();
    plan.waveLengthDays = 40;
    plan.capabilities[1].deadlineWave = 1; // DATA takes 30 days, PERS 30 more: day 60 > 40

    const auto problems = validatePlan(plan);
    const auto found = withCode(problems, "deadline-missed");

    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->keys, (std::vector<std::string>{"DATA", "PERS"}));
}

TEST(Validation, MissingOwnerKpiAndLowReadinessAreWarnings)
{
    Plan plan = tidyPlan();
    plan.capabilities[1].owner.clear();
    plan.capabilities[1].kpi.clear();
    plan.capabilities[0].readiness.process = 2;

    const auto problems = validatePlan(plan);

    EXPECT_FALSE(hasErrors(problems));
    ASSERT_EQ(withCode(problems, "missing-owner").size(), 1u);
    EXPECT_EQ(withCode(problems, "missing-owner")[0]->keys, std::vector<std::string>{"PERS"});
    EXPECT_EQ(withCode(problems, "missing-kpi").size(), 1u);
    const auto low = withCode(problems, "low-readiness");
    ASSERT_EQ(low.size(), 1u);
    EXPECT_NE(low[0]->message.find("process 2/5"), std::string::npos) << low[0]->message;
}

TEST(Validation, ReadinessOfThreeIsNotLow)
{
    Plan plan = tidyPlan();
    plan.capabilities[0].readiness = {3, 3, 3};
    EXPECT_TRUE(withCode(validatePlan(plan), "low-readiness").empty());
}

TEST(Validation, AFoundationWaitingOnAnAddOnIsFlagged)
{
    Plan plan = tidyPlan();
    plan.dependencies = {{"PERS", "DATA", 0}};

    const auto problems = validatePlan(plan);
    const auto found = withCode(problems, "foundation-waits-on-additive");

    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->keys, (std::vector<std::string>{"DATA", "PERS"}));
}

TEST(Validation, ATeamAskedForMoreThanTheHorizonHoldsIsFlagged)
{
    Plan plan = tidyPlan();
    plan.horizonWaves = 1;
    plan.waveLengthDays = 20; // Data has 3 x 20 = 60 people-days; DATA asks 2 x 30 = 60: fits
    EXPECT_TRUE(withCode(validatePlan(plan), "team-overcommitted").empty());

    plan.capabilities[0].durationDays = 31; // 62 > 60
    const auto problems = validatePlan(plan);
    const auto found = withCode(problems, "team-overcommitted");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->teams, std::vector<std::string>{"Data"});
}

TEST(Validation, ACapabilityWithNoTeamIsFlagged)
{
    Plan plan = tidyPlan();
    plan.capabilities[0].demand.clear();
    EXPECT_EQ(withCode(validatePlan(plan), "no-team").size(), 1u);
}

TEST(Validation, ErrorsComeBeforeWarnings)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const auto problems = validatePlan(test::generatePlan(seed));
        const auto firstWarning = std::find_if(problems.begin(), problems.end(),
                                               [](const Problem &p) { return p.severity == Severity::Warning; });
        EXPECT_TRUE(std::none_of(firstWarning, problems.end(),
                                 [](const Problem &p) { return p.severity == Severity::Error; }))
            << "seed " << seed;
    }
}

TEST(Validation, TheChainNamedForAMissedDeadlineFollowsThePlansDependencyOrderOnATie)
{
    Plan plan;
    plan.waveLengthDays = 10;
    for (const auto &[key, days] : {std::pair{"A", 15}, std::pair{"B", 15}, std::pair{"C", 3}}) {
        Capability c;
        c.key = key;
        c.durationDays = days;
        c.owner = "Owner";
        c.kpi = "KPI";
        plan.capabilities.push_back(c);
    }
    plan.capabilities[2].deadlineWave = 1;
    plan.dependencies = {{"B", "C", 0}, {"A", "C", 0}};

    const auto found = withCode(validatePlan(plan), "deadline-missed");

    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->keys, (std::vector<std::string>{"B", "C"}));
    EXPECT_NE(found[0]->message.find("(after B)"), std::string::npos) << found[0]->message;
}

TEST(Validation, LintsNameTheCapabilityAndSayWhatToDo)
{
    Plan plan = tidyPlan();
    Capability &pers = plan.capabilities[1];
    pers.owner.clear();
    pers.kpi.clear();
    pers.readiness = {2, 4, 1};

    const auto problems = validatePlan(plan);

    const auto only = [&](const std::string &code) -> std::string {
        const auto found = withCode(problems, code);
        EXPECT_EQ(found.size(), 1u) << code;
        if (found.size() != 1)
            return {};
        EXPECT_EQ(found[0]->keys, std::vector<std::string>{"PERS"}) << code;
        EXPECT_EQ(found[0]->severity, Severity::Warning) << code;
        return found[0]->message;
    };
    EXPECT_EQ(only("missing-owner"),
              "'PERS' (Personalisation) has no owner. Every capability needs an internal owner with authority.");
    EXPECT_EQ(only("missing-kpi"), "'PERS' (Personalisation) has no KPI. Agree the commercial KPI before deployment, not after.");
    EXPECT_EQ(only("low-readiness"), "'PERS' (Personalisation) has low readiness (technical 2/5, process 1/5); the tool may "
                                     "not pay off until the gap is closed.");
}
