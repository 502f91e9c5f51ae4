#pragma once
/// @file plan_comparison.h
/// Two versions of a plan side by side, each with its schedule: what moved, what was added or
/// removed, when each ends, their driving paths, each team's load and go-lives per wave, and
/// cost per wave. What `waveplan compare` prints.

#include "core/schedule/schedule_changes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace waveplan {

struct Plan;
struct Schedule;

/// One team in one wave, in A and in B (zero where that side has no such team or wave).
struct TeamWaveDelta {
    std::string team;
    int wave = 0;
    std::int64_t fromPeopleDaysUsed = 0;
    std::int64_t toPeopleDaysUsed = 0;
    std::int64_t fromPeopleDaysAvailable = 0;
    std::int64_t toPeopleDaysAvailable = 0;
    int fromGoLives = 0;
    int toGoLives = 0;

    [[nodiscard]] bool changed() const
    {
        return fromPeopleDaysUsed != toPeopleDaysUsed || fromPeopleDaysAvailable != toPeopleDaysAvailable
               || fromGoLives != toGoLives;
    }
    bool operator==(const TeamWaveDelta &) const = default;
};

/// The cost of the capabilities that start in a wave (the wave they belong to).
struct WaveCost {
    int wave = 0;
    double cost = 0;
    bool operator==(const WaveCost &) const = default;
};

struct PlanComparison {
    /// Capabilities in both whose wave or start changed, in B's plan order; added and removed
    /// keys; the end days and driving paths of both (from the schedules).
    ScheduleChanges changes;
    std::vector<std::string> fromDrivingPath;
    std::vector<std::string> toDrivingPath;
    /// Every team of either plan and every wave either schedule loads, by team (A's order, then
    /// B's new teams) and wave.
    std::vector<TeamWaveDelta> load;
    /// Waves 1 to the last wave either uses; capabilities without a cost count 0.
    std::vector<WaveCost> fromCostByWave;
    std::vector<WaveCost> toCostByWave;
};

/// Compares A (`from`, scheduled as `fromSchedule`) with B.
[[nodiscard]] PlanComparison comparePlans(const Plan &from, const Schedule &fromSchedule, const Plan &to,
                                          const Schedule &toSchedule);

} // namespace waveplan
