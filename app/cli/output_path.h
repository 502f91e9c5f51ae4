#pragma once
/// @file output_path.h
/// Checks on the -o PATH of commands that write files, shared so every command says the same.

#include "core/util/result.h"

#include <filesystem>

namespace waveplan::cli {

/// Fails when `path` exists and `force` is false, or when its folder does not exist.
[[nodiscard]] Status checkOutputPath(const std::filesystem::path &path, bool force);

} // namespace waveplan::cli
