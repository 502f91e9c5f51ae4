#include "core/layout/coordinate_assignment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

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

/// Weight with which an item of an edited layer holds its previous top (assignTopsKeeping):
/// against the few units of its neighbours' pull, it gives way only to make room.
constexpr double kAnchorWeight = 1000.0;

/// How far an item may come from its previous top and still be taken to have kept it (the
/// rounding of a least-squares fit, not a move anyone could see).
constexpr double kKeptTolerance = 1e-6;

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

    void resize(std::size_t items)
    {
        wantedTop.resize(items);
        weight.resize(items);
    }
};

/// Places one layer: tops as close as possible (weighted least squares) to `scratch.wantedTop`
/// (with `scratch.weight`) while each item stays at least its height plus the gap (gapBetween)
/// above the next; with `notAboveTop`, no top less than 0 either (above the map's top edge).
void fitLayer(const LayeredGraph &graph, const std::vector<int> &items, Scratch &scratch, const Spacing &gap,
              std::vector<double> &top, bool notAboveTop = false)
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
    // Bounded from above (z >= 0, so every top >= its offset >= 0), the least-squares fit is
    // the unbounded one cut at the bound: the blocks' means stay in order.
    std::size_t i = 0;
    for (const Block &block : blocks) {
        const double z = notAboveTop ? std::max(0.0, block.mean()) : block.mean();
        for (std::size_t k = 0; k < block.count; ++k, ++i)
            top[static_cast<std::size_t>(items[i])] = z + offset[i];
    }
}

/// The centre of `neighbours` that have a top (not NaN), each weighted by segmentWeight, and
/// their total weight; false when none has.
bool neighbourCentre(const LayeredGraph &graph, int item, std::span<const int> neighbours, const std::vector<double> &top,
                     double &centre, double &weight)
{
    double sum = 0;
    double total = 0;
    for (const int neighbour : neighbours) {
        const double t = top[static_cast<std::size_t>(neighbour)];
        if (std::isnan(t))
            continue;
        const double w = segmentWeight(graph, item, neighbour);
        sum += w * (t + graph.items[static_cast<std::size_t>(neighbour)].height / 2);
        total += w;
    }
    if (total <= 0)
        return false;
    centre = sum / total;
    weight = total;
    return true;
}

void alignLayer(const LayeredGraph &graph, const LayerOrder &order, int layer, bool towardsAbove,
                const Spacing &gap, Scratch &scratch, std::vector<double> &top)
{
    const auto &items = order.layers[static_cast<std::size_t>(layer)];
    scratch.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto item = static_cast<std::size_t>(items[i]);
        double centre = 0;
        if (neighbourCentre(graph, items[i], towardsAbove ? graph.up[item] : graph.down[item], top, centre, scratch.weight[i])) {
            scratch.wantedTop[i] = centre - graph.items[item].height / 2;
        } else {
            scratch.wantedTop[i] = top[item];
            scratch.weight[i] = kHoldWeight;
        }
    }
    fitLayer(graph, items, scratch, gap, top);
}

/// True when the items of `layer` all have a previous top, and those tops keep them in their
/// order with their gaps.
bool keepsPreviousTops(const LayeredGraph &graph, const std::vector<int> &items, const Spacing &gap,
                       const std::vector<double> &previousTop)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        const double t = previousTop[static_cast<std::size_t>(items[i])];
        if (std::isnan(t) || t < -kKeptTolerance)
            return false;
        if (i > 0) {
            const auto above = static_cast<std::size_t>(items[i - 1]);
            if (t + kKeptTolerance < previousTop[above] + graph.items[above].height + gapBetween(graph, items[i - 1], items[i], gap))
                return false;
        }
    }
    return true;
}

/// Places an edited layer: its items that had a top hold to it, the new ones go to the centre
/// of their neighbours on one side (`towardsAbove`), both sides when `bothSides`, or stay
/// where they are (just below the item before them, when they have no top yet).
void fitEditedLayer(const LayeredGraph &graph, const std::vector<int> &items, bool towardsAbove, bool bothSides,
                    const Spacing &gap, const std::vector<double> &previousTop, Scratch &scratch, std::vector<double> &top)
{
    std::vector<double> &wantedTop = scratch.wantedTop;
    std::vector<double> &weight = scratch.weight;
    scratch.resize(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto item = static_cast<std::size_t>(items[i]);
        const double height = graph.items[item].height;
        if (!std::isnan(previousTop[item])) {
            wantedTop[i] = previousTop[item];
            weight[i] = kAnchorWeight;
            continue;
        }
        double centre = 0;
        double w = 0;
        bool found = false;
        for (const bool above : {true, false}) {
            if (!bothSides && above != towardsAbove)
                continue;
            double sideCentre = 0;
            double sideWeight = 0;
            if (neighbourCentre(graph, items[i], above ? graph.up[item] : graph.down[item], top, sideCentre, sideWeight)) {
                centre = (centre * w + sideCentre * sideWeight) / (w + sideWeight);
                w += sideWeight;
                found = true;
            }
        }
        if (found) {
            wantedTop[i] = centre - height / 2;
            weight[i] = w;
        } else if (!std::isnan(top[item])) {
            wantedTop[i] = top[item];
            weight[i] = kHoldWeight;
        } else {
            const double above = i > 0 ? wantedTop[i - 1] + graph.items[static_cast<std::size_t>(items[i - 1])].height
                                             + gapBetween(graph, items[i - 1], items[i], gap)
                                       : 0.0;
            wantedTop[i] = above;
            weight[i] = kHoldWeight;
        }
    }
    fitLayer(graph, items, scratch, gap, top, true);
}

} // namespace

std::vector<double> assignTopsKeeping(const LayeredGraph &graph, const LayerOrder &order, const Spacing &rowSpacing,
                                      int alignmentPasses, const std::vector<double> &previousTop)
{
    std::vector<double> top = previousTop; // NaN where an item is yet to be placed
    std::vector<int> edited;               // layers that cannot keep their tops, left to right
    for (std::size_t layer = 0; layer < order.layers.size(); ++layer)
        if (!keepsPreviousTops(graph, order.layers[layer], rowSpacing, previousTop))
            edited.push_back(static_cast<int>(layer));
    Scratch scratch;
    // First placement, left to right: the new items at the centre of their placed neighbours.
    for (const int layer : edited)
        fitEditedLayer(graph, order.layers[static_cast<std::size_t>(layer)], true, true, rowSpacing, previousTop, scratch, top);
    // Then the alignment passes, over the layers holding new items: a layer of items that all
    // hold to their previous tops wants the same tops on every pass, and gets them.
    std::vector<int> aligned;
    for (const int layer : edited) {
        const auto &items = order.layers[static_cast<std::size_t>(layer)];
        if (std::any_of(items.begin(), items.end(), [&](int item) { return std::isnan(previousTop[static_cast<std::size_t>(item)]); }))
            aligned.push_back(layer);
    }
    for (int pass = 0; pass < alignmentPasses; ++pass) {
        for (const int layer : aligned)
            fitEditedLayer(graph, order.layers[static_cast<std::size_t>(layer)], true, false, rowSpacing, previousTop, scratch,
                           top);
        for (auto layer = aligned.rbegin(); layer != aligned.rend(); ++layer)
            fitEditedLayer(graph, order.layers[static_cast<std::size_t>(*layer)], false, false, rowSpacing, previousTop,
                           scratch, top);
    }
    // A top the fit left within rounding of where it was is where it was.
    for (std::size_t i = 0; i < top.size(); ++i)
        if (!std::isnan(previousTop[i]) && std::abs(top[i] - previousTop[i]) < kKeptTolerance)
            top[i] = previousTop[i];
    return top;
}

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
