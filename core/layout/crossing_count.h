#pragma once
/// @file crossing_count.h
/// Private to core/layout: counting segment crossings between adjacent layers as inversions of
/// the lower ends, in the order of the upper ends (Barth, Jünger and Mutzel, "Simple and
/// efficient bilayer cross counting", 2004), counted with a Fenwick tree: O(E log V) per pair
/// of layers.

#include "core/layout/layered_graph.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace waveplan::layout::detail {

/// Inversions of `sequence` (pairs i < j with sequence[i] > sequence[j]), whose values are
/// in [0, valueCount). Equal values are not inversions.
[[nodiscard]] std::int64_t countInversions(const std::vector<int> &sequence, int valueCount);

/// Crossings between the segments joining `upperLayer` and `upperLayer + 1` under `order`.
[[nodiscard]] std::int64_t crossingsBelow(const LayeredGraph &graph, const LayerOrder &order,
                                          int upperLayer);

/// Crossings over all pairs of adjacent layers.
[[nodiscard]] std::int64_t totalCrossings(const LayeredGraph &graph, const LayerOrder &order);

/// crossingsBelow for one order that keeps changing a layer at a time (polishing asks for these
/// thousands of times per layout, mostly for pairs of layers that did not change since the last
/// time): each pair's count is kept until one of its two layers changes, and the buffers the
/// counting needs are kept from call to call. The owner says when a layer changed. Each layer's
/// order also gets a stamp, so that the owner can tell an order it has seen before.
class CrossingCounter {
public:
    CrossingCounter(const LayeredGraph &graph, const LayerOrder &order);

    /// crossingsBelow(graph, order, upperLayer), counted again only when one of the two layers
    /// changed since.
    [[nodiscard]] std::int64_t below(int upperLayer);
    /// crossingsBelow summed over every pair of adjacent layers (totalCrossings).
    [[nodiscard]] std::int64_t total();
    /// `layer`'s order changed: its two sides are counted again when next asked for, and it
    /// gets a stamp no order of any layer had before.
    void changed(int layer);
    /// The stamp of `layer`'s order (0 outside the layers): equal stamps, equal orders.
    [[nodiscard]] std::uint64_t stamp(int layer) const;

    /// What restored() needs to take a layer back to its order now.
    struct Saved {
        std::int64_t above = 0; ///< crossings with the layer before it
        std::int64_t below = 0; ///< crossings with the layer after it
        std::uint64_t stamp = 0;
    };
    [[nodiscard]] Saved save(int layer) { return {below(layer - 1), below(layer), stamp(layer)}; }
    /// `layer` went back to the order it had when `saved` was taken.
    void restored(int layer, const Saved &saved);

private:
    const LayeredGraph &m_graph;
    const LayerOrder &m_order;
    std::vector<std::int64_t> m_below; ///< per upper layer; -1 when not known
    std::vector<std::uint64_t> m_stamp; ///< per layer
    std::uint64_t m_lastStamp = 0;
    std::vector<int> m_lowerPositions;
    std::vector<std::uint32_t> m_tree;
};

} // namespace waveplan::layout::detail
