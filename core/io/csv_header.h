#pragma once
/// @file csv_header.h
/// The header row of an import file: which column holds what. Column names are trimmed and
/// case-insensitive and may come in any order; unknown, duplicate and missing columns are
/// errors, so a typo such as "duraton_days" is never silently ignored.

#include "core/io/csv_errors.h"
#include "core/io/csv_reader.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// A column an import file may have.
struct CsvColumnSpec {
    std::string_view name;     ///< lower case, e.g. "duration_days"
    bool required = false;
    std::string_view expected; ///< what its cells hold, for "missing column" errors
};

/// Maps a lower-case header name that is not in the spec list to its canonical name (e.g.
/// "capacity_w02" -> "capacity_w2"), or nullopt when the name is unknown.
using CsvExtraColumns = std::function<std::optional<std::string>(std::string_view)>;

class CsvHeader {
public:
    /// Reads `header` (the file's first record) against `specs`. Adds an error to `errors` for
    /// every unknown column (naming the known ones, with a "did you mean" when one is close),
    /// duplicate column and missing required column (at line 1). `extraDescription` names the
    /// extra columns in the list of known ones, e.g. "capacity_w1, capacity_w2, ...".
    CsvHeader(const CsvRecord &header, const std::vector<CsvColumnSpec> &specs,
              std::string_view fileName, CsvErrorList &errors,
              const CsvExtraColumns &extra = {}, std::string_view extraDescription = {});

    /// Position of the column with canonical `name` in each record, if the header has it.
    [[nodiscard]] std::optional<size_t> indexOf(std::string_view name) const;
    /// Canonical name of each column by position; empty for a column with no name or an
    /// unknown or duplicate one (such columns are ignored when reading rows).
    [[nodiscard]] const std::vector<std::string> &names() const { return m_names; }
    /// Number of cells every row must have.
    [[nodiscard]] size_t width() const { return m_names.size(); }
    /// True when every required column is present (rows can be read).
    [[nodiscard]] bool usable() const { return m_usable; }
    /// Positions of columns with no name in the header.
    [[nodiscard]] const std::vector<size_t> &unnamed() const { return m_unnamed; }

private:
    std::vector<std::string> m_names;
    std::vector<size_t> m_unnamed;
    bool m_usable = true;
};

/// Reports cells that hold text in a column whose header is empty, and a row whose number of
/// cells differs from the header's. Returns false when the row cannot be read by column.
bool checkRowShape(const CsvRecord &row, const CsvHeader &header, std::string_view fileName,
                   CsvErrorList &errors);

} // namespace waveplan
