#pragma once
/// @file date.h
/// Calendar dates as ISO 8601 "YYYY-MM-DD", on top of std::chrono's civil calendar.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace waveplan {

using Date = std::chrono::year_month_day;

/// Strict "YYYY-MM-DD" for a real calendar day; nullopt otherwise.
[[nodiscard]] std::optional<Date> parseIsoDate(std::string_view text);
[[nodiscard]] std::string formatIsoDate(Date date);
[[nodiscard]] Date addDays(Date date, int days);

} // namespace waveplan
