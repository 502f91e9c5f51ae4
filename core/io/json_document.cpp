#include "core/io/json_document.h"

#include <utility>
#include <vector>

namespace waveplan::jsonio {

namespace {

/// Builds the document from nlohmann's SAX events. Going through SAX rather than
/// Json::parse() is what gives us the position of every error, including number overflow,
/// which Json::parse() reports without one.
class DocumentBuilder final : public nlohmann::json_sax<Json> {
public:
    bool null() override { return add(Json(nullptr)); }
    bool boolean(bool value) override { return add(Json(value)); }
    bool number_integer(number_integer_t value) override { return add(Json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return add(Json(value)); }
    bool number_float(number_float_t value, const string_t &) override { return add(Json(value)); }
    bool string(string_t &value) override { return add(Json(std::move(value))); }
    bool binary(binary_t &) override { return false; } // never produced by the JSON parser

    bool start_object(std::size_t) override { return open(Json::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Json::array()); }
    bool end_array() override { return close(); }

    bool key(string_t &name) override {
        // A repeated key keeps its last value; the caller reports the repetition.
        Json &object = *m_open.back();
        const std::size_t before = object.size();
        m_slot = &object[name];
        m_repeatedKeys = m_repeatedKeys || object.size() == before;
        return true;
    }

    bool parse_error(std::size_t position, const std::string &,
                     const Json::exception &error) override {
        m_errorOffset = position;
        m_errorText = error.what();
        return false;
    }

    Json m_root;
    bool m_repeatedKeys = false;
    std::size_t m_errorOffset = 0;
    std::string m_errorText;

private:
    Json *place(Json &&value) {
        if (m_open.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Json &parent = *m_open.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        *m_slot = std::move(value);
        return m_slot;
    }

    bool add(Json &&value) {
        place(std::move(value));
        return true;
    }

    bool open(Json &&container) {
        m_open.push_back(place(std::move(container)));
        return true;
    }

    bool close() {
        m_open.pop_back();
        return true;
    }

    std::vector<Json *> m_open;
    Json *m_slot = nullptr;
};

/// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error
/// while parsing object key - unexpected '}'" without its prefix and its own (byte) position.
std::string describeSyntaxError(const std::string &what) {
    std::string text = what;
    if (const auto bracket = text.find("] ");
        text.starts_with("[json.exception.") && bracket != std::string::npos)
        text.erase(0, bracket + 2);
    if (text.starts_with("parse error"))
        if (const auto colon = text.find(": "); colon != std::string::npos)
            text.erase(0, colon + 2);
    return text;
}

} // namespace

Result<JsonDocument> parseJsonDocument(std::string_view text, const std::string &fileName) {
    DocumentBuilder builder;
    const bool parsed = Json::sax_parse(text.data(), text.data() + text.size(), &builder,
                                        Json::input_format_t::json, /*strict=*/true,
                                        /*ignore_comments=*/false);
    if (parsed)
        return JsonDocument{std::move(builder.m_root), builder.m_repeatedKeys};
    // The parser reports how many characters it had read; the last one read is at fault.
    const std::size_t offset = builder.m_errorOffset > 0 ? builder.m_errorOffset - 1 : 0;
    const TextPosition where = positionOfOffset(text, offset);
    return Error{"not valid JSON: " + describeSyntaxError(builder.m_errorText), fileName,
                 where.line, where.column};
}

} // namespace waveplan::jsonio
