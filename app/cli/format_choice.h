#pragma once
/// @file format_choice.h
/// How the commands name formats and their options in messages, from the format registry.

#include "core/formats/format_registry.h"

#include <string>

namespace waveplan::cli {

/// "--dpi goes with a .png output", or "--budget-schedules goes with these outputs: --format
/// schedule-csv, .pdf, .png, .svg": the formats that take `option` as a user picks them, by
/// extension, or with --format where another format has the extension.
[[nodiscard]] std::string optionMisuse(const FormatRegistry &formats, FormatOption option, FormatAccess access);

/// The ids `--format` accepts for writing: "waveplan, json, capabilities-csv, ...".
[[nodiscard]] std::string writableFormatIds(const FormatRegistry &formats);

} // namespace waveplan::cli
