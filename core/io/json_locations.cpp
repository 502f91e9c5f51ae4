#include "core/io/json_locations.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace waveplan::jsonio {

namespace {

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isPlainIdentifier(std::string_view key) {
    if (key.empty() || std::isdigit(static_cast<unsigned char>(key.front())))
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

/// Walks a JSON text one byte at a time, keeping the line and column of the current byte.
class Cursor {
public:
    explicit Cursor(std::string_view text)
        : m_text(text) {
        if (m_text.starts_with("\xEF\xBB\xBF")) // a UTF-8 byte order mark is not content
            m_offset = 3;
    }

    [[nodiscard]] bool atEnd() const { return m_offset >= m_text.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_text[m_offset]; }
    [[nodiscard]] TextPosition position() const { return {m_line, m_column}; }
    [[nodiscard]] std::size_t offset() const { return m_offset; }
    [[nodiscard]] std::string_view slice(std::size_t from) const {
        return m_text.substr(from, m_offset - from);
    }

    void advance() {
        if (atEnd())
            return;
        const char c = m_text[m_offset++];
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!isContinuationByte(c)) {
            ++m_column; // columns count code points: only a code point's first byte moves on
        }
    }

    void skipWhitespace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    /// Skips a string starting at its opening quote; returns its raw text including the quotes.
    std::string_view skipString() {
        const std::size_t from = m_offset;
        advance();
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                advance();
            advance();
        }
        advance();
        return slice(from);
    }

    /// Skips a whole object or array starting at its opening bracket, without indexing it.
    void skipContainer() {
        std::size_t depth = 0;
        do {
            const char c = peek();
            if (c == '"') {
                skipString();
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            advance();
        } while (depth > 0 && !atEnd());
    }

    /// Skips a number or a literal (true, false, null).
    void skipScalar() {
        while (!atEnd() && std::string_view(",]} \t\r\n").find(peek()) == std::string_view::npos)
            advance();
    }

private:
    std::string_view m_text;
    std::size_t m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

std::string decodeKey(std::string_view quoted) {
    if (quoted.find('\\') == std::string_view::npos)
        return std::string(quoted.substr(1, quoted.size() >= 2 ? quoted.size() - 2 : 0));
    const auto decoded = nlohmann::json::parse(quoted, nullptr, false);
    return decoded.is_string() ? decoded.get<std::string>() : std::string();
}

/// Paths grow with depth, so indexing every level of a deeply nested document would take
/// memory quadratic in its depth. A plan is at most 5 levels deep; deeper values go unindexed.
constexpr std::size_t kMaxIndexedDepth = 64;

struct Container {
    bool isObject = false;
    std::string path;
    std::size_t count = 0;
    std::unordered_set<std::string> keys;
};

} // namespace

TextPosition positionOfOffset(std::string_view text, std::size_t offset) {
    TextPosition position{1, 1};
    const std::size_t end = std::min(offset, text.size());
    const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0; // byte order mark
    for (std::size_t i = start; i < end; ++i) {
        if (text[i] == '\n') {
            ++position.line;
            position.column = 1;
        } else if (!isContinuationByte(text[i])) {
            ++position.column;
        }
    }
    return position;
}

std::string memberPath(std::string_view parent, std::string_view key) {
    if (isPlainIdentifier(key))
        return parent.empty() ? std::string(key) : std::string(parent) + "." + std::string(key);
    return std::string(parent) + "[" +
           nlohmann::json(std::string(key))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
           "]";
}

std::string elementPath(std::string_view parent, std::size_t index) {
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

JsonLocations JsonLocations::index(std::string_view text) {
    JsonLocations result;
    Cursor cursor(text);
    std::vector<Container> open;
    std::string path; // path of the value about to be read

    cursor.skipWhitespace();
    while (!cursor.atEnd()) {
        // A value starts here.
        result.m_values[path] = cursor.position();
        const char c = cursor.peek();
        bool closedValue = true;
        if ((c == '{' || c == '[') && open.size() >= kMaxIndexedDepth) {
            cursor.skipContainer();
        } else if (c == '{' || c == '[') {
            open.push_back(Container{c == '{', path, 0, {}});
            cursor.advance();
            cursor.skipWhitespace();
            closedValue = cursor.peek() == '}' || cursor.peek() == ']';
            if (closedValue) {
                cursor.advance();
                open.pop_back();
            }
        } else if (c == '"') {
            cursor.skipString();
        } else {
            cursor.skipScalar();
        }

        // Find where the next value starts: after a comma, or after closing containers.
        bool nextValue = !closedValue;
        while (!nextValue && !open.empty()) {
            cursor.skipWhitespace();
            if (cursor.peek() == ',') {
                cursor.advance();
                cursor.skipWhitespace();
                nextValue = true;
            } else if (cursor.peek() == '}' || cursor.peek() == ']') {
                cursor.advance();
                open.pop_back();
            } else {
                return result; // not valid JSON after all: keep what is known
            }
        }
        if (!nextValue)
            break;

        Container &parent = open.back();
        if (parent.isObject) {
            if (cursor.peek() != '"')
                return result;
            const TextPosition keyPosition = cursor.position();
            const std::string key = decodeKey(cursor.skipString());
            path = memberPath(parent.path, key);
            if (parent.keys.insert(key).second)
                result.m_keys[path] = keyPosition;
            else
                result.m_duplicates.push_back(DuplicateKey{path, keyPosition});
            cursor.skipWhitespace();
            if (cursor.peek() != ':')
                return result;
            cursor.advance();
        } else {
            path = elementPath(parent.path, parent.count);
        }
        ++parent.count;
        cursor.skipWhitespace();
    }
    return result;
}

TextPosition JsonLocations::valueAt(const std::string &path) const {
    const auto it = m_values.find(path);
    return it == m_values.end() ? TextPosition{} : it->second;
}

TextPosition JsonLocations::keyAt(const std::string &path) const {
    const auto it = m_keys.find(path);
    return it == m_keys.end() ? TextPosition{} : it->second;
}

} // namespace waveplan::jsonio
