#pragma once
/// @file team.h
/// A team that does the work: how many people it has and how much change it can absorb.

#include <map>
#include <optional>
#include <string>

namespace waveplan {

struct Team {
    std::string name;  ///< Unique (case-sensitive), e.g. "Data".
    int capacity = 1;  ///< People available on every day, unless a wave overrides it. >= 0
    std::map<int, int> capacityByWave;     ///< 1-based wave -> people, overriding `capacity`.
    std::optional<int> maxChangesPerWave;  ///< Most go-lives per wave; empty = no limit.

    /// People available in `wave` (1-based).
    [[nodiscard]] int capacityInWave(int wave) const;

    bool operator==(const Team &) const = default;
};

} // namespace waveplan
