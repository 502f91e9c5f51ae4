#pragma once
/// @file roadmap_plan.h
/// The generated roadmaps the plan-level benchmarks schedule: 5 teams, 5-60 day capabilities on
/// one team each (1-3 people), up to 3 predecessors each among the previous few, 40%
/// foundational, horizon 8 waves. Deterministic per size, seed and shape.

#include "core/model/plan.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>

namespace waveplan::bench {

/// What the benchmarks vary.
struct RoadmapShape {
    int teamCapacity = 4;                 ///< people in each team
    int predecessorWindow = 200;          ///< predecessors come from the previous this many
    std::optional<int> firstTeamGoLiveLimit; ///< a go-live limit on "Team 1" only
    bool ownersAndKpis = true;            ///< every capability has an owner and a KPI
};

inline Plan roadmap(int size, std::uint64_t seed, const RoadmapShape &shape)
{
    std::mt19937_64 rng(seed);
    auto pick = [&](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1)); };
    Plan plan;
    plan.name = "Generated roadmap";
    plan.horizonWaves = 8;
    for (int t = 0; t < 5; ++t)
        plan.teams.push_back({"Team " + std::to_string(t + 1), shape.teamCapacity, {},
                              t == 0 ? shape.firstTeamGoLiveLimit : std::nullopt});
    plan.capabilities.reserve(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i + 1);
        c.name = "Capability " + std::to_string(i + 1);
        c.kind = pick(0, 9) < 4 ? CapabilityKind::Foundational : CapabilityKind::Additive;
        c.durationDays = pick(5, 60);
        c.demand.push_back({plan.teams[static_cast<std::size_t>(pick(0, 4))].name, pick(1, 3)});
        if (shape.ownersAndKpis) {
            c.owner = "Owner";
            c.kpi = "KPI";
        }
        plan.capabilities.push_back(std::move(c));
        const int predecessors = i == 0 ? 0 : pick(0, 3);
        for (int p = 0; p < predecessors; ++p) {
            const int from = std::max(0, i - pick(1, shape.predecessorWindow));
            const std::string &key = plan.capabilities[static_cast<std::size_t>(from)].key;
            // This capability's dependencies are the last ones added.
            bool duplicate = false;
            for (std::size_t d = plan.dependencies.size();
                 d-- > 0 && plan.dependencies[d].successor == plan.capabilities.back().key;)
                duplicate = duplicate || plan.dependencies[d].predecessor == key;
            if (!duplicate)
                plan.dependencies.push_back({key, plan.capabilities.back().key, 0});
        }
    }
    return plan;
}

} // namespace waveplan::bench
