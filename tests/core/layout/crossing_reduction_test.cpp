#include "core/layout/crossing_reduction.h"
#include "core/layout/initial_order.h"
#include "core/layout/layered_graph.h"
#include "layout/random_layered_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace waveplan;
using namespace waveplan::layout;

namespace {

/// Crossings between the segments of `left` and `right` (left first) towards one side.
long crossingsBetween(const detail::LayerOrder &order, std::span<const int> left, std::span<const int> right)
{
    long count = 0;
    for (const int a : left)
        for (const int b : right)
            count += order.pos[static_cast<std::size_t>(a)] > order.pos[static_cast<std::size_t>(b)] ? 1 : 0;
    return count;
}

constexpr int kMostPasses = 64;

/// Transposition as it is defined, pair by pair in full passes over every layer: what
/// detail::transpose must do, however it skips work. `mostPasses` is set to the most passes
/// that swapped something in one layer.
bool transposeByDefinition(const detail::LayeredGraph &graph, detail::LayerOrder &order, int &mostPasses)
{
    bool changed = false;
    mostPasses = 0;
    for (auto &items : order.layers) {
        for (int pass = 0; pass < kMostPasses; ++pass) {
            bool swapped = false;
            for (std::size_t i = 0; i + 1 < items.size(); ++i) {
                const auto a = static_cast<std::size_t>(items[i]);
                const auto b = static_cast<std::size_t>(items[i + 1]);
                const long kept = crossingsBetween(order, graph.up[a], graph.up[b])
                                  + crossingsBetween(order, graph.down[a], graph.down[b]);
                const long turned = crossingsBetween(order, graph.up[b], graph.up[a])
                                    + crossingsBetween(order, graph.down[b], graph.down[a]);
                if (turned < kept) {
                    std::swap(items[i], items[i + 1]);
                    swapped = true;
                }
            }
            if (!swapped)
                break;
            changed = true;
            mostPasses = std::max(mostPasses, pass + 1);
        }
        for (std::size_t i = 0; i < items.size(); ++i)
            order.pos[static_cast<std::size_t>(items[i])] = static_cast<int>(i);
    }
    return changed;
}

} // namespace

// Transposition skips the pairs that cannot have changed since it last compared them; it must
// make the very swaps of comparing every pair in every pass. Shuffled layers need many passes
// and long runs of swaps (an item carried far in one pass), and dummies of long arrows make
// layers of hundreds of items.
TEST(CrossingReduction, TranspositionMakesTheSwapsOfFullPasses)
{
    int unchanged = 0;
    int severalPasses = 0;
    int passLimitReached = 0;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        test::LayeredGraphOptions options;
        options.nodes = 20 + static_cast<int>(seed % 5) * 30;
        options.sameColumnChance = 0.1;
        options.backEdgeChance = seed % 3 == 0 ? 0.1 : 0.0;
        const LayoutInput input = test::randomLayeredGraph(seed, options);
        const detail::LayeredGraph graph = detail::buildLayeredGraph(input, 0.3, nullptr, seed % 2 == 0 ? 6 : 0);
        detail::LayerOrder order = detail::depthFirstOrder(graph);
        if (seed % 4 != 0) {
            std::mt19937_64 engine(seed);
            for (auto &items : order.layers)
                std::shuffle(items.begin(), items.end(), engine);
            order.indexAll();
        }
        detail::LayerOrder expected = order;

        const bool changed = detail::transpose(graph, order);
        int mostPasses = 0;
        const bool expectedChanged = transposeByDefinition(graph, expected, mostPasses);

        EXPECT_EQ(order.layers, expected.layers) << "seed " << seed;
        EXPECT_EQ(order.pos, expected.pos) << "seed " << seed;
        EXPECT_EQ(changed, expectedChanged) << "seed " << seed;
        unchanged += expectedChanged ? 0 : 1;
        severalPasses += mostPasses >= 3 ? 1 : 0;
        passLimitReached += mostPasses == kMostPasses ? 1 : 0;
    }
    {
        // Two columns of 150 cards joined one to one, the second in reverse: its last card has
        // to travel the whole column, one slot per pass, and transposition stops at the limit.
        LayoutInput input;
        constexpr int kCards = 150;
        for (int i = 0; i < kCards; ++i) {
            input.nodes.push_back({test::layeredKey(i), 0, 1});
            input.nodes.push_back({test::layeredKey(kCards + i), 1, 1});
            input.edges.push_back({test::layeredKey(i), test::layeredKey(kCards + i)});
        }
        const detail::LayeredGraph graph = detail::buildLayeredGraph(input, 0.3);
        detail::LayerOrder order = detail::depthFirstOrder(graph);
        ASSERT_EQ(order.layers.size(), 2U);
        auto &second = order.layers[1];
        std::sort(second.begin(), second.end(), [&](int a, int b) {
            return order.pos[static_cast<std::size_t>(graph.up[static_cast<std::size_t>(a)][0])]
                   > order.pos[static_cast<std::size_t>(graph.up[static_cast<std::size_t>(b)][0])];
        });
        order.indexAll();
        detail::LayerOrder expected = order;
        const std::vector<int> reversed = second;

        EXPECT_TRUE(detail::transpose(graph, order));
        int mostPasses = 0;
        EXPECT_TRUE(transposeByDefinition(graph, expected, mostPasses));
        EXPECT_EQ(order.layers, expected.layers);
        EXPECT_NE(order.layers[1], reversed) << "it moved";
        EXPECT_EQ(mostPasses, kMostPasses);
        passLimitReached += mostPasses == kMostPasses ? 1 : 0;
    }
    // The maps above take every path: orders left as they are, layers that need several passes,
    // and layers cut short at the limit.
    EXPECT_GT(unchanged, 0);
    EXPECT_GT(severalPasses, 10);
    EXPECT_GT(passLimitReached, 0);
}
