#pragma once
/// @file plan_limits.h
/// The range of every number and the length of every text a plan may hold: what a real plan
/// needs, with room to spare, and small enough that no day arithmetic can overflow and no
/// computation grows with the numbers rather than the plan. structuralErrors() enforces them,
/// so every entry (the table and inspector, CSV, JSON, .waveplan files, the command line) and
/// every save refuses the same values; the readers also say where the value is. The table in
/// docs/file-format.md, "Limits", lists them.

#include <cstddef>

namespace waveplan {

inline constexpr int kMaxDurationDays = 100000;   ///< longest capability: about 270 years
inline constexpr int kMaxLagDays = 100000;        ///< longest wait after a predecessor
inline constexpr int kMaxWave = 999;              ///< highest earliest, deadline, pinned or capacity wave
inline constexpr int kMaxWaveLengthDays = 3660;   ///< ten years
inline constexpr int kMaxHorizonWaves = kMaxWave;
inline constexpr int kMaxPeople = 100000;         ///< a team's capacity, in any wave; one demand
inline constexpr int kMaxGoLivesPerWave = 100000; ///< a team's change-load limit
inline constexpr double kMaxMoney = 1e15;         ///< value and cost, either sign
inline constexpr int kMinStartYear = 1900;
inline constexpr int kMaxStartYear = 2200;
/// Every duration and lag of the plan added up: so a path through all of them still fits.
inline constexpr long long kMaxTotalDays = 50'000'000;
inline constexpr std::size_t kMaxNameLength = 1000;  ///< capability, team and plan names (bytes)
inline constexpr std::size_t kMaxTextLength = 10000; ///< owner, KPI, retires
inline constexpr std::size_t kMaxNotesLength = 100000;

/// How many of each a plan may hold: twice the largest portfolio Waveplan is measured on
/// (docs/benchmarks.md), so a file cannot ask for more work or memory than that.
inline constexpr std::size_t kMaxCapabilities = 200000;
inline constexpr std::size_t kMaxDependencies = 1000000;
inline constexpr std::size_t kMaxTeams = 1000;
/// Holidays of a working calendar: forty years of public holidays and closures.
inline constexpr std::size_t kMaxHolidays = 1000;

} // namespace waveplan
