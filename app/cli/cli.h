#pragma once
/// @file cli.h
/// The `waveplan` command line: parse, run a subcommand, or hand over to the desktop app.

#include "core/formats/format_registry.h"

#include <filesystem>
#include <optional>

namespace waveplan::cli {

/// Exit codes: 0 success, 1 bad input (a file or plan that is wrong), 2 usage error.
enum ExitCode : int { Success = 0, BadInput = 1, UsageError = 2 };

struct Outcome {
    bool runGui = false;                        ///< no subcommand: open the desktop app
    std::optional<std::filesystem::path> file;  ///< the plan to open in it, if any
    int exitCode = Success;                     ///< when !runGui
};

/// Parses argv and runs the subcommand if there is one, reading and writing plans through
/// `formats` (builtInFormats(), plus the drawing writers when the build has the desktop app).
Outcome run(int argc, char **argv, const FormatRegistry &formats);

} // namespace waveplan::cli
