#pragma once
/// @file accepted_schedule_rows.h
/// The schedule a plan was saved with, in the accepted_schedule and accepted_schedule_end tables
/// of schema.h (file format 3). It is a hint for reopening the plan with the same waves, never
/// part of the plan: a damaged one is dropped, not reported as a damaged file. Private to
/// core/store.

#include "core/model/plan.h"
#include "core/schedule/schedule_reference.h"
#include "core/util/result.h"

namespace SQLite {
class Database;
}

namespace waveplan::store {

/// Inserts `accepted` into the empty accepted-schedule tables of `db`. Expects an open
/// transaction and `plan`'s capabilities already written (writePlan): entries are matched to
/// them by key, and an entry whose key names no capability of the plan is skipped. So is an
/// entry the reader would refuse (a start before day 0, a wave below 1; logged as a warning),
/// and a driving-path key without an entry. The end day is written only with at least one
/// entry; an end day before day 0 writes nothing (warning). Returns the number of entries written.
/// Throws SQLite::Exception when a row is refused.
int writeAcceptedSchedule(SQLite::Database &db, const Plan &plan, const ScheduleReference &accepted);

/// The accepted schedule kept in `db` (current file format, tables present), keyed by the keys
/// of the capabilities table; empty when the file keeps none. A row that cannot be part of it (a
/// value of the wrong type or out of range, a capability id the file lacks, the end day missing
/// or given twice) is an error naming the table and row; the errors name no file.
/// Throws SQLite::Exception when a query fails.
[[nodiscard]] Result<ScheduleReference> readAcceptedSchedule(SQLite::Database &db);

} // namespace waveplan::store
