#include "core/io/csv_writer.h"

#include "core/io/csv_formula.h"

namespace waveplan {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

bool csvNeedsQuotes(std::string_view text)
{
    if (text.empty())
        return false;
    if (isSpace(text.front()) || isSpace(text.back()))
        return true;
    return text.find_first_of(",\"\r\n") != std::string_view::npos;
}

std::string csvCell(std::string_view text)
{
    const std::string guarded = neutraliseFormula(text);
    text = guarded;
    if (!csvNeedsQuotes(text))
        return std::string(text);
    std::string cell;
    cell.reserve(text.size() + 2);
    cell += '"';
    for (const char c : text) {
        if (c == '"')
            cell += '"';
        cell += c;
    }
    cell += '"';
    return cell;
}

void CsvWriter::addRow(const std::vector<std::string> &cells)
{
    if (cells.size() == 1 && cells.front().empty()) {
        m_text += "\"\"\n"; // a bare empty line would be read as no row at all
        return;
    }
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += ',';
        m_text += csvCell(cells[i]);
    }
    m_text += '\n';
}

} // namespace waveplan
