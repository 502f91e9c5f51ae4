#pragma once
/// @file library_versions.h
/// The libraries Waveplan's core is built with, their versions and licences, for `waveplan
/// --version` and the desktop About box (which adds Qt, the one library core does not use).

#include <string>
#include <vector>

namespace waveplan {

/// One third-party library: its name, version ("1.74.0", or "unknown" when its headers do not
/// say) and licence as an SPDX identifier.
struct LibraryVersion {
    std::string name;
    std::string version;
    std::string licence;

    bool operator==(const LibraryVersion &) const = default;
};

/// The libraries core links or includes, in a fixed order: Boost, SQLite, SQLiteCpp,
/// nlohmann_json, libcsv, spdlog, CLI11. SQLite's version is the one loaded at run time.
[[nodiscard]] std::vector<LibraryVersion> coreLibraryVersions();

/// "Boost 1.74.0 (BSL-1.0)", one library per line (no line end after the last).
[[nodiscard]] std::string formatLibraryVersions(const std::vector<LibraryVersion> &libraries);

} // namespace waveplan
