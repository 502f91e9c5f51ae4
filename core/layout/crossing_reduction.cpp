#include "core/layout/crossing_reduction.h"

#include "core/layout/crossing_count.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <span>
#include <utility>

namespace waveplan::layout::detail {

namespace {

enum class Side { Above, Below };

/// Most passes of transposition over one layer; each pass that swaps removes a crossing, so
/// this only bounds the time spent on very large layers.
constexpr int kMaxTransposePasses = 64;

/// Free sweeps stop after this many rounds without a new best order.
constexpr int kSweepPatience = 4;

/// True once the caller no longer wants the layout (LayoutOptions::cancel).
bool cancelled(const LayoutOptions &options)
{
    return options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed);
}

std::span<const int> neighboursOf(const LayeredGraph &graph, int item, Side side)
{
    return side == Side::Above ? graph.up[static_cast<std::size_t>(item)]
                               : graph.down[static_cast<std::size_t>(item)];
}

/// The places of `item`'s neighbours on `side`, sorted, into `positions` (emptied first).
void sortedPositions(const LayeredGraph &graph, const LayerOrder &order, int item, Side side,
                     std::vector<int> &positions)
{
    positions.clear();
    for (const int neighbour : neighboursOf(graph, item, side))
        positions.push_back(order.pos[static_cast<std::size_t>(neighbour)]);
    std::sort(positions.begin(), positions.end());
}

/// Sorted neighbour places of several items, one after another in one array (no allocation per
/// item: the sweeps ask for these hundreds of thousands of times on a large map).
class PositionLists {
public:
    void fill(const LayeredGraph &graph, const LayerOrder &order, const std::vector<int> &items, Side side)
    {
        m_values.clear();
        m_start.assign(1, 0);
        for (const int item : items) {
            const std::size_t first = m_values.size();
            for (const int neighbour : neighboursOf(graph, item, side))
                m_values.push_back(order.pos[static_cast<std::size_t>(neighbour)]);
            if (m_values.size() - first > 1)
                std::sort(m_values.begin() + static_cast<std::ptrdiff_t>(first), m_values.end());
            m_start.push_back(static_cast<int>(m_values.size()));
        }
    }
    [[nodiscard]] std::span<const int> operator[](std::size_t i) const
    {
        return {m_values.data() + m_start[i], m_values.data() + m_start[i + 1]};
    }

private:
    std::vector<int> m_values;
    std::vector<int> m_start;
};

/// Where `item` wants to be, from its neighbours on `side`; none when it has no neighbour there.
std::optional<double> desiredPlace(std::span<const int> positions, OrderingHeuristic heuristic)
{
    const std::size_t n = positions.size();
    if (n == 0)
        return std::nullopt;
    if (heuristic == OrderingHeuristic::Barycenter) {
        double sum = 0;
        for (const int p : positions)
            sum += p;
        return sum / static_cast<double>(n);
    }
    // Weighted median (Gansner, Koutsofios, North, Vo 1993): for an even count, lean towards
    // the side where the neighbours are packed more tightly.
    const std::size_t m = n / 2;
    if (n % 2 == 1)
        return positions[m];
    if (n == 2)
        return (positions[0] + positions[1]) / 2.0;
    const double left = positions[m - 1] - positions[0];
    const double right = positions[n - 1] - positions[m];
    if (left + right == 0)
        return (positions[m - 1] + positions[m]) / 2.0;
    return (positions[m - 1] * right + positions[m] * left) / (left + right);
}

/// The layer sorted by desired place; items with no neighbour on `side` keep their slot, and
/// ties keep the current order.
std::vector<int> sortedLayer(const LayeredGraph &graph, const LayerOrder &order, int layer, Side side,
                             OrderingHeuristic heuristic)
{
    const auto &items = order.layers[static_cast<std::size_t>(layer)];
    std::vector<std::pair<double, int>> movable;
    std::vector<bool> fixed(items.size(), false);
    std::vector<int> positions;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (heuristic == OrderingHeuristic::Barycenter) {
            // The mean needs no sorted copy (a sum of whole numbers: the same in any order).
            const std::span<const int> neighbours = neighboursOf(graph, items[i], side);
            if (neighbours.empty()) {
                fixed[i] = true;
                continue;
            }
            double sum = 0;
            for (const int neighbour : neighbours)
                sum += order.pos[static_cast<std::size_t>(neighbour)];
            movable.emplace_back(sum / static_cast<double>(neighbours.size()), items[i]);
            continue;
        }
        sortedPositions(graph, order, items[i], side, positions);
        const auto place = desiredPlace(positions, heuristic);
        if (place)
            movable.emplace_back(*place, items[i]);
        else
            fixed[i] = true;
    }
    std::stable_sort(movable.begin(), movable.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<int> result = items;
    std::size_t next = 0;
    for (std::size_t i = 0; i < result.size(); ++i)
        if (!fixed[i])
            result[i] = movable[next++].second;
    return result;
}

/// How many cards of `before` must be picked up and put back elsewhere to get `after` (the
/// cards outside a longest common subsequence); dummies do not count.
int cardsMoved(const LayeredGraph &graph, const LayerOrder &order, const std::vector<int> &after)
{
    // Previous places of the cards in their new order; the cards that stay are an increasing run.
    std::vector<int> tails;
    int cards = 0;
    for (const int item : after) {
        if (graph.items[static_cast<std::size_t>(item)].isDummy())
            continue;
        ++cards;
        const int before = order.pos[static_cast<std::size_t>(item)];
        const auto slot = std::lower_bound(tails.begin(), tails.end(), before);
        if (slot == tails.end())
            tails.push_back(before);
        else
            *slot = before;
    }
    return cards - static_cast<int>(tails.size());
}

/// The steps of a polish that look at one layer and its two neighbours.
enum class Step { Transpose, FromAbove, FromBelow };

/// The steps a polish found nothing to do in, and the orders of the layers around them then:
/// with those orders unchanged, the same step finds nothing again (each step depends on its
/// layer's order and its neighbours' alone), so it is skipped. Rounds of polishing repeat every
/// step until a round changes nothing; most of them are such repeats.
class FruitlessSteps {
public:
    FruitlessSteps(const CrossingCounter &counter, std::size_t layers)
        : m_counter(counter)
        , m_seen(3 * layers)
    {
    }
    [[nodiscard]] bool known(Step step, int layer) const { return m_seen[index(step, layer)] == around(layer); }
    void remember(Step step, int layer) { m_seen[index(step, layer)] = around(layer); }

private:
    using Stamps = std::array<std::uint64_t, 3>;
    [[nodiscard]] static std::size_t index(Step step, int layer)
    {
        return 3 * static_cast<std::size_t>(layer) + static_cast<std::size_t>(step);
    }
    [[nodiscard]] Stamps around(int layer) const
    {
        return {m_counter.stamp(layer - 1), m_counter.stamp(layer), m_counter.stamp(layer + 1)};
    }
    const CrossingCounter &m_counter;
    std::vector<Stamps> m_seen; ///< all zero (never seen) at first: a real layer's stamp is never 0
};

/// Sorts one layer. With `strict`, keeps the new order only if it removes more crossings than
/// `movePenalty` times the cards it moves. `counter` counts `order`'s crossings; `fruitless`,
/// when given, skips (and records) reorderings that change nothing.
bool reorderLayer(const LayeredGraph &graph, LayerOrder &order, CrossingCounter &counter, FruitlessSteps *fruitless,
                  int layer, Side side, OrderingHeuristic heuristic, bool strict, double movePenalty)
{
    const Step step = side == Side::Above ? Step::FromAbove : Step::FromBelow;
    if (fruitless != nullptr && fruitless->known(step, layer))
        return false;
    std::vector<int> sorted = sortedLayer(graph, order, layer, side, heuristic);
    auto &current = order.layers[static_cast<std::size_t>(layer)];
    if (sorted == current) {
        if (fruitless != nullptr)
            fruitless->remember(step, layer);
        return false;
    }
    const CrossingCounter::Saved before = strict ? counter.save(layer) : CrossingCounter::Saved{};
    const double cost = strict && movePenalty > 0 ? movePenalty * cardsMoved(graph, order, sorted) : 0.0;
    std::swap(current, sorted);
    order.index(layer);
    counter.changed(layer);
    if (!strict)
        return true;
    const std::int64_t gain = before.above + before.below - counter.below(layer - 1) - counter.below(layer);
    if (gain > 0 && static_cast<double>(gain) > cost)
        return true;
    std::swap(current, sorted);
    order.index(layer);
    counter.restored(layer, before);
    if (fruitless != nullptr)
        fruitless->remember(step, layer);
    return false;
}

/// Pairs (a in `first`, b in `second`) with a > b: the crossings between the segments of two
/// adjacent items, towards one neighbour layer, when the item with `first` comes first.
/// Both lists are sorted.
std::int64_t pairCrossings(std::span<const int> first, std::span<const int> second)
{
    std::int64_t count = 0;
    std::size_t below = 0;
    for (const int a : first) {
        while (below < second.size() && second[below] < a)
            ++below;
        count += static_cast<std::int64_t>(below);
    }
    return count;
}

bool transposeLayer(const LayeredGraph &graph, LayerOrder &order, CrossingCounter &counter, FruitlessSteps *fruitless,
                    int layer)
{
    if (fruitless != nullptr && fruitless->known(Step::Transpose, layer))
        return false;
    auto &items = order.layers[static_cast<std::size_t>(layer)];
    // Neighbour places do not change while this layer is reordered: computed once, and items
    // swap their list numbers (`list`) rather than the lists.
    PositionLists above;
    PositionLists below;
    above.fill(graph, order, items, Side::Above);
    below.fill(graph, order, items, Side::Below);
    std::vector<std::size_t> list(items.size());
    for (std::size_t i = 0; i < list.size(); ++i)
        list[i] = i;
    // A pass goes left to right over the pairs of adjacent slots, swapping where that removes
    // crossings. A pair found not worth swapping stays so while both slots keep their items, so
    // a pass looks only at the pairs a swap touched since they were last compared (all of them
    // in the first pass): those left of a swap in the next pass, the one right of it at once, as
    // the full scan reaches it next. (After the first pass that one is always listed already, a
    // swap there having been made possible by a swap beside it in the pass before; taking it at
    // once keeps the pass literally the full scan.) Same swaps, in the same order, as comparing
    // every pair in every pass (tests/core/layout/crossing_reduction_test.cpp), without walking
    // over the thousands that cannot change.
    const std::size_t pairs = items.size() < 2 ? 0 : items.size() - 1;
    std::vector<std::size_t> now(pairs);
    for (std::size_t i = 0; i < pairs; ++i)
        now[i] = i;
    std::vector<std::size_t> next;
    std::vector<char> queued(pairs, 0);
    const auto queue = [&](std::size_t pair) {
        if (queued[pair] == 0) {
            queued[pair] = 1;
            next.push_back(pair); // in increasing order: swaps come left to right
        }
    };
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    bool changed = false;
    for (int pass = 0; pass < kMaxTransposePasses && !now.empty(); ++pass) {
        next.clear();
        std::size_t k = 0;
        std::size_t rightOfSwap = kNone;
        for (;;) {
            std::size_t i = 0;
            if (rightOfSwap != kNone) {
                i = rightOfSwap;
                rightOfSwap = kNone;
                if (k < now.size() && now[k] == i)
                    ++k;
            } else if (k < now.size()) {
                i = now[k++];
            } else {
                break;
            }
            const std::size_t a = list[i];
            const std::size_t b = list[i + 1];
            const std::int64_t kept = pairCrossings(above[a], above[b]) + pairCrossings(below[a], below[b]);
            const std::int64_t swapped = pairCrossings(above[b], above[a]) + pairCrossings(below[b], below[a]);
            if (swapped < kept) {
                std::swap(items[i], items[i + 1]);
                std::swap(list[i], list[i + 1]);
                if (i > 0)
                    queue(i - 1);
                queue(i);
                if (i + 1 < pairs)
                    rightOfSwap = i + 1;
            }
        }
        if (next.empty()) // no swap in this pass
            break;
        changed = true;
        for (const std::size_t pair : next)
            queued[pair] = 0;
        std::swap(now, next);
    }
    if (changed) {
        order.index(layer);
        counter.changed(layer);
    } else if (fruitless != nullptr) {
        fruitless->remember(Step::Transpose, layer);
    }
    return changed;
}

bool transposeAll(const LayeredGraph &graph, LayerOrder &order, CrossingCounter &counter, FruitlessSteps *fruitless)
{
    bool changed = false;
    for (int layer = 0; layer < static_cast<int>(order.layers.size()); ++layer)
        changed = transposeLayer(graph, order, counter, fruitless, layer) || changed;
    return changed;
}

/// One downward and one upward sweep; true when some layer changed. `fruitless`: see
/// reorderLayer (strict sweeps only: a free sweep takes every reordering).
bool sweepRound(const LayeredGraph &graph, LayerOrder &order, CrossingCounter &counter, FruitlessSteps *fruitless,
                const LayoutOptions &options, bool strict, double movePenalty)
{
    const int layers = static_cast<int>(order.layers.size());
    bool changed = false;
    if (options.transpose && strict) // local swaps first: they move the fewest cards
        changed = transposeAll(graph, order, counter, fruitless);
    for (int layer = 1; layer < layers; ++layer)
        changed = reorderLayer(graph, order, counter, fruitless, layer, Side::Above, options.heuristic, strict, movePenalty)
                  || changed;
    if (options.transpose && !strict)
        changed = transposeAll(graph, order, counter, fruitless) || changed;
    for (int layer = layers - 2; layer >= 0; --layer)
        changed = reorderLayer(graph, order, counter, fruitless, layer, Side::Below, options.heuristic, strict, movePenalty)
                  || changed;
    if (options.transpose && !strict)
        changed = transposeAll(graph, order, counter, fruitless) || changed;
    return changed;
}

} // namespace

void sweepFreely(const LayeredGraph &graph, LayerOrder &order, const LayoutOptions &options)
{
    CrossingCounter counter(graph, order);
    std::int64_t best = counter.total();
    std::vector<std::vector<int>> bestLayers = order.layers;
    int lastGain = 0;
    for (int round = 0; round < options.sweeps && best > 0 && round - lastGain < kSweepPatience && !cancelled(options);
         ++round) {
        sweepRound(graph, order, counter, nullptr, options, false, 0);
        const std::int64_t crossings = counter.total();
        if (crossings < best) {
            best = crossings;
            bestLayers = order.layers;
            lastGain = round;
        }
    }
    order.layers = std::move(bestLayers);
    order.indexAll();
}

bool transpose(const LayeredGraph &graph, LayerOrder &order)
{
    CrossingCounter counter(graph, order);
    return transposeAll(graph, order, counter, nullptr);
}

void sift(const LayeredGraph &graph, LayerOrder &order, const std::vector<int> &items, const LayoutOptions &options)
{
    // The neighbour places of a layer's items do not depend on that layer's order, only on the
    // layers beside it, which sifting this layer's items leaves alone: listed once per layer.
    // `listed` holds, slot by slot beside the layer's members, the number of each one's lists
    // (looking them up by item at every slot was most of the time on a large map).
    PositionLists above;
    PositionLists below;
    std::vector<std::size_t> listed;
    int listedLayer = -1;
    for (const int item : items) {
        if (cancelled(options))
            return;
        const int layer = graph.items[static_cast<std::size_t>(item)].layer;
        auto &members = order.layers[static_cast<std::size_t>(layer)];
        if (layer != listedLayer) {
            above.fill(graph, order, members, Side::Above);
            below.fill(graph, order, members, Side::Below);
            listed.resize(members.size());
            for (std::size_t i = 0; i < members.size(); ++i)
                listed[i] = i;
            listedLayer = layer;
        }
        const int from = order.pos[static_cast<std::size_t>(item)];
        const std::size_t itemLists = listed[static_cast<std::size_t>(from)];
        members.erase(members.begin() + from);
        listed.erase(listed.begin() + from);
        const std::span<const int> itemAbove = above[itemLists];
        const std::span<const int> itemBelow = below[itemLists];
        // Crossings with the item in slot p, relative to slot 0: passing member v changes them
        // by (crossings with v first) - (crossings with the item first).
        std::int64_t relative = 0;
        std::int64_t best = 0;
        int bestSlot = 0;
        const auto closer = [&](int slot) { return std::abs(slot - from) < std::abs(bestSlot - from); };
        for (std::size_t i = 0; i < members.size(); ++i) {
            const std::span<const int> vAbove = above[listed[i]];
            const std::span<const int> vBelow = below[listed[i]];
            relative += pairCrossings(vAbove, itemAbove) + pairCrossings(vBelow, itemBelow)
                        - pairCrossings(itemAbove, vAbove) - pairCrossings(itemBelow, vBelow);
            const int slot = static_cast<int>(i) + 1;
            if (relative < best || (relative == best && closer(slot))) {
                best = relative;
                bestSlot = slot;
            }
        }
        members.insert(members.begin() + bestSlot, item);
        listed.insert(listed.begin() + bestSlot, itemLists);
        order.index(layer);
    }
}

void polish(const LayeredGraph &graph, LayerOrder &order, const LayoutOptions &options, double movePenalty)
{
    CrossingCounter counter(graph, order);
    FruitlessSteps fruitless(counter, order.layers.size());
    for (int round = 0; round < options.polishRounds && !cancelled(options); ++round)
        if (!sweepRound(graph, order, counter, &fruitless, options, true, movePenalty))
            break;
}

void polishAround(const LayeredGraph &graph, LayerOrder &order, const LayoutOptions &options, double movePenalty,
                  const std::vector<int> &changedLayers)
{
    const int layers = static_cast<int>(order.layers.size());
    std::vector<bool> near(static_cast<std::size_t>(layers), false);
    for (const int layer : changedLayers)
        for (int l = std::max(0, layer - 1); l <= std::min(layers - 1, layer + 1); ++l)
            near[static_cast<std::size_t>(l)] = true;
    std::vector<int> visit; // left to right
    for (int layer = 0; layer < layers; ++layer)
        if (near[static_cast<std::size_t>(layer)])
            visit.push_back(layer);
    // The same steps as a polishing round of the whole map, on these layers only.
    CrossingCounter counter(graph, order);
    FruitlessSteps fruitless(counter, order.layers.size());
    for (int round = 0; round < options.polishRounds && !visit.empty() && !cancelled(options); ++round) {
        bool changed = false;
        if (options.transpose)
            for (const int layer : visit)
                changed = transposeLayer(graph, order, counter, &fruitless, layer) || changed;
        for (const int layer : visit)
            if (layer > 0)
                changed = reorderLayer(graph, order, counter, &fruitless, layer, Side::Above, options.heuristic, true, movePenalty)
                          || changed;
        for (auto it = visit.rbegin(); it != visit.rend(); ++it)
            if (*it < layers - 1)
                changed = reorderLayer(graph, order, counter, &fruitless, *it, Side::Below, options.heuristic, true, movePenalty)
                          || changed;
        if (!changed)
            return;
    }
}

} // namespace waveplan::layout::detail
