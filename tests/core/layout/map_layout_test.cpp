#include "core/layout/map_layout.h"
#include "layout/layout_checks.h"
#include "layout/random_layered_graph.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace waveplan;
using namespace waveplan::layout;

namespace {

constexpr double kEpsilon = 1e-9;

/// Checks the geometric promises of MapLayout for `input` laid out with `options`.
void expectWellFormed(const LayoutInput &input, const MapLayout &map, const LayoutOptions &options)
{
    ASSERT_EQ(map.rowOf.size(), input.nodes.size());
    std::map<int, std::vector<std::pair<int, std::string>>> rowsOfColumn;
    double lowest = INFINITY;
    for (const LayoutNode &node : input.nodes) {
        ASSERT_EQ(map.columnOf.at(node.key), node.column) << node.key;
        const auto [x, y] = map.position.at(node.key);
        EXPECT_DOUBLE_EQ(x, node.column * options.columnSpacing) << node.key;
        rowsOfColumn[node.column].emplace_back(map.rowOf.at(node.key), node.key);
        lowest = std::min(lowest, y);
    }
    for (const EdgeRoute &route : map.edges)
        for (const auto &bend : route.bends)
            lowest = std::min(lowest, bend.second - options.bendHeight / 2);
    EXPECT_NEAR(lowest, 0.0, kEpsilon);
    std::map<std::string, double> height;
    for (const LayoutNode &node : input.nodes)
        height[node.key] = node.height;
    for (auto &[column, rows] : rowsOfColumn) {
        std::sort(rows.begin(), rows.end());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            EXPECT_EQ(rows[r].first, static_cast<int>(r)) << "column " << column;
            if (r == 0)
                continue;
            const double aboveBottom = map.position.at(rows[r - 1].second).second + height[rows[r - 1].second];
            EXPECT_GE(map.position.at(rows[r].second).second + kEpsilon, aboveBottom + options.rowSpacing)
                << rows[r - 1].second << " and " << rows[r].second << " overlap in column " << column;
        }
    }
    ASSERT_EQ(map.edges.size(), input.edges.size());
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        const int from = map.columnOf.count(input.edges[e].from) ? map.columnOf.at(input.edges[e].from) : 0;
        const int to = map.columnOf.count(input.edges[e].to) ? map.columnOf.at(input.edges[e].to) : 0;
        const auto &bends = map.edges[e].bends;
        ASSERT_EQ(bends.size(), static_cast<std::size_t>(std::max(0, std::abs(to - from) - 1)));
        for (std::size_t j = 0; j < bends.size(); ++j) {
            const int column = from + (to > from ? 1 : -1) * static_cast<int>(j + 1);
            EXPECT_DOUBLE_EQ(bends[j].first, column * options.columnSpacing);
        }
    }
}

/// Root R, two children, four grandchildren, declared so that key order interleaves branches.
LayoutInput tree()
{
    LayoutInput input;
    input.nodes = {{"R", 0}, {"P", 1}, {"Q", 1}, {"A", 2}, {"B", 2}, {"C", 2}, {"D", 2}};
    input.edges = {{"R", "P"}, {"R", "Q"}, {"P", "A"}, {"Q", "B"}, {"P", "C"}, {"Q", "D"}};
    return input;
}

/// Five arrows a_i -> b_(4-i): drawn in key order, every pair crosses.
LayoutInput reversedLadder()
{
    LayoutInput input;
    for (int i = 0; i < 5; ++i) {
        input.nodes.push_back({"a" + std::to_string(i), 0});
        input.nodes.push_back({"b" + std::to_string(i), 1});
    }
    for (int i = 0; i < 5; ++i)
        input.edges.push_back({"a" + std::to_string(i), "b" + std::to_string(4 - i)});
    return input;
}

/// A layout showing every column in key order.
MapLayout keyOrder(const LayoutInput &input)
{
    MapLayout map;
    std::map<int, int> next;
    std::map<std::string, int> column;
    for (const auto &node : input.nodes)
        column[node.key] = node.column;
    for (const auto &[key, c] : column) {
        map.columnOf[key] = c;
        map.rowOf[key] = next[c];
        map.position[key] = {c * 4.0, 2.0 * next[c]++};
    }
    return map;
}

} // namespace

TEST(MapLayout, EmptyMapGivesEmptyLayout)
{
    const MapLayout map = layoutMap({});

    EXPECT_TRUE(map.rowOf.empty());
    EXPECT_TRUE(map.position.empty());
    EXPECT_EQ(map.crossings, 0);
}

TEST(MapLayout, TreeIsDrawnWithoutCrossings)
{
    const LayoutInput input = tree();

    const MapLayout map = layoutMap(input);

    EXPECT_EQ(map.crossings, 0);
    EXPECT_EQ(test::bruteForceCrossings(input, map), 0);
    expectWellFormed(input, map, {});
}

TEST(MapLayout, CompleteBipartiteTwoByTwoKeepsItsOneUnavoidableCrossing)
{
    LayoutInput input;
    input.nodes = {{"A", 0}, {"B", 0}, {"X", 1}, {"Y", 1}};
    input.edges = {{"A", "X"}, {"A", "Y"}, {"B", "X"}, {"B", "Y"}};

    const MapLayout map = layoutMap(input);

    EXPECT_EQ(map.crossings, 1);
    EXPECT_EQ(test::bruteForceCrossings(input, map), 1);
}

TEST(MapLayout, BadlyArrangedLadderIsUntangledFromThePreviousOrder)
{
    const LayoutInput base = reversedLadder();
    const MapLayout bad = keyOrder(base);
    ASSERT_EQ(test::bruteForceCrossings(base, bad), 10);
    LayoutInput input = base;
    input.previous = &bad;

    const MapLayout map = layoutMap(input);

    EXPECT_EQ(map.initialCrossings, 10);
    EXPECT_EQ(map.crossings, 0);
    EXPECT_EQ(test::bruteForceCrossings(input, map), 0);
}

TEST(MapLayout, LadderIsUntangledWithEitherHeuristicAndWithoutTransposition)
{
    for (const auto heuristic : {OrderingHeuristic::Barycenter, OrderingHeuristic::Median}) {
        LayoutInput input = reversedLadder();
        const MapLayout bad = keyOrder(input);
        input.previous = &bad;
        LayoutOptions options;
        options.heuristic = heuristic;
        options.transpose = false;

        const MapLayout map = layoutMap(input, options);

        EXPECT_EQ(map.crossings, 0) << static_cast<int>(heuristic);
    }
}

TEST(MapLayout, LongArrowsAreRoutedThroughFreeSpace)
{
    // Two chains run side by side; the long arrow S -> T must pass columns 1 and 2 outside them.
    LayoutInput input;
    input.nodes = {{"S", 0}, {"A0", 0}, {"B0", 0}, {"A1", 1}, {"B1", 1}, {"A2", 2}, {"B2", 2}, {"T", 3}, {"A3", 3}};
    input.edges = {{"A0", "A1"}, {"A1", "A2"}, {"A2", "A3"}, {"B0", "B1"}, {"B1", "B2"}, {"S", "T"}, {"B2", "A3"}};

    const MapLayout map = layoutMap(input);

    EXPECT_EQ(map.crossings, 0);
    EXPECT_EQ(test::bruteForceCrossings(input, map), 0);
    expectWellFormed(input, map, {});
}

TEST(MapLayout, BackEdgeIsLaidOutLikeTheForwardEdge)
{
    LayoutInput forward = tree();
    forward.edges.push_back({"R", "D"});
    LayoutInput backward = tree();
    backward.edges.push_back({"D", "R"});

    const MapLayout a = layoutMap(forward);
    const MapLayout b = layoutMap(backward);

    EXPECT_EQ(a.rowOf, b.rowOf);
    EXPECT_EQ(a.crossings, b.crossings);
    ASSERT_EQ(a.edges.back().bends.size(), 1U);
    EXPECT_EQ(a.edges.back().bends, b.edges.back().bends); // one bend: same point either way
    expectWellFormed(backward, b, {});
}

TEST(MapLayout, RandomMapsAreWellFormedAndNeverWorseThanTheStart)
{
    for (const auto heuristic : {OrderingHeuristic::Barycenter, OrderingHeuristic::Median}) {
        for (std::uint64_t seed = 1; seed <= 15; ++seed) {
            test::LayeredGraphOptions generator;
            generator.nodes = 20 + static_cast<int>(seed * 5);
            generator.backEdgeChance = 0.1;
            generator.sameColumnChance = 0.1;
            generator.varyHeights = true;
            const LayoutInput input = test::randomLayeredGraph(seed, generator);
            LayoutOptions options;
            options.heuristic = heuristic;
            options.rowSpacing = 0.25;
            options.bendHeight = 0.1;

            const MapLayout map = layoutMap(input, options);

            expectWellFormed(input, map, options);
            EXPECT_LE(map.crossings, map.initialCrossings) << "seed " << seed;
            EXPECT_EQ(map.crossings, countCrossings(input, map)) << "seed " << seed;
        }
    }
}

TEST(MapLayout, ReportedCrossingsMatchThePairwiseCheck)
{
    for (std::uint64_t seed = 1; seed <= 15; ++seed) {
        test::LayeredGraphOptions generator;
        generator.nodes = 60;
        generator.backEdgeChance = 0.1;
        const LayoutInput input = test::randomLayeredGraph(seed, generator);

        const MapLayout map = layoutMap(input);

        EXPECT_EQ(map.crossings, test::bruteForceCrossings(input, map)) << "seed " << seed;
    }
}

TEST(MapLayout, NeverWorseThanAGivenArrangement)
{
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        test::LayeredGraphOptions generator;
        generator.nodes = 50;
        generator.backEdgeChance = 0.1;
        LayoutInput input = test::randomLayeredGraph(seed, generator);
        const MapLayout start = test::randomArrangement(input, seed);
        input.previous = &start;

        const MapLayout map = layoutMap(input);

        EXPECT_EQ(map.initialCrossings, test::bruteForceCrossings(input, start)) << "seed " << seed;
        EXPECT_LE(map.crossings, map.initialCrossings) << "seed " << seed;
    }
}

TEST(MapLayout, SweepsRemoveMostCrossingsOfRandomArrangements)
{
    long before = 0;
    long after = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        LayoutInput input = test::randomLayeredGraph(seed, {.nodes = 80});
        const MapLayout start = test::randomArrangement(input, seed);
        input.previous = &start;

        const MapLayout map = layoutMap(input);

        before += map.initialCrossings;
        after += map.crossings;
    }
    EXPECT_LT(after * 2, before);
}

TEST(MapLayout, WithoutSweepsOrPolishTheStartingOrderIsKept)
{
    const LayoutInput input = test::randomLayeredGraph(3, {.nodes = 60});
    LayoutOptions frozen;
    frozen.sweeps = 0;
    frozen.polishRounds = 0;

    const MapLayout start = layoutMap(input, frozen);
    const MapLayout full = layoutMap(input);

    EXPECT_EQ(start.crossings, start.initialCrossings);
    EXPECT_EQ(full.initialCrossings, start.crossings);
    EXPECT_LE(full.crossings, start.crossings);
}

TEST(MapLayout, DuplicateKeysKeepTheFirstCard)
{
    LayoutInput input;
    input.nodes = {{"A", 0, 1}, {"A", 3, 5}, {"B", 1}};
    input.edges = {{"A", "B"}};

    const MapLayout map = layoutMap(input);

    EXPECT_EQ(map.rowOf.size(), 2U);
    EXPECT_EQ(map.columnOf.at("A"), 0);
}
