#pragma once
// Independent checks for the layout tests: a brute-force crossing count from the geometry,
// hand-made layouts, and a measure of how much a re-layout moved the cards.

#include "core/layout/map_layout.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace waveplan::test {

/// Index of the layer holding `key`, counting every layer of every column from the left
/// (columns without a span in `map.columns` count one layer).
inline int globalLayer(const layout::MapLayout &map, const std::string &key)
{
    const int column = map.columnOf.at(key);
    int layer = column;
    if (!map.columns.empty()) {
        const int first = map.columns.begin()->first;
        layer = std::min(0, column - first);
        for (int c = first; c < column; ++c)
            layer += map.column(c).layers;
    }
    const auto within = map.layerOf.find(key);
    return layer + (within != map.layerOf.end() ? within->second : 0);
}

/// The polyline of edge `e` as (layer, y) points from its lower to its higher layer, through
/// card centres and the layout's bends (or straight when the layout has none). Empty when the
/// edge is not drawn between layers.
inline std::vector<std::pair<int, double>> arrowPoints(const layout::LayoutInput &input,
                                                        const layout::MapLayout &map, std::size_t e)
{
    std::map<std::string, const layout::LayoutNode *> nodes;
    for (const auto &node : input.nodes)
        nodes.emplace(node.key, &node);
    const auto &edge = input.edges[e];
    const auto from = nodes.find(edge.from);
    const auto to = nodes.find(edge.to);
    if (from == nodes.end() || to == nodes.end())
        return {};
    const int l1 = globalLayer(map, edge.from);
    const int l2 = globalLayer(map, edge.to);
    if (l1 == l2)
        return {};
    const auto centre = [&](const layout::LayoutNode &node) {
        return map.position.at(node.key).second + node.height / 2;
    };
    const int step = l2 > l1 ? 1 : -1;
    std::vector<std::pair<int, double>> points{{l1, centre(*from->second)}};
    const auto &bends = map.edges.size() == input.edges.size() ? map.edges[e].bends
                                                                : std::vector<std::pair<double, double>>{};
    const int span = std::abs(l2 - l1);
    for (int j = 1; j < span; ++j) {
        const double y = bends.size() == static_cast<std::size_t>(span - 1)
                             ? bends[static_cast<std::size_t>(j - 1)].second
                             : centre(*from->second) + (centre(*to->second) - centre(*from->second)) * j / span;
        points.emplace_back(l1 + j * step, y);
    }
    points.emplace_back(l2, centre(*to->second));
    if (step < 0)
        std::reverse(points.begin(), points.end());
    return points;
}

/// Crossings by checking every pair of segments between the same two layers: O(E^2).
inline int bruteForceCrossings(const layout::LayoutInput &input, const layout::MapLayout &map)
{
    std::map<int, std::vector<std::pair<double, double>>> segmentsAfter; // left layer -> (yLeft, yRight)
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        const auto points = arrowPoints(input, map, e);
        for (std::size_t i = 0; i + 1 < points.size(); ++i)
            segmentsAfter[points[i].first].emplace_back(points[i].second, points[i + 1].second);
    }
    int crossings = 0;
    for (const auto &[layer, segments] : segmentsAfter)
        for (std::size_t i = 0; i < segments.size(); ++i)
            for (std::size_t j = i + 1; j < segments.size(); ++j)
                if ((segments[i].first - segments[j].first) * (segments[i].second - segments[j].second) < 0)
                    ++crossings;
    return crossings;
}

/// A layout with every card and bend of a layer at a random distinct slot: card tops at
/// 3 * slot (height 1 assumed), bends at 3 * slot + 1, so no two centres are equal. The layers
/// (which cards share a column with their predecessors) are taken from `layers`, a layout of
/// the same input.
inline layout::MapLayout randomArrangement(const layout::LayoutInput &input, std::uint64_t seed,
                                           const layout::MapLayout &layers)
{
    std::mt19937_64 engine(seed);
    layout::MapLayout map;
    map.columns = layers.columns;
    map.columnOf = layers.columnOf;
    map.layerOf = layers.layerOf;
    // Slots to fill per layer: cards, then (edge, bend index) pairs.
    std::map<int, std::vector<std::pair<std::string, std::pair<std::size_t, int>>>> slots;
    for (const auto &[key, column] : map.columnOf)
        slots[globalLayer(map, key)].push_back({key, {0, -1}});
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        const auto &edge = input.edges[e];
        map.edges.push_back({edge.from, edge.to, {}, {}});
        if (!map.columnOf.count(edge.from) || !map.columnOf.count(edge.to))
            continue;
        const int l1 = globalLayer(map, edge.from);
        const int l2 = globalLayer(map, edge.to);
        const int step = l2 > l1 ? 1 : -1;
        for (int j = 1; j < std::abs(l2 - l1); ++j) {
            slots[l1 + j * step].push_back({"", {e, j - 1}});
            map.edges[e].bends.emplace_back(0, 0);
        }
    }
    for (auto &[layer, items] : slots) {
        std::vector<int> slot(items.size());
        std::iota(slot.begin(), slot.end(), 0);
        std::shuffle(slot.begin(), slot.end(), engine);
        int row = 0;
        std::vector<std::pair<int, std::string>> cardsBySlot;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const double y = 3.0 * slot[i];
            if (items[i].second.second < 0) {
                map.position[items[i].first] = {layer * 4.0, y};
                cardsBySlot.emplace_back(slot[i], items[i].first);
            } else {
                map.edges[items[i].second.first].bends[static_cast<std::size_t>(items[i].second.second)] = {
                    layer * 4.0, y + 1};
            }
        }
        std::sort(cardsBySlot.begin(), cardsBySlot.end());
        for (const auto &card : cardsBySlot)
            map.rowOf[card.second] = row++;
    }
    return map;
}

/// How many of `keys` changed place: a card counts as moved when its layer (column and layer
/// within it) differs between the two layouts, or when its rank among the `keys` that stay in
/// that same layer in both differs (one card leaving a layer moves no other).
inline int movedCards(const layout::MapLayout &before, const layout::MapLayout &after,
                      const std::set<std::string> &keys)
{
    using Layer = std::pair<int, int>;
    const auto layerOf = [](const layout::MapLayout &map, const std::string &key) {
        const auto layer = map.layerOf.find(key);
        return Layer{map.columnOf.at(key), layer != map.layerOf.end() ? layer->second : 0};
    };
    int moved = 0;
    std::set<std::string> stayed;
    for (const auto &key : keys) {
        if (layerOf(before, key) == layerOf(after, key))
            stayed.insert(key);
        else
            ++moved;
    }
    const auto ranks = [&](const layout::MapLayout &map) {
        std::map<Layer, std::vector<std::pair<int, std::string>>> byLayer;
        for (const auto &key : stayed)
            byLayer[layerOf(map, key)].emplace_back(map.rowOf.at(key), key);
        std::map<std::string, int> rank;
        for (auto &[layer, cards] : byLayer) {
            std::sort(cards.begin(), cards.end());
            for (std::size_t i = 0; i < cards.size(); ++i)
                rank[cards[i].second] = static_cast<int>(i);
        }
        return rank;
    };
    const auto a = ranks(before);
    const auto b = ranks(after);
    for (const auto &key : stayed)
        moved += a.at(key) != b.at(key) ? 1 : 0;
    return moved;
}

} // namespace waveplan::test
