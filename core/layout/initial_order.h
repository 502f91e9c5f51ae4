#pragma once
/// @file initial_order.h
/// Private to core/layout: the order the crossing-reduction sweeps start from.

#include "core/layout/layered_graph.h"

#include <optional>

namespace waveplan::layout::detail {

/// Depth-first order along the arrows (Gansner et al.): cards are taken by (layer, key); each
/// unvisited one starts a walk down its arrows, neighbours in key order of the card they lead
/// to, and every item is appended to its layer when first reached. Keeps chains together.
[[nodiscard]] LayerOrder depthFirstOrder(const LayeredGraph &graph);

/// An order taken from a previous layout, and the items that were not in it.
struct PreviousOrder {
    LayerOrder order;
    std::vector<int> inserted; ///< by layer, then index
    /// The layers whose items differ from the previous layout's in the same place (column and
    /// layer within it): an item was inserted, came from another layer, or left. Ascending.
    /// Every layer when the columns hold other numbers of layers than before.
    std::vector<int> changedLayers;
    /// Each item's top in the previous layout (a bend's: its centre less half its height), NaN
    /// for an item that had no place in it (see assignTopsKeeping).
    std::vector<double> previousTop;
};

/// The previous layout's order: cards still in the same column and dummies of arrows that still
/// join the same two cards in the same columns keep their previous relative order (by previous
/// y); the others are inserted, layer by layer from the left, at the barycenter of the relative
/// places of their neighbours (at the bottom when no neighbour is placed yet). Empty when the
/// previous layout holds none of the current cards in their current column.
[[nodiscard]] std::optional<PreviousOrder> previousOrder(const LayeredGraph &graph,
                                                         const LayoutInput &input,
                                                         const MapLayout &previous);

} // namespace waveplan::layout::detail
