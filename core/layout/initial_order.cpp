#include "core/layout/initial_order.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <span>
#include <string>
#include <tuple>
#include <utility>

namespace waveplan::layout::detail {

namespace {

LayerOrder emptyOrder(const LayeredGraph &graph)
{
    LayerOrder order;
    order.layers.assign(static_cast<std::size_t>(graph.layerCount), {});
    order.pos.assign(graph.items.size(), 0);
    return order;
}

/// Previous place (x of its layer, y) of the items that keep their place in the order; `has`
/// says which do. An arrow's dummy that now passes another layer of the column than any of
/// its previous bends takes the x of no layer (NaN).
struct PreviousPlaces {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<bool> has;
    /// Per chain: it follows a previous route through the same columns with as many bends.
    std::vector<bool> routeKept;
    /// The ends (from, to) of previous routes no current arrow follows.
    std::vector<std::pair<std::string, std::string>> goneArrows;
};

/// The mean height of the points of `route` (from `previous`) that lie in `column`.
std::optional<double> heightInColumn(const MapLayout &previous, const EdgeRoute &route, int column)
{
    const auto [left, right] = previous.columnExtent(column);
    double sum = 0;
    int count = 0;
    for (const auto &[x, y] : route.points) {
        if (x >= left && x < right) {
            sum += y;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

/// The previous route each chain follows, or null (the k-th current edge joining (from, to)
/// takes the k-th previous route joining them); `gone` receives the ends of the previous routes
/// that no chain follows.
std::vector<const EdgeRoute *> previousRoutes(const LayeredGraph &graph, const LayoutInput &input, const MapLayout &previous,
                                              std::vector<std::pair<std::string, std::string>> &gone)
{
    std::vector<const EdgeRoute *> routeOf(graph.chains.size(), nullptr);
    // The same arrows as before, in the same order (any edit but adding or removing a
    // dependency): each takes the route of the same index, no lookup by keys needed.
    const bool sameArrows =
        previous.edges.size() == input.edges.size()
        && std::equal(input.edges.begin(), input.edges.end(), previous.edges.begin(),
                      [](const LayoutEdge &edge, const EdgeRoute &route) { return edge.from == route.from && edge.to == route.to; });
    if (sameArrows) {
        for (std::size_t c = 0; c < graph.chains.size(); ++c)
            routeOf[c] = &previous.edges[static_cast<std::size_t>(graph.chains[c].inputEdge)];
        for (std::size_t e = 0; e < input.edges.size(); ++e)
            if (graph.chainOfEdge[e] < 0)
                gone.emplace_back(input.edges[e].from, input.edges[e].to);
        return routeOf;
    }
    std::map<std::pair<std::string, std::string>, std::vector<const EdgeRoute *>> routes;
    for (const EdgeRoute &route : previous.edges)
        routes[{route.from, route.to}].push_back(&route);
    std::map<std::pair<std::string, std::string>, std::size_t> used;
    for (std::size_t c = 0; c < graph.chains.size(); ++c) {
        const LayoutEdge &edge = input.edges[static_cast<std::size_t>(graph.chains[c].inputEdge)];
        const auto found = routes.find({edge.from, edge.to});
        if (found == routes.end())
            continue;
        const std::size_t k = used[{edge.from, edge.to}]++;
        if (k < found->second.size())
            routeOf[c] = found->second[k];
    }
    for (const auto &[ends, previousRoutes] : routes) {
        const auto taken = used.find(ends);
        for (std::size_t k = taken != used.end() ? taken->second : 0; k < previousRoutes.size(); ++k)
            gone.push_back(ends);
    }
    return routeOf;
}

PreviousPlaces placesInPrevious(const LayeredGraph &graph, const LayoutInput &input,
                                const MapLayout &previous)
{
    const double nowhere = std::numeric_limits<double>::quiet_NaN();
    PreviousPlaces places{std::vector<double>(graph.items.size(), nowhere), std::vector<double>(graph.items.size(), 0.0),
                          std::vector<bool>(graph.items.size(), false), std::vector<bool>(graph.chains.size(), false),
                          {}};
    // Cards in the column they had: graph.nodes and the previous layout's maps are both in key
    // order, so they are walked side by side.
    std::vector<bool> sameColumn(graph.nodes.size(), false);
    auto hadColumn = previous.columnOf.begin();
    auto hadPosition = previous.position.begin();
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const LayoutNode &node = *graph.nodes[i];
        while (hadColumn != previous.columnOf.end() && hadColumn->first < node.key)
            ++hadColumn;
        while (hadPosition != previous.position.end() && hadPosition->first < node.key)
            ++hadPosition;
        sameColumn[i] = hadColumn != previous.columnOf.end() && hadColumn->first == node.key && hadColumn->second == node.column;
        if (sameColumn[i] && hadPosition != previous.position.end() && hadPosition->first == node.key) {
            places.x[i] = hadPosition->second.first;
            places.y[i] = hadPosition->second.second;
            places.has[i] = true;
        }
    }

    const std::vector<const EdgeRoute *> routeOf = previousRoutes(graph, input, previous, places.goneArrows);
    for (std::size_t c = 0; c < graph.chains.size(); ++c) {
        const Chain &chain = graph.chains[c];
        const EdgeRoute *found = routeOf[c];
        if (found == nullptr)
            continue;
        const std::size_t dummies = chain.items.size() - 2;
        if (!sameColumn[static_cast<std::size_t>(chain.items.front())] || !sameColumn[static_cast<std::size_t>(chain.items.back())])
            continue;
        const EdgeRoute &route = *found;
        if (route.bends.size() == dummies) {
            for (std::size_t j = 0; j < dummies; ++j) {
                const std::size_t bend = chain.reversed ? dummies - 1 - j : j; // bends run from `from` to `to`
                const auto item = static_cast<std::size_t>(chain.items[j + 1]);
                places.x[item] = route.bends[bend].first;
                places.y[item] = route.bends[bend].second;
                places.has[item] = true;
            }
            places.routeKept[c] = true;
            continue;
        }
        // The arrow passes other layers than before (a column gained or lost a layer): each of
        // its dummies takes the height at which the previous route passed the same column.
        for (std::size_t j = 0; j < dummies; ++j) {
            const auto item = static_cast<std::size_t>(chain.items[j + 1]);
            const int column = graph.layerColumn[static_cast<std::size_t>(graph.items[item].layer)];
            if (const auto y = heightInColumn(previous, route, column)) {
                places.y[item] = *y;
                places.has[item] = true;
            }
        }
    }
    return places;
}

/// True when every column from the first to the last holds as many layers as in `previous`:
/// then layer k of the graph sits where layer k of `previous` did.
bool sameColumns(const LayeredGraph &graph, const MapLayout &previous)
{
    if (previous.columns.size() != graph.columnLayers.size())
        return false;
    int column = graph.minColumn;
    for (const int layers : graph.columnLayers) {
        const auto span = previous.columns.find(column++);
        if (span == previous.columns.end() || span->second.layers != layers)
            return false;
    }
    return true;
}

/// The x of the left edge of every layer of `previous`, left to right.
std::vector<double> layerLefts(const MapLayout &previous)
{
    std::vector<double> lefts;
    for (const auto &[column, span] : previous.columns)
        for (int l = 0; l < span.layers; ++l)
            lefts.push_back(span.left + l * previous.layerSpacing);
    return lefts;
}

/// The layer of `previous` whose cards start at `x` (the last one starting at or left of it).
int layerAt(const std::vector<double> &lefts, double x)
{
    if (std::isnan(x))
        return -1;
    const auto after = std::upper_bound(lefts.begin(), lefts.end(), x + 1e-6);
    return static_cast<int>(after - lefts.begin()) - 1;
}

/// See PreviousOrder::changedLayers.
std::vector<int> changedLayers(const LayeredGraph &graph, const MapLayout &previous, const PreviousPlaces &places)
{
    std::vector<int> changed;
    if (!sameColumns(graph, previous)) {
        for (int layer = 0; layer < graph.layerCount; ++layer)
            changed.push_back(layer);
        return changed;
    }
    const std::vector<double> lefts = layerLefts(previous);
    // How many items (cards and arrow bends) the previous layout had in each layer...
    std::vector<int> before(static_cast<std::size_t>(graph.layerCount), 0);
    const auto countAt = [&](double x) {
        const int layer = layerAt(lefts, x);
        if (layer >= 0 && layer < graph.layerCount)
            ++before[static_cast<std::size_t>(layer)];
    };
    for (const auto &[key, corner] : previous.position)
        countAt(corner.first);
    for (const EdgeRoute &route : previous.edges)
        for (const auto &bend : route.bends)
            countAt(bend.first);
    // ... against those still there, in the same layer.
    std::vector<int> kept(static_cast<std::size_t>(graph.layerCount), 0);
    std::vector<bool> dirty(static_cast<std::size_t>(graph.layerCount), false);
    std::vector<bool> inPlace(graph.items.size(), false);
    for (std::size_t i = 0; i < graph.items.size(); ++i) {
        const auto layer = static_cast<std::size_t>(graph.items[i].layer);
        inPlace[i] = places.has[i] && layerAt(lefts, places.x[i]) == graph.items[i].layer;
        if (inPlace[i])
            ++kept[layer];
        else
            dirty[layer] = true;
    }
    // An arrow that is new, gone, or between cards that changed layer changes the crossings
    // between its two end layers even when it passes no layer between them (no bend).
    const auto layerOfItem = [&](int item) { return static_cast<std::size_t>(graph.items[static_cast<std::size_t>(item)].layer); };
    for (std::size_t c = 0; c < graph.chains.size(); ++c) {
        const Chain &chain = graph.chains[c];
        if (!places.routeKept[c] || !inPlace[static_cast<std::size_t>(chain.items.front())]
            || !inPlace[static_cast<std::size_t>(chain.items.back())]) {
            dirty[layerOfItem(chain.items.front())] = true;
            dirty[layerOfItem(chain.items.back())] = true;
        }
    }
    const auto cardOf = [&](const std::string &key) -> int {
        const auto found = std::lower_bound(graph.nodes.begin(), graph.nodes.end(), key,
                                            [](const LayoutNode *node, const std::string &k) { return node->key < k; });
        return found != graph.nodes.end() && (*found)->key == key ? static_cast<int>(found - graph.nodes.begin()) : -1;
    };
    for (const auto &[from, to] : places.goneArrows)
        for (const std::string *key : {&from, &to})
            if (const int card = cardOf(*key); card >= 0)
                dirty[layerOfItem(card)] = true;
    for (int layer = 0; layer < graph.layerCount; ++layer) {
        const auto l = static_cast<std::size_t>(layer);
        if (dirty[l] || kept[l] != before[l])
            changed.push_back(layer);
    }
    return changed;
}

} // namespace

LayerOrder depthFirstOrder(const LayeredGraph &graph)
{
    LayerOrder order = emptyOrder(graph);
    std::vector<int> starts(graph.nodes.size());
    for (std::size_t i = 0; i < starts.size(); ++i)
        starts[i] = static_cast<int>(i);
    std::stable_sort(starts.begin(), starts.end(), [&](int a, int b) {
        return graph.items[static_cast<std::size_t>(a)].layer < graph.items[static_cast<std::size_t>(b)].layer;
    });

    std::vector<bool> visited(graph.items.size(), false);
    std::vector<int> stack;
    for (const int start : starts) {
        stack.push_back(start);
        while (!stack.empty()) {
            const auto item = static_cast<std::size_t>(stack.back());
            stack.pop_back();
            if (visited[item])
                continue;
            visited[item] = true;
            order.layers[static_cast<std::size_t>(graph.items[item].layer)].push_back(static_cast<int>(item));
            const std::span<const int> below = graph.down[item];
            for (auto next = below.rbegin(); next != below.rend(); ++next)
                if (!visited[static_cast<std::size_t>(*next)])
                    stack.push_back(*next);
        }
    }
    order.indexAll();
    return order;
}

std::optional<PreviousOrder> previousOrder(const LayeredGraph &graph, const LayoutInput &input,
                                           const MapLayout &previous)
{
    const PreviousPlaces places = placesInPrevious(graph, input, previous);
    if (std::none_of(places.has.begin(), places.has.begin() + static_cast<std::ptrdiff_t>(graph.nodes.size()),
                     [](bool has) { return has; }))
        return std::nullopt;

    std::vector<std::vector<int>> itemsOfLayer(static_cast<std::size_t>(graph.layerCount));
    for (std::size_t i = 0; i < graph.items.size(); ++i)
        itemsOfLayer[static_cast<std::size_t>(graph.items[i].layer)].push_back(static_cast<int>(i));

    // Relative place in [0, 1] of each item; first those that keep their previous order.
    std::vector<double> rank(graph.items.size(), 0.0);
    std::vector<bool> ranked(graph.items.size(), false);
    std::vector<std::vector<std::pair<double, int>>> keptOfLayer(itemsOfLayer.size()); // (previous y, item), sorted
    for (std::size_t layer = 0; layer < itemsOfLayer.size(); ++layer) {
        std::vector<std::pair<double, int>> &kept = keptOfLayer[layer];
        for (const int item : itemsOfLayer[layer])
            if (places.has[static_cast<std::size_t>(item)])
                kept.emplace_back(places.y[static_cast<std::size_t>(item)], item);
        std::sort(kept.begin(), kept.end());
        for (std::size_t i = 0; i < kept.size(); ++i) {
            rank[static_cast<std::size_t>(kept[i].second)] = (static_cast<double>(i) + 0.5) / static_cast<double>(kept.size());
            ranked[static_cast<std::size_t>(kept[i].second)] = true;
        }
    }

    // Each layer in order of (place, inserted after kept on a tie, item): the kept items are
    // already in that order (their places rise), so only the inserted ones are sorted, then
    // merged with them.
    PreviousOrder result{emptyOrder(graph), {}, {}, {}};
    LayerOrder &order = result.order;
    using Entry = std::tuple<double, bool, int>; // place, inserted, item
    std::vector<Entry> keptEntries;
    std::vector<Entry> insertedEntries;
    for (std::size_t layer = 0; layer < itemsOfLayer.size(); ++layer) {
        keptEntries.clear();
        insertedEntries.clear();
        for (const auto &[y, item] : keptOfLayer[layer])
            keptEntries.emplace_back(rank[static_cast<std::size_t>(item)], false, item);
        for (const int item : itemsOfLayer[layer]) {
            const auto i = static_cast<std::size_t>(item);
            if (places.has[i])
                continue;
            double sum = 0;
            int count = 0;
            for (const std::span<const int> neighbours : {graph.up[i], graph.down[i]})
                for (const int neighbour : neighbours)
                    if (ranked[static_cast<std::size_t>(neighbour)]) {
                        sum += rank[static_cast<std::size_t>(neighbour)];
                        ++count;
                    }
            insertedEntries.emplace_back(count > 0 ? sum / count : 2.0, true, item);
            result.inserted.push_back(item);
        }
        std::sort(insertedEntries.begin(), insertedEntries.end());
        auto &ordered = order.layers[layer];
        ordered.reserve(keptEntries.size() + insertedEntries.size());
        std::size_t k = 0;
        std::size_t n = 0;
        while (k < keptEntries.size() || n < insertedEntries.size()) {
            const bool takeKept = n == insertedEntries.size() || (k < keptEntries.size() && keptEntries[k] < insertedEntries[n]);
            ordered.push_back(std::get<2>(takeKept ? keptEntries[k++] : insertedEntries[n++]));
        }
        for (std::size_t i = 0; i < ordered.size(); ++i) {
            rank[static_cast<std::size_t>(ordered[i])] = (static_cast<double>(i) + 0.5) / static_cast<double>(ordered.size());
            ranked[static_cast<std::size_t>(ordered[i])] = true;
        }
    }
    order.indexAll();
    result.changedLayers = changedLayers(graph, previous, places);
    result.previousTop.assign(graph.items.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < graph.items.size(); ++i)
        if (places.has[i])
            result.previousTop[i] = graph.items[i].isDummy() ? places.y[i] - graph.items[i].height / 2 : places.y[i];
    return result;
}

} // namespace waveplan::layout::detail
