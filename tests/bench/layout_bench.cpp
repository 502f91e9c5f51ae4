/// Times the dependency-map layout (core/layout) on generated plans of 100, 500 and 2,000
/// capabilities (a random DAG with about 1.5 dependencies per capability, columns from a
/// longest-path layering, 4 to 8 columns, and 1 in 10 capabilities with an extra dependency
/// inside its column, as when a chain lands in one wave) and reports crossings of the starting
/// order and of the result, for both ordering heuristics, the arrows' total route length and
/// how many route segments pass through a card (always 0), and how many cards move after a
/// one-card edit.
/// Not a test; see docs/benchmarks.md. Usage: waveplan_bench_layout [--sizes N,N,...] [--seeds K]
/// (default: 100,500,2000 and 5 seeds).

#include "core/layout/map_layout.h"
#include "tests/core/layout/layout_checks.h"
#include "tests/core/layout/random_layered_graph.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

using namespace waveplan;
using namespace waveplan::layout;

namespace {

/// Seconds per call of `work`, repeated until at least 0.3 s have passed (at most 50 calls).
template <typename Work> double secondsPerCall(const Work &work)
{
    int calls = 0;
    const auto t0 = std::chrono::steady_clock::now();
    double elapsed = 0;
    do {
        work();
        ++calls;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    } while (elapsed < 0.3 && calls < 50);
    return elapsed / calls;
}

int bendCount(const MapLayout &map)
{
    int bends = 0;
    for (const EdgeRoute &route : map.edges)
        bends += static_cast<int>(route.bends.size());
    return bends;
}

/// Total length of every arrow's route, in column widths (columnSpacing).
double routeLength(const MapLayout &map)
{
    double length = 0;
    for (const EdgeRoute &route : map.edges)
        for (std::size_t i = 0; i + 1 < route.points.size(); ++i)
            length += std::hypot(route.points[i + 1].first - route.points[i].first,
                                 route.points[i + 1].second - route.points[i].second);
    return length / map.columnSpacing;
}

std::set<std::string> keysOf(const LayoutInput &input)
{
    std::set<std::string> keys;
    for (const auto &node : input.nodes)
        keys.insert(node.key);
    return keys;
}

int rowsChanged(const MapLayout &before, const MapLayout &after)
{
    int changed = 0;
    for (const auto &[key, row] : before.rowOf) {
        const auto found = after.rowOf.find(key);
        changed += found != after.rowOf.end() && found->second != row ? 1 : 0;
    }
    return changed;
}

/// The plan with one more capability in a middle column, with two dependencies from the column
/// before and one to the column after.
LayoutInput withOneMoreCard(const LayoutInput &input)
{
    LayoutInput edited = input;
    std::map<int, std::vector<std::string>> keysOfColumn;
    for (const auto &node : input.nodes)
        keysOfColumn[node.column].push_back(node.key);
    const int column = static_cast<int>(keysOfColumn.size()) / 2;
    edited.nodes.push_back({"NEW", column});
    const auto &before = keysOfColumn[column - 1];
    const auto &after = keysOfColumn[column + 1];
    if (!before.empty()) {
        edited.edges.push_back({before[before.size() / 3], "NEW"});
        edited.edges.push_back({before[before.size() * 2 / 3], "NEW"});
    }
    if (!after.empty())
        edited.edges.push_back({"NEW", after[after.size() / 2]});
    return edited;
}

void run(int n, std::uint64_t seed)
{
    test::LayeredGraphOptions generator;
    generator.nodes = n;
    generator.maxColumns = 4 + static_cast<int>(seed % 5);
    generator.edgesPerNode = 1.5;
    generator.sameColumnChance = 0.1;
    LayoutInput input = test::randomLayeredGraph(seed, generator);
    int columns = 0;
    for (const auto &node : input.nodes)
        columns = std::max(columns, node.column + 1);
    const MapLayout shape = layoutMap(input);
    int layers = 0;
    for (const auto &[column, span] : shape.columns)
        layers += span.layers;
    std::printf("%5d capabilities, %5zu dependencies, %d columns (%d layers), %5d arrow bends (seed %llu)\n", n,
                input.edges.size(), columns, layers, bendCount(shape), static_cast<unsigned long long>(seed));

    for (const auto heuristic : {OrderingHeuristic::Barycenter, OrderingHeuristic::Median}) {
        LayoutOptions options;
        options.heuristic = heuristic;
        MapLayout map;
        const double seconds = secondsPerCall([&] { map = layoutMap(input, options); });
        std::printf("    %-10s layout %8.2f ms   crossings %7d -> %7d (depth-first start)   route length %.0f "
                    "columns, %zu segments through a card\n",
                    heuristic == OrderingHeuristic::Barycenter ? "barycenter" : "median", seconds * 1e3,
                    map.initialCrossings, map.crossings, routeLength(map), routeCollisions(input, map).size());
    }

    const MapLayout randomStart = test::randomArrangement(input, seed, layoutMap(input));
    input.previous = &randomStart;
    MapLayout fromRandom;
    const double randomSeconds = secondsPerCall([&] { fromRandom = layoutMap(input); });
    std::printf("    polish from a random arrangement %8.2f ms   crossings %7d -> %7d\n", randomSeconds * 1e3,
                fromRandom.initialCrossings, fromRandom.crossings);
    input.previous = nullptr;

    const MapLayout before = layoutMap(input);
    LayoutInput edited = withOneMoreCard(input);
    const MapLayout fresh = layoutMap(edited);
    edited.previous = &before;
    MapLayout after;
    const double editSeconds = secondsPerCall([&] { after = layoutMap(edited); });
    const auto old = keysOf(input);
    std::printf("    one card added: re-layout %8.2f ms, crossings %d -> %d; cards out of their previous "
                "relative order %d (%d without the previous layout), rows changed %d\n",
                editSeconds * 1e3, before.crossings, after.crossings, test::movedCards(before, after, old),
                test::movedCards(before, fresh, old), rowsChanged(before, after));
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<int> sizes{100, 500, 2000};
    int seeds = 5; // seeds 1..5 give 5, 6, 7, 8 and 4 columns
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--sizes") {
            sizes.clear();
            std::stringstream in(argv[i + 1]);
            for (std::string item; std::getline(in, item, ',');)
                sizes.push_back(std::atoi(item.c_str()));
        } else if (arg == "--seeds") {
            seeds = std::max(1, std::atoi(argv[i + 1]));
        }
    }
    for (const int n : sizes)
        for (int seed = 1; seed <= seeds; ++seed)
            run(n, static_cast<std::uint64_t>(seed));
    return 0;
}
