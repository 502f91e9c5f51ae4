#include "core/schedule/critical_path.h"
#include "core/schedule/schedule.h"
#include "schedule/schedule_checker.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace waveplan;

namespace {

ScheduleOptions smallBudget()
{
    ScheduleOptions options;
    options.budgetSchedules = 100;
    return options;
}

test::GeneratorOptions generatorOptions(std::uint64_t seed)
{
    return test::propertyPlanOptions(seed);
}

/// Longest chain of durations and lags by relaxation (Bellman-Ford style), independent of the engine.
int longestChain(const Plan &plan)
{
    std::map<std::string, int> start;
    for (const Capability &c : plan.capabilities)
        start[c.key] = 0;
    for (std::size_t round = 0; round < plan.capabilities.size(); ++round)
        for (const Dependency &d : plan.dependencies)
            start[d.successor] =
                std::max(start[d.successor], start[d.predecessor] + plan.findCapability(d.predecessor)->durationDays + d.lagDays);
    int length = 0;
    for (const Capability &c : plan.capabilities)
        length = std::max(length, start[c.key] + c.durationDays);
    return length;
}

/// Starts after delaying `key` by `delay` days, successors moving only as much as dependencies force.
std::map<std::string, int> delayed(const Plan &plan, const Schedule &schedule, const std::string &key, int delay)
{
    std::map<std::string, int> start;
    for (const ScheduledCapability &s : schedule.capabilities)
        start[s.key] = s.startDay;
    start[key] += delay;
    for (std::size_t round = 0; round < plan.capabilities.size(); ++round)
        for (const Dependency &d : plan.dependencies)
            start[d.successor] =
                std::max(start[d.successor], start[d.predecessor] + plan.findCapability(d.predecessor)->durationDays + d.lagDays);
    return start;
}

bool keepsEndAndDeadlines(const Plan &plan, const Schedule &schedule, const std::map<std::string, int> &start)
{
    for (const Capability &c : plan.capabilities) {
        const int finish = start.at(c.key) + c.durationDays;
        if (finish > schedule.makespanDays)
            return false;
        if (c.deadlineWave && test::waveOf(finish - 1, plan.waveLengthDays) > *c.deadlineWave)
            return false;
        if (c.pinnedWave && test::waveOf(start.at(c.key), plan.waveLengthDays) > *c.pinnedWave)
            return false;
    }
    return true;
}

} // namespace

TEST(ScheduleProperties, FeasibleSchedulesHoldEveryHardConstraint)
{
    int feasible = 0;
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        const Plan plan = test::generatePlan(seed, generatorOptions(seed));

        const Schedule schedule = computeSchedule(plan, smallBudget());

        ASSERT_EQ(schedule.capabilities.size(), plan.capabilities.size()) << "seed " << seed;
        if (!schedule.feasible) {
            EXPECT_TRUE(hasErrors(schedule.problems)) << "seed " << seed;
            continue;
        }
        ++feasible;
        EXPECT_EQ(test::brokenConstraints(plan, schedule), std::vector<std::string>{}) << "seed " << seed;
        EXPECT_FALSE(hasErrors(schedule.problems)) << "seed " << seed;
    }
    EXPECT_GT(feasible, 30); // the generator mostly makes schedulable plans
}

TEST(ScheduleProperties, InfeasibleSchedulesNameTheClash)
{
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        const Plan plan = test::generatePlan(seed, generatorOptions(seed));

        const Schedule schedule = computeSchedule(plan, smallBudget());

        const bool broken = !test::brokenConstraints(plan, schedule).empty();
        EXPECT_EQ(broken, !schedule.feasible) << "seed " << seed;
        for (const Problem &p : schedule.problems)
            if (p.severity == Severity::Error) {
                EXPECT_FALSE(p.keys.empty()) << "seed " << seed << ": " << p.message;
                EXPECT_FALSE(p.code.empty());
            }
    }
}

TEST(ScheduleProperties, MakespanIsAtLeastTheDependencyCriticalPath)
{
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        const Plan plan = test::generatePlan(seed, generatorOptions(seed));

        const Schedule schedule = computeSchedule(plan, smallBudget());

        EXPECT_EQ(schedule.minimumLengthDays, longestChain(plan)) << "seed " << seed;
        EXPECT_GE(schedule.makespanDays, schedule.minimumLengthDays) << "seed " << seed;
    }
}

TEST(ScheduleProperties, SamePlanGivesTheSameSchedule)
{
    for (std::uint64_t seed = 1; seed <= 15; ++seed) {
        const Plan plan = test::generatePlan(seed, generatorOptions(seed));

        const Schedule first = computeSchedule(plan, smallBudget());
        const Schedule second = computeSchedule(plan, smallBudget());

        EXPECT_EQ(first, second) << "seed " << seed;
    }
}

TEST(ScheduleProperties, SlackIsSafeAndZeroOnTheCriticalChain)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Plan plan = test::generatePlan(seed, generatorOptions(seed));
        const Schedule schedule = computeSchedule(plan, smallBudget());
        if (!schedule.feasible)
            continue;

        for (const ScheduledCapability &s : schedule.capabilities) {
            EXPECT_GE(s.slackDays, 0) << "seed " << seed << " " << s.key;
            EXPECT_TRUE(keepsEndAndDeadlines(plan, schedule, delayed(plan, schedule, s.key, s.slackDays)))
                << "seed " << seed << " " << s.key << " slack " << s.slackDays;
        }
        for (const std::string &key : schedule.criticalChain)
            EXPECT_EQ(schedule.find(key)->slackDays, 0) << "seed " << seed << " " << key;
    }
}

TEST(ScheduleProperties, CriticalMeansZeroSlackAndTheDependencyPathIsCpms)
{
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const Plan plan = test::generatePlan(seed, generatorOptions(seed));

        const Schedule schedule = computeSchedule(plan, smallBudget());
        const CriticalPathAnalysis cpm = analyseCriticalPath(plan);

        EXPECT_EQ(schedule.criticalPath, cpm.criticalPath);
        for (const ScheduledCapability &c : schedule.capabilities)
            EXPECT_EQ(c.critical, c.slackDays <= 0) << "seed " << seed << " " << c.key;
    }
}

TEST(ScheduleProperties, PlansWithCyclesGiveNoEntriesButNameTheCycle)
{
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        test::GeneratorOptions options = generatorOptions(seed);
        options.acyclic = false;
        const Plan plan = test::generatePlan(seed, options);

        const Schedule schedule = computeSchedule(plan, smallBudget());

        EXPECT_TRUE(schedule.capabilities.empty());
        EXPECT_FALSE(schedule.feasible);
        ASSERT_FALSE(schedule.problems.empty());
        EXPECT_EQ(schedule.problems.front().code, "cycle");
        EXPECT_GE(schedule.problems.front().keys.size(), 2u);
    }
}
