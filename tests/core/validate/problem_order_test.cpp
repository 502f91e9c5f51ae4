// Problems by impact: errors, clashes, horizon and deadlines, overloads, then lints.
#include "core/validate/problem_order.h"
#include "core/schedule/schedule.h"
#include "core/validate/validation.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace waveplan;

namespace {

Problem problem(Severity severity, const char *code)
{
    return Problem{severity, code, std::string(code) + " happened", {}, {}};
}

std::vector<std::string> codesOf(const std::vector<Problem> &problems)
{
    std::vector<std::string> codes;
    for (const Problem &p : problems)
        codes.push_back(p.code);
    return codes;
}

} // namespace

TEST(ProblemOrder, MostSevereFirstAndEqualImpactKeepsItsOrder)
{
    const std::vector<Problem> problems{
        problem(Severity::Warning, "low-readiness"),      problem(Severity::Warning, "missing-owner"),
        problem(Severity::Warning, "team-overcommitted"), problem(Severity::Warning, "past-horizon"),
        problem(Severity::Warning, "pin-after-deadline"), problem(Severity::Error, "cycle"),
        problem(Severity::Warning, "low-readiness"),      problem(Severity::Warning, "deadline-missed"),
    };

    EXPECT_EQ(codesOf(byImpact(problems)),
              (std::vector<std::string>{"cycle", "pin-after-deadline", "past-horizon", "deadline-missed",
                                        "team-overcommitted", "low-readiness", "missing-owner", "low-readiness"}));
}

TEST(ProblemOrder, AnErrorOutranksAnyCodeAndUnknownCodesAreLints)
{
    EXPECT_EQ(impactOf(problem(Severity::Error, "missing-owner")), ProblemImpact::Error);
    EXPECT_EQ(impactOf(problem(Severity::Warning, "something-new")), ProblemImpact::Lint);
    EXPECT_EQ(impactOf(problem(Severity::Warning, "change-limit-exceeded")), ProblemImpact::Overload);
    EXPECT_EQ(impactOf(problem(Severity::Warning, "beyond-horizon")), ProblemImpact::HorizonOrDeadline);
}

TEST(ProblemOrder, ThePlanRunningPastItsHorizonComesBeforeItsLints)
{
    // One team of one person and three 60-day capabilities: 180 days in a one-wave horizon of
    // 90 days, with owners and KPIs missing everywhere.
    Plan plan = test::PlanBuilder()
                    .team("Data", 1)
                    .capability("A", 60, "Data")
                    .capability("B", 60, "Data")
                    .capability("C", 60, "Data")
                    .build();
    plan.horizonWaves = 1;
    std::vector<Problem> problems = validatePlan(plan);
    for (const Problem &p : computeSchedule(plan).problems)
        problems.push_back(p);
    ASSERT_GE(problems.size(), 2u);
    const auto horizon = [](const Problem &p) { return p.code == "past-horizon"; };
    ASSERT_TRUE(std::any_of(problems.begin(), problems.end(), horizon)) << "the plan must overrun for this test";

    const std::vector<Problem> ordered = byImpact(problems);

    EXPECT_EQ(ordered.front().code, "past-horizon");
}
