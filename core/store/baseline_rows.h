#pragma once
/// @file baseline_rows.h
/// A plan's baselines in the baselines, baseline_capabilities and baseline_load tables of
/// schema.h (file format 4). Unlike the accepted schedule they are part of the plan: a row that
/// cannot be read is an error like any other row of the plan. Private to core/store.

#include "core/model/plan.h"
#include "core/util/result.h"

namespace SQLite {
class Database;
}

namespace waveplan::store {

/// Inserts `plan`'s baselines into the empty baseline tables of `db`. Expects an open
/// transaction and baselines that baselineErrors accepts. Throws SQLite::Exception when a row
/// is refused.
void writeBaselines(SQLite::Database &db, const Plan &plan);

/// Appends the baselines kept in `db` (current file format, tables present) to `plan`, in the
/// order they were frozen. A row that cannot be part of one (a value of the wrong type, a date
/// that is not a date, a row for a baseline the file lacks) is an error naming the table and
/// row, added to `errors`. Throws SQLite::Exception when a query fails.
void readBaselines(SQLite::Database &db, Plan &plan, Errors &errors);

} // namespace waveplan::store
