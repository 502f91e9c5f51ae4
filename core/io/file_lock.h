#pragma once
/// @file file_lock.h
/// "This file is in use": an advisory lock that one holder at a time has on a lock file. The
/// kernel holds it (flock(2) on the file's open description), so it goes when the holder
/// releases it, exits or is killed: a crash never leaves a stale lock, and no guess is made from
/// process ids or names (QLockFile judges a lock stale when the holder's executable name differs
/// from the application name, which a second Waveplan instance always saw). Two FileLocks on one
/// path exclude each other within one process too, so two windows behave as two instances.
///
/// The lock file holds one line saying who holds it, for messages ("process 4242 on studio-pc"). The holder removes the file when it releases the lock; a taker checks that the
/// file it locked is still the one at the path, so a file removed meanwhile is never trusted.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace waveplan {

class FileLock {
public:
    /// Takes the lock on `lockFile` without waiting, creating the file (mode 0600) and writing
    /// `holder` into it. nullopt when another holder has it, or when the file cannot be created
    /// (its folder missing or read-only), so callers that need the lock must treat that as held.
    [[nodiscard]] static std::optional<FileLock> tryLock(const std::filesystem::path &lockFile,
                                                         std::string_view holder);

    /// Who holds the lock on `lockFile`, as the holder described itself ("" when it wrote
    /// nothing yet); nullopt when nobody holds it, or when the file system cannot say.
    [[nodiscard]] static std::optional<std::string> holderOf(const std::filesystem::path &lockFile);

    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    /// Removes the lock file and releases the lock.
    ~FileLock();

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }

private:
    FileLock(int fd, std::filesystem::path path) : m_fd(fd), m_path(std::move(path)) {}
    void release();

    int m_fd = -1;
    std::filesystem::path m_path;
};

/// "process PID on HOST": how this process describes itself in a lock file.
[[nodiscard]] std::string thisProcessAsHolder();

} // namespace waveplan
