#pragma once
/// @file mspdi_xml.h
/// Private to core/io: the pugixml steps the MS Project XML writer, reader and calendar share,
/// so an element is written and read the same way everywhere.

#include "core/io/mspdi_fields.h"
#include "core/util/text.h"

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace waveplan::mspdi {

/// The text of `parent`'s child `name`, trimmed; empty when there is none.
[[nodiscard]] inline std::string childText(const pugi::xml_node &parent, const char *name)
{
    return std::string(text::trim(parent.child(name).text().as_string()));
}

/// Appends the element `name` holding `value` (without what XML cannot hold, xmlSafe).
inline void add(pugi::xml_node parent, const char *name, std::string_view value)
{
    parent.append_child(name).text().set(xmlSafe(value).c_str());
}

inline void add(pugi::xml_node parent, const char *name, long long value)
{
    parent.append_child(name).text().set(value);
}

} // namespace waveplan::mspdi
