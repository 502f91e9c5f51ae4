#pragma once
/// @file csv_errors.h
/// Collects the errors of a CSV import so that all of them can be reported at once, in the
/// order of the files and lines they point at, up to a limit.

#include "core/io/csv_reader.h"
#include "core/util/result.h"

#include <string>
#include <string_view>
#include <utility>

namespace waveplan {

class CsvErrorList {
public:
    /// At most this many errors are reported; the rest are counted in a final "and N more".
    static constexpr size_t kDefaultLimit = 50;

    explicit CsvErrorList(size_t limit = kDefaultLimit) : m_limit(limit) {}

    void add(Error error) { m_errors.push_back(std::move(error)); }
    /// An error about `field` of `fileName`.
    void add(std::string message, std::string_view fileName, const CsvField &field);
    void add(const Errors &errors);

    [[nodiscard]] bool empty() const { return m_errors.empty(); }
    [[nodiscard]] size_t size() const { return m_errors.size(); }

    /// The errors grouped by file in the order the files were first mentioned, each file's
    /// sorted by line and column, cut at the limit with a last entry "... and N more errors".
    [[nodiscard]] Errors sorted() const;

private:
    size_t m_limit;
    Errors m_errors;
};

} // namespace waveplan
