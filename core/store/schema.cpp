#include "core/store/schema.h"

#include <SQLiteCpp/Database.h>

#include <cstdio>

namespace waveplan::store {

namespace {

// Version 2. Tables are STRICT (SQLite 3.37+) so that every value has the type the reader
// expects. CHECK constraints mirror the structural rules of structuralErrors() that one row can
// express; the reader still runs structuralErrors() because a hand-edited file can bypass
// foreign keys. Teams and capabilities are keyed by their internal id (core/model/ids.h), so a
// renamed key or team name changes one row; every reference between tables is by id. `ord`
// columns keep the order the user gave teams, capabilities, demands and dependencies, so that
// loading a saved plan gives back an equal plan. Version 1 keyed rows by key and team name;
// migrations.cpp converts it.
constexpr const char *kCreatePlanTable = R"sql(
CREATE TABLE plan (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  name             TEXT    NOT NULL,
  start_date       TEXT    NOT NULL CHECK (length(start_date) = 10),
  wave_length_days INTEGER NOT NULL CHECK (wave_length_days > 0),
  horizon_waves    INTEGER NOT NULL CHECK (horizon_waves > 0),
  allow_span       INTEGER NOT NULL CHECK (allow_span IN (0, 1))
) STRICT;
)sql";

} // namespace

// Version 7: the working calendar. workdays is the text parseWorkedWeekdays reads ("all",
// "mon-fri"); waves is "days" (blocks of wave_length_days) or "quarter"; fiscal_year_start the
// month quarters are counted from. Defaults are what a file without them meant: every day
// worked, waves of wave_length_days. holidays keeps the days off in the order the user gave.
const char *const kVersion7Steps = R"sql(
ALTER TABLE plan ADD COLUMN workdays TEXT NOT NULL DEFAULT 'all' CHECK (workdays <> '');
ALTER TABLE plan ADD COLUMN waves TEXT NOT NULL DEFAULT 'days' CHECK (waves IN ('days', 'quarter'));
ALTER TABLE plan ADD COLUMN fiscal_year_start INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_year_start BETWEEN 1 AND 12);
CREATE TABLE holidays (
  ord  INTEGER PRIMARY KEY,
  date TEXT    NOT NULL UNIQUE CHECK (length(date) = 10),
  name TEXT    NOT NULL CHECK (name <> '')
) STRICT;
)sql";

// Version 8: following the plan through the year. plan.as_of is the day the progress describes
// (NULL: the plan is planned from its start date). progress holds a row for each capability
// that is under way or done, and none for the many still planned, so that an untracked plan's
// file is as large as before.
const char *const kVersion8Steps = R"sql(
ALTER TABLE plan ADD COLUMN as_of TEXT CHECK (as_of IS NULL OR length(as_of) = 10);
CREATE TABLE progress (
  capability     INTEGER PRIMARY KEY REFERENCES capabilities (id) ON DELETE CASCADE,
  status         TEXT    NOT NULL CHECK (status IN ('in-progress', 'done')),
  actual_start   TEXT    CHECK (actual_start IS NULL OR length(actual_start) = 10),
  actual_finish  TEXT    CHECK (actual_finish IS NULL OR length(actual_finish) = 10),
  remaining_days INTEGER CHECK (remaining_days IS NULL OR remaining_days >= 1)
) STRICT;
)sql";

const char *const kCreateVersion2Tables = R"sql(
CREATE TABLE teams (
  id                   INTEGER PRIMARY KEY CHECK (id > 0),
  name                 TEXT    NOT NULL UNIQUE CHECK (name <> ''),
  ord                  INTEGER NOT NULL UNIQUE,
  capacity             INTEGER NOT NULL CHECK (capacity >= 0),
  max_changes_per_wave INTEGER CHECK (max_changes_per_wave >= 0)
) STRICT;

CREATE TABLE team_capacity (
  team   INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  wave   INTEGER NOT NULL CHECK (wave >= 1),
  people INTEGER NOT NULL CHECK (people >= 0),
  PRIMARY KEY (team, wave)
) STRICT;

CREATE TABLE capabilities (
  id                  INTEGER PRIMARY KEY CHECK (id > 0),
  key                 TEXT    NOT NULL UNIQUE,
  ord                 INTEGER NOT NULL UNIQUE,
  name                TEXT    NOT NULL,
  kind                TEXT    NOT NULL CHECK (kind IN ('foundational', 'additive')),
  duration_days       INTEGER NOT NULL CHECK (duration_days > 0),
  owner               TEXT    NOT NULL DEFAULT '',
  approach            TEXT    NOT NULL DEFAULT ''
                              CHECK (approach IN ('', 'build', 'buy', 'integrate')),
  kpi                 TEXT    NOT NULL DEFAULT '',
  readiness_technical INTEGER CHECK (readiness_technical BETWEEN 1 AND 5),
  readiness_skills    INTEGER CHECK (readiness_skills BETWEEN 1 AND 5),
  readiness_process   INTEGER CHECK (readiness_process BETWEEN 1 AND 5),
  value               REAL,
  cost                REAL,
  earliest_wave       INTEGER CHECK (earliest_wave >= 1),
  deadline_wave       INTEGER CHECK (deadline_wave >= 1),
  pinned_wave         INTEGER CHECK (pinned_wave >= 1),
  retires             TEXT    NOT NULL DEFAULT '',
  notes               TEXT    NOT NULL DEFAULT '',
  position_x          REAL,
  position_y          REAL,
  CHECK ((position_x IS NULL) = (position_y IS NULL))
) STRICT;

CREATE TABLE capability_demand (
  capability INTEGER NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,
  team       INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  ord        INTEGER NOT NULL,
  people     INTEGER NOT NULL CHECK (people > 0),
  PRIMARY KEY (capability, team),
  UNIQUE (capability, ord)
) STRICT;

CREATE TABLE dependencies (
  ord         INTEGER PRIMARY KEY,
  predecessor INTEGER NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,
  successor   INTEGER NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,
  lag_days    INTEGER NOT NULL CHECK (lag_days >= 0),
  UNIQUE (predecessor, successor),
  CHECK (predecessor <> successor)
) STRICT;
)sql";

// Version 3: the schedule the plan was saved with, a hint for reopening it with the same waves.
// No CHECK constraints here, unlike the tables above: SQLite's integrity check reports a row
// that breaks one as damage to the whole file, but a bad row here must only cost the hint. The
// reader checks the values (start_day >= 0, wave >= 1, end_day >= 0, a known capability, one
// end row) and drops the whole schedule when one is wrong. driving_path_ord orders the
// capabilities of the driving path; NULL = not on it.
const char *const kCreateVersion3Tables = R"sql(
CREATE TABLE accepted_schedule (
  capability       INTEGER PRIMARY KEY REFERENCES capabilities (id) ON DELETE CASCADE,
  start_day        INTEGER NOT NULL,
  wave             INTEGER NOT NULL,
  driving_path_ord INTEGER UNIQUE
) STRICT;

CREATE TABLE accepted_schedule_end (
  end_day INTEGER NOT NULL
) STRICT;
)sql";

// Version 4: baselines, frozen schedules that are part of the plan (so, unlike the accepted
// schedule, with CHECK constraints: a row breaking one is damage). Capabilities are named by
// key, not by id: a baseline keeps capabilities that have since been deleted. ord keeps the
// order they were frozen in; driving_path_ord orders the capabilities of the frozen driving
// path (NULL = not on it); baseline_load keeps each team's load per wave as frozen.
const char *const kCreateVersion4Tables = R"sql(
CREATE TABLE baselines (
  id               INTEGER PRIMARY KEY CHECK (id > 0),
  ord              INTEGER NOT NULL UNIQUE,
  name             TEXT    NOT NULL UNIQUE CHECK (name <> ''),
  frozen_on        TEXT    NOT NULL CHECK (length(frozen_on) = 10),
  start_date       TEXT    NOT NULL CHECK (length(start_date) = 10),
  wave_length_days INTEGER NOT NULL CHECK (wave_length_days > 0),
  end_day          INTEGER NOT NULL CHECK (end_day >= 0)
) STRICT;

CREATE TABLE baseline_capabilities (
  baseline         INTEGER NOT NULL REFERENCES baselines (id) ON DELETE CASCADE,
  key              TEXT    NOT NULL,
  start_day        INTEGER NOT NULL CHECK (start_day >= 0),
  finish_day       INTEGER NOT NULL CHECK (finish_day >= start_day),
  wave             INTEGER NOT NULL CHECK (wave >= 1),
  cost             REAL,
  driving_path_ord INTEGER,
  PRIMARY KEY (baseline, key),
  UNIQUE (baseline, driving_path_ord)
) STRICT;

CREATE TABLE baseline_load (
  baseline              INTEGER NOT NULL REFERENCES baselines (id) ON DELETE CASCADE,
  ord                   INTEGER NOT NULL,
  team                  TEXT    NOT NULL,
  wave                  INTEGER NOT NULL CHECK (wave >= 1),
  people_days_used      INTEGER NOT NULL CHECK (people_days_used >= 0),
  people_days_available INTEGER NOT NULL CHECK (people_days_available >= 0),
  go_lives              INTEGER NOT NULL CHECK (go_lives >= 0),
  PRIMARY KEY (baseline, ord)
) STRICT;
)sql";

// Version 5: scenarios. The current scenario's plan is in the tables above (so every reader of
// one plan gets it); each other scenario is kept whole as its plan JSON, its accepted schedule as
// the JSON `schedule --stable-from` reads. No rows: one scenario, "Main plan".
const char *const kCreateVersion5Tables = R"sql(
CREATE TABLE scenarios (
  ord           INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL UNIQUE CHECK (name <> ''),
  is_current    INTEGER NOT NULL CHECK (is_current IN (0, 1)),
  plan_json     TEXT,
  accepted_json TEXT,
  CHECK ((is_current = 1) = (plan_json IS NULL))
) STRICT;
)sql";

// Version 6: a capability may take 0 days (a milestone). SQLite cannot change a CHECK
// constraint in place, so the capabilities table is rebuilt with the new rule, rows and ids
// kept (foreign keys are off: nothing cascades). New files run the same steps on the empty
// table, so every version-6 file has the same schema text.
const char *const kVersion6Steps = R"sql(
CREATE TABLE capabilities_v6 (
  id                  INTEGER PRIMARY KEY CHECK (id > 0),
  key                 TEXT    NOT NULL UNIQUE,
  ord                 INTEGER NOT NULL UNIQUE,
  name                TEXT    NOT NULL,
  kind                TEXT    NOT NULL CHECK (kind IN ('foundational', 'additive')),
  duration_days       INTEGER NOT NULL CHECK (duration_days >= 0),
  owner               TEXT    NOT NULL DEFAULT '',
  approach            TEXT    NOT NULL DEFAULT ''
                              CHECK (approach IN ('', 'build', 'buy', 'integrate')),
  kpi                 TEXT    NOT NULL DEFAULT '',
  readiness_technical INTEGER CHECK (readiness_technical BETWEEN 1 AND 5),
  readiness_skills    INTEGER CHECK (readiness_skills BETWEEN 1 AND 5),
  readiness_process   INTEGER CHECK (readiness_process BETWEEN 1 AND 5),
  value               REAL,
  cost                REAL,
  earliest_wave       INTEGER CHECK (earliest_wave >= 1),
  deadline_wave       INTEGER CHECK (deadline_wave >= 1),
  pinned_wave         INTEGER CHECK (pinned_wave >= 1),
  retires             TEXT    NOT NULL DEFAULT '',
  notes               TEXT    NOT NULL DEFAULT '',
  position_x          REAL,
  position_y          REAL,
  CHECK ((position_x IS NULL) = (position_y IS NULL))
) STRICT;
INSERT INTO capabilities_v6 SELECT * FROM capabilities;
DROP TABLE capabilities;
ALTER TABLE capabilities_v6 RENAME TO capabilities;
)sql";

std::string formatApplicationId(std::int32_t id)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08X", static_cast<unsigned>(id));
    return buffer;
}

const std::vector<std::string> &planTables()
{
    static const std::vector<std::string> tables{"plan",
                                                 "teams",
                                                 "team_capacity",
                                                 "capabilities",
                                                 "capability_demand",
                                                 "dependencies",
                                                 "accepted_schedule",
                                                 "accepted_schedule_end",
                                                 "baselines",
                                                 "baseline_capabilities",
                                                 "baseline_load",
                                                 "scenarios",
                                                 "holidays",
                                                 "progress"};
    return tables;
}

void createTablesOfVersion(SQLite::Database &db, int version)
{
    db.exec(kCreatePlanTable);
    db.exec(kCreateVersion2Tables);
    if (version >= 3)
        db.exec(kCreateVersion3Tables);
    if (version >= 4)
        db.exec(kCreateVersion4Tables);
    if (version >= 5)
        db.exec(kCreateVersion5Tables);
    if (version >= 6)
        db.exec(kVersion6Steps);
    if (version >= 7)
        db.exec(kVersion7Steps);
    if (version >= 8)
        db.exec(kVersion8Steps);
}

void createSchema(SQLite::Database &db)
{
    createTablesOfVersion(db, kSchemaVersion);
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
}

std::vector<std::string> missingTables(const SQLite::Database &db)
{
    std::vector<std::string> missing;
    for (const std::string &table : planTables())
        if (!db.tableExists(table))
            missing.push_back(table);
    return missing;
}

} // namespace waveplan::store
