#include "core/layout/map_layout.h"

#include "core/layout/coordinate_assignment.h"
#include "core/layout/crossing_count.h"
#include "core/layout/crossing_reduction.h"
#include "core/layout/initial_order.h"
#include "core/layout/layered_graph.h"
#include "core/log/logging.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <climits>
#include <optional>
#include <tuple>

namespace waveplan::layout {

namespace {

/// Keeps items of a column apart even with zero spacing, so their y gives back their order.
constexpr double kMinimumGap = 1e-3;

int clampToInt(std::int64_t value)
{
    return static_cast<int>(std::min<std::int64_t>(value, INT_MAX));
}

/// Bend j (counted from `from`) of the chain is this dummy of the chain (counted from its low end).
std::size_t dummyOfBend(const detail::Chain &chain, std::size_t bend)
{
    const std::size_t dummies = chain.items.size() - 2;
    return 1 + (chain.reversed ? dummies - 1 - bend : bend);
}

MapLayout assemble(const LayoutInput &input, const detail::LayeredGraph &graph,
                   const detail::LayerOrder &order, const std::vector<double> &top,
                   const LayoutOptions &options)
{
    MapLayout layout;
    for (const auto &items : order.layers) {
        int row = 0;
        for (const int item : items) {
            const auto &entry = graph.items[static_cast<std::size_t>(item)];
            if (entry.isDummy())
                continue;
            const LayoutNode &node = *graph.nodes[static_cast<std::size_t>(entry.node)];
            layout.rowOf[node.key] = row++;
            layout.columnOf[node.key] = node.column;
            layout.position[node.key] = {node.column * options.columnSpacing, top[static_cast<std::size_t>(item)]};
        }
    }
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        EdgeRoute route{input.edges[e].from, input.edges[e].to, {}};
        const int chainIndex = graph.chainOfEdge[e];
        if (chainIndex >= 0) {
            const detail::Chain &chain = graph.chains[static_cast<std::size_t>(chainIndex)];
            for (std::size_t bend = 0; bend + 2 < chain.items.size(); ++bend) {
                const auto dummy = static_cast<std::size_t>(chain.items[dummyOfBend(chain, bend)]);
                const int column = graph.items[dummy].layer + graph.minColumn;
                route.bends.emplace_back(column * options.columnSpacing, top[dummy] + graph.items[dummy].height / 2);
            }
        }
        layout.edges.push_back(std::move(route));
    }
    return layout;
}

} // namespace

MapLayout layoutMap(const LayoutInput &input, const LayoutOptions &options)
{
    const detail::LayeredGraph graph = detail::buildLayeredGraph(input, options.bendHeight);
    std::optional<detail::PreviousOrder> start;
    if (input.previous != nullptr)
        start = detail::previousOrder(graph, input, *input.previous);
    const bool fromPrevious = start.has_value();
    detail::LayerOrder order = fromPrevious ? std::move(start->order) : detail::depthFirstOrder(graph);

    const std::int64_t initial = detail::totalCrossings(graph, order);
    if (fromPrevious)
        detail::sift(graph, order, start->inserted);
    else
        detail::sweepFreely(graph, order, options);
    detail::polish(graph, order, options, fromPrevious ? options.stability : 0.0);
    const std::int64_t reduced = detail::totalCrossings(graph, order);

    const double gap = std::max(options.rowSpacing, kMinimumGap);
    const std::vector<double> top = detail::assignTops(graph, order, gap, options.alignmentPasses);
    MapLayout layout = assemble(input, graph, order, top, options);
    layout.crossings = clampToInt(reduced);
    layout.initialCrossings = clampToInt(initial);
    log::get("core.layout")
        ->debug("map layout: {} cards, {} arrow bends, {} columns, crossings {} -> {}{}", graph.nodes.size(),
                graph.items.size() - graph.nodes.size(), graph.layerCount, initial, reduced,
                fromPrevious ? " (from the previous layout)" : "");
    return layout;
}

int countCrossings(const LayoutInput &input, const MapLayout &layout)
{
    // Only the cards the layout places take part.
    LayoutInput placed;
    placed.edges = input.edges;
    for (const LayoutNode &node : input.nodes)
        if (layout.position.count(node.key) != 0 || layout.rowOf.count(node.key) != 0)
            placed.nodes.push_back(node);
    const detail::LayeredGraph graph = detail::buildLayeredGraph(placed, 0);

    // Every item's centre y: cards from the layout, dummies from the routes or the straight line.
    std::vector<double> centre(graph.items.size(), 0.0);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const LayoutNode &node = *graph.nodes[i];
        const auto position = layout.position.find(node.key);
        centre[i] = position != layout.position.end() ? position->second.second + std::max(0.0, node.height) / 2
                                                      : layout.rowOf.at(node.key);
    }
    const bool routesMatch = layout.edges.size() == input.edges.size();
    for (const detail::Chain &chain : graph.chains) {
        const auto e = static_cast<std::size_t>(chain.inputEdge);
        const std::size_t dummies = chain.items.size() - 2;
        const bool hasBends = routesMatch && layout.edges[e].from == input.edges[e].from
                              && layout.edges[e].to == input.edges[e].to && layout.edges[e].bends.size() == dummies;
        const double low = centre[static_cast<std::size_t>(chain.items.front())];
        const double high = centre[static_cast<std::size_t>(chain.items.back())];
        for (std::size_t bend = 0; bend < dummies; ++bend) {
            const std::size_t j = dummyOfBend(chain, bend);
            centre[static_cast<std::size_t>(chain.items[j])] =
                hasBends ? layout.edges[e].bends[bend].second
                         : low + (high - low) * static_cast<double>(j) / static_cast<double>(dummies + 1);
        }
    }

    detail::LayerOrder order;
    order.layers.assign(static_cast<std::size_t>(graph.layerCount), {});
    order.pos.assign(graph.items.size(), 0);
    for (std::size_t i = 0; i < graph.items.size(); ++i)
        order.layers[static_cast<std::size_t>(graph.items[i].layer)].push_back(static_cast<int>(i));
    for (auto &items : order.layers)
        std::sort(items.begin(), items.end(), [&](int a, int b) {
            return std::tie(centre[static_cast<std::size_t>(a)], a) < std::tie(centre[static_cast<std::size_t>(b)], b);
        });
    order.indexAll();
    return clampToInt(detail::totalCrossings(graph, order));
}

void renameNode(MapLayout &layout, const std::string &from, const std::string &to)
{
    if (!layout.rowOf.contains(from) || layout.rowOf.contains(to))
        return;
    const auto rekey = [&](auto &byKey) {
        if (auto node = byKey.extract(from)) {
            node.key() = to;
            byKey.insert(std::move(node));
        }
    };
    rekey(layout.rowOf);
    rekey(layout.columnOf);
    rekey(layout.position);
    for (EdgeRoute &route : layout.edges) {
        if (route.from == from)
            route.from = to;
        if (route.to == from)
            route.to = to;
    }
}

} // namespace waveplan::layout
