#include "core/layout/map_layout.h"
#include "layout/layout_checks.h"
#include "layout/random_layered_graph.h"

#include <gtest/gtest.h>

#include <random>

using namespace waveplan;
using namespace waveplan::layout;

namespace {

std::set<std::string> keysOf(const LayoutInput &input)
{
    std::set<std::string> keys;
    for (const auto &node : input.nodes)
        keys.insert(node.key);
    return keys;
}

/// Adds capability "NEW" in column `column` depending on two cards of the column before and
/// needed by one card of the column after (when those columns have cards).
LayoutInput withOneMoreCard(const LayoutInput &input, int column, std::uint64_t seed)
{
    LayoutInput edited = input;
    std::mt19937_64 engine(seed);
    std::map<int, std::vector<std::string>> keysOfColumn;
    for (const auto &node : input.nodes)
        keysOfColumn[node.column].push_back(node.key);
    edited.nodes.push_back({"NEW", column});
    const auto pick = [&](int c) {
        const auto &keys = keysOfColumn[c];
        return keys[static_cast<std::size_t>(engine() % keys.size())];
    };
    if (!keysOfColumn[column - 1].empty()) {
        edited.edges.push_back({pick(column - 1), "NEW"});
        edited.edges.push_back({pick(column - 1), "NEW"});
    }
    if (!keysOfColumn[column + 1].empty())
        edited.edges.push_back({"NEW", pick(column + 1)});
    return edited;
}

LayoutInput withoutCard(const LayoutInput &input, const std::string &key)
{
    LayoutInput edited;
    for (const auto &node : input.nodes)
        if (node.key != key)
            edited.nodes.push_back(node);
    for (const auto &edge : input.edges)
        if (edge.from != key && edge.to != key)
            edited.edges.push_back(edge);
    return edited;
}

test::LayeredGraphOptions hundredCards()
{
    test::LayeredGraphOptions options;
    options.nodes = 100;
    options.backEdgeChance = 0.05;
    return options;
}

} // namespace

TEST(MapLayoutStability, RelayoutWithoutChangeIsIdentical)
{
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        const MapLayout first = layoutMap(input);
        input.previous = &first;

        const MapLayout second = layoutMap(input);

        EXPECT_EQ(second.rowOf, first.rowOf) << "seed " << seed;
        EXPECT_EQ(second.position, first.position) << "seed " << seed;
        EXPECT_EQ(second.crossings, first.crossings) << "seed " << seed;
        ASSERT_EQ(second.edges.size(), first.edges.size());
        for (std::size_t e = 0; e < first.edges.size(); ++e)
            EXPECT_EQ(second.edges[e].bends, first.edges[e].bends) << "seed " << seed << " edge " << e;
    }
}

TEST(MapLayoutStability, AddingOneCardMovesFewOthers)
{
    int moved = 0;
    int movedWithoutPrevious = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        const MapLayout before = layoutMap(input);
        LayoutInput edited = withOneMoreCard(input, 1 + static_cast<int>(seed % 3), seed);
        const MapLayout fresh = layoutMap(edited);
        edited.previous = &before;

        const MapLayout after = layoutMap(edited);

        const int movedHere = test::movedCards(before, after, keysOf(input));
        EXPECT_LE(movedHere, 20) << "seed " << seed; // of 100 cards
        EXPECT_LE(after.crossings, after.initialCrossings);
        moved += movedHere;
        movedWithoutPrevious += test::movedCards(before, fresh, keysOf(input));
    }
    EXPECT_LE(moved, 50); // 5% of the cards on average
    EXPECT_LT(moved * 5, movedWithoutPrevious);
}

TEST(MapLayoutStability, RemovingOneCardMovesFewOthers)
{
    int moved = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        const MapLayout before = layoutMap(input);
        const std::string removed = test::layeredKey(static_cast<int>(seed * 7));
        LayoutInput edited = withoutCard(input, removed);
        edited.previous = &before;

        const MapLayout after = layoutMap(edited);

        EXPECT_EQ(after.rowOf.count(removed), 0U);
        const int movedHere = test::movedCards(before, after, keysOf(edited));
        EXPECT_LE(movedHere, 20) << "seed " << seed;
        moved += movedHere;
    }
    EXPECT_LE(moved, 50);
}

TEST(MapLayoutStability, CardMovedToAnotherColumnIsPlacedAmongItsNeighbours)
{
    LayoutInput input = test::randomLayeredGraph(5, hundredCards());
    const MapLayout before = layoutMap(input);
    LayoutInput edited = input;
    auto moving = std::find_if(edited.nodes.begin(), edited.nodes.end(), [](const LayoutNode &n) { return n.column == 1; });
    ASSERT_NE(moving, edited.nodes.end());
    moving->column = 0; // may turn one of its dependencies into a back edge: still laid out
    edited.previous = &before;

    const MapLayout after = layoutMap(edited);

    EXPECT_EQ(after.columnOf.at(moving->key), 0);
    std::set<std::string> others = keysOf(input);
    others.erase(moving->key);
    EXPECT_LE(test::movedCards(before, after, others), 20);
    EXPECT_EQ(after.crossings, countCrossings(edited, after));
}

TEST(MapLayoutStability, PreviousLayoutOfAnotherMapIsIgnored)
{
    LayoutInput other;
    other.nodes = {{"zzz", 0}, {"yyy", 1}};
    const MapLayout unrelated = layoutMap(other);
    LayoutInput input = test::randomLayeredGraph(2, hundredCards());
    const MapLayout plain = layoutMap(input);
    input.previous = &unrelated;

    const MapLayout map = layoutMap(input);

    EXPECT_EQ(map.rowOf, plain.rowOf);
    EXPECT_EQ(map.crossings, plain.crossings);
}

TEST(MapLayoutDeterminism, SameInputSameLayout)
{
    const LayoutInput input = test::randomLayeredGraph(9, hundredCards());

    const MapLayout a = layoutMap(input);
    const MapLayout b = layoutMap(input);

    EXPECT_EQ(a.rowOf, b.rowOf);
    EXPECT_EQ(a.position, b.position);
}

TEST(MapLayoutDeterminism, OrderOfNodesAndEdgesDoesNotMatter)
{
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        const LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        LayoutInput shuffled = input;
        std::mt19937_64 engine(seed);
        std::shuffle(shuffled.nodes.begin(), shuffled.nodes.end(), engine);
        std::shuffle(shuffled.edges.begin(), shuffled.edges.end(), engine);

        const MapLayout a = layoutMap(input);
        const MapLayout b = layoutMap(shuffled);

        EXPECT_EQ(a.rowOf, b.rowOf) << "seed " << seed;
        EXPECT_EQ(a.position, b.position) << "seed " << seed;
        EXPECT_EQ(a.crossings, b.crossings) << "seed " << seed;
    }
}

TEST(MapLayoutStability, ARenamedCardKeepsItsPlaceAndNoOtherMoves)
{
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        const MapLayout before = layoutMap(input);
        const std::string from = input.nodes[static_cast<std::size_t>(seed * 7 % input.nodes.size())].key;
        const std::string to = "RENAMED";
        LayoutInput renamed = input;
        for (auto &node : renamed.nodes)
            if (node.key == from)
                node.key = to;
        for (auto &edge : renamed.edges) {
            if (edge.from == from)
                edge.from = to;
            if (edge.to == from)
                edge.to = to;
        }
        MapLayout previous = before;

        renameNode(previous, from, to);
        renamed.previous = &previous;
        const MapLayout after = layoutMap(renamed);

        // The same place up to rounding: positions are sums taken in key order.
        const auto expectAt = [&](const std::string &key, const std::pair<double, double> &place) {
            EXPECT_NEAR(after.position.at(key).first, place.first, 1e-9) << "seed " << seed << ": " << key << " moved";
            EXPECT_NEAR(after.position.at(key).second, place.second, 1e-9) << "seed " << seed << ": " << key << " moved";
        };
        expectAt(to, before.position.at(from));
        for (const auto &[key, position] : before.position)
            if (key != from)
                expectAt(key, position);
    }
}

TEST(MapLayoutStability, RenameNodeLeavesATakenOrUnknownKeyAlone)
{
    const LayoutInput input = test::randomLayeredGraph(3, hundredCards());
    const MapLayout laidOut = layoutMap(input);
    MapLayout layout = laidOut;

    renameNode(layout, "NO-SUCH-CARD", "X");
    renameNode(layout, input.nodes[0].key, input.nodes[1].key);

    EXPECT_EQ(layout.rowOf, laidOut.rowOf);
    EXPECT_EQ(layout.position, laidOut.position);
}

TEST(MapLayoutStability, AnEditReordersOnlyTheLayersItChangesAndTheirNeighbours)
{
    // The previous layout is one laid out with no sweeps and no polish (as the first layout of a
    // huge map, cut short): far from its crossing minimum. An edit must not take the chance to
    // reorder the whole map: only the layers it changes and the layers next to them.
    LayoutOptions quick;
    quick.sweeps = 0;
    quick.polishRounds = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        const MapLayout before = layoutMap(input, quick);
        ASSERT_TRUE(before.polished);
        const int lastColumn = before.columns.rbegin()->first;
        LayoutInput edited = input;
        edited.nodes.push_back({"NEW", lastColumn}); // no arrows: it changes one layer only
        edited.previous = &before;

        const MapLayout after = layoutMap(edited);

        // Every card of a column two or more columns away keeps its row.
        int far = 0;
        for (const auto &[key, column] : before.columnOf) {
            if (lastColumn - column < 2)
                continue;
            ++far;
            EXPECT_EQ(after.rowOf.at(key), before.rowOf.at(key)) << "seed " << seed << " card " << key;
        }
        EXPECT_GT(far, 0) << "seed " << seed;
        EXPECT_LE(after.crossings, after.initialCrossings) << "seed " << seed;

        // Laid out from scratch, the same map is reordered all over: the test can tell.
        LayoutInput scratch = edited;
        scratch.previous = nullptr;
        const MapLayout fresh = layoutMap(scratch);
        int reordered = 0;
        for (const auto &[key, column] : before.columnOf)
            if (lastColumn - column >= 2 && fresh.rowOf.at(key) != before.rowOf.at(key))
                ++reordered;
        EXPECT_GT(reordered, 0) << "seed " << seed;
    }
}

TEST(MapLayoutStability, ALayoutNotMadeByLayoutMapIsPolishedEverywhere)
{
    LayoutOptions quick;
    quick.sweeps = 0;
    quick.polishRounds = 0;
    const LayoutInput input = test::randomLayeredGraph(4, hundredCards());
    MapLayout start = layoutMap(input, quick);
    start.polished = false; // as if its rows had been set by hand
    LayoutInput again = input;
    again.previous = &start;

    const MapLayout polishedAll = layoutMap(again);
    start.polished = true;
    const MapLayout polishedNowhere = layoutMap(again);

    EXPECT_LT(polishedAll.crossings, start.crossings);
    EXPECT_EQ(polishedNowhere.rowOf, start.rowOf); // nothing changed, so nothing is reordered
    EXPECT_EQ(polishedNowhere.crossings, start.crossings);
}

TEST(MapLayoutStability, ANewArrowBetweenNeighbouringLayersIsPolishedAroundIt)
{
    // An arrow between cards of adjacent layers passes no layer (no bend): no layer gains or
    // loses an item, yet the crossings between its two layers change, so they are polished.
    LayoutOptions quick;
    quick.sweeps = 0;
    quick.polishRounds = 0;
    long start = 0;
    long polished = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        const MapLayout before = layoutMap(input, quick);
        std::map<int, std::vector<std::string>> keysOfColumn;
        for (const auto &node : input.nodes)
            keysOfColumn[node.column].push_back(node.key);
        const int lastColumn = before.columns.rbegin()->first;
        // From the last layer of the column before the last to the first layer of the last.
        const auto lastLayerOf = [&](int column) {
            std::string pick;
            for (const auto &key : keysOfColumn[column])
                if (before.layerOf.at(key) == before.column(column).layers - 1)
                    pick = key;
            return pick;
        };
        std::string to;
        for (const auto &key : keysOfColumn[lastColumn])
            if (before.layerOf.at(key) == 0)
                to = key;
        const std::string from = lastLayerOf(lastColumn - 1);
        ASSERT_FALSE(from.empty());
        ASSERT_FALSE(to.empty());
        LayoutInput edited = input;
        edited.edges.push_back({from, to});
        edited.previous = &before;

        const MapLayout after = layoutMap(edited);

        start += after.initialCrossings;
        polished += after.crossings;
        for (const auto &[key, column] : before.columnOf) {
            if (lastColumn - column >= 3) {
                EXPECT_EQ(after.rowOf.at(key), before.rowOf.at(key)) << "seed " << seed << " card " << key;
            }
        }
    }
    EXPECT_LT(polished, start); // the layers at the new arrow's ends were reordered
}
