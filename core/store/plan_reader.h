#pragma once
/// @file plan_reader.h
/// Reads a plan back from the tables of schema.h. Private to core/store.

#include "core/model/plan.h"
#include "core/util/result.h"

namespace SQLite {
class Database;
}

namespace waveplan::store {

/// Reads the plan held by `db` (current file format, tables present). Rows that cannot be
/// part of a plan (a value of the wrong type or out of range, a demand or capacity override for
/// a capability or team the file lacks, a missing settings row) are errors, each saying which
/// table and row; the errors name no file. The plan's structural rules are not checked here.
/// Throws SQLite::Exception when a query fails.
[[nodiscard]] Result<Plan> readPlan(SQLite::Database &db);

} // namespace waveplan::store
