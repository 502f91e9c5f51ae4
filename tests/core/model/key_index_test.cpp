// KeyIndex: the flat key -> capability table behind every large-plan look-up.
#include "core/model/key_index.h"
#include "core/model/plan_index.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

using namespace waveplan;

namespace {

Plan planWithKeys(const std::vector<std::string> &keys)
{
    Plan plan;
    for (const std::string &key : keys) {
        Capability c;
        c.key = key;
        plan.capabilities.push_back(c);
    }
    return plan;
}

} // namespace

TEST(KeyIndex, FindsEveryKeyAndNothingElse)
{
    const Plan plan = planWithKeys({"CDP", "C", "CD", "CDP2", "cdp", "A-1", "A.1"});
    const KeyIndex index(plan);

    EXPECT_EQ(index.size(), 7U);
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        EXPECT_EQ(index.indexOf(plan.capabilities[i].key), static_cast<int>(i)) << plan.capabilities[i].key;
    for (const char *missing : {"", "CDP ", "Cdp", "CDP22", "A_1", "X"})
        EXPECT_EQ(index.indexOf(missing), -1) << missing;
}

TEST(KeyIndex, TheFirstOfTwoCapabilitiesWithOneKeyWins)
{
    const Plan plan = planWithKeys({"A", "B", "A", "B", "A"});
    const KeyIndex index(plan);

    EXPECT_EQ(index.indexOf("A"), 0);
    EXPECT_EQ(index.indexOf("B"), 1);
}

TEST(KeyIndex, AnEmptyPlanOrAnEmptyIndexFindsNothing)
{
    EXPECT_EQ(KeyIndex(Plan{}).indexOf("A"), -1);
    EXPECT_EQ(KeyIndex().indexOf("A"), -1);
    EXPECT_EQ(KeyIndex().size(), 0U);
}

TEST(KeyIndex, AgreesWithALinearSearchOnRandomKeys)
{
    // Short keys from a small alphabet: many share prefixes and hash buckets, some repeat.
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
        std::vector<std::string> keys;
        const int count = std::uniform_int_distribution<int>(0, 3000)(rng);
        for (int k = 0; k < count; ++k) {
            std::string key;
            const int length = std::uniform_int_distribution<int>(1, 4)(rng);
            for (int c = 0; c < length; ++c)
                key += "ab1."[std::uniform_int_distribution<int>(0, 3)(rng)];
            keys.push_back(key);
        }
        const Plan plan = planWithKeys(keys);
        const KeyIndex index(plan);
        for (int probe = 0; probe < 500; ++probe) {
            std::string key;
            const int length = std::uniform_int_distribution<int>(1, 5)(rng);
            for (int c = 0; c < length; ++c)
                key += "ab1."[std::uniform_int_distribution<int>(0, 3)(rng)];
            int expected = -1;
            for (std::size_t i = 0; i < keys.size() && expected < 0; ++i)
                if (keys[i] == key)
                    expected = static_cast<int>(i);
            ASSERT_EQ(index.indexOf(key), expected) << "round " << round << ", key " << key;
        }
    }
}

TEST(PlanIndex, GroupsDependenciesByEndInPlanOrderAndResolvesBothEnds)
{
    Plan plan = planWithKeys({"A", "B", "C"});
    plan.dependencies = {{"A", "C", 0}, {"B", "C", 2}, {"A", "B", 0}, {"X", "C", 0}, {"C", "Y", 0}};
    const PlanIndex index(plan);

    EXPECT_EQ(index.predecessorOf(1), 1);
    EXPECT_EQ(index.successorOf(1), 2);
    EXPECT_EQ(index.predecessorOf(3), -1); // unknown key
    EXPECT_EQ(index.successorOf(4), -1);
    const auto list = [](std::span<const int> s) { return std::vector<int>(s.begin(), s.end()); };
    EXPECT_EQ(list(index.incoming(2)), (std::vector<int>{0, 1, 3}));
    EXPECT_EQ(list(index.incoming(1)), (std::vector<int>{2}));
    EXPECT_TRUE(index.incoming(0).empty());
    EXPECT_EQ(list(index.outgoing(0)), (std::vector<int>{0, 2}));
    EXPECT_EQ(list(index.outgoing(2)), (std::vector<int>{4}));
    EXPECT_EQ(index.indexOf("C"), 2);
}
