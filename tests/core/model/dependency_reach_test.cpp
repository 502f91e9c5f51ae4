// Upstream and downstream of a capability through any number of dependencies.
#include "core/model/dependency_reach.h"

#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

/// GOV -> DATA -> CDP -> PERS, DATA -> BI, and SOCIAL on its own.
Plan reachPlan()
{
    return test::PlanBuilder()
        .capability("GOV", 10)
        .capability("DATA", 10)
        .capability("CDP", 10)
        .capability("PERS", 10)
        .capability("BI", 10)
        .capability("SOCIAL", 10)
        .dependency("GOV", "DATA")
        .dependency("DATA", "CDP")
        .dependency("CDP", "PERS")
        .dependency("DATA", "BI")
        .build();
}

} // namespace

TEST(DependencyReach, FollowsEveryStepBothWays)
{
    const DependencyReach cdp = dependencyReach(reachPlan(), "CDP");

    EXPECT_EQ(cdp.upstream, (std::set<std::string>{"GOV", "DATA"}));
    EXPECT_EQ(cdp.downstream, (std::set<std::string>{"PERS"}));
    const DependencyReach data = dependencyReach(reachPlan(), "DATA");
    EXPECT_EQ(data.downstream, (std::set<std::string>{"CDP", "PERS", "BI"}));
}

TEST(DependencyReach, AnUnrelatedOrUnknownCapabilityReachesNothing)
{
    EXPECT_TRUE(dependencyReach(reachPlan(), "SOCIAL").upstream.empty());
    EXPECT_TRUE(dependencyReach(reachPlan(), "SOCIAL").downstream.empty());
    EXPECT_TRUE(dependencyReach(reachPlan(), "NOPE").upstream.empty());
}

TEST(DependencyReach, ACycleIsWalkedOnceAndLeavesTheStartOut)
{
    Plan plan = reachPlan();
    plan.dependencies.push_back({"PERS", "GOV", 0});

    const DependencyReach cdp = dependencyReach(plan, "CDP");

    EXPECT_EQ(cdp.upstream, (std::set<std::string>{"GOV", "DATA", "PERS"}));
    EXPECT_EQ(cdp.downstream, (std::set<std::string>{"PERS", "GOV", "DATA", "BI"}));
}
