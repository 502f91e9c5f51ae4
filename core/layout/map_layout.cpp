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
#include <cmath>
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

/// Fills `layout.columns` and returns the x of the left edge of the cards of every layer: the
/// first column at minColumn * columnSpacing, each next one columnSpacing after the last layer
/// of the one before.
std::vector<double> layerLefts(const detail::LayeredGraph &graph, const LayoutOptions &options, MapLayout &layout)
{
    std::vector<double> left;
    double columnLeft = graph.minColumn * options.columnSpacing;
    for (std::size_t c = 0; c < graph.columnLayers.size(); ++c) {
        const ColumnSpan span{columnLeft, graph.columnLayers[c]};
        layout.columns[graph.minColumn + static_cast<int>(c)] = span;
        for (int l = 0; l < span.layers; ++l)
            left.push_back(span.left + l * options.layerSpacing);
        columnLeft += (span.layers - 1) * options.layerSpacing + options.columnSpacing;
    }
    return left;
}

MapLayout assemble(const LayoutInput &input, const detail::LayeredGraph &graph,
                   const detail::LayerOrder &order, const std::vector<double> &top,
                   const LayoutOptions &options)
{
    MapLayout layout;
    layout.columnSpacing = options.columnSpacing;
    layout.layerSpacing = options.layerSpacing;
    layout.cardWidth = options.cardWidth;
    const std::vector<double> left = layerLefts(graph, options, layout);
    std::vector<int> rowOfCard(graph.nodes.size(), 0);
    for (const auto &items : order.layers) {
        int row = 0;
        for (const int item : items)
            if (!graph.items[static_cast<std::size_t>(item)].isDummy())
                rowOfCard[static_cast<std::size_t>(graph.items[static_cast<std::size_t>(item)].node)] = row++;
    }
    // Cards come in key order (card i is item i): each goes in at the end of the maps.
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const std::string &key = graph.nodes[i]->key;
        const int layer = graph.items[i].layer;
        layout.rowOf.emplace_hint(layout.rowOf.end(), key, rowOfCard[i]);
        layout.columnOf.emplace_hint(layout.columnOf.end(), key, graph.nodes[i]->column);
        layout.layerOf.emplace_hint(layout.layerOf.end(), key, graph.layerInColumn[static_cast<std::size_t>(layer)]);
        layout.position.emplace_hint(layout.position.end(), key, Point{left[static_cast<std::size_t>(layer)], top[i]});
    }
    const auto middle = [&](int item) {
        return top[static_cast<std::size_t>(item)] + graph.items[static_cast<std::size_t>(item)].height / 2;
    };
    const auto leftOf = [&](int item) {
        return left[static_cast<std::size_t>(graph.items[static_cast<std::size_t>(item)].layer)];
    };
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        EdgeRoute route{input.edges[e].from, input.edges[e].to, {}, {}};
        const int chainIndex = graph.chainOfEdge[e];
        if (chainIndex >= 0) {
            const detail::Chain &chain = graph.chains[static_cast<std::size_t>(chainIndex)];
            // Walk from `from` to `to`: rightwards, or leftwards for a back edge.
            std::vector<int> walk(chain.items.begin(), chain.items.end());
            if (chain.reversed)
                std::reverse(walk.begin(), walk.end());
            const double width = options.cardWidth;
            const double enter = chain.reversed ? width : 0; // where a walk enters a layer
            const double leave = chain.reversed ? 0 : width;
            route.points.emplace_back(leftOf(walk.front()) + leave, middle(walk.front()));
            for (std::size_t i = 1; i + 1 < walk.size(); ++i) {
                route.bends.emplace_back(leftOf(walk[i]), middle(walk[i]));
                route.points.emplace_back(leftOf(walk[i]) + enter, middle(walk[i]));
                route.points.emplace_back(leftOf(walk[i]) + leave, middle(walk[i]));
            }
            route.points.emplace_back(leftOf(walk.back()) + enter, middle(walk.back()));
        }
        layout.edges.push_back(std::move(route));
    }
    return layout;
}

/// True when the segment a-b enters the open rectangle [x0, x1] x [y0, y1] (Liang-Barsky).
bool segmentEntersRect(Point a, Point b, double x0, double y0, double x1, double y1)
{
    double t0 = 0;
    double t1 = 1;
    const double dx = b.first - a.first;
    const double dy = b.second - a.second;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.first - x0, x1 - a.first, a.second - y0, y1 - a.second};
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] <= 0)
                return false; // parallel to this side and outside (or on) it
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1)
            return false;
    }
    return true;
}

/// True when few items (cards and arrow bends) are new to their place: at most 24, or one in
/// eight of a larger map. Then keeping every other place reads better than aligning anew, and
/// any edit of a workshop-sized plan keeps the picture the room knows.
bool keepsMostPlaces(const std::vector<double> &previousTop)
{
    constexpr std::size_t kFewItems = 24;
    const auto fresh = static_cast<std::size_t>(
        std::count_if(previousTop.begin(), previousTop.end(), [](double top) { return std::isnan(top); }));
    return fresh <= kFewItems || fresh * 8 <= previousTop.size();
}

} // namespace

MapLayout layoutMap(const LayoutInput &input, const LayoutOptions &options)
{
    const detail::LayeredGraph graph = detail::buildLayeredGraph(input, options.bendHeight, nullptr, options.maxCardsPerLayer);
    std::optional<detail::PreviousOrder> start;
    if (input.previous != nullptr)
        start = detail::previousOrder(graph, input, *input.previous);
    const bool fromPrevious = start.has_value();
    detail::LayerOrder order = fromPrevious ? std::move(start->order) : detail::depthFirstOrder(graph);

    const std::int64_t initial = options.countCrossings ? detail::totalCrossings(graph, order) : 0;
    if (fromPrevious) {
        detail::sift(graph, order, start->inserted, options);
        if (input.previous->polished) // only where the edit changed something: the rest is polished
            detail::polishAround(graph, order, options, options.stability, start->changedLayers);
        else
            detail::polish(graph, order, options, options.stability);
    } else {
        detail::sweepFreely(graph, order, options);
        detail::polish(graph, order, options, 0.0);
    }
    const std::int64_t reduced = options.countCrossings ? detail::totalCrossings(graph, order) : 0;

    const detail::Spacing gap{std::max(options.rowSpacing, kMinimumGap),
                              std::max(options.bendSpacing < 0 ? options.rowSpacing : options.bendSpacing, kMinimumGap)};
    // After an edit, what it did not touch stays exactly where the user saw it; after one that
    // changed much of the map (a schedule that moved a third of the plan), kept places would
    // leave the many new items kinked around them: the rows are aligned afresh instead.
    const bool keepTops = fromPrevious && keepsMostPlaces(start->previousTop);
    const std::vector<double> top = keepTops
                                        ? detail::assignTopsKeeping(graph, order, gap, options.alignmentPasses, start->previousTop)
                                        : detail::assignTops(graph, order, gap, options.alignmentPasses);
    MapLayout layout = assemble(input, graph, order, top, options);
    layout.polished = true;
    layout.crossings = clampToInt(reduced);
    layout.initialCrossings = clampToInt(initial);
    log::get("core.layout")
        ->debug("map layout: {} cards, {} arrow bends, {} layers{}{}", graph.nodes.size(), graph.items.size() - graph.nodes.size(),
                graph.layerCount,
                options.countCrossings ? fmt::format(", crossings {} -> {}", initial, reduced) : std::string(),
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
    const detail::LayeredGraph graph =
        detail::buildLayeredGraph(placed, 0, layout.layerOf.empty() ? nullptr : &layout.layerOf);

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

ColumnSpan MapLayout::column(int c) const
{
    if (columns.empty() || c < columns.begin()->first)
        return {c * columnSpacing, 1};
    const auto at = columns.find(c);
    if (at != columns.end())
        return at->second;
    const auto &[last, span] = *columns.rbegin();
    return {span.left + (span.layers - 1) * layerSpacing + (c - last) * columnSpacing, 1};
}

std::pair<double, double> MapLayout::columnExtent(int c) const
{
    const ColumnSpan span = column(c);
    return {span.left, span.left + (span.layers - 1) * layerSpacing + columnSpacing};
}

std::vector<RouteCollision> routeCollisions(const LayoutInput &input, const MapLayout &layout)
{
    constexpr double kHair = 1e-6;
    std::map<std::string, double> height;
    for (const LayoutNode &node : input.nodes)
        height.emplace(node.key, std::max(0.0, node.height));
    std::vector<RouteCollision> collisions;
    for (std::size_t e = 0; e < layout.edges.size(); ++e) {
        const EdgeRoute &route = layout.edges[e];
        for (std::size_t s = 0; s + 1 < route.points.size(); ++s) {
            for (const auto &[key, corner] : layout.position) {
                if (key == route.from || key == route.to)
                    continue;
                const auto h = height.find(key);
                const double bottom = corner.second + (h != height.end() ? h->second : 0.0);
                if (segmentEntersRect(route.points[s], route.points[s + 1], corner.first + kHair, corner.second + kHair,
                                      corner.first + layout.cardWidth - kHair, bottom - kHair))
                    collisions.push_back({e, s, key});
            }
        }
    }
    return collisions;
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
    rekey(layout.layerOf);
    rekey(layout.position);
    for (EdgeRoute &route : layout.edges) {
        if (route.from == from)
            route.from = to;
        if (route.to == from)
            route.to = to;
    }
}

} // namespace waveplan::layout
