#pragma once
/// @file file_placement.h
/// Where a save writes and how the finished file is put there, one way for every format (the
/// plan file, JSON, spreadsheets, reports, pictures). A save writes a temporary file beside
/// its target (".NAME.tmp-XXXXXX"), flushes it, then moves it into place:
/// - replacing the target (rename over it) only when the user allowed it (the app's Save,
///   `--force`); otherwise the file is created with a rename that refuses to replace, so two
///   writers can never both "create" the same file;
/// - a symbolic link is followed: the file it points to is written and the link stays a link
///   (so it must be allowed to replace that file); a link to nothing is refused;
/// - for a SQLite plan file, the target's stale `-journal`, `-wal` and `-shm` are removed first,
///   so no SQLite client ever replays an old journal into the new file;
/// - temporary files that a killed save left beside the target (older than ten minutes) are
///   removed after a successful save.
/// See docs/file-format.md, "Saving".

#include "core/util/result.h"

#include <chrono>
#include <filesystem>
#include <string_view>

namespace waveplan {

/// The file a save to `path` writes: `path` itself, or the file a symbolic link at `path`
/// points to. Fails, naming `path`, when its folder does not exist, when it is a folder, or when
/// it is a link to nothing (or to a folder).
/// Messages start with `cannot` ("cannot write", "cannot save").
[[nodiscard]] Result<std::filesystem::path> saveTarget(const std::filesystem::path &path,
                                                       std::string_view cannot = "cannot write");

/// A fresh, empty temporary file beside `target` (mode 0600), named ".NAME.tmp-XXXXXX".
[[nodiscard]] Result<std::filesystem::path> temporaryBeside(const std::filesystem::path &target,
                                                            const std::filesystem::path &shownPath,
                                                            std::string_view cannot = "cannot write");

struct Placement {
    bool replace = false;       ///< may replace a file at the target
    bool sqliteSidecars = false; ///< remove the target's stale -journal, -wal, -shm first
    std::string_view cannot = "cannot write"; ///< how messages start
};

/// Moves the finished, flushed `temp` to `target` as `placement` says, then flushes the folder.
/// On failure `temp` is removed and the target is untouched; messages name `shownPath`.
[[nodiscard]] Status moveIntoPlace(const std::filesystem::path &temp, const std::filesystem::path &target,
                                   const Placement &placement, const std::filesystem::path &shownPath);

/// Removes the temporary files of earlier saves of `target` that were killed, those older than
/// `age` (a save in progress elsewhere is younger). Returns how many were removed.
int removeStaleTemporaries(const std::filesystem::path &target,
                           std::chrono::minutes age = std::chrono::minutes(10));

/// "The file already exists; add --force to replace it" and the like: the message of a create
/// that found a file there.
inline constexpr const char *kFileExistsMessage = "the file already exists; add --force to replace it";

} // namespace waveplan
