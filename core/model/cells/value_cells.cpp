#include "core/model/cells/value_cells.h"

#include "core/model/capability.h"
#include "core/util/text.h"

#include <cmath>

namespace waveplan {

namespace {

/// "<field> must be <expected>, got "<value>""
Error mustBe(std::string_view field, std::string_view expected, std::string_view value)
{
    return messageError(std::string(field) + " must be " + std::string(expected) + ", got " +
                        text::quoted(value));
}

/// "<field> is empty; expected <expected>"
Error isEmpty(std::string_view field, std::string_view expected)
{
    return messageError(std::string(field) + " is empty; expected " + std::string(expected));
}

/// An optional whole number in [min, max]; empty = none.
Result<std::optional<int>> optionalWhole(std::string_view cell, std::string_view field, int min,
                                         int max, std::string_view expected)
{
    const std::string_view trimmed = text::trim(cell);
    if (trimmed.empty())
        return std::optional<int>();
    const auto number = text::parseWholeNumber(trimmed);
    if (!number || *number < min || *number > max)
        return mustBe(field, expected, trimmed);
    return std::optional<int>(number);
}

} // namespace

std::string_view keyRule()
{
    return "a key starts with a letter or digit and holds only letters, digits, '_', '-' and "
           "'.' (at most 40 characters)";
}

Result<std::string> parseKeyCell(std::string_view cell, std::string_view field)
{
    const std::string key(text::trim(cell));
    if (key.empty())
        return isEmpty(field, "a short unique key such as CDP");
    if (!isValidKey(key))
        return messageError(std::string(field) + " " + text::quoted(key) + " is not valid: " +
                            std::string(keyRule()));
    return key;
}

Result<int> parseDurationCell(std::string_view cell, std::string_view field)
{
    const std::string expected =
        "a whole number of days from 0 (a milestone) to " + std::to_string(kMaxDurationDays);
    if (text::trim(cell).empty())
        return isEmpty(field, expected);
    auto days = optionalWhole(cell, field, 0, kMaxDurationDays, expected);
    if (!days)
        return days.errors();
    return **days;
}

Result<std::optional<int>> parseWaveCell(std::string_view cell, std::string_view field)
{
    return optionalWhole(cell, field, 1, kMaxWave,
                         "a whole wave number from 1 to " + std::to_string(kMaxWave) +
                             ", or empty for none");
}

Result<std::optional<int>> parseReadinessCell(std::string_view cell, std::string_view field)
{
    return optionalWhole(cell, field, kMinReadiness, kMaxReadiness,
                         "a whole number from " + std::to_string(kMinReadiness) +
                             " (not ready) to " + std::to_string(kMaxReadiness) +
                             " (ready), or empty when not assessed");
}

Result<std::optional<double>> parseDecimalCell(std::string_view cell, std::string_view field)
{
    const std::string_view trimmed = text::trim(cell);
    if (trimmed.empty())
        return std::optional<double>();
    const auto number = text::parseDecimal(trimmed);
    if (number && !(std::abs(*number) <= kMaxMoney))
        return mustBe(field, "a number from -10^15 to 10^15, or empty for none", trimmed);
    if (!number)
        return mustBe(field,
                      "a number such as 1250 or 1250.5 (no thousands separators or currency "
                      "signs), or empty for none",
                      trimmed);
    return std::optional<double>(number);
}

Result<Date> parseDateCell(std::string_view cell, std::string_view field)
{
    constexpr std::string_view expected = "a real calendar day written YYYY-MM-DD, such as "
                                          "2027-01-04";
    const std::string_view trimmed = text::trim(cell);
    if (trimmed.empty())
        return isEmpty(field, expected);
    if (const auto date = parseIsoDate(trimmed))
        return *date;
    return mustBe(field, expected, trimmed);
}

std::string formatOptionalWhole(const std::optional<int> &value)
{
    return value ? std::to_string(*value) : std::string();
}

std::string formatOptionalDecimal(const std::optional<double> &value)
{
    return value ? text::formatDecimal(*value) : std::string();
}

} // namespace waveplan
