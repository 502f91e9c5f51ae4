#pragma once
/// @file schema.h
/// The tables of a `.waveplan` file (file format version kSchemaVersion) and the marks that
/// identify one: SQLite's `application_id` and `user_version` header fields.
/// Private to core/store; docs/file-format.md describes the same schema for people.

#include <cstdint>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace waveplan::store {

/// `PRAGMA application_id` of every plan file: the ASCII bytes "WAVE".
inline constexpr std::int32_t kApplicationId = 0x57415645;

/// `PRAGMA user_version` written by this build: the file format version. Files with a lower
/// version are migrated (in memory) on opening; files with a higher one are refused.
inline constexpr int kSchemaVersion = 8;

/// SQL creating the tables version 2 introduced (teams, team_capacity, capabilities,
/// capability_demand, dependencies: keyed by internal id), exactly as version 2 defines them.
/// createSchema and the migration from version 1 both run it. A later version that changes
/// these tables must freeze this text for that migration and give createSchema its own.
extern const char *const kCreateVersion2Tables;

/// SQL creating the tables version 3 introduced (accepted_schedule, accepted_schedule_end: the
/// schedule the plan was saved with), exactly as version 3 defines them. createSchema and the
/// migration from version 2 both run it; frozen like kCreateVersion2Tables.
extern const char *const kCreateVersion3Tables;

/// SQL creating the tables version 4 introduced (baselines, baseline_capabilities,
/// baseline_load: the plan's frozen schedules), exactly as version 4 defines them. createSchema
/// and the migration from version 3 both run it; frozen like kCreateVersion2Tables.
extern const char *const kCreateVersion4Tables;

/// SQL creating the table version 5 introduced (scenarios: the named variants of the plan a
/// file holds), exactly as version 5 defines it. createSchema and the migration from version 4
/// both run it; frozen like kCreateVersion2Tables.
extern const char *const kCreateVersion5Tables;

/// SQL version 6 runs on version-5 tables: rebuilds capabilities so that duration_days may be 0
/// (a milestone), keeping every row. createSchema and the migration from version 5 both run it;
/// frozen like kCreateVersion2Tables.
extern const char *const kVersion6Steps;

/// SQL version 7 runs on version-6 tables: the plan's working calendar (plan.workdays,
/// plan.waves, plan.fiscal_year_start, with defaults that keep what older files meant, and the
/// holidays table). createSchema and the migration from version 6 both run it; frozen like
/// kCreateVersion2Tables.
extern const char *const kVersion7Steps;

/// SQL version 8 runs on version-7 tables: progress through the year (plan.as_of, NULL in an
/// older file, and the progress table, created empty: every capability planned). createSchema
/// and the migration from version 7 both run it; frozen like kCreateVersion2Tables.
extern const char *const kVersion8Steps;

/// The application id as "0x57415645", for messages.
[[nodiscard]] std::string formatApplicationId(std::int32_t id);

/// The tables every version-kSchemaVersion plan file holds, in creation order.
[[nodiscard]] const std::vector<std::string> &planTables();

/// Creates the tables a file of format `version` (2 to kSchemaVersion) holds, exactly as that
/// version wrote them: what an untrusted file's schema is compared with.
void createTablesOfVersion(SQLite::Database &db, int version);

/// Creates every table of the current schema and sets application_id and user_version.
/// Expects an empty database and an open transaction (the caller commits).
void createSchema(SQLite::Database &db);

/// The tables of planTables() that `db` lacks (empty when all are there).
[[nodiscard]] std::vector<std::string> missingTables(const SQLite::Database &db);

} // namespace waveplan::store
