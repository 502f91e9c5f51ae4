#pragma once
/// @file csv_row.h
/// Reads the cells of one data row by column name and reports bad values with the cell's
/// line and column. Shared by the capabilities and teams importers.

#include "core/io/csv_errors.h"
#include "core/io/csv_header.h"
#include "core/io/csv_reader.h"
#include "core/util/result.h"

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace waveplan {

class CsvRow {
public:
    CsvRow(const CsvRecord &record, const CsvHeader &header, std::string_view fileName,
           CsvErrorList &errors)
        : m_record(record), m_header(header), m_fileName(fileName), m_errors(errors)
    {
    }

    [[nodiscard]] int line() const { return m_record.line; }
    /// The cell in `column`, or nullptr when the file has no such column.
    [[nodiscard]] const CsvField *cell(std::string_view column) const;
    /// The cell's text as written (quoted text exactly, unquoted text trimmed); empty when the
    /// file has no such column.
    [[nodiscard]] std::string text(std::string_view column) const;
    /// The cell's text with spaces and tabs around it removed.
    [[nodiscard]] std::string_view trimmed(std::string_view column) const;

    /// Reports `message` at the cell in `column` (at the row's start when there is no such cell).
    void error(std::string_view column, std::string message) const;
    /// Reports "<column> must be <expected>, got "<text>"".
    void invalid(std::string_view column, std::string_view expected) const;
    /// Reports "<column> is empty; expected <expected>".
    void empty(std::string_view column, std::string_view expected) const;

    /// A whole number in [min, max] from an optional cell: nullopt when the cell is empty
    /// (not set) or its value is bad (reported, with `expected` describing a good value).
    [[nodiscard]] std::optional<int> optionalWhole(std::string_view column, int min,
                                                   std::string_view expected,
                                                   int max = std::numeric_limits<int>::max()) const;
    /// As optionalWhole, but an empty cell is an error too.
    [[nodiscard]] std::optional<int> requiredWhole(std::string_view column, int min,
                                                   std::string_view expected,
                                                   int max = std::numeric_limits<int>::max()) const;
    /// The cell read by `parse` (a cell grammar of core/model/cells taking the cell's text and
    /// the column name): its value, or nullopt after reporting each of its errors at the cell.
    template <typename Parse>
    [[nodiscard]] auto parse(std::string_view column, Parse parser) const
    {
        auto parsed = parser(text(column), column);
        using Value = std::decay_t<decltype(parsed.value())>;
        if (!parsed) {
            for (const Error &e : parsed.errors())
                error(column, e.message);
            return std::optional<Value>();
        }
        return std::optional<Value>(std::move(parsed).value());
    }

private:
    const CsvRecord &m_record;
    const CsvHeader &m_header;
    std::string_view m_fileName;
    CsvErrorList &m_errors;
};

} // namespace waveplan
