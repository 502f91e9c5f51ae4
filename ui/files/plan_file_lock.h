#pragma once
/// @file plan_file_lock.h
/// Telling a second window or instance that a plan file is already open (issue 17). While a
/// window has a plan file open for editing, it holds a FileLock (core/io/file_lock.h) named by
/// the file's full path in a per-user folder; a window that opens the same file finds the lock
/// held and asks whether to open the plan read-only (see MainWindow::openFile).

#include "core/io/file_lock.h"

#include <QString>

#include <filesystem>
#include <optional>
#include <string>

namespace waveplan::ui {

/// "roadmap-3f2a9c01d4": the file's stem and a hash of its full path (symbolic links resolved),
/// so plans of one name in two folders never share a name, and one file reached through a link
/// has the same (recovery files and locks are named with it).
[[nodiscard]] std::string planPathKey(const std::filesystem::path &file);

/// QStandardPaths::AppDataLocation + "/open".
[[nodiscard]] QString defaultPlanLockDirectory();

/// The lock file for `plan` in `directory`.
[[nodiscard]] std::filesystem::path planLockPath(const QString &directory, const std::filesystem::path &plan);

/// What opening a plan file found: the lock, or who holds it.
struct PlanFileClaim {
    std::optional<FileLock> lock; ///< taken for this window
    /// Set when another window or instance has the file open: who ("process 4242 on
    /// studio-pc"; empty when it has not said yet).
    std::optional<std::string> heldBy;
};

/// Takes the lock on `plan` for this window, creating `directory` (private) as needed. When the
/// lock folder cannot be written, neither is set: the file opens as it did before locks.
[[nodiscard]] PlanFileClaim claimPlanFile(const QString &directory, const std::filesystem::path &plan);

/// Who holds the lock on `plan`, or nullopt when no one does.
[[nodiscard]] std::optional<std::string> planFileHolder(const QString &directory, const std::filesystem::path &plan);

} // namespace waveplan::ui
