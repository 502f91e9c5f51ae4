#pragma once
/// @file csv_writer.h
/// Writes CSV the way spreadsheets read it back: comma separated, "\n" line ends, a cell in
/// double quotes (quotes inside doubled) when its text would otherwise be misread, and a cell a
/// spreadsheet would run as a formula neutralised (csv_formula.h). Every spreadsheet Waveplan
/// writes goes through CsvWriter, so none can carry a formula from a plan's text.

#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// True when `text` must be quoted: it holds a comma, a quote, a line break, or starts or ends
/// with a space or tab (readers drop spaces around unquoted cells).
[[nodiscard]] bool csvNeedsQuotes(std::string_view text);

/// `text` as one CSV cell: neutralised when it would run as a formula (an apostrophe before it,
/// see neutraliseFormula), then quoted when csvNeedsQuotes says so; otherwise kept exactly.
/// readCsv gives back exactly `text` (see docs/import-export.md).
[[nodiscard]] std::string csvCell(std::string_view text);

/// Builds CSV text one row at a time.
class CsvWriter {
public:
    /// Appends one row of cells, ended by "\n".
    void addRow(const std::vector<std::string> &cells);

    [[nodiscard]] const std::string &text() const { return m_text; }

private:
    std::string m_text;
};

} // namespace waveplan
