#include "core/util/library_versions.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <boost/version.hpp>
#include <csv.h>
#include <nlohmann/json.hpp>
#include <spdlog/version.h>
#include <sqlite3.h>

#if __has_include(<CLI/Version.hpp>)
#include <CLI/Version.hpp>
#endif

namespace waveplan {

namespace {

std::string dotted(int major, int minor, int patch)
{
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

/// SQLiteCpp writes "3.02.01" for 3.2.1.
std::string withoutLeadingZeros(const std::string &version)
{
    std::string out;
    std::size_t start = 0;
    while (start <= version.size()) {
        std::size_t end = version.find('.', start);
        if (end == std::string::npos)
            end = version.size();
        std::string part = version.substr(start, end - start);
        while (part.size() > 1 && part.front() == '0')
            part.erase(part.begin());
        out += (out.empty() ? "" : ".") + part;
        start = end + 1;
    }
    return out;
}

} // namespace

std::vector<LibraryVersion> coreLibraryVersions()
{
    std::vector<LibraryVersion> libraries;
    libraries.push_back({"Boost", dotted(BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000, BOOST_VERSION % 100),
                         "BSL-1.0"});
    libraries.push_back({"SQLite", sqlite3_libversion(), "public domain"});
    libraries.push_back({"SQLiteCpp", withoutLeadingZeros(SQLITECPP_VERSION), "MIT"});
    libraries.push_back({"nlohmann_json",
                         dotted(NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH),
                         "MIT"});
    libraries.push_back({"libcsv", dotted(CSV_MAJOR, CSV_MINOR, CSV_RELEASE), "LGPL-2.1-or-later"});
    libraries.push_back({"spdlog", dotted(SPDLOG_VER_MAJOR, SPDLOG_VER_MINOR, SPDLOG_VER_PATCH), "MIT"});
#ifdef CLI11_VERSION
    libraries.push_back({"CLI11", CLI11_VERSION, "BSD-3-Clause"});
#else
    libraries.push_back({"CLI11", "unknown", "BSD-3-Clause"});
#endif
    return libraries;
}

std::string formatLibraryVersions(const std::vector<LibraryVersion> &libraries)
{
    std::string text;
    for (const LibraryVersion &library : libraries)
        text += (text.empty() ? "" : "\n") + library.name + " " + library.version + " (" + library.licence + ")";
    return text;
}

} // namespace waveplan
