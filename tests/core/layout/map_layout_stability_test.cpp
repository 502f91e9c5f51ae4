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

TEST(MapLayoutStability, AnEditLeavesTheLayersItDidNotTouchExactlyWhereTheyWere)
{
    // A card with no arrows added to the last column changes one layer: every card and arrow
    // bend elsewhere stays on the very spot the user saw it. (Laid out again from the previous
    // order alone, the alignment passes would settle the whole map anew.)
    int unmovedChecked = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        const MapLayout before = layoutMap(input);
        const int lastColumn = before.columns.rbegin()->first;
        LayoutInput edited = input;
        edited.nodes.push_back({"NEW", lastColumn});
        edited.previous = &before;

        const MapLayout after = layoutMap(edited);

        const int newLayer = after.layerOf.at("NEW");
        for (const auto &[key, place] : before.position) {
            if (after.columnOf.at(key) == lastColumn && after.layerOf.at(key) == newLayer)
                continue; // shares the layer NEW joined: may make room for it
            EXPECT_EQ(after.position.at(key), place) << "seed " << seed << " card " << key;
            ++unmovedChecked;
        }
        ASSERT_EQ(after.edges.size(), before.edges.size());
        for (std::size_t e = 0; e < before.edges.size(); ++e)
            EXPECT_EQ(after.edges[e].points, before.edges[e].points) << "seed " << seed << " arrow " << e;
    }
    EXPECT_GT(unmovedChecked, 500);
}

TEST(MapLayoutStability, EditedLayersKeepTheirGapsAndNothingGoesAboveTheTop)
{
    // Edits of every kind, each laid out from the one before: cards added with arrows, removed,
    // moved to another column. Cards of a layer stay apart in their order, at or below 0, and
    // no arrow passes through a card.
    LayoutOptions options;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        MapLayout layout = layoutMap(input, options);
        for (int step = 0; step < 6; ++step) {
            LayoutInput edited = step % 3 == 0   ? withOneMoreCard(input, 1 + step % 2, seed * 10 + static_cast<std::uint64_t>(step))
                                 : step % 3 == 1 ? withoutCard(input, test::layeredKey(static_cast<int>(seed) * 5 + step))
                                                 : input;
            if (step % 3 == 0)
                edited.nodes.back().key = "NEW" + std::to_string(step);
            for (LayoutEdge &edge : edited.edges)
                if (edge.from == "NEW")
                    edge.from = edited.nodes.back().key;
                else if (edge.to == "NEW")
                    edge.to = edited.nodes.back().key;
            if (step % 3 == 2)
                edited.nodes[static_cast<std::size_t>(step) % edited.nodes.size()].column += 1;
            edited.previous = &layout;
            MapLayout next = layoutMap(edited, options);
            edited.previous = nullptr;

            std::map<std::pair<int, int>, std::vector<std::pair<int, double>>> byLayer; // row, top
            for (const auto &[key, place] : next.position) {
                EXPECT_GE(place.second, 0.0) << "seed " << seed << " step " << step << " card " << key;
                byLayer[{next.columnOf.at(key), next.layerOf.at(key)}].emplace_back(next.rowOf.at(key), place.second);
            }
            for (auto &[layer, cards] : byLayer) {
                std::sort(cards.begin(), cards.end());
                for (std::size_t r = 1; r < cards.size(); ++r)
                    EXPECT_GE(cards[r].second + 1e-9, cards[r - 1].second + 1.0 + options.rowSpacing)
                        << "seed " << seed << " step " << step << " column " << layer.first << " layer " << layer.second;
            }
            EXPECT_TRUE(routeCollisions(edited, next).empty()) << "seed " << seed << " step " << step;
            input = edited;
            layout = std::move(next);
        }
    }
}

TEST(MapLayoutStability, ACardAddedBesideTheTopCardGoesBelowItWithoutLiftingIt)
{
    // NEW wants to be level with A, as B is; B, at the top, holds its place and NEW takes the
    // next free spot below it rather than lift B above the top of the map.
    LayoutInput input;
    input.nodes = {{"A", 0}, {"B", 1}};
    input.edges = {{"A", "B"}};
    const MapLayout before = layoutMap(input);
    LayoutInput edited = input;
    edited.nodes.push_back({"NEW", 1});
    edited.edges.push_back({"A", "NEW"});
    edited.previous = &before;

    const MapLayout after = layoutMap(edited);

    EXPECT_EQ(after.position.at("A"), before.position.at("A"));
    EXPECT_EQ(after.position.at("B"), before.position.at("B"));
    EXPECT_EQ(after.position.at("B").second, 0.0);
    EXPECT_GE(after.position.at("NEW").second, 1.0 + LayoutOptions{}.rowSpacing - 1e-9);
}

TEST(MapLayoutStability, AnEditThatMovesMuchOfTheMapIsAlignedAfresh)
{
    // A third of the cards change column (a re-plan that reshuffled the plan): holding every
    // other item to its old place would kink the many new arrow bends around them and stretch
    // the map; its rows are aligned as a fresh layout's are, so it stays about as tall.
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const LayoutInput input = test::randomLayeredGraph(seed, hundredCards());
        const MapLayout before = layoutMap(input);
        LayoutInput edited = input;
        for (std::size_t i = 0; i < edited.nodes.size(); i += 3)
            edited.nodes[i].column += 1;
        const MapLayout fresh = layoutMap(edited);
        edited.previous = &before;

        const MapLayout after = layoutMap(edited);

        const auto height = [](const MapLayout &map) {
            double bottom = 0;
            for (const auto &[key, place] : map.position)
                bottom = std::max(bottom, place.second + 1.0);
            return bottom;
        };
        EXPECT_LE(height(after), 1.15 * height(fresh)) << "seed " << seed;
    }
}
