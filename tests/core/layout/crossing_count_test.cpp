#include "core/layout/crossing_count.h"
#include "core/layout/map_layout.h"
#include "layout/layout_checks.h"
#include "layout/random_layered_graph.h"

#include <gtest/gtest.h>

#include <random>

using namespace waveplan;
using namespace waveplan::layout;

namespace {

/// Cards of height 1 placed at the given tops.
MapLayout placed(const LayoutInput &input, const std::map<std::string, double> &top)
{
    MapLayout map;
    for (const auto &node : input.nodes) {
        map.columnOf[node.key] = node.column;
        map.position[node.key] = {node.column * 4.0, top.at(node.key)};
    }
    return map;
}

LayoutInput twoColumns(std::vector<LayoutEdge> edges)
{
    LayoutInput input;
    input.nodes = {{"A", 0}, {"B", 0}, {"X", 1}, {"Y", 1}};
    input.edges = std::move(edges);
    return input;
}

} // namespace

TEST(CountCrossings, TwoArrowsThatSwapSidesCrossOnce)
{
    const LayoutInput input = twoColumns({{"A", "Y"}, {"B", "X"}});
    const MapLayout map = placed(input, {{"A", 0}, {"B", 2}, {"X", 0}, {"Y", 2}});

    EXPECT_EQ(countCrossings(input, map), 1);
}

TEST(CountCrossings, ArrowsSharingACardDoNotCross)
{
    const LayoutInput input = twoColumns({{"A", "X"}, {"A", "Y"}, {"B", "Y"}});
    const MapLayout map = placed(input, {{"A", 0}, {"B", 2}, {"X", 0}, {"Y", 2}});

    EXPECT_EQ(countCrossings(input, map), 0);
}

TEST(CountCrossings, CompleteBipartiteTwoByTwoAlwaysCrossesOnce)
{
    const LayoutInput input = twoColumns({{"A", "X"}, {"A", "Y"}, {"B", "X"}, {"B", "Y"}});

    EXPECT_EQ(countCrossings(input, placed(input, {{"A", 0}, {"B", 2}, {"X", 0}, {"Y", 2}})), 1);
    EXPECT_EQ(countCrossings(input, placed(input, {{"A", 2}, {"B", 0}, {"X", 0}, {"Y", 2}})), 1);
}

TEST(CountCrossings, IgnoresUnknownSameColumnAndSelfEdges)
{
    const LayoutInput input = twoColumns({{"A", "B"}, {"A", "A"}, {"A", "Q"}, {"Q", "X"}, {"A", "Y"}, {"B", "X"}});
    const MapLayout map = placed(input, {{"A", 0}, {"B", 2}, {"X", 0}, {"Y", 2}});

    EXPECT_EQ(countCrossings(input, map), 1);
}

TEST(CountCrossings, LongArrowIsCutWhereItPassesAColumn)
{
    // A (column 0) -> Z (column 2) passes column 1 below M; B -> M -> N runs above it, then
    // the long arrow's last segment goes up to Z at the top while M -> N goes down to N.
    LayoutInput input;
    input.nodes = {{"A", 0}, {"B", 0}, {"M", 1}, {"Z", 2}, {"N", 2}};
    input.edges = {{"A", "Z"}, {"B", "M"}, {"M", "N"}};
    MapLayout map = placed(input, {{"A", 0}, {"B", 2}, {"M", 0}, {"Z", 0}, {"N", 2}});
    map.edges = {{"A", "Z", {{4.0, 3.0}}, {}}, {"B", "M", {}, {}}, {"M", "N", {}, {}}};

    EXPECT_EQ(countCrossings(input, map), 2); // B->M crosses A's first segment, M->N its second
}

TEST(CountCrossings, MatchesPairwiseCheckOnRandomArrangements)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        test::LayeredGraphOptions options;
        options.nodes = 10 + static_cast<int>(seed % 30);
        options.maxColumns = 2 + static_cast<int>(seed % 6);
        options.edgesPerNode = 1.0 + static_cast<double>(seed % 4);
        options.backEdgeChance = 0.2;
        options.sameColumnChance = 0.2;
        const LayoutInput input = test::randomLayeredGraph(seed, options);
        const MapLayout map = test::randomArrangement(input, seed * 7, layoutMap(input));

        EXPECT_EQ(countCrossings(input, map), test::bruteForceCrossings(input, map)) << "seed " << seed;
    }
}

TEST(CountCrossings, MatchesPairwiseCheckWithStraightLongArrows)
{
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        test::LayeredGraphOptions options;
        options.nodes = 30;
        options.backEdgeChance = 0.2;
        const LayoutInput input = test::randomLayeredGraph(seed, options);
        std::mt19937_64 engine(seed);
        std::map<std::string, double> top;
        for (const auto &node : input.nodes)
            top[node.key] = std::uniform_real_distribution<double>(0, 100)(engine);
        const MapLayout map = placed(input, top); // no routes: long arrows run straight

        EXPECT_EQ(countCrossings(input, map), test::bruteForceCrossings(input, map)) << "seed " << seed;
    }
}

TEST(CountInversions, MatchesPairwiseCountIncludingEqualValues)
{
    std::mt19937_64 engine(11);
    for (int round = 0; round < 50; ++round) {
        const int values = 1 + round % 13;
        std::vector<int> sequence(static_cast<std::size_t>(round * 3));
        for (int &v : sequence)
            v = std::uniform_int_distribution<int>(0, values - 1)(engine);
        std::int64_t expected = 0;
        for (std::size_t i = 0; i < sequence.size(); ++i)
            for (std::size_t j = i + 1; j < sequence.size(); ++j)
                expected += sequence[i] > sequence[j] ? 1 : 0;

        EXPECT_EQ(detail::countInversions(sequence, values), expected) << "round " << round;
    }
}
