#include "core/layout/crossing_count.h"

#include <algorithm>
#include <cassert>

namespace waveplan::layout::detail {

namespace {

/// countInversions with its tree in `tree` (resized and cleared here).
std::int64_t countInversions(const std::vector<int> &sequence, int valueCount, std::vector<std::uint32_t> &tree)
{
    if (sequence.size() < 2 || valueCount < 2)
        return 0;
    // A Fenwick tree over the values: tree[j] counts the values inserted so far in
    // (j - lowbit(j), j], 1-based. The earlier values greater than v are those inserted so far
    // less those up to v, a prefix sum.
    const auto size = static_cast<std::size_t>(valueCount);
    tree.assign(size + 1, 0);
    std::int64_t inversions = 0;
    std::int64_t inserted = 0;
    for (const int value : sequence) {
        assert(value >= 0 && value < valueCount);
        std::int64_t upToValue = 0;
        for (auto j = static_cast<std::size_t>(value) + 1; j > 0; j &= j - 1)
            upToValue += tree[j];
        inversions += inserted - upToValue;
        ++inserted;
        for (auto j = static_cast<std::size_t>(value) + 1; j <= size; j += j & (~j + 1))
            ++tree[j];
    }
    return inversions;
}

/// crossingsBelow with its buffers from the caller.
std::int64_t crossingsBelow(const LayeredGraph &graph, const LayerOrder &order, int upperLayer,
                            std::vector<int> &lowerPositions, std::vector<std::uint32_t> &tree)
{
    if (upperLayer < 0 || upperLayer + 1 >= static_cast<int>(order.layers.size()))
        return 0;
    // Segments sorted by (upper position, lower position); crossings are then the inversions
    // of the lower positions.
    lowerPositions.clear();
    for (const int item : order.layers[static_cast<std::size_t>(upperLayer)]) {
        const std::size_t first = lowerPositions.size();
        for (const int below : graph.down[static_cast<std::size_t>(item)])
            lowerPositions.push_back(order.pos[static_cast<std::size_t>(below)]);
        if (lowerPositions.size() - first > 1)
            std::sort(lowerPositions.begin() + static_cast<std::ptrdiff_t>(first), lowerPositions.end());
    }
    const auto lowerCount = order.layers[static_cast<std::size_t>(upperLayer) + 1].size();
    return countInversions(lowerPositions, static_cast<int>(lowerCount), tree);
}

} // namespace

std::int64_t countInversions(const std::vector<int> &sequence, int valueCount)
{
    std::vector<std::uint32_t> tree;
    return countInversions(sequence, valueCount, tree);
}

std::int64_t crossingsBelow(const LayeredGraph &graph, const LayerOrder &order, int upperLayer)
{
    std::vector<int> lowerPositions;
    std::vector<std::uint32_t> tree;
    return crossingsBelow(graph, order, upperLayer, lowerPositions, tree);
}

std::int64_t totalCrossings(const LayeredGraph &graph, const LayerOrder &order)
{
    return CrossingCounter(graph, order).total();
}

CrossingCounter::CrossingCounter(const LayeredGraph &graph, const LayerOrder &order)
    : m_graph(graph)
    , m_order(order)
    , m_below(order.layers.size(), -1)
    , m_stamp(order.layers.size(), 0)
{
    for (std::uint64_t &stamp : m_stamp)
        stamp = ++m_lastStamp;
}

std::int64_t CrossingCounter::below(int upperLayer)
{
    if (upperLayer < 0 || upperLayer + 1 >= static_cast<int>(m_order.layers.size()))
        return 0;
    std::int64_t &known = m_below[static_cast<std::size_t>(upperLayer)];
    if (known < 0)
        known = crossingsBelow(m_graph, m_order, upperLayer, m_lowerPositions, m_tree);
    return known;
}

std::int64_t CrossingCounter::total()
{
    std::int64_t crossings = 0;
    for (int layer = 0; layer + 1 < static_cast<int>(m_order.layers.size()); ++layer)
        crossings += below(layer);
    return crossings;
}

void CrossingCounter::changed(int layer)
{
    if (layer > 0)
        m_below[static_cast<std::size_t>(layer) - 1] = -1;
    if (static_cast<std::size_t>(layer) < m_below.size()) {
        m_below[static_cast<std::size_t>(layer)] = -1;
        m_stamp[static_cast<std::size_t>(layer)] = ++m_lastStamp;
    }
}

std::uint64_t CrossingCounter::stamp(int layer) const
{
    return layer >= 0 && static_cast<std::size_t>(layer) < m_stamp.size() ? m_stamp[static_cast<std::size_t>(layer)] : 0;
}

void CrossingCounter::restored(int layer, const Saved &saved)
{
    if (layer > 0)
        m_below[static_cast<std::size_t>(layer) - 1] = saved.above;
    if (static_cast<std::size_t>(layer) < m_below.size()) {
        if (static_cast<std::size_t>(layer) + 1 < m_below.size())
            m_below[static_cast<std::size_t>(layer)] = saved.below;
        m_stamp[static_cast<std::size_t>(layer)] = saved.stamp;
    }
}

} // namespace waveplan::layout::detail
