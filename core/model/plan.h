#pragma once
/// @file plan.h
/// The plan: the single source of truth a user edits. A plain value: copy it, compare it,
/// hand a snapshot to the scheduler. The schedule is computed from it and never stored in it.

#include "core/model/baseline.h"
#include "core/model/capability.h"
#include "core/model/date.h"
#include "core/model/dependency.h"
#include "core/model/team.h"
#include "core/model/wave_grid.h"

#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

class PlanIndex;

struct Plan {
    static constexpr int kDefaultWaveLengthDays = 90;
    static constexpr int kDefaultHorizonWaves = 4;

    std::string name = "Untitled plan";
    Date startDate{std::chrono::year{2027}, std::chrono::January, std::chrono::day{4}};
    int waveLengthDays = kDefaultWaveLengthDays; ///< > 0
    int horizonWaves = kDefaultHorizonWaves;     ///< > 0; year one = 4 waves of 90 days.
    bool allowSpan = true; ///< false = "no-span": a capability must start and finish in one wave.
    std::vector<Team> teams;
    std::vector<Capability> capabilities;
    std::vector<Dependency> dependencies;
    /// Frozen schedules to measure the plan against, in the order they were frozen. They do not
    /// change the schedule: see baseline.h.
    std::vector<Baseline> baselines;

    bool operator==(const Plan &) const = default;

    [[nodiscard]] const Capability *findCapability(std::string_view key) const;
    [[nodiscard]] Capability *findCapability(std::string_view key);
    [[nodiscard]] const Team *findTeam(std::string_view name) const;
    [[nodiscard]] Team *findTeam(std::string_view name);
    /// Index into `capabilities`, or -1.
    [[nodiscard]] int indexOfCapability(std::string_view key) const;
    /// The capability with internal id `id` (never kNoId), or null.
    [[nodiscard]] const Capability *findCapabilityById(CapabilityId id) const;
    /// The baseline named `name`, or null.
    [[nodiscard]] const Baseline *findBaseline(std::string_view name) const;
    /// Dependencies whose successor is `key`, in plan order.
    [[nodiscard]] std::vector<const Dependency *> predecessorsOf(std::string_view key) const;
    /// Dependencies whose predecessor is `key`, in plan order.
    [[nodiscard]] std::vector<const Dependency *> successorsOf(std::string_view key) const;
};

/// The id the next capability (team) entering `plan` gets: one above the highest in use.
[[nodiscard]] CapabilityId nextCapabilityId(const Plan &plan);
[[nodiscard]] TeamId nextTeamId(const Plan &plan);
/// Gives every capability and team without an id (kNoId) the next free one, in plan order.
/// Ids already given are kept. See ids.h.
void assignMissingIds(Plan &plan);
/// `plan` with every id it lacks assigned.
[[nodiscard]] Plan withIds(Plan plan);

/// 1-based wave that holds `day` (day 0 = plan start) when every wave is `waveLengthDays` long;
/// days before 0 are in wave 1. A plan's waves: waveGrid(plan).
[[nodiscard]] int waveOfDay(int day, int waveLengthDays);
/// First day of `wave` (1-based) when every wave is `waveLengthDays` long.
[[nodiscard]] int firstDayOfWave(int wave, int waveLengthDays);
/// Where each of the plan's waves begins, in plan days. Build it once per pass over the plan,
/// not once per capability: with a working calendar it is a table.
[[nodiscard]] WaveGrid waveGrid(const Plan &plan);

/// Structural integrity, the rules every stored or imported plan obeys: valid, unique keys;
/// ids (where given) positive and unique among capabilities and among teams;
/// unique team names; durations > 0; capacities >= 0; dependencies between existing,
/// distinct capabilities, no duplicate dependency, lags >= 0; demand only on existing teams,
/// people > 0 and one entry per team; waves >= 1; readiness 1..5; plan settings > 0;
/// baselines named uniquely and whole (baselineErrors).
/// Scheduling problems (cycles, capacity clashes) are not structural: see validate/.
[[nodiscard]] std::vector<std::string> structuralErrors(const Plan &plan);
/// The same, reusing an index of the plan that the caller has built anyway.
[[nodiscard]] std::vector<std::string> structuralErrors(const Plan &plan, const PlanIndex &index);

} // namespace waveplan
