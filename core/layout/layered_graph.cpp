#include "core/layout/layered_graph.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace waveplan::layout::detail {

namespace {

/// Index of each card in LayeredGraph::nodes, by key (the keys live in the input).
using CardIndex = std::unordered_map<std::string_view, int>;

/// Spreads the cards of columns with several layers over those layers: a card free to sit in
/// more than one (right of its predecessors in the column, left of its successors there) goes
/// to the layer it had in `previous` when it can, else to the least crowded one (ties: where it
/// is). A column of many unrelated cards and one short chain then fills its layers side by
/// side instead of stacking every unrelated card in the first: the map is wider and less tall.
/// With `maxCardsPerLayer` > 0, a column of more cards than that gets enough layers to hold
/// them at that many per layer (the free cards spread over them).
void balanceLayers(const std::vector<const LayoutNode *> &nodes, const std::vector<std::pair<int, int>> &pairs,
                   const MapLayout *previous, int maxCardsPerLayer, std::vector<int> &layer)
{
    const std::size_t n = nodes.size();
    std::vector<std::vector<int>> before(n);
    std::vector<std::vector<int>> after(n);
    for (const auto &[from, to] : pairs) {
        after[static_cast<std::size_t>(from)].push_back(to);
        before[static_cast<std::size_t>(to)].push_back(from);
    }
    std::map<int, std::vector<int>> crowd; // column -> cards per layer
    for (std::size_t i = 0; i < n; ++i) {
        auto &counts = crowd[nodes[i]->column];
        const auto l = static_cast<std::size_t>(layer[i]);
        if (counts.size() <= l)
            counts.resize(l + 1, 0);
        ++counts[l];
    }
    if (maxCardsPerLayer > 0) { // a crowded column gets more layers, so the map is less tall
        for (auto &[column, counts] : crowd) {
            int cards = 0;
            for (const int count : counts)
                cards += count;
            const auto wanted = static_cast<std::size_t>((cards + maxCardsPerLayer - 1) / maxCardsPerLayer);
            if (counts.size() < wanted)
                counts.resize(wanted, 0);
        }
    }
    std::vector<int> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return layer[static_cast<std::size_t>(a)] < layer[static_cast<std::size_t>(b)];
    });
    for (const int card : order) {
        const auto i = static_cast<std::size_t>(card);
        auto &counts = crowd[nodes[i]->column];
        int lo = 0;
        int hi = static_cast<int>(counts.size()) - 1;
        for (const int p : before[i])
            if (layer[static_cast<std::size_t>(p)] < layer[i])
                lo = std::max(lo, layer[static_cast<std::size_t>(p)] + 1);
        for (const int s : after[i])
            if (layer[static_cast<std::size_t>(s)] > layer[i])
                hi = std::min(hi, layer[static_cast<std::size_t>(s)] - 1);
        if (lo >= hi)
            continue;
        --counts[static_cast<std::size_t>(layer[i])];
        int choice = layer[i];
        int had = -1;
        if (previous != nullptr) {
            const auto column = previous->columnOf.find(nodes[i]->key);
            const auto was = previous->layerOf.find(nodes[i]->key);
            if (column != previous->columnOf.end() && column->second == nodes[i]->column && was != previous->layerOf.end())
                had = was->second;
        }
        if (had >= lo && had <= hi) {
            choice = had;
        } else {
            for (int l = lo; l <= hi; ++l)
                if (counts[static_cast<std::size_t>(l)] < counts[static_cast<std::size_t>(choice)])
                    choice = l;
        }
        layer[i] = choice;
        ++counts[static_cast<std::size_t>(choice)];
    }
}

/// The layer of every card within its column: longest path along the arrows that join two
/// cards of one column, so each card sits right of its predecessors there. Cards are taken in
/// key order as soon as all their predecessors in the column are placed; a cycle (never in a
/// schedulable plan) is broken at its smallest key, whose arrows from the cycle are ignored.
/// Then balanceLayers spreads the cards that are free to move.
std::vector<int> layersInColumns(const std::vector<const LayoutNode *> &nodes, const std::vector<LayoutEdge> &edges,
                                 const CardIndex &indexOf, const MapLayout *previous, int maxCardsPerLayer)
{
    const std::size_t n = nodes.size();
    std::vector<std::vector<int>> successors(n);
    std::vector<int> waiting(n, 0); // predecessors in the column not yet placed
    std::vector<std::pair<int, int>> pairs;
    for (const LayoutEdge &edge : edges) {
        const auto from = indexOf.find(edge.from);
        const auto to = indexOf.find(edge.to);
        if (from != indexOf.end() && to != indexOf.end() && from->second != to->second
            && nodes[static_cast<std::size_t>(from->second)]->column == nodes[static_cast<std::size_t>(to->second)]->column)
            pairs.emplace_back(from->second, to->second);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto &[from, to] : pairs) {
        successors[static_cast<std::size_t>(from)].push_back(to);
        ++waiting[static_cast<std::size_t>(to)];
    }

    std::vector<int> layer(n, 0);
    std::vector<bool> placed(n, false);
    std::set<int> ready;
    for (std::size_t i = 0; i < n; ++i)
        if (waiting[i] == 0)
            ready.insert(static_cast<int>(i));
    std::size_t next = 0; // smallest index that may be unplaced, to break cycles
    for (std::size_t done = 0; done < n; ++done) {
        if (ready.empty()) {
            while (placed[next])
                ++next;
            ready.insert(static_cast<int>(next));
        }
        const auto i = static_cast<std::size_t>(*ready.begin());
        ready.erase(ready.begin());
        placed[i] = true;
        for (const int successor : successors[i]) {
            const auto s = static_cast<std::size_t>(successor);
            if (placed[s])
                continue;
            layer[s] = std::max(layer[s], layer[i] + 1);
            if (--waiting[s] == 0)
                ready.insert(successor);
        }
    }
    balanceLayers(nodes, pairs, previous, maxCardsPerLayer, layer);
    return layer;
}

} // namespace

LayeredGraph buildLayeredGraph(const LayoutInput &input, double bendHeight, const std::map<std::string, int> *layers,
                               int maxCardsPerLayer)
{
    LayeredGraph graph;

    // Unique cards in key order; the first of duplicate keys wins (the sort is stable).
    std::vector<const LayoutNode *> byKey;
    byKey.reserve(input.nodes.size());
    for (const LayoutNode &node : input.nodes)
        byKey.push_back(&node);
    std::stable_sort(byKey.begin(), byKey.end(), [](const LayoutNode *a, const LayoutNode *b) { return a->key < b->key; });
    CardIndex indexOf;
    indexOf.reserve(byKey.size());
    int minColumn = INT_MAX;
    int maxColumn = INT_MIN;
    for (const LayoutNode *node : byKey) {
        if (!graph.nodes.empty() && graph.nodes.back()->key == node->key)
            continue;
        indexOf.emplace(node->key, static_cast<int>(graph.nodes.size()));
        graph.nodes.push_back(node);
        minColumn = std::min(minColumn, node->column);
        maxColumn = std::max(maxColumn, node->column);
    }
    if (graph.nodes.empty())
        return graph;
    graph.minColumn = minColumn;

    std::vector<int> inColumn;
    if (layers != nullptr) { // a layout's own layers; cards missing from it go to layer 0
        for (const LayoutNode *node : graph.nodes) {
            const auto found = layers->find(node->key);
            inColumn.push_back(found != layers->end() ? std::max(0, found->second) : 0);
        }
    } else {
        inColumn = layersInColumns(graph.nodes, input.edges, indexOf, input.previous, maxCardsPerLayer);
    }
    graph.columnLayers.assign(static_cast<std::size_t>(static_cast<long long>(maxColumn) - minColumn + 1), 1);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        int &held = graph.columnLayers[static_cast<std::size_t>(graph.nodes[i]->column - minColumn)];
        held = std::max(held, inColumn[i] + 1);
    }
    std::vector<int> firstLayer;
    for (std::size_t c = 0; c < graph.columnLayers.size(); ++c) {
        firstLayer.push_back(static_cast<int>(graph.layerColumn.size()));
        for (int l = 0; l < graph.columnLayers[c]; ++l) {
            graph.layerColumn.push_back(minColumn + static_cast<int>(c));
            graph.layerInColumn.push_back(l);
        }
    }
    graph.layerCount = static_cast<int>(graph.layerColumn.size());

    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        Item item;
        item.layer = firstLayer[static_cast<std::size_t>(graph.nodes[i]->column - minColumn)] + inColumn[i];
        item.node = static_cast<int>(i);
        item.height = std::max(0.0, graph.nodes[i]->height);
        item.target = static_cast<int>(i);
        graph.items.push_back(item);
    }

    // Edges that are laid out, sorted so dummies are numbered independently of input order.
    std::vector<std::tuple<int, int, std::size_t>> laidOut; // low card, high card, input index
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        const auto from = indexOf.find(input.edges[e].from);
        const auto to = indexOf.find(input.edges[e].to);
        if (from == indexOf.end() || to == indexOf.end())
            continue;
        if (graph.items[static_cast<std::size_t>(from->second)].layer
            == graph.items[static_cast<std::size_t>(to->second)].layer)
            continue; // a self loop, or a cycle inside one column: no room to draw it
        const bool reversed = graph.items[static_cast<std::size_t>(from->second)].layer
                              > graph.items[static_cast<std::size_t>(to->second)].layer;
        laidOut.emplace_back(reversed ? to->second : from->second, reversed ? from->second : to->second, e);
    }
    std::sort(laidOut.begin(), laidOut.end());

    graph.chainOfEdge.assign(input.edges.size(), -1);
    for (const auto &[low, high, inputEdge] : laidOut) {
        Chain chain;
        chain.inputEdge = static_cast<int>(inputEdge);
        const int lowLayer = graph.items[static_cast<std::size_t>(low)].layer;
        const int highLayer = graph.items[static_cast<std::size_t>(high)].layer;
        chain.reversed = input.edges[inputEdge].from != graph.nodes[static_cast<std::size_t>(low)]->key;
        const int chainIndex = static_cast<int>(graph.chains.size());
        chain.items.push_back(low);
        for (int layer = lowLayer + 1; layer < highLayer; ++layer) {
            Item dummy;
            dummy.layer = layer;
            dummy.chain = chainIndex;
            dummy.height = std::max(0.0, bendHeight);
            dummy.target = high;
            chain.items.push_back(static_cast<int>(graph.items.size()));
            graph.items.push_back(dummy);
        }
        chain.items.push_back(high);
        graph.chainOfEdge[inputEdge] = chainIndex;
        graph.chains.push_back(std::move(chain));
    }

    std::vector<std::pair<int, int>> downward; // (item, the next item of its chain)
    std::vector<std::pair<int, int>> upward;
    for (const Chain &chain : graph.chains) {
        for (std::size_t i = 0; i + 1 < chain.items.size(); ++i) {
            downward.emplace_back(chain.items[i], chain.items[i + 1]);
            upward.emplace_back(chain.items[i + 1], chain.items[i]);
        }
    }
    graph.up = Adjacency(graph.items.size(), upward);
    graph.down = Adjacency(graph.items.size(), downward);
    for (std::size_t item = 0; item < graph.items.size(); ++item) {
        const std::span<int> neighbours = graph.down.of(item);
        std::sort(neighbours.begin(), neighbours.end(), [&](int a, int b) {
            const int ta = graph.items[static_cast<std::size_t>(a)].target;
            const int tb = graph.items[static_cast<std::size_t>(b)].target;
            return ta != tb ? ta < tb : a < b;
        });
    }
    return graph;
}

Adjacency::Adjacency(std::size_t items, const std::vector<std::pair<int, int>> &pairs)
    : m_begin(items + 1, 0)
    , m_neighbours(pairs.size())
{
    for (const auto &[item, neighbour] : pairs)
        ++m_begin[static_cast<std::size_t>(item) + 1];
    for (std::size_t i = 0; i < items; ++i)
        m_begin[i + 1] += m_begin[i];
    std::vector<int> next(m_begin.begin(), m_begin.end() - 1);
    for (const auto &[item, neighbour] : pairs)
        m_neighbours[static_cast<std::size_t>(next[static_cast<std::size_t>(item)]++)] = neighbour;
}

} // namespace waveplan::layout::detail
