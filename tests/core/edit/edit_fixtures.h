#pragma once
// Shared by the edit tests: a small martech plan and helpers to build, apply and undo edits.

#include "core/edit/plan_edit.h"

#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <string>

namespace waveplan::test {

/// DATA -> CDP -> JOURNEYS -> TRAIN, and DATA -> ATTR with 5 days lag; teams Data and Marketing.
inline Plan martechPlan()
{
    return PlanBuilder()
        .team("Data", 2)
        .team("Marketing", 3)
        .capability("DATA", 10, "Data")
        .capability("CDP", 20, "Data")
        .capability("JOURNEYS", 15, "Marketing")
        .capability("ATTR", 10, "Data")
        .capability("TRAIN", 5, "Marketing")
        .dependency("DATA", "CDP")
        .dependency("CDP", "JOURNEYS")
        .dependency("DATA", "ATTR", 5)
        .dependency("JOURNEYS", "TRAIN")
        .build();
}

inline Capability capabilityWith(const std::string &key, int duration)
{
    Capability c;
    c.key = key;
    c.name = "Capability " + key;
    c.durationDays = duration;
    return c;
}

/// The message of a refused edit, or "(accepted)" so a failing expectation reads well.
inline std::string refusal(const Result<edit::PlanEdit> &built)
{
    return built ? std::string("(accepted)") : built.errors().front().message;
}

/// Applies `built` (which must be accepted) to `plan`, checks that the plan then equals
/// `expected`, that the inverse gives back exactly the plan there was, and leaves `plan` edited.
inline void expectAppliesAndUndoes(Plan &plan, const Result<edit::PlanEdit> &built, const Plan &expected)
{
    ASSERT_TRUE(built.ok()) << built.errorText();
    const Plan before = plan;
    Result<edit::PlanEdit> inverse = edit::apply(plan, built.value());
    ASSERT_TRUE(inverse.ok()) << inverse.errorText();
    EXPECT_TRUE(plan == expected) << "the edit did not give the expected plan";
    Plan undone = plan;
    ASSERT_TRUE(edit::apply(undone, inverse.value()).ok());
    EXPECT_TRUE(undone == before) << "the inverse did not restore the plan";
}

} // namespace waveplan::test
