#include "core/io/mspdi_fields.h"

#include "core/util/text.h"

#include <algorithm>
#include <charconv>

namespace waveplan::mspdi {

bool isElapsedFormat(int format)
{
    // em, eh, ed, ew, emo, e% and their estimated forms (35 and up).
    switch (format) {
    case 4: case 6: case 8: case 10: case 12: case 20:
    case 36: case 38: case 40: case 42: case 44: case 52:
        return true;
    default:
        return false;
    }
}

std::string xmlSafe(std::string_view text)
{
    std::string safe;
    safe.reserve(text.size());
    for (const char ch : text)
        if (static_cast<unsigned char>(ch) >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r')
            safe += ch;
    return safe;
}

bool isPercentFormat(int format)
{
    return format == 19 || format == 20 || format == 51 || format == 52;
}

namespace {

/// `digits` (an optional '-', digits, an optional '.' and digits) with its decimal point moved
/// `places` to the right (left when negative), without superfluous zeros.
std::string shifted(std::string_view digits, int places)
{
    std::string sign;
    if (!digits.empty() && digits.front() == '-') {
        sign = "-";
        digits.remove_prefix(1);
    }
    const std::size_t point = digits.find('.');
    std::string whole(digits.substr(0, point));
    std::string fraction(point == std::string_view::npos ? std::string_view() : digits.substr(point + 1));
    for (; places > 0; --places) {
        whole += fraction.empty() ? '0' : fraction.front();
        if (!fraction.empty())
            fraction.erase(0, 1);
    }
    for (; places < 0; ++places) {
        fraction.insert(0, 1, whole.empty() ? '0' : whole.back());
        if (!whole.empty())
            whole.pop_back();
    }
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.empty() ? 0 : whole.size() - 1));
    if (whole.empty())
        whole = "0";
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    const std::string text = whole + (fraction.empty() ? "" : "." + fraction);
    return text == "0" ? text : sign + text;
}

} // namespace

std::string currencyText(double amount)
{
    char buffer[512];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, amount, std::chars_format::fixed);
    if (error != std::errc())
        return "0";
    return shifted(std::string_view(buffer, static_cast<std::size_t>(end - buffer)), 2);
}

std::optional<double> currencyAmount(std::string_view text)
{
    text = text::trim(text);
    const bool plain = !text.empty() && text.find_first_not_of("-.0123456789") == std::string_view::npos &&
                       text::parseDecimal(text).has_value();
    if (!plain)
        return std::nullopt;
    return text::parseDecimal(shifted(text, -2));
}

std::optional<Field> fieldWithAlias(std::string_view alias)
{
    const std::string wanted = text::toLower(text::trim(alias));
    for (const CustomField &custom : kCustomFields)
        if (text::toLower(custom.alias) == wanted)
            return custom.field;
    return std::nullopt;
}

std::string notesHeader(const Capability &capability)
{
    std::string header;
    if (!capability.owner.empty())
        header += "Owner: " + capability.owner + "\n";
    if (!capability.kpi.empty())
        header += "KPI: " + capability.kpi + "\n";
    if (!header.empty())
        header += "\n";
    return header;
}

} // namespace waveplan::mspdi
