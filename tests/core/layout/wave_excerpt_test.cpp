// One wave's part of the map on generated plans: the wave's capabilities as cards, a stub for
// exactly each capability of another wave linked to them (or for each such wave, grouped), an
// edge per dependency with a card at one end, and no route through a card.

#include "core/layout/wave_excerpt.h"

#include "core/schedule/schedule.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

using namespace waveplan;

namespace {

Schedule scheduled(const Plan &plan)
{
    ScheduleOptions options;
    options.budgetSchedules = 20;
    return computeSchedule(plan, options);
}

int lastWave(const Schedule &schedule)
{
    int last = 0;
    for (const ScheduledCapability &s : schedule.capabilities)
        last = std::max(last, s.wave);
    return last;
}

ExcerptSizes sizes(bool grouped)
{
    ExcerptSizes s;
    s.cardHeight = 1;
    s.stubHeight = 0.5;
    if (grouped)
        s.groupHeight = [](const ExcerptItem &stub) { return 0.5 + 0.1 * static_cast<double>(stub.capabilities.size()); };
    return s;
}

} // namespace

TEST(WaveExcerpt, CardsAreTheWavesCapabilitiesAndStubsExactlyTheirNeighboursInOtherWaves)
{
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        SCOPED_TRACE(seed);
        test::GeneratorOptions options;
        options.capabilities = 40;
        options.teams = 3;
        options.dependencyDensity = 0.1;
        const Plan plan = test::generatePlan(seed, options);
        const Schedule schedule = scheduled(plan);
        ASSERT_EQ(schedule.capabilities.size(), plan.capabilities.size());
        std::map<std::string, int> waveOf;
        for (const ScheduledCapability &s : schedule.capabilities)
            waveOf[s.key] = s.wave;
        for (int wave = 1; wave <= lastWave(schedule); ++wave) {
            SCOPED_TRACE(wave);
            const WaveExcerpt e = waveExcerpt(plan, schedule, wave, sizes(false));
            std::set<std::string> cards, before, after;
            for (const ExcerptItem &i : e.items) {
                const std::string &key = plan.capabilities[static_cast<std::size_t>(i.capability)].key;
                EXPECT_EQ(i.wave, waveOf[key]);
                (i.role == ExcerptRole::Card ? cards : i.role == ExcerptRole::Before ? before : after).insert(key);
            }
            std::set<std::string> expectedCards, expectedBefore, expectedAfter;
            for (const ScheduledCapability &s : schedule.capabilities)
                if (s.wave == wave)
                    expectedCards.insert(s.key);
            std::size_t touching = 0;
            for (const Dependency &d : plan.dependencies) {
                const bool from = waveOf[d.predecessor] == wave;
                const bool to = waveOf[d.successor] == wave;
                if (!from && !to)
                    continue;
                ++touching;
                for (const std::string &other : {d.predecessor, d.successor})
                    if (waveOf[other] != wave)
                        (waveOf[other] < wave ? expectedBefore : expectedAfter).insert(other);
            }
            EXPECT_EQ(cards, expectedCards);
            EXPECT_EQ(before, expectedBefore);
            EXPECT_EQ(after, expectedAfter);
            if (cards.empty()) {
                EXPECT_TRUE(e.items.empty());
                continue;
            }
            // An edge per dependency touching the wave, each laid out with a route.
            ASSERT_EQ(e.input.edges.size(), touching);
            ASSERT_EQ(e.dependencyOf.size(), touching);
            for (std::size_t k = 0; k < e.input.edges.size(); ++k) {
                const Dependency &d = plan.dependencies[static_cast<std::size_t>(e.dependencyOf[k])];
                const ExcerptItem *from = e.item(e.input.edges[k].from);
                const ExcerptItem *to = e.item(e.input.edges[k].to);
                ASSERT_NE(from, nullptr);
                ASSERT_NE(to, nullptr);
                EXPECT_EQ(plan.capabilities[static_cast<std::size_t>(from->capability)].key, d.predecessor);
                EXPECT_EQ(plan.capabilities[static_cast<std::size_t>(to->capability)].key, d.successor);
                EXPECT_GE(e.layout.edges[k].points.size(), 2u);
            }
            EXPECT_TRUE(layout::routeCollisions(e.input, e.layout).empty()) << "an arrow passes through a card";
            // Stubs of earlier waves sit left of every card, later ones right.
            for (const ExcerptItem &i : e.items) {
                const double x = e.layout.position.at(i.layoutKey).first;
                for (const ExcerptItem &c : e.items) {
                    if (c.role != ExcerptRole::Card)
                        continue;
                    const double cx = e.layout.position.at(c.layoutKey).first;
                    if (i.role == ExcerptRole::Before) {
                        EXPECT_LT(x, cx);
                    }
                    if (i.role == ExcerptRole::After) {
                        EXPECT_GT(x, cx);
                    }
                }
            }
        }
    }
}

TEST(WaveExcerpt, GroupedStubsStandForEachOtherWaveWithOneEdgePerCardAndStub)
{
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        SCOPED_TRACE(seed);
        test::GeneratorOptions options;
        options.capabilities = 50;
        options.dependencyDensity = 0.12;
        const Plan plan = test::generatePlan(seed, options);
        const Schedule schedule = scheduled(plan);
        std::map<std::string, int> waveOf;
        for (const ScheduledCapability &s : schedule.capabilities)
            waveOf[s.key] = s.wave;
        for (int wave = 1; wave <= lastWave(schedule); ++wave) {
            SCOPED_TRACE(wave);
            const WaveExcerpt single = waveExcerpt(plan, schedule, wave, sizes(false));
            const WaveExcerpt grouped = waveExcerpt(plan, schedule, wave, sizes(true));
            // The capabilities the single stubs name, by side and wave, are the grouped stubs' members.
            std::map<std::pair<ExcerptRole, int>, std::set<int>> expected;
            for (const ExcerptItem &i : single.items)
                if (i.role != ExcerptRole::Card)
                    expected[{i.role, i.wave}].insert(i.capability);
            std::map<std::pair<ExcerptRole, int>, std::set<int>> got;
            for (std::size_t n = 0; n < grouped.items.size(); ++n) {
                const ExcerptItem &i = grouped.items[n];
                if (i.role == ExcerptRole::Card)
                    continue;
                EXPECT_EQ(i.capability, -1);
                EXPECT_TRUE(got.find({i.role, i.wave}) == got.end()) << "two stubs for wave " << i.wave;
                got[{i.role, i.wave}] = std::set<int>(i.capabilities.begin(), i.capabilities.end());
                EXPECT_DOUBLE_EQ(grouped.input.nodes[n].height, 0.5 + 0.1 * static_cast<double>(i.capabilities.size()));
            }
            EXPECT_EQ(got, expected);
            // One edge per (card, stub) pair joined by any dependency, and every pair present.
            std::set<std::pair<std::string, std::string>> pairs;
            for (const layout::LayoutEdge &edge : grouped.input.edges)
                EXPECT_TRUE(pairs.insert({edge.from, edge.to}).second) << edge.from << " -> " << edge.to << " twice";
            for (const layout::LayoutEdge &edge : single.input.edges) {
                const auto side = [&](const std::string &key) {
                    const ExcerptItem *i = single.item(key);
                    return i->role == ExcerptRole::Card ? key
                                                        : std::string(i->role == ExcerptRole::Before ? "<" : ">") +
                                                              std::to_string(i->wave);
                };
                EXPECT_TRUE(pairs.count({side(edge.from), side(edge.to)})) << edge.from << " -> " << edge.to;
            }
            EXPECT_TRUE(layout::routeCollisions(grouped.input, grouped.layout).empty());
        }
    }
}

TEST(WaveExcerpt, NoScheduleOrAnEmptyWaveGivesNothing)
{
    const Plan plan = test::generatePlan(3);
    EXPECT_TRUE(waveExcerpt(plan, Schedule{}, 1).items.empty());
    const Schedule schedule = scheduled(plan);
    EXPECT_TRUE(waveExcerpt(plan, schedule, lastWave(schedule) + 1).items.empty());
    EXPECT_TRUE(waveExcerpt(plan, schedule, 0).items.empty());
}
