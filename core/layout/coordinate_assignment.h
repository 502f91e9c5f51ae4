#pragma once
/// @file coordinate_assignment.h
/// Private to core/layout: vertical placement of the items once the order is fixed.

#include "core/layout/layered_graph.h"

#include <vector>

namespace waveplan::layout::detail {

/// Least vertical gaps between the items of a layer.
struct Spacing {
    double cards = 0; ///< between a card and the item next to it
    double bends = 0; ///< between two arrow bends
};

/// Top y of every item. Items of a layer follow `order`, each at least `rowSpacing` below the
/// bottom of the one before. Starts from plain stacking, then `alignmentPasses` downward and
/// upward passes move each layer's items as close as the order allows to the weighted mean of
/// their neighbours' centres in the layer just placed (an exact least-squares fit by pool-
/// adjacent-violators), with segments between dummies weighted most so long arrows run
/// straight. Shifted so the smallest top is 0.
[[nodiscard]] std::vector<double> assignTops(const LayeredGraph &graph, const LayerOrder &order,
                                             const Spacing &rowSpacing, int alignmentPasses);

/// Top y of every item after an edit, keeping the picture the user knows: `previousTop` holds
/// each item's top in the previous layout (NaN for an item that had none: a card new to its
/// column, a new arrow's bend). A layer whose items all had a top, in an order and with gaps
/// those tops still satisfy, keeps them exactly. In the other layers every item that had a top
/// holds to it, moving only as far as the items placed among them need room, and the new items
/// are aligned with their neighbours as assignTops does (the same passes, over these layers
/// only). No top is less than 0, and nothing is shifted: an edit that touches two layers moves
/// nothing anywhere else.
[[nodiscard]] std::vector<double> assignTopsKeeping(const LayeredGraph &graph, const LayerOrder &order,
                                                    const Spacing &rowSpacing, int alignmentPasses,
                                                    const std::vector<double> &previousTop);

} // namespace waveplan::layout::detail
