#pragma once
/// @file untrusted_file.h
/// Opening a .waveplan file nobody vouched for (a colleague's, a download, one made to break
/// the reader) so that nothing in it can make Waveplan hang, crash or exhaust memory: a size
/// cap, SQLite's defences for untrusted databases, and a schema check before anything in the
/// file runs. See docs/reliability.md.

#include <cstdint>
#include <optional>
#include <string>

namespace SQLite {
class Database;
}

namespace waveplan::store {

/// The largest plan file Waveplan opens (a 100,000-capability plan is about 60 MB).
inline constexpr std::int64_t kMaxPlanFileBytes = 1LL << 30;

/// Sets SQLite's defences on `db`: defensive mode, functions in the schema only when harmless
/// (`trusted_schema` off), no extension loading, no memory-mapped reads, cell size checks,
/// strings and blobs of at most 64 MB, and at most `workBudget` virtual-machine steps for
/// everything run on it afterwards (an endless CHECK constraint stops with SQLITE_INTERRUPT).
void defendConnection(SQLite::Database &db, std::int64_t workBudget);

/// The work a file of `bytes` may take to open (copy, integrity check, migration, reading).
[[nodiscard]] std::int64_t workBudgetFor(std::int64_t bytes);

/// What in `file`'s schema Waveplan never writes, in words, or nullopt when it is all
/// Waveplan's: for formats 2 and later every table and index must be exactly as that version
/// writes them; for format 1, only tables and indexes without generated columns. Reads only
/// `sqlite_master`, so nothing in the file runs.
[[nodiscard]] std::optional<std::string> foreignSchema(SQLite::Database &file, int version);

/// The size the file's header and page count declare, for comparing with the file's own.
[[nodiscard]] std::int64_t declaredBytes(SQLite::Database &file);

} // namespace waveplan::store
