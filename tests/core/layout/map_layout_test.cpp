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
    std::map<std::pair<int, int>, std::vector<std::pair<int, std::string>>> rowsOfLayer;
    double lowest = INFINITY;
    for (const LayoutNode &node : input.nodes) {
        ASSERT_EQ(map.columnOf.at(node.key), node.column) << node.key;
        const int layer = map.layerOf.at(node.key);
        ASSERT_GE(layer, 0) << node.key;
        ASSERT_LT(layer, map.column(node.column).layers) << node.key;
        const auto [x, y] = map.position.at(node.key);
        EXPECT_DOUBLE_EQ(x, map.column(node.column).left + layer * options.layerSpacing) << node.key;
        rowsOfLayer[{node.column, layer}].emplace_back(map.rowOf.at(node.key), node.key);
        lowest = std::min(lowest, y);
    }
    // Columns tile the map left to right: each starts where the one before ends.
    for (auto it = map.columns.begin(); it != map.columns.end(); ++it) {
        if (it == map.columns.begin()) {
            EXPECT_DOUBLE_EQ(it->second.left, it->first * options.columnSpacing);
            continue;
        }
        EXPECT_EQ(it->first, std::prev(it)->first + 1);
        EXPECT_DOUBLE_EQ(it->second.left, map.columnExtent(std::prev(it)->first).second);
    }
    for (const EdgeRoute &route : map.edges)
        for (const auto &bend : route.bends)
            lowest = std::min(lowest, bend.second - options.bendHeight / 2);
    EXPECT_NEAR(lowest, 0.0, kEpsilon);
    std::map<std::string, double> height;
    for (const LayoutNode &node : input.nodes)
        height[node.key] = node.height;
    for (auto &[layer, rows] : rowsOfLayer) {
        std::sort(rows.begin(), rows.end());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            EXPECT_EQ(rows[r].first, static_cast<int>(r)) << "column " << layer.first;
            if (r == 0)
                continue;
            const double aboveBottom = map.position.at(rows[r - 1].second).second + height[rows[r - 1].second];
            EXPECT_GE(map.position.at(rows[r].second).second + kEpsilon, aboveBottom + options.rowSpacing)
                << rows[r - 1].second << " and " << rows[r].second << " overlap in column " << layer.first;
        }
    }
    ASSERT_EQ(map.edges.size(), input.edges.size());
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        const LayoutEdge &edge = input.edges[e];
        const EdgeRoute &route = map.edges[e];
        EXPECT_EQ(route.from, edge.from);
        EXPECT_EQ(route.to, edge.to);
        if (!map.position.contains(edge.from) || !map.position.contains(edge.to) || edge.from == edge.to) {
            EXPECT_TRUE(route.points.empty());
            continue;
        }
        const int from = test::globalLayer(map, edge.from);
        const int to = test::globalLayer(map, edge.to);
        if (from == to) { // only a cycle inside a column leaves two of its cards in one layer
            EXPECT_TRUE(route.points.empty());
            continue;
        }
        ASSERT_EQ(route.bends.size(), static_cast<std::size_t>(std::abs(to - from) - 1));
        ASSERT_EQ(route.points.size(), 2 * route.bends.size() + 2);
        // Leaves `from` in the middle of the side facing `to`, ends on the facing side of `to`.
        const bool forward = to > from;
        const auto [fx, fy] = map.position.at(edge.from);
        const auto [tx, ty] = map.position.at(edge.to);
        EXPECT_NEAR(route.points.front().first, forward ? fx + options.cardWidth : fx, kEpsilon);
        EXPECT_NEAR(route.points.front().second, fy + height[edge.from] / 2, kEpsilon);
        EXPECT_NEAR(route.points.back().first, forward ? tx : tx + options.cardWidth, kEpsilon);
        EXPECT_NEAR(route.points.back().second, ty + height[edge.to] / 2, kEpsilon);
        for (std::size_t i = 0; i + 1 < route.points.size(); ++i) {
            const double dx = route.points[i + 1].first - route.points[i].first;
            EXPECT_GT(forward ? dx : -dx, 0) << "segment " << i << " of " << edge.from << " -> " << edge.to;
            if (i % 2 == 1) { // a run through a layer is level, as wide as a card, at its bend
                EXPECT_NEAR(route.points[i + 1].second, route.points[i].second, kEpsilon);
            }
        }
        for (std::size_t j = 0; j < route.bends.size(); ++j)
            EXPECT_NEAR(route.bends[j].second, route.points[2 * j + 1].second, kEpsilon);
    }
    for (const RouteCollision &hit : routeCollisions(input, map))
        ADD_FAILURE() << "the arrow " << input.edges[hit.edge].from << " -> " << input.edges[hit.edge].to
                      << " passes through " << hit.card << " (segment " << hit.segment << ")";
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

TEST(MapLayout, EmptyMapStillPlacesColumnsWithTheGivenSpacing)
{
    LayoutOptions options;
    options.columnSpacing = 7;
    options.layerSpacing = 5;
    options.cardWidth = 3;

    const MapLayout map = layoutMap({}, options);

    EXPECT_TRUE(map.columns.empty());
    EXPECT_DOUBLE_EQ(map.column(2).left, 14);
    EXPECT_EQ(map.column(2).layers, 1);
    EXPECT_DOUBLE_EQ(map.columnExtent(2).second, 21);
    EXPECT_DOUBLE_EQ(map.cardWidth, 3);
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

TEST(MapLayout, ChainInsideOneColumnGetsOneLayerPerStep)
{
    // Column 0 holds A -> B -> C and an unrelated D; A also feeds E in column 1, F in column 1
    // depends on C. The column needs three layers, and column 1 starts after them.
    LayoutInput input;
    input.nodes = {{"A", 0}, {"B", 0}, {"C", 0}, {"D", 0}, {"E", 1}, {"F", 1}};
    input.edges = {{"A", "B"}, {"B", "C"}, {"A", "E"}, {"C", "F"}, {"D", "F"}};
    const LayoutOptions options;

    const MapLayout map = layoutMap(input, options);

    EXPECT_EQ(map.layerOf.at("A"), 0);
    EXPECT_EQ(map.layerOf.at("B"), 1);
    EXPECT_EQ(map.layerOf.at("C"), 2);
    EXPECT_EQ(map.layerOf.at("D"), 0);
    EXPECT_EQ(map.layerOf.at("E"), 0);
    EXPECT_EQ(map.column(0).layers, 3);
    EXPECT_EQ(map.column(1).layers, 1);
    EXPECT_DOUBLE_EQ(map.column(1).left, 2 * options.layerSpacing + options.columnSpacing);
    EXPECT_DOUBLE_EQ(map.position.at("E").first, map.column(1).left);
    // A -> E passes the two later layers of column 0; A -> B and B -> C are direct.
    EXPECT_EQ(map.edges[2].bends.size(), 2U);
    EXPECT_TRUE(map.edges[0].bends.empty());
    EXPECT_EQ(map.crossings, test::bruteForceCrossings(input, map));
    expectWellFormed(input, map, options);
}

TEST(MapLayout, ColumnsBeyondTheCardsContinueTheSpacing)
{
    LayoutInput input;
    input.nodes = {{"A", 1}, {"B", 1}, {"C", 2}};
    input.edges = {{"A", "B"}};
    const LayoutOptions options;

    const MapLayout map = layoutMap(input, options);

    EXPECT_DOUBLE_EQ(map.column(0).left, 0);
    EXPECT_DOUBLE_EQ(map.column(1).left, options.columnSpacing);
    EXPECT_DOUBLE_EQ(map.column(2).left, 2 * options.columnSpacing + options.layerSpacing);
    EXPECT_DOUBLE_EQ(map.column(4).left, 4 * options.columnSpacing + options.layerSpacing);
    EXPECT_EQ(map.column(4).layers, 1);
    EXPECT_DOUBLE_EQ(map.columnExtent(1).second, map.column(2).left);
}

TEST(MapLayout, UnrelatedCardsAreSpreadOverTheLayersOfTheirColumn)
{
    // Column 0: the chain A -> B and eight cards with no arrow inside the column. Two layers;
    // the eight are shared between them instead of stacking under A.
    LayoutInput input;
    input.nodes = {{"A", 0}, {"B", 0}, {"Z", 1}};
    for (int i = 0; i < 8; ++i) {
        input.nodes.push_back({"U" + std::to_string(i), 0});
        input.edges.push_back({"U" + std::to_string(i), "Z"});
    }
    input.edges.push_back({"A", "B"});

    const MapLayout map = layoutMap(input);

    EXPECT_EQ(map.column(0).layers, 2);
    EXPECT_LT(map.layerOf.at("A"), map.layerOf.at("B"));
    std::map<int, int> perLayer;
    for (const auto &[key, layer] : map.layerOf)
        if (map.columnOf.at(key) == 0)
            ++perLayer[layer];
    EXPECT_EQ(perLayer[0], 5);
    EXPECT_EQ(perLayer[1], 5);
    expectWellFormed(input, map, {});

    // Laid out again after an edit elsewhere, every card keeps its layer.
    LayoutInput edited = input;
    edited.nodes.push_back({"NEW", 1});
    edited.previous = &map;
    const MapLayout again = layoutMap(edited);
    for (const auto &[key, layer] : map.layerOf)
        EXPECT_EQ(again.layerOf.at(key), layer) << key;
}

TEST(MapLayout, ACrowdedColumnIsSplitIntoLayersOfAtMostTheLimit)
{
    // Twenty unrelated cards in column 0, each feeding Z in column 1; at most 8 per layer.
    LayoutInput input;
    input.nodes = {{"Z", 1}};
    for (int i = 0; i < 20; ++i) {
        input.nodes.push_back({"U" + std::to_string(i), 0});
        input.edges.push_back({"U" + std::to_string(i), "Z"});
    }
    LayoutOptions options;
    options.maxCardsPerLayer = 8;

    const MapLayout map = layoutMap(input, options);

    EXPECT_EQ(map.column(0).layers, 3);
    EXPECT_EQ(map.column(1).layers, 1);
    std::map<int, int> perLayer;
    for (const auto &[key, layer] : map.layerOf)
        if (map.columnOf.at(key) == 0)
            ++perLayer[layer];
    for (const auto &[layer, count] : perLayer)
        EXPECT_LE(count, 8) << "layer " << layer;
    expectWellFormed(input, map, options);
    EXPECT_EQ(map.crossings, test::bruteForceCrossings(input, map));

    // Without the limit they stay in one layer.
    EXPECT_EQ(layoutMap(input).column(0).layers, 1);
}

TEST(MapLayout, CycleInsideAColumnIsBrokenAtItsSmallestKey)
{
    LayoutInput input;
    input.nodes = {{"A", 0}, {"B", 0}, {"C", 0}, {"Z", 1}};
    input.edges = {{"B", "C"}, {"C", "A"}, {"A", "B"}, {"C", "Z"}};

    const MapLayout map = layoutMap(input);

    EXPECT_EQ(map.layerOf.at("A"), 0);
    EXPECT_EQ(map.layerOf.at("B"), 1);
    EXPECT_EQ(map.layerOf.at("C"), 2);
    // C -> A closes the cycle: laid out backwards, like any back edge.
    ASSERT_EQ(map.edges[1].points.size(), 4U);
    EXPECT_GT(map.edges[1].points.front().first, map.edges[1].points.back().first);
    expectWellFormed(input, map, {});
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
            options.bendSpacing = seed % 2 == 0 ? 0.02 : -1; // arrows packed closer than cards, or not

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
        const MapLayout start = test::randomArrangement(input, seed, layoutMap(input));
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
        const MapLayout start = test::randomArrangement(input, seed, layoutMap(input));
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

TEST(MapLayout, ACancelledLayoutIsCompleteAndKeepsItsStartingOrder)
{
    const LayoutInput input = test::randomLayeredGraph(6, {.nodes = 80});
    const std::atomic<bool> stop{true};
    LayoutOptions cancelled;
    cancelled.cancel = &stop;

    const MapLayout map = layoutMap(input, cancelled);
    const MapLayout full = layoutMap(input);

    EXPECT_EQ(map.crossings, map.initialCrossings); // no reordering was done
    EXPECT_GT(map.crossings, full.crossings);
    EXPECT_EQ(map.position.size(), full.position.size()); // yet every card is placed...
    EXPECT_TRUE(routeCollisions(input, map).empty());      // ...and every arrow routed clear
    EXPECT_EQ(map.crossings, countCrossings(input, map));
}

TEST(MapLayout, WithoutCountingCrossingsTheLayoutIsTheSame)
{
    LayoutOptions quiet;
    quiet.countCrossings = false;
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        LayoutInput input = test::randomLayeredGraph(seed, {});
        const MapLayout counted = layoutMap(input);
        const MapLayout uncounted = layoutMap(input, quiet);
        EXPECT_EQ(uncounted.position, counted.position);
        EXPECT_EQ(uncounted.rowOf, counted.rowOf);
        EXPECT_EQ(uncounted.crossings, 0);
        EXPECT_EQ(uncounted.initialCrossings, 0);
        EXPECT_GT(counted.initialCrossings, 0) << "seed " << seed << ": a map with crossings to count";
        // After an edit too (a layout from the previous one).
        input.nodes.push_back({"NEW", 1});
        input.previous = &counted;
        const MapLayout countedAgain = layoutMap(input);
        input.previous = &uncounted;
        const MapLayout uncountedAgain = layoutMap(input, quiet);
        EXPECT_EQ(uncountedAgain.position, countedAgain.position);
    }
}
