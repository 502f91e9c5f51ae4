#pragma once
/// @file load_status.h
/// How alarming a team's load in a wave is: the one rule behind the capacity view's markers,
/// the report's capacity table and the over-commitment warning.

#include "core/schedule/schedule.h"

#include <cstdint>
#include <optional>
#include <string>

namespace waveplan {

/// Ordered from calm to alarming, so the worse of two is their maximum.
enum class LoadStatus {
    Normal,
    NearFull, ///< kNearFullPercent or more of the people-days, or go-lives at the limit
    Over,     ///< more people-days than available, or more go-lives than the limit
};

/// People-days used at or above this share of those available are near full.
inline constexpr int kNearFullPercent = 85;

/// People-days `used` against `available`: over when above (so any use of a team with none
/// available is over), near full from kNearFullPercent.
[[nodiscard]] LoadStatus peopleDaysStatus(std::int64_t used, std::int64_t available);

/// Go-lives against the team's optional limit: over above it, near full at it (when at least
/// one), normal below it or with no limit.
[[nodiscard]] LoadStatus goLiveStatus(int goLives, std::optional<int> limit);

/// The worse of the people-days and the go-live status of one team in one wave.
[[nodiscard]] LoadStatus loadStatus(const TeamWaveLoad &load);

/// The flags of one team in one wave in the capacity view's words, joined by "; ": "over
/// capacity" or "near full", then "go-lives over the limit" or "go-lives at the limit"; empty
/// when the load is normal. The Excel workbook and the report say them so, beside the colour.
[[nodiscard]] std::string loadFlagsText(const TeamWaveLoad &load);

} // namespace waveplan
