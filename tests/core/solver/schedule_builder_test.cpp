// Decoding a list again after one activity's key and earliest start changed (what each trial of
// a stable re-plan does): the list made from where that activity could first be listed, and the
// decoding resumed from a snapshot, are exactly the list and schedule made from scratch.

#include "core/schedule/solver/instance.h"
#include "core/schedule/solver/priority_rules.h"
#include "core/schedule/solver/schedule_builder.h"
#include "random_problem.h"

#include <gtest/gtest.h>

#include <random>

namespace waveplan::solver::detail {
namespace {

test::RandomProblemOptions largeProblems()
{
    test::RandomProblemOptions options;
    options.minActivities = 60; // enough list entries for several snapshots (one per 32)
    options.maxActivities = 200;
    return options;
}

std::vector<double> randomKeys(std::size_t n, std::mt19937_64 &engine)
{
    std::vector<double> key(n);
    for (double &k : key)
        k = static_cast<double>(engine() % 400);
    return key;
}

void expectSameSchedule(const Schedule &actual, const Schedule &expected, std::uint64_t seed)
{
    EXPECT_EQ(actual.start, expected.start) << "seed " << seed;
    EXPECT_EQ(actual.violation, expected.violation) << "seed " << seed;
    EXPECT_EQ(actual.ignored, expected.ignored) << "seed " << seed;
    EXPECT_EQ(actual.score, expected.score) << "seed " << seed;
}

TEST(ActivityListAfterChange, IsTheListMadeAfreshAndKeepsTheOldListsStart)
{
    int keptSome = 0;
    for (std::uint64_t seed = 1; seed <= 150; ++seed) {
        const Problem problem = test::randomProblem(seed, largeProblems());
        const Instance instance = compile(problem);
        std::mt19937_64 engine(seed);
        std::vector<double> key = randomKeys(problem.activities.size(), engine);
        const std::vector<int> base = activityList(instance, key);
        const int changed = static_cast<int>(engine() % problem.activities.size());
        key[static_cast<std::size_t>(changed)] = static_cast<double>(engine() % 400) - 0.5;

        std::size_t kept = 0;
        const std::vector<int> after = activityListAfterChange(instance, key, base, changed, kept);

        EXPECT_EQ(after, activityList(instance, key)) << "seed " << seed;
        ASSERT_LE(kept, base.size()) << "seed " << seed;
        EXPECT_TRUE(std::equal(base.begin(), base.begin() + static_cast<std::ptrdiff_t>(kept), after.begin()))
            << "seed " << seed;
        keptSome += kept > 0 ? 1 : 0;
    }
    EXPECT_GT(keptSome, 50); // most changes keep part of the list
}

TEST(ActivityListAfterChange, ListsActivitiesOnACycleAsActivityListDoes)
{
    // 0 -> 1 -> 2 -> 1 (a cycle: never in a schedulable plan, but the lists must not lose it).
    Problem problem;
    problem.waves = WaveGrid(10);
    problem.resources.push_back(Resource{.capacity = 2, .capacityByWave = {}, .goLiveLimit = {}});
    Activity activity;
    activity.duration = 2;
    activity.demand = {1};
    problem.activities.assign(4, activity);
    problem.precedences = {{0, 1, 0}, {1, 2, 0}, {2, 1, 0}};
    const Instance instance = compile(problem);
    std::vector<double> key{3, 2, 1, 0};
    const std::vector<int> base = activityList(instance, key);
    for (int changed = 0; changed < 4; ++changed) {
        std::vector<double> changedKey = key;
        changedKey[static_cast<std::size_t>(changed)] = -1;
        std::size_t kept = 0;
        EXPECT_EQ(activityListAfterChange(instance, changedKey, base, changed, kept), activityList(instance, changedKey))
            << "changed " << changed;
    }
}

TEST(ScheduleBuilderSerialFrom, GivesTheScheduleOfADecodingFromScratch)
{
    int resumed = 0;
    for (std::uint64_t seed = 1; seed <= 150; ++seed) {
        const Problem problem = test::randomProblem(seed, largeProblems());
        Instance instance = compile(problem);
        const Calendar calendar{&problem, false, 0};
        ScheduleBuilder builder(instance, calendar);
        std::mt19937_64 engine(seed * 31);
        std::vector<double> key = randomKeys(problem.activities.size(), engine);
        const std::vector<int> baseOrder = activityList(instance, key);
        Schedule base;
        SerialSnapshots snapshots;
        builder.serial(baseOrder, base, 64, &snapshots);

        // One activity listed elsewhere and held to a later earliest start, as a trial does.
        const int changed = static_cast<int>(engine() % problem.activities.size());
        const auto c = static_cast<std::size_t>(changed);
        key[c] = static_cast<double>(engine() % 400);
        instance.earliestStart[c] += static_cast<int>(engine() % 40);
        std::size_t kept = 0;
        const std::vector<int> order = activityListAfterChange(instance, key, baseOrder, changed, kept);
        Schedule fromScratch;
        builder.serial(order, fromScratch, 64);
        Schedule fromSnapshot;
        SerialSnapshots recorded;
        builder.serialFrom(order, fromSnapshot, 64, base, snapshots, kept, &recorded);

        expectSameSchedule(fromSnapshot, fromScratch, seed);
        resumed += !snapshots.empty() && snapshots.front()->placed <= kept ? 1 : 0;

        // The snapshots it recorded serve the next change as well as a fresh decoding's would.
        const int next = static_cast<int>(engine() % problem.activities.size());
        key[static_cast<std::size_t>(next)] = -1;
        const std::vector<int> nextOrder = activityListAfterChange(instance, key, order, next, kept);
        Schedule again;
        builder.serialFrom(nextOrder, again, 64, fromSnapshot, recorded, kept);
        Schedule againFromScratch;
        builder.serial(nextOrder, againFromScratch, 64);
        expectSameSchedule(again, againFromScratch, seed);
    }
    EXPECT_GT(resumed, 30); // the check above covers decodings that did start from a snapshot
}

} // namespace
} // namespace waveplan::solver::detail
