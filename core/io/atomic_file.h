#pragma once
/// @file atomic_file.h
/// Writing a file so that a crash, a kill or a full disk never leaves a half-written file:
/// write a temporary file beside the target, flush it to disk, then rename it over the target.

#include "core/util/result.h"

#include <filesystem>
#include <string_view>

namespace waveplan {

/// Writes `bytes` to `path` atomically (file_placement.h: a symbolic link is followed). Fails with
/// a clear message when the folder is missing or not writable; nothing is left behind on
/// failure. With `overwrite` false, an existing file is an error, even one that appears while
/// the bytes are written.
[[nodiscard]] Status writeFileAtomically(const std::filesystem::path &path, std::string_view bytes,
                                         bool overwrite = true);

/// Reads a whole file; a missing or unreadable file is an error naming it.
[[nodiscard]] Result<std::string> readWholeFile(const std::filesystem::path &path);

} // namespace waveplan
