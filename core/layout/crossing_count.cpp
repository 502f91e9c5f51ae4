#include "core/layout/crossing_count.h"

#include <algorithm>

namespace waveplan::layout::detail {

std::int64_t countInversions(const std::vector<int> &sequence, int valueCount)
{
    if (sequence.size() < 2 || valueCount < 2)
        return 0;
    // A complete binary tree whose leaves are the values; each node holds how many values
    // inserted so far fall under it. Inserting v adds the counts of the right siblings met on
    // the way from leaf v to the root: the earlier values greater than v.
    std::size_t firstLeaf = 1;
    while (firstLeaf < static_cast<std::size_t>(valueCount))
        firstLeaf *= 2;
    std::vector<std::int64_t> tree(2 * firstLeaf - 1, 0);
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

std::int64_t crossingsBelow(const LayeredGraph &graph, const LayerOrder &order, int upperLayer)
{
    if (upperLayer < 0 || upperLayer + 1 >= static_cast<int>(order.layers.size()))
        return 0;
    // Segments sorted by (upper position, lower position); crossings are then the inversions
    // of the lower positions.
    std::vector<int> lowerPositions;
    std::vector<int> scratch;
    for (const int item : order.layers[static_cast<std::size_t>(upperLayer)]) {
        scratch.clear();
        for (const int below : graph.down[static_cast<std::size_t>(item)])
            scratch.push_back(order.pos[static_cast<std::size_t>(below)]);
        std::sort(scratch.begin(), scratch.end());
        lowerPositions.insert(lowerPositions.end(), scratch.begin(), scratch.end());
    }
    const auto lowerCount = order.layers[static_cast<std::size_t>(upperLayer) + 1].size();
    return countInversions(lowerPositions, static_cast<int>(lowerCount));
}

std::int64_t totalCrossings(const LayeredGraph &graph, const LayerOrder &order)
{
    std::int64_t total = 0;
    for (int layer = 0; layer + 1 < static_cast<int>(order.layers.size()); ++layer)
        total += crossingsBelow(graph, order, layer);
    return total;
}

} // namespace waveplan::layout::detail
