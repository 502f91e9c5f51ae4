#pragma once
/// @file csv_formula.h
/// Formula-cell neutralisation ("CSV injection", OWASP): a spreadsheet opening a CSV file runs a
/// cell that starts with '=', '+', '-', '@', a tab or a carriage return as a formula. CsvWriter
/// puts an apostrophe before such a cell, so spreadsheets show it as text; readCsv takes the
/// apostrophe off again, so a plan written to CSV and read back keeps its text exactly.

#include <string>
#include <string_view>

namespace waveplan {

/// True when a spreadsheet could run `text` as a formula: after any leading apostrophes it starts
/// with '=', '+', '-', '@', a tab or a carriage return, and it is not a plain number ("-3.5"
/// stays a number). The apostrophes count so that text which really starts with "'=" survives
/// the round trip: it is written "''=" and read back "'=".
[[nodiscard]] bool runsAsFormula(std::string_view text);

/// `text` with a leading apostrophe when runsAsFormula, else `text` unchanged.
[[nodiscard]] std::string neutraliseFormula(std::string_view text);

/// The inverse of neutraliseFormula: `cell` without its first apostrophe when what follows the
/// apostrophes is '=', '+', '-', '@', a tab or a carriage return; else `cell` unchanged. Also
/// what a person means by typing '=... into a spreadsheet: the text "=...".
[[nodiscard]] std::string_view restoreFormula(std::string_view cell);

} // namespace waveplan
