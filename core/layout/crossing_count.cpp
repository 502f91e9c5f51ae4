#include "core/layout/crossing_count.h"

#include <algorithm>

namespace waveplan::layout::detail {

namespace {

/// countInversions with its tree in `tree` (resized and cleared here).
std::int64_t countInversions(const std::vector<int> &sequence, int valueCount, std::vector<std::int64_t> &tree)
{
    if (sequence.size() < 2 || valueCount < 2)
        return 0;
    // A complete binary tree whose leaves are the values; each node holds how many values
    // inserted so far fall under it. Inserting v adds the counts of the right siblings met on
    // the way from leaf v to the root: the earlier values greater than v.
    std::size_t firstLeaf = 1;
    while (firstLeaf < static_cast<std::size_t>(valueCount))
        firstLeaf *= 2;
    tree.assign(2 * firstLeaf - 1, 0);
    firstLeaf -= 1;
    std::int64_t inversions = 0;
    for (const int value : sequence) {
        std::size_t index = static_cast<std::size_t>(value) + firstLeaf;
        ++tree[index];
        while (index > 0) {
            if (index % 2 == 1) // a left child: its right sibling holds greater values
                inversions += tree[index + 1];
            index = (index - 1) / 2;
            ++tree[index];
        }
    }
    return inversions;
}

/// crossingsBelow with its buffers from the caller.
std::int64_t crossingsBelow(const LayeredGraph &graph, const LayerOrder &order, int upperLayer,
                            std::vector<int> &lowerPositions, std::vector<int> &scratch, std::vector<std::int64_t> &tree)
{
    if (upperLayer < 0 || upperLayer + 1 >= static_cast<int>(order.layers.size()))
        return 0;
    // Segments sorted by (upper position, lower position); crossings are then the inversions
    // of the lower positions.
    lowerPositions.clear();
    for (const int item : order.layers[static_cast<std::size_t>(upperLayer)]) {
        scratch.clear();
        for (const int below : graph.down[static_cast<std::size_t>(item)])
            scratch.push_back(order.pos[static_cast<std::size_t>(below)]);
        std::sort(scratch.begin(), scratch.end());
        lowerPositions.insert(lowerPositions.end(), scratch.begin(), scratch.end());
    }
    const auto lowerCount = order.layers[static_cast<std::size_t>(upperLayer) + 1].size();
    return countInversions(lowerPositions, static_cast<int>(lowerCount), tree);
}

} // namespace

std::int64_t countInversions(const std::vector<int> &sequence, int valueCount)
{
    std::vector<std::int64_t> tree;
    return countInversions(sequence, valueCount, tree);
}

std::int64_t crossingsBelow(const LayeredGraph &graph, const LayerOrder &order, int upperLayer)
{
    std::vector<int> lowerPositions;
    std::vector<int> scratch;
    std::vector<std::int64_t> tree;
    return crossingsBelow(graph, order, upperLayer, lowerPositions, scratch, tree);
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
        known = crossingsBelow(m_graph, m_order, upperLayer, m_lowerPositions, m_scratch, m_tree);
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
