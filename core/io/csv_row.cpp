#include "core/io/csv_row.h"

#include "core/util/text.h"

namespace waveplan {

const CsvField *CsvRow::cell(std::string_view column) const
{
    const auto index = m_header.indexOf(column);
    if (!index || *index >= m_record.fields.size())
        return nullptr;
    return &m_record.fields[*index];
}

std::string CsvRow::text(std::string_view column) const
{
    const CsvField *field = cell(column);
    return field ? field->text : std::string();
}

std::string_view CsvRow::trimmed(std::string_view column) const
{
    const CsvField *field = cell(column);
    return field ? text::trim(field->text) : std::string_view();
}

void CsvRow::error(std::string_view column, std::string message) const
{
    if (const CsvField *field = cell(column))
        m_errors.add(std::move(message), m_fileName, *field);
    else
        m_errors.add({std::move(message), std::string(m_fileName), m_record.line, 0});
}

void CsvRow::invalid(std::string_view column, std::string_view expected) const
{
    error(column, std::string(column) + " must be " + std::string(expected) + ", got " +
                      text::quoted(trimmed(column)));
}

void CsvRow::empty(std::string_view column, std::string_view expected) const
{
    error(column, std::string(column) + " is empty; expected " + std::string(expected));
}

std::optional<int> CsvRow::optionalWhole(std::string_view column, int min,
                                         std::string_view expected, int max) const
{
    const std::string_view value = trimmed(column);
    if (value.empty())
        return std::nullopt;
    const auto number = text::parseWholeNumber(value);
    if (!number || *number < min || *number > max) {
        invalid(column, expected);
        return std::nullopt;
    }
    return number;
}

std::optional<int> CsvRow::requiredWhole(std::string_view column, int min,
                                         std::string_view expected, int max) const
{
    if (trimmed(column).empty()) {
        empty(column, expected);
        return std::nullopt;
    }
    return optionalWhole(column, min, expected, max);
}

} // namespace waveplan
