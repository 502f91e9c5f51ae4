// Routed arrows on the plans people actually see: the bundled sample and generated plans laid
// out by wave, as the map lays them out. No arrow may pass through a card it does not join.

#include "core/io/capabilities_csv.h"
#include "core/layout/map_layout.h"
#include "core/schedule/schedule.h"
#include "layout/layout_checks.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

using namespace waveplan;
using namespace waveplan::layout;

namespace {

/// The map's input for a scheduled plan: one card per capability in its wave's column, one
/// arrow per dependency (what MapScene::relayout feeds the layout, card size as on screen).
LayoutInput mapInput(const Plan &plan, const Schedule &schedule)
{
    LayoutInput input;
    for (const ScheduledCapability &entry : schedule.capabilities)
        input.nodes.push_back({entry.key, entry.wave - 1, 96});
    for (const Dependency &dependency : plan.dependencies)
        input.edges.push_back({dependency.predecessor, dependency.successor});
    return input;
}

LayoutOptions screenOptions()
{
    LayoutOptions options;
    options.cardWidth = 220;
    options.columnSpacing = 330;
    options.layerSpacing = 290;
    options.rowSpacing = 30;
    options.bendHeight = 14;
    options.bendSpacing = 4;
    options.maxCardsPerLayer = 8; // as the map sets it for plans of up to 40 or so
    return options;
}

void expectNoArrowThroughACard(const LayoutInput &input, const MapLayout &map, const std::string &what)
{
    for (const RouteCollision &hit : routeCollisions(input, map))
        ADD_FAILURE() << what << ": the arrow " << input.edges[hit.edge].from << " -> " << input.edges[hit.edge].to
                      << " passes through " << hit.card;
    // Every dependency is drawn, with a route that ends on its own two cards.
    for (std::size_t e = 0; e < input.edges.size(); ++e)
        EXPECT_FALSE(map.edges[e].points.empty()) << what << ": " << input.edges[e].from << " -> " << input.edges[e].to;
}

} // namespace

TEST(MapRoutes, SamplePlanArrowsPassNoCard)
{
    const std::filesystem::path sample(WAVEPLAN_SAMPLE_DIR);
    const auto plan = importPlanFromCsvFiles(sample / "capabilities.csv", sample / "teams.csv");
    ASSERT_TRUE(plan.ok()) << plan.errorText();
    const Schedule schedule = computeSchedule(*plan);
    const LayoutInput input = mapInput(*plan, schedule);

    const MapLayout map = layoutMap(input, screenOptions());

    expectNoArrowThroughACard(input, map, "sample");
    // The sample has dependencies inside one wave: their cards sit in successive layers.
    int sameWave = 0;
    for (const LayoutEdge &edge : input.edges) {
        if (map.columnOf.at(edge.from) != map.columnOf.at(edge.to))
            continue;
        ++sameWave;
        EXPECT_LT(map.layerOf.at(edge.from), map.layerOf.at(edge.to)) << edge.from << " -> " << edge.to;
    }
    EXPECT_GT(sameWave, 0);
}

TEST(MapRoutes, GeneratedPlansArrowsPassNoCardAndRunLeftToRight)
{
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        test::GeneratorOptions options;
        options.capabilities = 20 + static_cast<int>(seed * 4);
        options.dependencyDensity = 0.06;
        const Plan plan = test::generatePlan(seed, options);
        ScheduleOptions first;
        first.firstScheduleOnly = true; // the layout only needs some feasible waves
        const Schedule schedule = computeSchedule(plan, first);
        const LayoutInput input = mapInput(plan, schedule);

        const MapLayout map = layoutMap(input, screenOptions());

        expectNoArrowThroughACard(input, map, "seed " + std::to_string(seed));
        // A successor starts after its predecessor, so every arrow points right.
        for (std::size_t e = 0; e < input.edges.size(); ++e) {
            const auto &points = map.edges[e].points;
            if (!points.empty()) {
                EXPECT_LT(points.front().first, points.back().first) << "seed " << seed;
            }
        }
    }
}

TEST(MapRoutes, CollisionCheckFindsAnArrowThroughACard)
{
    // Three cards in a row in one column; a hand-made straight route from the top one to the
    // bottom one crosses the middle one, as v0.1 drew arrows inside a wave.
    LayoutInput input;
    input.nodes = {{"A", 0}, {"B", 0}, {"C", 0}};
    input.edges = {{"A", "C"}};
    MapLayout map;
    map.cardWidth = 2;
    map.position = {{"A", {0, 0}}, {"B", {0, 2}}, {"C", {0, 4}}};
    map.edges = {{"A", "C", {}, {{1, 1}, {1, 4}}}};

    const auto hits = routeCollisions(input, map);

    ASSERT_EQ(hits.size(), 1U);
    EXPECT_EQ(hits.front().card, "B");
    EXPECT_EQ(hits.front().edge, 0U);
    // Touching a card's edge is not passing through it.
    map.edges = {{"A", "C", {}, {{2, 1}, {2, 5}}}};
    EXPECT_TRUE(routeCollisions(input, map).empty());
}
