#include "core/layout/coordinate_assignment.h"

#include <algorithm>
#include <limits>

namespace waveplan::layout::detail {

namespace {

/// How hard a segment pulls its ends level: arrows through several columns should run
/// straight, so segments between dummies count most (the weights of Gansner et al.).
double segmentWeight(const LayeredGraph &graph, int a, int b)
{
    const int dummies = (graph.items[static_cast<std::size_t>(a)].isDummy() ? 1 : 0)
                        + (graph.items[static_cast<std::size_t>(b)].isDummy() ? 1 : 0);
    return dummies == 2 ? 8.0 : dummies == 1 ? 2.0 : 1.0;
}

/// Weight with which an item without neighbours on the side being aligned holds its place.
constexpr double kHoldWeight = 0.5;

struct Block {
    double weight = 0;
    double weightedSum = 0;
    std::size_t count = 0;
    [[nodiscard]] double mean() const { return weightedSum / weight; }
};

/// The least vertical gap between two adjacent items of a layer: `spacing.cards` next to a
/// card, `spacing.bends` between two arrow bends (parallel arrows may run closer than cards).
double gapBetween(const LayeredGraph &graph, int above, int below, const Spacing &spacing)
{
    return graph.items[static_cast<std::size_t>(above)].isDummy() && graph.items[static_cast<std::size_t>(below)].isDummy()
               ? spacing.bends
               : spacing.cards;
}

/// Buffers the passes reuse from layer to layer (thousands of layers per layout).
struct Scratch {
    std::vector<double> wantedTop;
    std::vector<double> weight;
    std::vector<double> offset;
    std::vector<Block> blocks;
};

/// Places one layer: tops as close as possible (weighted least squares) to `scratch.wantedTop`
/// (with `scratch.weight`) while each item stays at least its height plus the gap (gapBetween)
/// above the next.
void fitLayer(const LayeredGraph &graph, const std::vector<int> &items, Scratch &scratch, const Spacing &gap,
              std::vector<double> &top)
{
    const std::vector<double> &wantedTop = scratch.wantedTop;
    const std::vector<double> &weight = scratch.weight;
    // With offset_i the room the items before i need, z_i = top_i - offset_i must be
    // non-decreasing: isotonic regression, solved by pooling adjacent violators.
    std::vector<double> &offset = scratch.offset;
    offset.assign(items.size(), 0.0);
    for (std::size_t i = 1; i < items.size(); ++i)
        offset[i] = offset[i - 1] + graph.items[static_cast<std::size_t>(items[i - 1])].height
                    + gapBetween(graph, items[i - 1], items[i], gap);
    std::vector<Block> &blocks = scratch.blocks;
    blocks.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
        blocks.push_back({weight[i], weight[i] * (wantedTop[i] - offset[i]), 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            const Block last = blocks.back();
            blocks.pop_back();
            blocks.back().weight += last.weight;
            blocks.back().weightedSum += last.weightedSum;
            blocks.back().count += last.count;
        }
    }
    std::size_t i = 0;
    for (const Block &block : blocks)
        for (std::size_t k = 0; k < block.count; ++k, ++i)
            top[static_cast<std::size_t>(items[i])] = block.mean() + offset[i];
}

void alignLayer(const LayeredGraph &graph, const LayerOrder &order, int layer, bool towardsAbove,
                const Spacing &gap, Scratch &scratch, std::vector<double> &top)
{
    const auto &items = order.layers[static_cast<std::size_t>(layer)];
    const auto centre = [&](int item) {
        return top[static_cast<std::size_t>(item)] + graph.items[static_cast<std::size_t>(item)].height / 2;
    };
    std::vector<double> &wantedTop = scratch.wantedTop;
    std::vector<double> &weight = scratch.weight;
    wantedTop.resize(items.size());
    weight.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto item = static_cast<std::size_t>(items[i]);
        const auto &neighbours = towardsAbove ? graph.up[item] : graph.down[item];
        double sum = 0;
        double total = 0;
        for (const int neighbour : neighbours) {
            const double w = segmentWeight(graph, items[i], neighbour);
            sum += w * centre(neighbour);
            total += w;
        }
        if (total > 0) {
            wantedTop[i] = sum / total - graph.items[item].height / 2;
            weight[i] = total;
        } else {
            wantedTop[i] = top[item];
            weight[i] = kHoldWeight;
        }
    }
    fitLayer(graph, items, scratch, gap, top);
}

} // namespace

std::vector<double> assignTops(const LayeredGraph &graph, const LayerOrder &order, const Spacing &rowSpacing,
                               int alignmentPasses)
{
    std::vector<double> top(graph.items.size(), 0.0);
    for (const auto &items : order.layers) {
        double y = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                y += graph.items[static_cast<std::size_t>(items[i - 1])].height
                     + gapBetween(graph, items[i - 1], items[i], rowSpacing);
            top[static_cast<std::size_t>(items[i])] = y;
        }
    }
    const int layers = static_cast<int>(order.layers.size());
    Scratch scratch;
    for (int pass = 0; pass < alignmentPasses; ++pass) {
        for (int layer = 1; layer < layers; ++layer)
            alignLayer(graph, order, layer, true, rowSpacing, scratch, top);
        for (int layer = layers - 2; layer >= 0; --layer)
            alignLayer(graph, order, layer, false, rowSpacing, scratch, top);
    }
    double lowest = std::numeric_limits<double>::infinity();
    for (const double y : top)
        lowest = std::min(lowest, y);
    if (!top.empty())
        for (double &y : top)
            y -= lowest;
    return top;
}

} // namespace waveplan::layout::detail
