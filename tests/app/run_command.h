#pragma once
// Runs the real `waveplan` executable and captures what it prints and its exit code.

#include <string>
#include <vector>

namespace waveplan::test {

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs WAVEPLAN_EXE with `args` (no shell involved), stdin from /dev/null, HOME pointed at a
/// scratch folder so the log file never lands in the real one.
CommandResult runWaveplan(const std::vector<std::string> &args);

} // namespace waveplan::test
