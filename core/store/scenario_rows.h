#pragma once
/// @file scenario_rows.h
/// A file's scenarios in the scenarios table of schema.h (file format 5). The current scenario's
/// plan and accepted schedule are in the plan's own tables; every other scenario is kept whole
/// as its plan JSON (docs/json-format.md) and its accepted schedule as the JSON that `waveplan
/// schedule --stable-from` reads. Private to core/store.

#include "core/store/scenario_set.h"
#include "core/util/result.h"

namespace SQLite {
class Database;
}

namespace waveplan::store {

/// Inserts one row per scenario of `set` into the empty scenarios table of `db`. Expects an
/// open transaction and scenarios whose plans can be saved. Throws SQLite::Exception when a
/// row is refused.
void writeScenarios(SQLite::Database &db, const ScenarioSet &set);

/// The scenarios kept in `db` (current file format, tables present), the current one being
/// `current` with `accepted` (read from the plan's tables). A file without scenario rows holds
/// one, kDefaultScenarioName. A row that cannot be part of a scenario (no current row or two,
/// a plan JSON that does not read, a current row with a plan) is an error naming the table and
/// scenario; a damaged accepted schedule of another scenario only loses that hint (a warning in
/// the log). Throws SQLite::Exception when a query fails.
[[nodiscard]] Result<ScenarioSet> readScenarios(SQLite::Database &db, Plan current,
                                                ScheduleReference accepted);

} // namespace waveplan::store
