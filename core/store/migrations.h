#pragma once
/// @file migrations.h
/// How an older `.waveplan` file is brought up to the current file format: a chain of steps,
/// each taking a database from version N to N+1. Steps run on the in-memory copy made when a
/// file is opened, never on the file itself. See docs/file-format.md, "Adding a migration".

#include "core/util/result.h"

#include <functional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace waveplan::store {

/// One step of the chain: turns a database at version `fromVersion` into one at
/// `fromVersion + 1` (the framework sets user_version; the step only changes tables and rows).
struct Migration {
    int fromVersion = 0;
    std::string description; ///< What changed, for the log, e.g. "add capabilities.risk".
    std::function<void(SQLite::Database &)> apply;
};

/// The steps of this build, in order: planMigrations()[i].fromVersion == i + 1. Version 1 -> 2
/// gives teams and capabilities internal ids; 2 -> 3 adds the (empty) accepted-schedule tables;
/// 3 -> 4 adds the (empty) baseline tables; 4 -> 5 the (empty) scenarios table.
[[nodiscard]] const std::vector<Migration> &planMigrations();

/// Runs the steps from `db`'s user_version up to `targetVersion`, each in its own transaction
/// that also sets the new user_version. A missing step or a step that throws stops the chain
/// with an error saying which version could not be migrated; the failed step is rolled back.
[[nodiscard]] Status migrate(SQLite::Database &db, const std::vector<Migration> &steps, int targetVersion);

/// `PRAGMA user_version` of `db`.
[[nodiscard]] int fileFormatVersion(SQLite::Database &db);

} // namespace waveplan::store
