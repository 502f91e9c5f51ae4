#include "core/model/capability.h"

#include <algorithm>
#include <cctype>

namespace waveplan {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

std::string_view toString(CapabilityKind kind)
{
    return kind == CapabilityKind::Foundational ? "foundational" : "additive";
}

std::string_view toString(Approach approach)
{
    switch (approach) {
    case Approach::Build:
        return "build";
    case Approach::Buy:
        return "buy";
    case Approach::Integrate:
        return "integrate";
    case Approach::Unspecified:
        break;
    }
    return "";
}

std::optional<CapabilityKind> parseCapabilityKind(std::string_view text)
{
    if (equalsIgnoreCase(text, "foundational"))
        return CapabilityKind::Foundational;
    if (equalsIgnoreCase(text, "additive"))
        return CapabilityKind::Additive;
    return std::nullopt;
}

std::optional<Approach> parseApproach(std::string_view text)
{
    for (Approach a : {Approach::Unspecified, Approach::Build, Approach::Buy, Approach::Integrate})
        if (equalsIgnoreCase(text, toString(a)))
            return a;
    return std::nullopt;
}

bool isValidKey(std::string_view key)
{
    if (key.empty() || key.size() > 40 || !std::isalnum(static_cast<unsigned char>(key.front())))
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
    });
}

int demandOn(const Capability &capability, std::string_view team)
{
    for (const TeamDemand &d : capability.demand)
        if (d.team == team)
            return d.people;
    return 0;
}

} // namespace waveplan
