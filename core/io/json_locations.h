#pragma once
/// @file json_locations.h
/// Where each value of a JSON document starts, by path, so that errors found after parsing
/// (a wrong type, an unknown field, a value out of range) can name a line and a column.
///
/// nlohmann::json does not keep source positions, so the text is indexed separately by a small
/// scanner that walks the (already syntax-checked) document once and records, for every value,
/// the position of its first character and, for every object member, the position of its key.
/// Paths are written `capabilities[3].duration_days`; a key that is not a plain identifier is
/// quoted: `teams[0].capacity_by_wave["2"]`. The document itself has the empty path.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace waveplan::jsonio {

/// 1-based line and column; 0 = unknown. Columns count Unicode code points, not bytes.
struct TextPosition {
    int line = 0;
    int column = 0;
    bool operator==(const TextPosition &) const = default;
};

/// Line and column of the byte at `offset` (0-based) in `text`; an offset past the end gives
/// the position just after the last character. Only '\n' ends a line.
[[nodiscard]] TextPosition positionOfOffset(std::string_view text, std::size_t offset);

/// `parent.key`, or `parent["key"]` when `key` is not a plain identifier; `key` alone at the root.
[[nodiscard]] std::string memberPath(std::string_view parent, std::string_view key);
/// `parent[index]`.
[[nodiscard]] std::string elementPath(std::string_view parent, std::size_t index);

/// A member key that appears more than once in the same object (JSON allows it, we do not).
struct DuplicateKey {
    std::string path;      ///< Path of the member, e.g. `capabilities[0].name`.
    TextPosition position; ///< Where the second (or later) occurrence of the key starts.
};

/// The source positions of a syntactically valid JSON document.
class JsonLocations {
public:
    /// Indexes `text`. The text must already have been accepted by a JSON parser; on anything
    /// else the index stops early and simply knows fewer positions. Iterative, so deeply nested
    /// input cannot exhaust the stack; values nested more than 64 levels deep are not indexed.
    [[nodiscard]] static JsonLocations index(std::string_view text);

    /// Where the value at `path` starts, or {0, 0} when the path is not in the document.
    [[nodiscard]] TextPosition valueAt(const std::string &path) const;
    /// Where the key of the member at `path` starts, or {0, 0}.
    [[nodiscard]] TextPosition keyAt(const std::string &path) const;
    /// Keys repeated within one object, in document order.
    [[nodiscard]] const std::vector<DuplicateKey> &duplicateKeys() const { return m_duplicates; }

private:
    std::unordered_map<std::string, TextPosition> m_values;
    std::unordered_map<std::string, TextPosition> m_keys;
    std::vector<DuplicateKey> m_duplicates;
};

} // namespace waveplan::jsonio
