#include "core/store/migrations.h"

#include "core/log/logging.h"
#include "core/store/schema.h"

#include "core/model/work_calendar.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <exception>
#include <optional>
#include <utility>
#include <vector>
#include <stdexcept>
#include <string>

namespace waveplan::store {

namespace {

/// Version 1 -> 2: teams and capabilities get internal ids (their order in the plan, from 1),
/// and every reference by key or team name becomes a reference by id. The version-1 tables are
/// renamed aside, the version-2 ones created, the rows copied over, the old tables dropped. A
/// reference that names no row (possible only in a hand-edited file, as version 1 could not
/// check foreign keys on reading) is kept out of the copy by the joins and reported instead.
void giveTeamsAndCapabilitiesIds(SQLite::Database &db)
{
    for (const char *table : {"teams", "team_capacity", "capabilities", "capability_demand", "dependencies"})
        db.exec(std::string("ALTER TABLE ") + table + " RENAME TO v1_" + table);
    db.exec(kCreateVersion2Tables);
    db.exec(R"sql(
INSERT INTO teams (id, name, ord, capacity, max_changes_per_wave)
  SELECT row_number() OVER (ORDER BY ord), name, ord, capacity, max_changes_per_wave FROM v1_teams;
INSERT INTO team_capacity (team, wave, people)
  SELECT t.id, c.wave, c.people FROM v1_team_capacity c JOIN teams t ON t.name = c.team;
INSERT INTO capabilities (id, key, ord, name, kind, duration_days, owner, approach, kpi,
    readiness_technical, readiness_skills, readiness_process, value, cost, earliest_wave,
    deadline_wave, pinned_wave, retires, notes, position_x, position_y)
  SELECT row_number() OVER (ORDER BY ord), key, ord, name, kind, duration_days, owner, approach, kpi,
    readiness_technical, readiness_skills, readiness_process, value, cost, earliest_wave,
    deadline_wave, pinned_wave, retires, notes, position_x, position_y FROM v1_capabilities;
INSERT INTO capability_demand (capability, team, ord, people)
  SELECT c.id, t.id, d.ord, d.people FROM v1_capability_demand d
    JOIN capabilities c ON c.key = d.capability JOIN teams t ON t.name = d.team;
INSERT INTO dependencies (ord, predecessor, successor, lag_days)
  SELECT d.ord, p.id, s.id, d.lag_days FROM v1_dependencies d
    JOIN capabilities p ON p.key = d.predecessor JOIN capabilities s ON s.key = d.successor;
)sql");
    const auto lost = [&](const char *query) { return db.execAndGet(query).getInt(); };
    const int orphans =
        lost("SELECT count(*) FROM v1_team_capacity WHERE team NOT IN (SELECT name FROM v1_teams)") +
        lost("SELECT count(*) FROM v1_capability_demand WHERE capability NOT IN (SELECT key FROM v1_capabilities) "
             "OR team NOT IN (SELECT name FROM v1_teams)") +
        lost("SELECT count(*) FROM v1_dependencies WHERE predecessor NOT IN (SELECT key FROM v1_capabilities) "
             "OR successor NOT IN (SELECT key FROM v1_capabilities)");
    if (orphans > 0)
        throw std::runtime_error(std::to_string(orphans) +
                                 " row(s) of team_capacity, capability_demand or dependencies name a team or "
                                 "capability the file does not have");
    for (const char *table : {"dependencies", "capability_demand", "capabilities", "team_capacity", "teams"})
        db.exec(std::string("DROP TABLE v1_") + table);
}

/// Version 2 -> 3: the tables that keep the schedule a plan was saved with. A version-2 file
/// has none, so they start empty and the plan opens without an accepted schedule.
void addAcceptedScheduleTables(SQLite::Database &db)
{
    db.exec(kCreateVersion3Tables);
}

/// Version 3 -> 4: the baseline tables. A version-3 file has no baselines, so they start empty.
void addBaselineTables(SQLite::Database &db)
{
    db.exec(kCreateVersion4Tables);
}

/// Version 4 -> 5: the scenarios table. A version-4 file has no rows: one scenario, "Main plan".
void addScenariosTable(SQLite::Database &db)
{
    db.exec(kCreateVersion5Tables);
}

/// Version 5 -> 6: capabilities may take 0 days. The table is rebuilt; every row is kept.
void allowMilestones(SQLite::Database &db)
{
    db.exec(kVersion6Steps);
}

/// Version 6 -> 7: the working calendar. A version-6 plan worked every day in waves of its
/// wave length, which is what the new columns' defaults say; it has no holidays.
void addWorkingCalendar(SQLite::Database &db)
{
    db.exec(kVersion7Steps);
}

/// The working calendar of a version-7 plan row; nullopt when it works every day or its
/// workdays cannot be read (the reader names that).
std::optional<WorkCalendar> versionSevenCalendar(SQLite::Database &db)
{
    SQLite::Statement settings(db, "SELECT workdays FROM plan");
    if (!settings.executeStep())
        return std::nullopt;
    const Result<WorkedWeekdays> worked = parseWorkedWeekdays(settings.getColumn(0).getString());
    if (!worked)
        return std::nullopt;
    WorkCalendar calendar;
    calendar.worked = *worked;
    SQLite::Statement holidays(db, "SELECT date FROM holidays");
    while (holidays.executeStep())
        if (const auto date = parseIsoDate(holidays.getColumn(0).getString()))
            calendar.holidays.push_back({*date, "holiday"});
    if (calendar.everyDay())
        return std::nullopt;
    return calendar;
}

/// Version 7 -> 8: progress. A version-7 plan had no progress: every capability planned, no
/// as-of date, which is what an empty progress table and a NULL as_of say. Version 7 also kept
/// the baselines of a plan with a working calendar in working days, where version 8 keeps
/// calendar days from the baseline's start date (baseline.h): those are re-dated through the
/// plan's calendar. A plan that works every day has the same numbers either way.
void addProgress(SQLite::Database &db)
{
    db.exec(kVersion8Steps);
    const std::optional<WorkCalendar> calendar = versionSevenCalendar(db);
    if (!calendar)
        return;
    struct Row {
        std::int64_t baseline;
        std::string key; ///< empty for the baseline's own end day
        int start;
        int finish;
    };
    std::vector<Row> rows;
    std::vector<std::pair<std::int64_t, std::string>> starts;
    SQLite::Statement baselines(db, "SELECT id, start_date, end_day FROM baselines");
    while (baselines.executeStep()) {
        starts.emplace_back(baselines.getColumn(0).getInt64(), baselines.getColumn(1).getString());
        rows.push_back({starts.back().first, {}, 0, baselines.getColumn(2).getInt()});
    }
    SQLite::Statement entries(db, "SELECT baseline, key, start_day, finish_day FROM baseline_capabilities");
    while (entries.executeStep())
        rows.push_back({entries.getColumn(0).getInt64(), entries.getColumn(1).getString(), entries.getColumn(2).getInt(),
                        entries.getColumn(3).getInt()});
    SQLite::Statement end(db, "UPDATE baselines SET end_day = ? WHERE id = ?");
    SQLite::Statement entry(db, "UPDATE baseline_capabilities SET start_day = ?, finish_day = ? WHERE baseline = ? AND key = ?");
    for (const auto &[id, startText] : starts) {
        const std::optional<Date> start = parseIsoDate(startText);
        if (!start)
            continue; // the reader names it
        const WorkdayIndex days(*calendar, *start);
        const auto calendarDay = [&](int workday) {
            return static_cast<int>((std::chrono::sys_days{days.dateOf(std::max(0, workday))} -
                                     std::chrono::sys_days{*start}).count());
        };
        // Exclusive ends: the day after the last working day, or the start for nothing/a milestone.
        const auto after = [&](int from, int to) { return to > from ? calendarDay(to - 1) + 1 : calendarDay(from); };
        for (const Row &row : rows) {
            if (row.baseline != id)
                continue;
            if (row.key.empty()) {
                end.bind(1, row.finish > 0 ? calendarDay(row.finish - 1) + 1 : 0);
                end.bind(2, id);
                end.exec();
                end.reset();
            } else {
                entry.bind(1, calendarDay(row.start));
                entry.bind(2, after(row.start, row.finish));
                entry.bind(3, id);
                entry.bind(4, row.key);
                entry.exec();
                entry.reset();
            }
        }
    }
}

} // namespace

const std::vector<Migration> &planMigrations()
{
    // Add the step from version N to N+1 here when kSchemaVersion becomes N+1. A released step
    // never changes: files of that version exist.
    static const std::vector<Migration> steps{
        {1, "give teams and capabilities internal ids; reference them by id", giveTeamsAndCapabilitiesIds},
        {2, "add the accepted schedule (accepted_schedule, accepted_schedule_end)", addAcceptedScheduleTables},
        {3, "add baselines (baselines, baseline_capabilities, baseline_load)", addBaselineTables},
        {4, "add scenarios (scenarios)", addScenariosTable},
        {5, "allow 0-day capabilities, milestones (capabilities)", allowMilestones},
        {6, "add the working calendar (plan.workdays, plan.waves, plan.fiscal_year_start, holidays)",
         addWorkingCalendar},
        {7, "add progress through the year (plan.as_of, progress)", addProgress},
    };
    return steps;
}

int fileFormatVersion(SQLite::Database &db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

Status migrate(SQLite::Database &db, const std::vector<Migration> &steps, int targetVersion)
{
    const auto logger = log::get("core.store");
    for (int version = fileFormatVersion(db); version < targetVersion; ++version) {
        const auto step = std::find_if(steps.begin(), steps.end(),
                                       [&](const Migration &m) { return m.fromVersion == version; });
        if (step == steps.end() || !step->apply)
            return Error{"this version of Waveplan cannot convert file format " + std::to_string(version) +
                         " to " + std::to_string(version + 1),
                         {}, 0, 0};
        try {
            SQLite::Transaction transaction(db);
            step->apply(db);
            db.exec("PRAGMA user_version = " + std::to_string(version + 1));
            transaction.commit();
        } catch (const std::exception &e) {
            return Error{"converting file format " + std::to_string(version) + " to " +
                         std::to_string(version + 1) + " (" + step->description + ") failed: " + e.what(),
                         {}, 0, 0};
        }
        logger->debug("migrated file format {} -> {}: {}", version, version + 1, step->description);
    }
    return Ok{};
}

} // namespace waveplan::store
