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

/// The polyline of edge `e` as (column, y) points from its lower to its higher column, through
/// card centres and the layout's bends (or straight when the layout has none). Empty when the
/// edge is not drawn between columns.
inline std::vector<std::pair<int, double>> arrowPoints(const layout::LayoutInput &input,
                                                        const layout::MapLayout &map, std::size_t e)
{
    std::map<std::string, const layout::LayoutNode *> nodes;
    for (const auto &node : input.nodes)
        nodes.emplace(node.key, &node);
    const auto &edge = input.edges[e];
    const auto from = nodes.find(edge.from);
    const auto to = nodes.find(edge.to);
    if (from == nodes.end() || to == nodes.end() || from->second->column == to->second->column)
        return {};
    const auto centre = [&](const layout::LayoutNode &node) {
        return map.position.at(node.key).second + node.height / 2;
    };
    const int c1 = from->second->column;
    const int c2 = to->second->column;
    const int step = c2 > c1 ? 1 : -1;
    std::vector<std::pair<int, double>> points{{c1, centre(*from->second)}};
    const auto &bends = map.edges.size() == input.edges.size() ? map.edges[e].bends
                                                                : std::vector<std::pair<double, double>>{};
    const int span = std::abs(c2 - c1);
    for (int j = 1; j < span; ++j) {
        const double y = bends.size() == static_cast<std::size_t>(span - 1)
                             ? bends[static_cast<std::size_t>(j - 1)].second
                             : centre(*from->second) + (centre(*to->second) - centre(*from->second)) * j / span;
        points.emplace_back(c1 + j * step, y);
    }
    points.emplace_back(c2, centre(*to->second));
    if (step < 0)
        std::reverse(points.begin(), points.end());
    return points;
}

/// Crossings by checking every pair of segments between the same two columns: O(E^2).
inline int bruteForceCrossings(const layout::LayoutInput &input, const layout::MapLayout &map)
{
    std::map<int, std::vector<std::pair<double, double>>> segmentsAfter; // left column -> (yLeft, yRight)
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        const auto points = arrowPoints(input, map, e);
        for (std::size_t i = 0; i + 1 < points.size(); ++i)
            segmentsAfter[points[i].first].emplace_back(points[i].second, points[i + 1].second);
    }
    int crossings = 0;
    for (const auto &[column, segments] : segmentsAfter)
        for (std::size_t i = 0; i < segments.size(); ++i)
            for (std::size_t j = i + 1; j < segments.size(); ++j)
                if ((segments[i].first - segments[j].first) * (segments[i].second - segments[j].second) < 0)
                    ++crossings;
    return crossings;
}

/// A layout with every card and bend of a column at a random distinct slot: card tops at
/// 3 * slot (height 1 assumed), bends at 3 * slot + 1, so no two centres are equal.
inline layout::MapLayout randomArrangement(const layout::LayoutInput &input, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::map<std::string, int> columnOf;
    for (const auto &node : input.nodes)
        columnOf.emplace(node.key, node.column);
    // Slots to fill per column: cards, then (edge, bend index) pairs.
    std::map<int, std::vector<std::pair<std::string, std::pair<std::size_t, int>>>> slots;
    for (const auto &[key, column] : columnOf)
        slots[column].push_back({key, {0, -1}});
    layout::MapLayout map;
    for (std::size_t e = 0; e < input.edges.size(); ++e) {
        const auto &edge = input.edges[e];
        map.edges.push_back({edge.from, edge.to, {}});
        if (!columnOf.count(edge.from) || !columnOf.count(edge.to))
            continue;
        const int c1 = columnOf[edge.from];
        const int c2 = columnOf[edge.to];
        const int step = c2 > c1 ? 1 : -1;
        for (int j = 1; j < std::abs(c2 - c1); ++j) {
            slots[c1 + j * step].push_back({"", {e, j - 1}});
            map.edges[e].bends.emplace_back(0, 0);
        }
    }
    for (auto &[column, items] : slots) {
        std::vector<int> slot(items.size());
        std::iota(slot.begin(), slot.end(), 0);
        std::shuffle(slot.begin(), slot.end(), engine);
        int row = 0;
        std::vector<std::pair<int, std::string>> cardsBySlot;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const double y = 3.0 * slot[i];
            if (items[i].second.second < 0) {
                map.columnOf[items[i].first] = column;
                map.position[items[i].first] = {column * 4.0, y};
                cardsBySlot.emplace_back(slot[i], items[i].first);
            } else {
                map.edges[items[i].second.first].bends[static_cast<std::size_t>(items[i].second.second)] = {
                    column * 4.0, y + 1};
            }
        }
        std::sort(cardsBySlot.begin(), cardsBySlot.end());
        for (const auto &card : cardsBySlot)
            map.rowOf[card.second] = row++;
    }
    return map;
}

/// How many of `keys` changed place relative to the other `keys` of their column: a card
/// counts as moved when its rank among them differs between the two layouts.
inline int movedCards(const layout::MapLayout &before, const layout::MapLayout &after,
                      const std::set<std::string> &keys)
{
    const auto ranks = [&](const layout::MapLayout &map) {
        std::map<int, std::vector<std::pair<int, std::string>>> byColumn;
        for (const auto &key : keys)
            byColumn[map.columnOf.at(key)].emplace_back(map.rowOf.at(key), key);
        std::map<std::string, std::pair<int, int>> rank; // key -> (column, rank)
        for (auto &[column, cards] : byColumn) {
            std::sort(cards.begin(), cards.end());
            for (std::size_t i = 0; i < cards.size(); ++i)
                rank[cards[i].second] = {column, static_cast<int>(i)};
        }
        return rank;
    };
    const auto a = ranks(before);
    const auto b = ranks(after);
    int moved = 0;
    for (const auto &key : keys)
        moved += a.at(key) != b.at(key) ? 1 : 0;
    return moved;
}

} // namespace waveplan::test
