#pragma once
/// @file logging.h
/// One spdlog logger per subsystem ("core.store", "core.schedule", "ui", "app"...), all sharing
/// the same sinks: stderr (warnings and up, or everything with --verbose) and, once configured,
/// a rotating log file in the user's state directory.

#include <filesystem>
#include <memory>
#include <string>

namespace spdlog {
class logger;
}

namespace waveplan::log {

struct Options {
    bool verbose = false;            ///< debug level on stderr instead of warnings only
    std::filesystem::path logFile;   ///< empty = no file
};

/// Sets the level and sinks of every logger, existing and future. Safe to call again.
void configure(const Options &options);

/// The logger for `subsystem`, created on first use.
std::shared_ptr<spdlog::logger> get(const std::string &subsystem);

/// $XDG_STATE_HOME/waveplan/waveplan.log, or ~/.local/state/waveplan/waveplan.log.
std::filesystem::path defaultLogFile();

} // namespace waveplan::log
