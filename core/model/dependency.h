#pragma once
/// @file dependency.h
/// Finish-to-start dependency between two capabilities, by key.

#include <string>

namespace waveplan {

/// The successor may start no earlier than the predecessor's finish day plus `lagDays`.
struct Dependency {
    std::string predecessor;
    std::string successor;
    int lagDays = 0; ///< >= 0

    bool operator==(const Dependency &) const = default;
};

} // namespace waveplan
