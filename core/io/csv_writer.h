#pragma once
/// @file csv_writer.h
/// Writes CSV the way spreadsheets read it back: comma separated, "\n" line ends, and a cell
/// in double quotes (quotes inside doubled) when its text would otherwise be misread.

#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// True when `text` must be quoted: it holds a comma, a quote, a line break, or starts or ends
/// with a space or tab (readers drop spaces around unquoted cells).
[[nodiscard]] bool csvNeedsQuotes(std::string_view text);

/// `text` as one CSV cell, quoted only when csvNeedsQuotes says so. The text is otherwise kept
/// exactly, including a leading '=', '+', '-' or '@' (see docs/import-export.md).
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
