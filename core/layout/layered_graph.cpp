#include "core/layout/layered_graph.h"

#include <algorithm>
#include <climits>
#include <map>
#include <string>
#include <tuple>

namespace waveplan::layout::detail {

LayeredGraph buildLayeredGraph(const LayoutInput &input, double bendHeight)
{
    LayeredGraph graph;

    // Unique cards by key; the first of duplicate keys wins. std::map gives the key order.
    std::map<std::string, const LayoutNode *> byKey;
    for (const LayoutNode &node : input.nodes)
        byKey.emplace(node.key, &node);
    std::map<std::string, int> indexOf;
    int minColumn = INT_MAX;
    int maxColumn = INT_MIN;
    for (const auto &[key, node] : byKey) {
        indexOf.emplace(key, static_cast<int>(graph.nodes.size()));
        graph.nodes.push_back(node);
        minColumn = std::min(minColumn, node->column);
        maxColumn = std::max(maxColumn, node->column);
    }
    if (graph.nodes.empty())
        return graph;
    graph.minColumn = minColumn;
    graph.layerCount = static_cast<int>(static_cast<long long>(maxColumn) - minColumn + 1);

    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        Item item;
        item.layer = graph.nodes[i]->column - minColumn;
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
            continue; // same column (or a self loop): not drawn between columns
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

    graph.up.assign(graph.items.size(), {});
    graph.down.assign(graph.items.size(), {});
    for (const Chain &chain : graph.chains) {
        for (std::size_t i = 0; i + 1 < chain.items.size(); ++i) {
            graph.down[static_cast<std::size_t>(chain.items[i])].push_back(chain.items[i + 1]);
            graph.up[static_cast<std::size_t>(chain.items[i + 1])].push_back(chain.items[i]);
        }
    }
    for (auto &neighbours : graph.down) {
        std::sort(neighbours.begin(), neighbours.end(), [&](int a, int b) {
            const int ta = graph.items[static_cast<std::size_t>(a)].target;
            const int tb = graph.items[static_cast<std::size_t>(b)].target;
            return ta != tb ? ta < tb : a < b;
        });
    }
    return graph;
}

} // namespace waveplan::layout::detail
