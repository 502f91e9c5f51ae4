#pragma once
/// @file layered_graph.h
/// Private to core/layout: the map as a proper layered graph, i.e. every arrow cut into
/// segments between adjacent layers by dummy items in the layers it passes. A column holds one
/// layer, or several when arrows join cards of that column (see layerOf in MapLayout). Items are
/// addressed by index; cards come first, in key order, so a lower index means a smaller key.

#include "core/layout/map_layout.h"

#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace waveplan::layout::detail {

/// A card or a dummy (the point where an arrow passes a column).
struct Item {
    int layer = 0;        ///< index into LayeredGraph::layerColumn (left to right)
    int node = -1;        ///< index into LayeredGraph::nodes, or -1 for a dummy
    int chain = -1;       ///< for a dummy: index into LayeredGraph::chains
    double height = 0;
    int target = 0;       ///< card index the item leads to (itself for a card): DFS tie-break
    [[nodiscard]] bool isDummy() const { return node < 0; }
};

/// One laid-out input edge as a path of items from its lower layer to its higher layer.
struct Chain {
    int inputEdge = 0;      ///< index into LayoutInput::edges
    bool reversed = false;  ///< true when the edge's `from` is in the later layer
    std::vector<int> items; ///< card, dummies..., card; layers increase by one each step
};

/// Each item's neighbours on one side, all in one array (an item's are one run of it): built
/// once per layout, read as spans. (A vector per item cost an allocation each, thousands of them
/// for every relayout.)
class Adjacency {
public:
    Adjacency() = default;
    /// From (item, neighbour) pairs over `items` items; each item's neighbours keep the pairs' order.
    Adjacency(std::size_t items, const std::vector<std::pair<int, int>> &pairs);

    [[nodiscard]] std::span<const int> operator[](std::size_t item) const
    {
        return {m_neighbours.data() + m_begin[item], static_cast<std::size_t>(m_begin[item + 1] - m_begin[item])};
    }
    /// The same neighbours as a span, writable: for sorting them once after building.
    [[nodiscard]] std::span<int> of(std::size_t item)
    {
        return {m_neighbours.data() + m_begin[item], static_cast<std::size_t>(m_begin[item + 1] - m_begin[item])};
    }
    [[nodiscard]] std::size_t size() const { return m_begin.empty() ? 0 : m_begin.size() - 1; }

private:
    std::vector<int> m_begin; ///< per item, where its run starts; one more at the end
    std::vector<int> m_neighbours;
};

struct LayeredGraph {
    int minColumn = 0;
    int layerCount = 0;
    std::vector<int> layerColumn;  ///< per layer: its column
    std::vector<int> layerInColumn; ///< per layer: 0 for the first layer of its column
    std::vector<int> columnLayers;  ///< per column from minColumn: how many layers it holds
    std::vector<const LayoutNode *> nodes; ///< unique cards, sorted by key
    std::vector<Item> items;               ///< cards (same index as nodes), then dummies
    std::vector<Chain> chains;             ///< sorted by (low card, high card, input index)
    Adjacency up;   ///< neighbours in the layer above (with repeats)
    Adjacency down; ///< neighbours in the layer below, sorted by target
    /// Index of the chain of each input edge, or -1 when the edge is not laid out.
    std::vector<int> chainOfEdge;
};

/// Builds the layered graph of `input` (see LayoutEdge for the edges that are left out).
/// `nodes` point into `input`, which must outlive the result. Dummies get `bendHeight`. The
/// layer of each card within its column is computed (see MapLayout::layerOf), or taken from
/// `layers` when given (a layout's layerOf). See LayoutOptions::maxCardsPerLayer.
[[nodiscard]] LayeredGraph buildLayeredGraph(const LayoutInput &input, double bendHeight,
                                             const std::map<std::string, int> *layers = nullptr,
                                             int maxCardsPerLayer = 0);

/// An order of every layer, with each item's index within its layer.
struct LayerOrder {
    std::vector<std::vector<int>> layers;
    std::vector<int> pos; ///< per item

    /// Recomputes `pos` for the items of `layer`.
    void index(int layer)
    {
        const auto &items = layers[static_cast<std::size_t>(layer)];
        for (std::size_t i = 0; i < items.size(); ++i)
            pos[static_cast<std::size_t>(items[i])] = static_cast<int>(i);
    }
    void indexAll()
    {
        for (std::size_t l = 0; l < layers.size(); ++l)
            index(static_cast<int>(l));
    }
};

} // namespace waveplan::layout::detail
