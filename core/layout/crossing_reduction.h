#pragma once
/// @file crossing_reduction.h
/// Private to core/layout: reordering layers to reduce crossings, by layer-by-layer sweeps
/// (barycenter or median of the neighbours in the layer just placed) and transposition of
/// adjacent items. Each stops early, leaving a valid order, once `options.cancel` is set.

#include "core/layout/layered_graph.h"

namespace waveplan::layout::detail {

/// Free sweeps: up to `options.sweeps` rounds of a downward and an upward sweep, each followed
/// by transposition; every reordering is taken, and the best order seen (fewest crossings,
/// the earliest on ties, the starting order first) is left in `order`. Stops early after four
/// rounds without a new best.
void sweepFreely(const LayeredGraph &graph, LayerOrder &order, const LayoutOptions &options);

/// Transposition of every layer, left to right: in passes over each layer's pairs of adjacent
/// items, each pair is swapped where that removes crossings, until a pass swaps nothing (or 64
/// passes). True when some layer changed. (Sweeps and polishing do this between their sweeps.)
bool transpose(const LayeredGraph &graph, LayerOrder &order);

/// Sifting: moves each of `items`, in turn, to the place in its layer where its segments cross
/// the fewest others (the nearest such place to where it is on ties).
void sift(const LayeredGraph &graph, LayerOrder &order, const std::vector<int> &items, const LayoutOptions &options);

/// Polishing: rounds of transposition (which only swaps on a strict gain) then downward and
/// upward sweeps where a layer's new order is kept only when it removes crossings on its two
/// sides, more than `movePenalty` per card it takes out of order, until a round changes
/// nothing or `options.polishRounds` are done. Never increases crossings; an order it leaves
/// unchanged with some penalty is also left unchanged with any higher penalty.
void polish(const LayeredGraph &graph, LayerOrder &order, const LayoutOptions &options, double movePenalty);

/// Polishing where an edit changed the layers: as polish, but only the layers in `changedLayers`
/// and their neighbours take part; every other layer keeps its order (the map around an edit
/// settles, the rest of it does not move) and costs nothing. Stops when a round changes
/// nothing or `options.polishRounds` are done.
void polishAround(const LayeredGraph &graph, LayerOrder &order, const LayoutOptions &options, double movePenalty,
                  const std::vector<int> &changedLayers);

} // namespace waveplan::layout::detail
