#pragma once
/// @file plan_writer.h
/// Writes a plan's rows into the tables of schema.h. Private to core/store.

#include "core/model/plan.h"

#include <string>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace waveplan::store {

/// Values a plan file cannot hold exactly, though structuralErrors() accepts them: a start
/// date outside the years 0000-9999 (the file keeps "YYYY-MM-DD") and NaN money or positions
/// (SQLite stores NaN as NULL). Empty when the plan can be saved.
[[nodiscard]] std::vector<std::string> unstorableValues(const Plan &plan);

/// `given` when every capability and team has an id, else a copy of it in `copy` with the ids
/// withIds() gives them: the ids writePlan writes.
[[nodiscard]] const Plan &withEveryId(const Plan &given, std::optional<Plan> &copy);

/// Inserts every row of `plan` into the empty tables of `db`. Expects an open transaction,
/// foreign keys on, and a plan with no structural errors and no unstorable values.
/// Teams and capabilities without an id are written with the ids withIds() gives them.
/// Throws SQLite::Exception when a row is refused.
void writePlan(SQLite::Database &db, const Plan &plan);

} // namespace waveplan::store
