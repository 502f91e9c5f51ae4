#pragma once
/// @file json_fields.h
/// Checked reading of JSON values into model fields (private to core/io): every wrong type,
/// out-of-range number, unknown or missing field becomes an Error naming the JSON path and,
/// through JsonLocations, the line and column. Reading goes on after an error so that one pass
/// reports every problem.

#include "core/io/json_locations.h"
#include "core/util/result.h"

#include <nlohmann/json.hpp>

#include <climits>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace waveplan::jsonio {

/// Objects keep their members in document order, so errors come out in reading order.
using Json = nlohmann::ordered_json;

/// Collects the errors of one document. Source positions are looked up in a JsonLocations
/// index built from the text on the first error only: a valid document never pays for it.
class ReadContext {
public:
    static constexpr std::size_t kMaxErrors = 50;

    /// `text` must outlive the context.
    ReadContext(std::string_view text, std::string fileName);

    /// The position index of the text, built on first use.
    [[nodiscard]] const JsonLocations &locations();

    /// "path: message", located where the value at `path` starts.
    void errorAtValue(const std::string &path, const std::string &message);
    /// "path: message", located at the key of the member at `path`.
    void errorAtKey(const std::string &path, const std::string &message);
    /// Where the key of the member at `path` starts.
    [[nodiscard]] TextPosition keyPosition(const std::string &path);
    /// "path: message" at an explicit position (or none: {0, 0}).
    void errorAt(const std::string &path, const std::string &message, TextPosition position);

    [[nodiscard]] bool hasErrors() const { return !m_errors.empty(); }
    [[nodiscard]] const std::string &fileName() const { return m_fileName; }
    /// The errors sorted by position (unlocated ones last), at most kMaxErrors of them plus a
    /// last line saying how many more were found.
    [[nodiscard]] Errors takeErrors();

private:
    std::string_view m_text;
    std::optional<JsonLocations> m_locations;
    std::string m_fileName;
    Errors m_errors;
};

/// "a string (\"30\")", "a number (1.5)", "an object"...: what was found, for messages.
[[nodiscard]] std::string describe(const Json &value);

/// A whole number in [min, max]. Accepts integral floating-point values such as 30.0.
[[nodiscard]] std::optional<int> readInt(ReadContext &context, const Json &value,
                                         const std::string &path, int min, int max = INT_MAX);
/// Any finite number, or one of the strings "Infinity", "-Infinity", "NaN".
[[nodiscard]] std::optional<double> readDouble(ReadContext &context, const Json &value,
                                               const std::string &path);
[[nodiscard]] std::optional<std::string> readString(ReadContext &context, const Json &value,
                                                    const std::string &path);
[[nodiscard]] std::optional<bool> readBool(ReadContext &context, const Json &value,
                                           const std::string &path);
/// Checks that `value` is an array; reports it and returns false otherwise.
[[nodiscard]] bool expectArray(ReadContext &context, const Json &value, const std::string &path);
/// Checks that `value` is an object; reports it and returns false otherwise.
[[nodiscard]] bool expectObject(ReadContext &context, const Json &value, const std::string &path);

/// The members of one JSON object. Reports unknown members (with a "did you mean" hint) on
/// construction, and missing required ones when they are asked for.
class ObjectReader {
public:
    /// `object` must be an object (see expectObject).
    ObjectReader(ReadContext &context, const Json &object, std::string path,
                 std::span<const std::string_view> knownFields);

    [[nodiscard]] std::string pathOf(std::string_view field) const;
    /// The member, or nullptr when it is missing or null (null means "not set").
    [[nodiscard]] const Json *optional(std::string_view field) const;
    /// The member; reports it and returns nullptr when it is missing or null.
    [[nodiscard]] const Json *required(std::string_view field) const;

    [[nodiscard]] std::optional<int> integer(std::string_view field, bool isRequired, int min,
                                             int max = INT_MAX) const;
    [[nodiscard]] std::optional<double> number(std::string_view field, bool isRequired) const;
    [[nodiscard]] std::optional<std::string> string(std::string_view field, bool isRequired) const;
    [[nodiscard]] std::optional<bool> boolean(std::string_view field, bool isRequired) const;

private:
    ReadContext &m_context;
    const Json &m_object;
    std::string m_path;
};

} // namespace waveplan::jsonio
