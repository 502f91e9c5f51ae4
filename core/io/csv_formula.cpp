#include "core/io/csv_formula.h"

#include "core/util/text.h"

namespace waveplan {

namespace {

constexpr std::string_view kFormulaStarts = "=+-@\t\r";

/// `text` after its leading apostrophes.
std::string_view afterApostrophes(std::string_view text)
{
    const std::size_t first = text.find_first_not_of('\'');
    return first == std::string_view::npos ? std::string_view() : text.substr(first);
}

bool startsFormula(std::string_view text)
{
    return !text.empty() && kFormulaStarts.find(text.front()) != std::string_view::npos;
}

} // namespace

bool runsAsFormula(std::string_view text)
{
    return startsFormula(afterApostrophes(text)) && !text::parseDecimal(text);
}

std::string neutraliseFormula(std::string_view text)
{
    if (runsAsFormula(text))
        return "'" + std::string(text);
    return std::string(text);
}

std::string_view restoreFormula(std::string_view cell)
{
    if (!cell.empty() && cell.front() == '\'' && startsFormula(afterApostrophes(cell)))
        cell.remove_prefix(1);
    return cell;
}

} // namespace waveplan
