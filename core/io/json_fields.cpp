#include "core/io/json_fields.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace waveplan::jsonio {

namespace {

std::string prefixed(const std::string &path, const std::string &message) {
    return path.empty() ? message : path + ": " + message;
}

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

/// The first `limit` code points of `text`, with "..." when it was cut.
std::string shortened(const std::string &text, std::size_t limit = 40) {
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue;
        if (codePoints++ == limit)
            return text.substr(0, i) + "...";
    }
    return text;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string unknownFieldMessage(const std::string &field, std::span<const std::string_view> known) {
    std::string message = "unknown field " + inQuotes(shortened(field));
    std::string_view closest;
    std::size_t best = std::numeric_limits<std::size_t>::max();
    for (std::string_view candidate : known) {
        const std::size_t distance = editDistance(field, candidate);
        if (distance < best) {
            best = distance;
            closest = candidate;
        }
    }
    if (!closest.empty() && best <= std::max<std::size_t>(2, closest.size() / 4))
        return message + " (did you mean " + inQuotes(closest) + "?)";
    message += " (expected one of: ";
    for (std::size_t i = 0; i < known.size(); ++i)
        message += (i ? ", " : "") + std::string(known[i]);
    return message + ")";
}

/// What an out-of-range number should have been; an open upper bound is named only when the
/// number went over it.
std::string rangeText(int min, int max, bool tooLarge) {
    if (max == INT_MAX)
        return tooLarge ? "at most " + std::to_string(max) : "at least " + std::to_string(min);
    return "from " + std::to_string(min) + " to " + std::to_string(max);
}

} // namespace

ReadContext::ReadContext(std::string_view text, std::string fileName)
    : m_text(text)
    , m_fileName(std::move(fileName)) {}

const JsonLocations &ReadContext::locations() {
    if (!m_locations)
        m_locations = JsonLocations::index(m_text);
    return *m_locations;
}

void ReadContext::errorAtValue(const std::string &path, const std::string &message) {
    errorAt(path, message, locations().valueAt(path));
}

void ReadContext::errorAtKey(const std::string &path, const std::string &message) {
    errorAt(path, message, locations().keyAt(path));
}

TextPosition ReadContext::keyPosition(const std::string &path) {
    return locations().keyAt(path);
}

void ReadContext::errorAt(const std::string &path, const std::string &message,
                          TextPosition position) {
    m_errors.push_back(Error{prefixed(path, message), m_fileName, position.line, position.column});
}

Errors ReadContext::takeErrors() {
    auto order = [](const Error &e) { return std::pair(e.line == 0 ? INT_MAX : e.line, e.column); };
    std::stable_sort(m_errors.begin(), m_errors.end(),
                     [&](const Error &a, const Error &b) { return order(a) < order(b); });
    if (m_errors.size() > kMaxErrors) {
        const std::size_t more = m_errors.size() - kMaxErrors;
        m_errors.resize(kMaxErrors);
        m_errors.push_back(Error{"... and " + std::to_string(more) + " more problem" +
                                     (more == 1 ? "" : "s") + " not shown",
                                 m_fileName, 0, 0});
    }
    return std::exchange(m_errors, {});
}

std::string describe(const Json &value) {
    switch (value.type()) {
    case Json::value_t::string:
        return "a string (" + inQuotes(shortened(value.get_ref<const std::string &>())) + ")";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number (" + value.dump() + ")";
    case Json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::binary:
    case Json::value_t::discarded:
        break;
    }
    return "an unexpected value";
}

std::optional<int> readInt(ReadContext &context, const Json &value, const std::string &path,
                           int min, int max) {
    if (!value.is_number()) {
        context.errorAtValue(path, "expected a whole number, found " + describe(value));
        return std::nullopt;
    }
    // Compare in the widest type that holds the value exactly; INT_MAX fits a double exactly.
    bool tooSmall = false;
    bool tooLarge = false;
    if (value.is_number_unsigned()) { // the parser's type for every integer >= 0
        const auto n = value.get<std::uint64_t>();
        tooSmall = min > 0 && n < static_cast<std::uint64_t>(min);
        tooLarge = max < 0 || n > static_cast<std::uint64_t>(max);
    } else if (value.is_number_integer()) {
        const auto n = value.get<std::int64_t>();
        tooSmall = n < min;
        tooLarge = n > max;
    } else {
        const double d = value.get<double>();
        if (std::trunc(d) != d) {
            context.errorAtValue(path, "expected a whole number, found " + value.dump());
            return std::nullopt;
        }
        tooSmall = d < min;
        tooLarge = d > max;
    }
    if (tooSmall || tooLarge) {
        context.errorAtValue(path, "must be " + rangeText(min, max, tooLarge) + " (found " +
                                       value.dump() + ")");
        return std::nullopt;
    }
    return value.is_number_float() ? static_cast<int>(value.get<double>()) : value.get<int>();
}

std::optional<double> readDouble(ReadContext &context, const Json &value, const std::string &path) {
    if (value.is_number())
        return value.get<double>();
    if (value.is_string()) {
        const auto &text = value.get_ref<const std::string &>();
        if (text == "Infinity")
            return std::numeric_limits<double>::infinity();
        if (text == "-Infinity")
            return -std::numeric_limits<double>::infinity();
        if (text == "NaN")
            return std::numeric_limits<double>::quiet_NaN();
    }
    context.errorAtValue(path,
                         "expected a number (or \"Infinity\", \"-Infinity\", \"NaN\"), found " +
                             describe(value));
    return std::nullopt;
}

std::optional<std::string> readString(ReadContext &context, const Json &value,
                                      const std::string &path) {
    if (value.is_string())
        return value.get<std::string>();
    context.errorAtValue(path, "expected a string, found " + describe(value));
    return std::nullopt;
}

std::optional<bool> readBool(ReadContext &context, const Json &value, const std::string &path) {
    if (value.is_boolean())
        return value.get<bool>();
    context.errorAtValue(path, "expected true or false, found " + describe(value));
    return std::nullopt;
}

bool expectArray(ReadContext &context, const Json &value, const std::string &path) {
    if (value.is_array())
        return true;
    context.errorAtValue(path, "expected an array, found " + describe(value));
    return false;
}

bool expectObject(ReadContext &context, const Json &value, const std::string &path) {
    if (value.is_object())
        return true;
    context.errorAtValue(path, "expected an object, found " + describe(value));
    return false;
}

ObjectReader::ObjectReader(ReadContext &context, const Json &object, std::string path,
                           std::span<const std::string_view> knownFields)
    : m_context(context)
    , m_object(object)
    , m_path(std::move(path)) {
    for (const auto &[key, value] : m_object.items()) {
        if (std::find(knownFields.begin(), knownFields.end(), key) == knownFields.end())
            m_context.errorAt(m_path, unknownFieldMessage(key, knownFields),
                              m_context.keyPosition(pathOf(key)));
    }
}

std::string ObjectReader::pathOf(std::string_view field) const {
    return memberPath(m_path, field);
}

const Json *ObjectReader::optional(std::string_view field) const {
    const auto it = m_object.find(field);
    if (it == m_object.end() || it->is_null())
        return nullptr;
    return &*it;
}

const Json *ObjectReader::required(std::string_view field) const {
    const Json *value = optional(field);
    if (!value) {
        const bool present = m_object.contains(field);
        if (present)
            m_context.errorAtValue(pathOf(field), "is required and cannot be null");
        else
            m_context.errorAtValue(m_path, "missing required field " + inQuotes(field));
    }
    return value;
}

std::optional<int> ObjectReader::integer(std::string_view field, bool isRequired, int min,
                                         int max) const {
    const Json *value = isRequired ? required(field) : optional(field);
    return value ? readInt(m_context, *value, pathOf(field), min, max) : std::nullopt;
}

std::optional<double> ObjectReader::number(std::string_view field, bool isRequired) const {
    const Json *value = isRequired ? required(field) : optional(field);
    return value ? readDouble(m_context, *value, pathOf(field)) : std::nullopt;
}

std::optional<std::string> ObjectReader::string(std::string_view field, bool isRequired) const {
    const Json *value = isRequired ? required(field) : optional(field);
    return value ? readString(m_context, *value, pathOf(field)) : std::nullopt;
}

std::optional<bool> ObjectReader::boolean(std::string_view field, bool isRequired) const {
    const Json *value = isRequired ? required(field) : optional(field);
    return value ? readBool(m_context, *value, pathOf(field)) : std::nullopt;
}

} // namespace waveplan::jsonio
