#pragma once
/// @file team.h
/// A team that does the work: how many people it has and how much change it can absorb.

#include "core/model/ids.h"

#include <map>
#include <optional>
#include <string>

namespace waveplan {

struct Team {
    std::string name;  ///< Unique (case-sensitive), e.g. "Data"; the user may rename it.
    int capacity = 1;  ///< People available on every day, unless a wave overrides it. >= 0
    std::map<int, int> capacityByWave;     ///< 1-based wave -> people, overriding `capacity`.
    /// The go-live limit (what users call the change-load limit): the most go-lives per wave
    /// this team can absorb; empty = no limit. One name for it in model, solver and explanations.
    std::optional<int> goLiveLimit;
    TeamId id = kNoId; ///< Internal identity; never changes (see ids.h). Last, so that
                       ///< brace-initialised teams need not name it.

    /// People available in `wave` (1-based).
    [[nodiscard]] int capacityInWave(int wave) const;

    bool operator==(const Team &) const = default;
};

} // namespace waveplan
