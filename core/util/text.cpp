#include "core/util/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>

namespace waveplan::text {

namespace {

constexpr size_t kMessageTextLimit = 40; // characters of a cell shown in a message

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

std::string_view trim(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::optional<int> parseWholeNumber(std::string_view text)
{
    int value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<double> parseDecimal(std::string_view text)
{
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string formatDecimal(double value)
{
    // Plain digits for the amounts people type (900000, not 9e+05), still the shortest text that
    // reads back exactly; scientific notation only for the very large or very small.
    const double magnitude = std::fabs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e15);
    char buffer[400];
    const auto [ptr, ec] = plain ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                                 : std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc() ? std::string(buffer, ptr) : std::string();
}

std::vector<std::string_view> splitList(std::string_view text, char separator)
{
    std::vector<std::string_view> items;
    size_t from = 0;
    while (from <= text.size()) {
        size_t to = text.find(separator, from);
        if (to == std::string_view::npos)
            to = text.size();
        const std::string_view item = trim(text.substr(from, to - from));
        if (!item.empty())
            items.push_back(item);
        from = to + 1;
    }
    return items;
}

std::string quoted(std::string_view text)
{
    std::string shown;
    size_t characters = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool startsCharacter = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (startsCharacter && ++characters > kMessageTextLimit) {
            shown += "...";
            break;
        }
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue;
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n' || c == '\r') {
            shown += ' ';
        } else if (c == '\0') {
            shown += "\\0"; // invisible characters are shown, so the message explains itself
        } else if (c == '\t') {
            shown += "\\t";
        } else if (u < 0x20 || u == 0x7F) {
            static const char hex[] = "0123456789ABCDEF";
            shown += "\\x";
            shown += hex[u >> 4];
            shown += hex[u & 15];
        } else if (text.substr(i, 3) == "\xEF\xBB\xBF") {
            shown += "<BOM>";
            i += 2;
        } else {
            shown += c;
        }
    }
    return "\"" + shown + "\"";
}

std::optional<std::string> wideEncodingOf(std::string_view bytes)
{
    const auto at = [&](std::size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0x100u; };
    if (at(0) == 0xFF && at(1) == 0xFE)
        return at(2) == 0 && at(3) == 0 ? "UTF-32 (little-endian)" : "UTF-16 (little-endian)";
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)
        return "UTF-32 (big-endian)";
    if (at(0) == 0xFE && at(1) == 0xFF)
        return "UTF-16 (big-endian)";
    // No mark: ASCII text in a wide encoding has zero bytes between its letters.
    if (bytes.size() >= 4 && at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0)
        return "UTF-32 (little-endian)";
    if (bytes.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0)
        return "UTF-32 (big-endian)";
    if (bytes.size() >= 2 && at(0) != 0 && at(1) == 0)
        return "UTF-16 (little-endian)";
    if (bytes.size() >= 2 && at(0) == 0 && at(1) != 0)
        return "UTF-16 (big-endian)";
    return std::nullopt;
}

std::string toLower(std::string_view text)
{
    std::string lower(text);
    for (char &c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), size_t{0});
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace waveplan::text
