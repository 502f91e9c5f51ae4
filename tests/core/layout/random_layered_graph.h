#pragma once
// Random but reproducible dependency maps for the layout tests and benchmark: a random DAG
// whose columns come from a longest-path layering, so it looks like a scheduled plan.

#include "core/layout/map_layout.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace waveplan::test {

struct LayeredGraphOptions {
    int nodes = 40;
    int maxColumns = 6;            ///< columns stay in [0, maxColumns)
    double edgesPerNode = 1.5;     ///< mean number of dependencies per capability
    double backEdgeChance = 0;     ///< chance that a dependency is drawn from the later column
    double sameColumnChance = 0;   ///< chance of an extra dependency inside one column
    bool varyHeights = false;      ///< card heights in [0.5, 2.5] instead of 1
};

/// Key of the i-th generated capability: fixed width, so key order is index order.
inline std::string layeredKey(int i)
{
    std::string digits = std::to_string(i);
    return "C" + std::string(digits.size() < 5 ? 5 - digits.size() : 0, '0') + digits;
}

/// Each capability gets a rank in [0, maxColumns) and about `edgesPerNode` predecessors of
/// lower rank (mostly the rank just before); its column is then the length of the longest
/// dependency chain ending at it. Edges only join different columns unless `sameColumnChance`.
inline layout::LayoutInput randomLayeredGraph(std::uint64_t seed, const LayeredGraphOptions &options = {})
{
    std::mt19937_64 engine(seed);
    const auto uniform = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(engine);
    };
    const auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(engine) < p; };

    const int n = options.nodes;
    std::vector<int> rank(static_cast<std::size_t>(n));
    for (int &r : rank)
        r = uniform(0, std::max(0, options.maxColumns - 1));
    std::sort(rank.begin(), rank.end());
    std::vector<std::vector<int>> ofRank(static_cast<std::size_t>(options.maxColumns));
    for (int i = 0; i < n; ++i)
        ofRank[static_cast<std::size_t>(rank[static_cast<std::size_t>(i)])].push_back(i);

    std::vector<std::pair<int, int>> edges;
    // Cards of rank 0 have no predecessors; the others make up for them.
    const double withPredecessors = n - static_cast<double>(ofRank.front().size());
    std::poisson_distribution<int> predecessorCount(
        withPredecessors > 0 ? options.edgesPerNode * n / withPredecessors : 1.0);
    for (int i = 0; i < n; ++i) {
        const int r = rank[static_cast<std::size_t>(i)];
        if (r == 0)
            continue;
        for (int k = predecessorCount(engine); k > 0; --k) {
            const int from = chance(0.7) ? r - 1 : uniform(0, r - 1);
            const auto &pool = ofRank[static_cast<std::size_t>(from)];
            if (!pool.empty())
                edges.emplace_back(pool[static_cast<std::size_t>(uniform(0, static_cast<int>(pool.size()) - 1))], i);
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    // Longest-path layering; edges go from lower to higher index, so one pass suffices.
    std::vector<int> column(static_cast<std::size_t>(n), 0);
    for (const auto &[from, to] : edges)
        column[static_cast<std::size_t>(to)] =
            std::max(column[static_cast<std::size_t>(to)], column[static_cast<std::size_t>(from)] + 1);

    layout::LayoutInput input;
    for (int i = 0; i < n; ++i)
        input.nodes.push_back({layeredKey(i), column[static_cast<std::size_t>(i)],
                               options.varyHeights ? 0.5 + uniform(0, 4) * 0.5 : 1.0});
    for (const auto &[from, to] : edges) {
        if (chance(options.backEdgeChance))
            input.edges.push_back({layeredKey(to), layeredKey(from)});
        else
            input.edges.push_back({layeredKey(from), layeredKey(to)});
    }
    if (options.sameColumnChance > 0)
        for (int i = 0; i + 1 < n; ++i)
            if (column[static_cast<std::size_t>(i)] == column[static_cast<std::size_t>(i) + 1]
                && chance(options.sameColumnChance))
                input.edges.push_back({layeredKey(i), layeredKey(i + 1)});
    return input;
}

} // namespace waveplan::test
