#pragma once
/// @file atomic_file.h
/// Writing a file so that a crash, a kill or a full disk never leaves a half-written file:
/// write a temporary file beside the target, flush it to disk, then rename it over the target.

#include "core/util/result.h"

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace waveplan {

/// Writes `bytes` to `path` atomically (file_placement.h: a symbolic link is followed). Fails with
/// a clear message when the folder is missing or not writable; nothing is left behind on
/// failure. With `overwrite` false, an existing file is an error, even one that appears while
/// the bytes are written.
[[nodiscard]] Status writeFileAtomically(const std::filesystem::path &path, std::string_view bytes,
                                         bool overwrite = true);

/// The largest CSV or JSON file read: as large as a plan file may be.
inline constexpr std::int64_t kMaxInputFileBytes = std::int64_t{1} << 30;

/// Reads a whole regular file of at most kMaxInputFileBytes. A missing or unreadable file, a
/// folder, and anything that is not a regular file (/dev/zero, /dev/urandom, a pipe, a socket:
/// reading them would never end or never begin) is an error naming it; nothing is read then.
[[nodiscard]] Result<std::string> readWholeFile(const std::filesystem::path &path);

} // namespace waveplan
