#pragma once
// Runs the real `waveplan` executable and captures what it prints and its exit code.

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace waveplan::test {

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs WAVEPLAN_EXE with `args` (no shell involved), stdin from /dev/null, HOME pointed at a
/// scratch folder so the log file never lands in the real one. `environment` adds NAME=VALUE
/// entries to the few the command gets.
CommandResult runWaveplan(const std::vector<std::string> &args, const std::vector<std::string> &environment = {});

/// Runs `waveplan` with `args`, expects exit 0 (a failed expectation names stderr) and parses
/// what it printed as JSON (null when it printed nothing).
nlohmann::json runWaveplanJson(const std::vector<std::string> &args);

/// Runs a shell command (another program reading what `waveplan` wrote: poppler's tools,
/// Graphviz's dot; paths here never hold quotes) and returns what it printed on stdout.
[[nodiscard]] std::string tool(const std::string &command);

/// `path` in single quotes for tool().
[[nodiscard]] std::string quoted(const std::filesystem::path &path);

} // namespace waveplan::test
