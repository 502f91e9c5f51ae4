#pragma once
/// @file crossing_count.h
/// Private to core/layout: counting segment crossings between adjacent layers with the
/// accumulator tree of Barth, Jünger and Mutzel ("Simple and efficient bilayer cross
/// counting", 2004): O(E log V) per pair of layers.

#include "core/layout/layered_graph.h"

#include <cstdint>
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

} // namespace waveplan::layout::detail
