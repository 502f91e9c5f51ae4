#pragma once
/// @file csv_reader.h
/// Splits CSV text into records of fields, remembering where each field starts in the file so
/// that every later error can point at a line and column. The tokenizing is libcsv's (strict
/// mode); this layer adds positions, BOM handling and UTF-8 checking.

#include "core/util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// One cell as written in the file.
struct CsvField {
    /// Unquoted and unescaped; spaces around an unquoted cell are dropped, and so is the
    /// apostrophe that neutralises a formula (csv_formula.h: "'=SUM(A1)" reads "=SUM(A1)").
    std::string text;
    int line = 0;     ///< 1-based line where the cell starts.
    int column = 0;   ///< 1-based column (in characters, not bytes) where the cell starts.
    bool operator==(const CsvField &) const = default;
};

/// One row. A quoted cell may hold line breaks, so a record can span several lines:
/// `line` is where it starts.
struct CsvRecord {
    std::vector<CsvField> fields;
    int line = 0;

    /// True when every field is empty (such rows are skipped by the importers).
    [[nodiscard]] bool isBlank() const;
};

/// Reads all records of `text`.
///
/// - A UTF-8 byte order mark at the very start is skipped; it does not count as a column.
/// - Lines end with "\n" or "\r\n" (a lone "\r" also ends a line). Inside a quoted cell the
///   line break is kept as written.
/// - Lines that hold nothing at all produce no record; a line of only commas produces a
///   record of empty fields (see CsvRecord::isBlank).
/// - Columns count Unicode characters, so "é" is one column, a tab is one column.
///
/// Errors, each with `fileName`, line and column: invalid UTF-8 (one error per line that holds
/// it, then reading stops), a quote inside an unquoted cell or text after a closing quote, and a
/// quoted cell that is never closed. On error no records are returned.
[[nodiscard]] Result<std::vector<CsvRecord>> readCsv(std::string_view text,
                                                     std::string_view fileName);

} // namespace waveplan
