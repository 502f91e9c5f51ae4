#pragma once
/// @file text.h
/// Plain-text helpers for reading what users type or write in files: trimming, strict whole
/// numbers and decimals, lists, and quoting a piece of text in a message. Used by the cell
/// grammar (core/model/cells) and the CSV importers.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan::text {

/// `text` without spaces and tabs at either end.
[[nodiscard]] std::string_view trim(std::string_view text);

/// ASCII lower case (column names and keywords are ASCII).
[[nodiscard]] std::string toLower(std::string_view text);

/// A whole number written with digits only and an optional leading '-', nothing else
/// ("12abc", "1.0", "+3", " 4" and numbers beyond int are rejected).
[[nodiscard]] std::optional<int> parseWholeNumber(std::string_view text);

/// A finite decimal such as "1250", "-3.5" or "1e6" ("1,200", "12abc", "nan", "inf" are
/// rejected). Parsed with std::from_chars, so what std::to_chars writes reads back exactly.
[[nodiscard]] std::optional<double> parseDecimal(std::string_view text);

/// Shortest text that parseDecimal reads back as exactly `value`.
[[nodiscard]] std::string formatDecimal(double value);

/// Splits at `separator`, trims each item and leaves out empty ones ("A; B;" -> A, B).
[[nodiscard]] std::vector<std::string_view> splitList(std::string_view text, char separator);

/// `text` in double quotes for an error message; line breaks shown as spaces and long text cut
/// short with "...", so one message stays on one line.
[[nodiscard]] std::string quoted(std::string_view text);

/// "UTF-16 (little-endian)", "UTF-32 (big-endian)"...: the wide encoding `bytes` are in,
/// judged by a byte-order mark or by the zero bytes of ASCII text in it; nullopt for UTF-8 and
/// anything else.
[[nodiscard]] std::optional<std::string> wideEncodingOf(std::string_view bytes);

/// Levenshtein distance over bytes; for "did you mean" hints.
[[nodiscard]] size_t editDistance(std::string_view a, std::string_view b);

} // namespace waveplan::text
