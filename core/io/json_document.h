#pragma once
/// @file json_document.h
/// Parsing JSON text strictly into a document (private to core/io).

#include "core/io/json_fields.h"
#include "core/util/result.h"

#include <string>
#include <string_view>

namespace waveplan::jsonio {

struct JsonDocument {
    Json root;
    /// Some object names a member twice (the last value is kept); JsonLocations says where.
    bool hasRepeatedKeys = false;
};

/// Parses `text` as one JSON value (RFC 8259: no comments, no trailing commas, UTF-8 only; a
/// leading byte order mark is skipped). A syntax error, or a number too large for a double,
/// becomes one Error with `fileName`, the line and the column (in code points) where the parser
/// stopped, and the parser's description of what it expected.
[[nodiscard]] Result<JsonDocument> parseJsonDocument(std::string_view text,
                                                     const std::string &fileName);

} // namespace waveplan::jsonio
