#include "core/schedule/cycles.h"
#include "schedule/plan_builder.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <set>

using namespace waveplan;
using waveplan::test::PlanBuilder;

namespace {

PlanBuilder fourCapabilities()
{
    PlanBuilder b;
    b.capability("A", 5).capability("B", 5).capability("C", 5).capability("D", 5);
    return b;
}

/// Every consecutive pair in the cycle (and last -> first) is a dependency of the plan.
bool isCycleOf(const Plan &plan, const std::vector<std::string> &cycle)
{
    if (cycle.empty())
        return false;
    for (std::size_t i = 0; i < cycle.size(); ++i) {
        const std::string &from = cycle[i];
        const std::string &to = cycle[(i + 1) % cycle.size()];
        bool found = false;
        for (const Dependency &d : plan.dependencies)
            found = found || (d.predecessor == from && d.successor == to);
        if (!found)
            return false;
    }
    return std::set<std::string>(cycle.begin(), cycle.end()).size() == cycle.size();
}

} // namespace

TEST(Cycles, AcyclicPlanHasNone)
{
    const Plan plan = fourCapabilities().dependency("A", "B").dependency("B", "C").dependency("A", "C").build();

    EXPECT_TRUE(findCycles(plan).empty());
}

TEST(Cycles, ThreeCycleIsReportedInDependencyOrderFromFirstKey)
{
    // Plan order A, B, C, D; cycle C -> A -> B -> C, listed from A.
    const Plan plan = fourCapabilities().dependency("B", "C").dependency("C", "A").dependency("A", "B")
                          .dependency("C", "D").build();

    const auto cycles = findCycles(plan);

    ASSERT_EQ(cycles.size(), 1u);
    EXPECT_EQ(cycles[0], (std::vector<std::string>{"A", "B", "C"}));
}

TEST(Cycles, TwoSeparateCyclesAreBothReported)
{
    const Plan plan = fourCapabilities().dependency("A", "B").dependency("B", "A").dependency("D", "C")
                          .dependency("C", "D").build();

    const auto cycles = findCycles(plan);

    ASSERT_EQ(cycles.size(), 2u);
    EXPECT_EQ(cycles[0], (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(cycles[1], (std::vector<std::string>{"C", "D"}));
}

TEST(Cycles, TangleIsReportedOnceWithARealCycle)
{
    // A <-> B and B <-> C form one strongly connected group.
    const Plan plan = fourCapabilities().dependency("A", "B").dependency("B", "A").dependency("B", "C")
                          .dependency("C", "B").build();

    const auto cycles = findCycles(plan);

    ASSERT_EQ(cycles.size(), 1u);
    EXPECT_EQ(cycles[0].front(), "A");
    EXPECT_TRUE(isCycleOf(plan, cycles[0]));
}

TEST(Cycles, SelfDependencyIsAOneCapabilityCycle)
{
    const Plan plan = fourCapabilities().dependency("B", "B").build();

    EXPECT_EQ(findCycles(plan), (std::vector<std::vector<std::string>>{{"B"}}));
}

TEST(Cycles, UnknownKeysAreIgnored)
{
    const Plan plan = fourCapabilities().dependency("A", "GHOST").dependency("GHOST", "A").build();

    EXPECT_TRUE(findCycles(plan).empty());
}

TEST(Cycles, GeneratedPlansWithABackEdgeHaveARealCycle)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        test::GeneratorOptions options;
        options.acyclic = false;
        options.capabilities = 12;
        const Plan plan = test::generatePlan(seed, options);

        const auto cycles = findCycles(plan);

        ASSERT_FALSE(cycles.empty()) << "seed " << seed;
        for (const auto &cycle : cycles)
            EXPECT_TRUE(isCycleOf(plan, cycle)) << "seed " << seed;
    }
}

TEST(Cycles, GeneratedAcyclicPlansHaveNone)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed)
        EXPECT_TRUE(findCycles(test::generatePlan(seed)).empty()) << "seed " << seed;
}

TEST(DependencyPath, FollowsTheShortestChainOfDependencies)
{
    // A -> B -> C -> D and a short cut A -> C.
    const Plan plan = fourCapabilities().dependency("A", "B").dependency("B", "C").dependency("C", "D")
                          .dependency("A", "C").build();

    EXPECT_EQ(dependencyPath(plan, "A", "D"), (std::vector<std::string>{"A", "C", "D"}));
    EXPECT_EQ(dependencyPath(plan, "B", "D"), (std::vector<std::string>{"B", "C", "D"}));
}

TEST(DependencyPath, IsEmptyAgainstTheDirectionOfDependenciesOrForUnknownKeys)
{
    const Plan plan = fourCapabilities().dependency("A", "B").dependency("B", "C").build();

    EXPECT_TRUE(dependencyPath(plan, "C", "A").empty());
    EXPECT_TRUE(dependencyPath(plan, "A", "D").empty());
    EXPECT_TRUE(dependencyPath(plan, "A", "NOPE").empty());
    EXPECT_TRUE(dependencyPath(plan, "NOPE", "A").empty());
}

TEST(DependencyPath, FromAKeyToItselfIsThatKey)
{
    const Plan plan = fourCapabilities().build();

    EXPECT_EQ(dependencyPath(plan, "B", "B"), (std::vector<std::string>{"B"}));
}

TEST(DependencyPath, AddingTheReverseOfAFoundPathMakesACycle)
{
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const Plan plan = test::generatePlan(seed, {.capabilities = 15, .dependencyDensity = 0.2});
        for (const Capability &from : plan.capabilities)
            for (const Capability &to : plan.capabilities) {
                if (from.key == to.key)
                    continue;
                const std::vector<std::string> path = dependencyPath(plan, from.key, to.key);
                Plan closed = plan;
                closed.dependencies.push_back({to.key, from.key, 0});
                ASSERT_EQ(!path.empty(), !findCycles(closed).empty())
                    << "seed " << seed << " " << from.key << " -> " << to.key;
                if (!path.empty()) {
                    EXPECT_EQ(path.front(), from.key);
                    EXPECT_EQ(path.back(), to.key);
                    EXPECT_TRUE(isCycleOf(closed, path)) << "seed " << seed;
                }
            }
    }
}
