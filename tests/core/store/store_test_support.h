#pragma once
// Helpers for the store tests: snapshots that prove a file was left alone, hand-made SQL edits.

#include "core/model/plan.h"
#include "support/temp_dir.h" // folderEntries

#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace waveplan::test {

/// A file's bytes and modification time, and the names in its folder.
struct FileSnapshot {
    std::string bytes;
    std::timespec modified{};
    std::vector<std::string> folder;

    bool operator==(const FileSnapshot &other) const;
};

[[nodiscard]] FileSnapshot snapshotOf(const std::filesystem::path &file);


/// Runs `sql` on the SQLite file at `file` (foreign keys off, as in the sqlite3 shell).
void runSql(const std::filesystem::path &file, const std::string &sql);

/// Overwrites `bytes.size()` bytes of `file` at `offset`.
void overwriteBytes(const std::filesystem::path &file, std::size_t offset, const std::string &bytes);

/// A small plan in which every optional field of every capability and team is set.
[[nodiscard]] Plan planWithEveryFieldSet();

} // namespace waveplan::test
