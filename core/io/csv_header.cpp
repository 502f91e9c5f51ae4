#include "core/io/csv_header.h"

#include "core/util/text.h"

#include <algorithm>

namespace waveplan {

namespace {

/// The closest spec name when it is close enough to be a likely typo.
std::optional<std::string_view> closestName(std::string_view name,
                                            const std::vector<CsvColumnSpec> &specs)
{
    std::optional<std::string_view> best;
    size_t bestDistance = 3; // accept at most two edits
    for (const CsvColumnSpec &spec : specs) {
        const size_t distance = text::editDistance(name, spec.name);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = spec.name;
        }
    }
    return best;
}

std::string knownNames(const std::vector<CsvColumnSpec> &specs, std::string_view extraDescription)
{
    std::string list;
    for (const CsvColumnSpec &spec : specs)
        list += (list.empty() ? "" : ", ") + std::string(spec.name);
    if (!extraDescription.empty())
        list += ", " + std::string(extraDescription);
    return list;
}

} // namespace

CsvHeader::CsvHeader(const CsvRecord &header, const std::vector<CsvColumnSpec> &specs,
                     std::string_view fileName, CsvErrorList &errors, const CsvExtraColumns &extra,
                     std::string_view extraDescription)
{
    std::vector<const CsvField *> firstSeen;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        const CsvField &field = header.fields[i];
        const std::string lower = text::toLower(text::trim(field.text));
        std::string canonical;
        if (lower.empty()) {
            m_unnamed.push_back(i);
        } else if (std::any_of(specs.begin(), specs.end(),
                               [&](const CsvColumnSpec &s) { return s.name == lower; })) {
            canonical = lower;
        } else if (auto name = extra ? extra(lower) : std::nullopt) {
            canonical = *name;
        } else {
            std::string message = "unknown column " + text::quoted(text::trim(field.text));
            if (auto suggestion = closestName(lower, specs))
                message += " (did you mean \"" + std::string(*suggestion) + "\"?)";
            message +=
                "; the columns this file may have are " + knownNames(specs, extraDescription);
            errors.add(std::move(message), fileName, field);
        }

        const auto previous = std::find(m_names.begin(), m_names.end(), canonical);
        if (!canonical.empty() && previous != m_names.end()) {
            const CsvField &first = *firstSeen[static_cast<size_t>(previous - m_names.begin())];
            errors.add("column " + text::quoted(canonical) + " appears twice (first at line " +
                           std::to_string(first.line) + ", column " + std::to_string(first.column) +
                           "); each column may appear only once",
                       fileName, field);
            canonical.clear();
        }
        m_names.push_back(canonical);
        firstSeen.push_back(&field);
    }

    for (const CsvColumnSpec &spec : specs) {
        if (!spec.required || indexOf(spec.name))
            continue;
        errors.add({"missing required column \"" + std::string(spec.name) + "\" (" +
                        std::string(spec.expected) + ")",
                    std::string(fileName), header.line, 0});
        m_usable = false;
    }
}

std::optional<size_t> CsvHeader::indexOf(std::string_view name) const
{
    const auto it = std::find(m_names.begin(), m_names.end(), name);
    if (it == m_names.end())
        return std::nullopt;
    return static_cast<size_t>(it - m_names.begin());
}

bool checkRowShape(const CsvRecord &row, const CsvHeader &header, std::string_view fileName,
                   CsvErrorList &errors)
{
    for (const size_t i : header.unnamed())
        if (i < row.fields.size() && !text::trim(row.fields[i].text).empty())
            errors.add("this cell is in a column with no name in the header row; name the "
                       "column or empty the cell",
                       fileName, row.fields[i]);

    if (row.fields.size() == header.width())
        return true;
    const std::string counts = "this row has " + std::to_string(row.fields.size()) +
                               " cells but the header has " + std::to_string(header.width());
    if (row.fields.size() > header.width())
        errors.add(counts + "; a cell that holds a comma must be in double quotes", fileName,
                   row.fields[header.width()]);
    else
        errors.add(counts + "; every row needs one cell per column, even when empty", fileName,
                   row.fields.front());
    return false;
}

} // namespace waveplan
