#pragma once
/// @file value_cells.h
/// The grammar of the one-value cells of a capability, as typed in the table or the inspector
/// and written in capabilities.csv: key, duration, waves, readiness, decimals (value, cost) and
/// dates. Every entry point parses with these functions, so the same text is accepted or refused
/// everywhere with the same words. Surrounding spaces and tabs are ignored.
///
/// `field` names the cell in a message ("earliest_wave must be ..."); callers pass the name the
/// user sees where they typed (the CSV column name in capabilities.csv).

#include "core/model/date.h"
#include "core/model/plan_limits.h"
#include "core/util/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace waveplan {

inline constexpr int kMinReadiness = 1;         ///< not ready
inline constexpr int kMaxReadiness = 5;         ///< ready

/// The rule every key follows, in words, for messages.
[[nodiscard]] std::string_view keyRule();

/// A capability key (see isValidKey); empty and invalid keys are refused.
[[nodiscard]] Result<std::string> parseKeyCell(std::string_view cell, std::string_view field = "key");

/// Whole days from 1 to kMaxDurationDays; an empty cell is refused.
[[nodiscard]] Result<int> parseDurationCell(std::string_view cell,
                                            std::string_view field = "duration_days");

/// An optional wave: empty = none, otherwise a whole number from 1 to kMaxWave.
[[nodiscard]] Result<std::optional<int>> parseWaveCell(std::string_view cell, std::string_view field);

/// An optional readiness score: empty = not assessed, otherwise a whole number from
/// kMinReadiness to kMaxReadiness.
[[nodiscard]] Result<std::optional<int>> parseReadinessCell(std::string_view cell,
                                                            std::string_view field);

/// An optional finite decimal such as 1250 or 1250.5 (no thousands separators, currency signs,
/// "nan" or "inf"); empty = none. What formatOptionalDecimal writes reads back exactly.
[[nodiscard]] Result<std::optional<double>> parseDecimalCell(std::string_view cell,
                                                             std::string_view field);

/// A real calendar day written YYYY-MM-DD; an empty cell is refused.
[[nodiscard]] Result<Date> parseDateCell(std::string_view cell, std::string_view field);

/// Empty for none, otherwise the number.
[[nodiscard]] std::string formatOptionalWhole(const std::optional<int> &value);
/// Empty for none, otherwise the shortest text parseDecimalCell reads back exactly.
[[nodiscard]] std::string formatOptionalDecimal(const std::optional<double> &value);

} // namespace waveplan
