#include "core/store/plan_writer.h"

#include "core/store/baseline_rows.h"
#include "core/store/batch_insert.h"

#include "core/model/key_index.h"
#include "core/model/tracking.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <optional>
#include <string>
#include <vector>

namespace waveplan::store {

namespace {

void bindOptional(SQLite::Statement &statement, int index, const std::optional<int> &value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

void bindOptional(SQLite::Statement &statement, int index, const std::optional<double> &value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bind(index);
}

void bindOptional(SQLite::Statement &statement, int index, const std::optional<Date> &value)
{
    if (value)
        statement.bind(index, formatIsoDate(*value));
    else
        statement.bind(index);
}

/// Runs an INSERT once and readies it for the next row. Every caller binds every parameter of
/// every row, so the bindings are not cleared (a call per row saved on a large plan).
void insertRow(SQLite::Statement &statement)
{
    statement.exec();
    statement.reset();
}

void writeSettings(SQLite::Database &db, const Plan &plan)
{
    SQLite::Statement insert(db, "INSERT INTO plan (id, name, start_date, wave_length_days, horizon_waves, "
                                 "allow_span, workdays, waves, fiscal_year_start, as_of) "
                                 "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, plan.name);
    insert.bind(2, formatIsoDate(plan.startDate));
    insert.bind(3, plan.waveLengthDays);
    insert.bind(4, plan.horizonWaves);
    insert.bind(5, plan.allowSpan ? 1 : 0);
    insert.bind(6, formatWorkedWeekdays(plan.calendar.worked));
    insert.bind(7, std::string(waveSchemeName(plan.waveScheme)));
    insert.bind(8, plan.fiscalYearStartMonth);
    bindOptional(insert, 9, plan.asOf);
    insert.exec();

    SQLite::Statement holiday(db, "INSERT INTO holidays (ord, date, name) VALUES (?, ?, ?)");
    int ord = 0;
    for (const Holiday &h : plan.calendar.holidays) {
        holiday.bind(1, ++ord);
        holiday.bind(2, formatIsoDate(h.date));
        holiday.bind(3, h.name);
        insertRow(holiday);
    }
}

void writeTeams(SQLite::Database &db, const Plan &plan)
{
    SQLite::Statement team(db, "INSERT INTO teams (id, name, ord, capacity, max_changes_per_wave) "
                               "VALUES (?, ?, ?, ?, ?)");
    SQLite::Statement capacityOverride(db, "INSERT INTO team_capacity (team, wave, people) VALUES (?, ?, ?)");
    int ord = 0;
    for (const Team &t : plan.teams) {
        team.bind(1, t.id);
        team.bind(2, t.name);
        team.bind(3, ord++);
        team.bind(4, t.capacity);
        bindOptional(team, 5, t.goLiveLimit);
        insertRow(team);
        for (const auto &[wave, people] : t.capacityByWave) {
            capacityOverride.bind(1, t.id);
            capacityOverride.bind(2, wave);
            capacityOverride.bind(3, people);
            insertRow(capacityOverride);
        }
    }
}

void writeCapabilities(SQLite::Database &db, const Plan &plan)
{
    std::map<std::string_view, TeamId> teamIds;
    for (const Team &t : plan.teams)
        teamIds.emplace(t.name, t.id);
    // The plan's own strings are bound without a copy (bindNoCopy): they outlive the statement.
    // A capability's row has ord = its place in the plan.
    const Capability *first = plan.capabilities.data();
    insertRows(db,
               "INSERT INTO capabilities (id, key, ord, name, kind, duration_days, owner, approach, kpi, "
               "readiness_technical, readiness_skills, readiness_process, value, cost, earliest_wave, "
               "deadline_wave, pinned_wave, retires, notes, position_x, position_y)",
               21, plan.capabilities, [&](SQLite::Statement &row, int at, const Capability &c) {
                   row.bind(at + 1, c.id);
                   row.bindNoCopy(at + 2, c.key);
                   row.bind(at + 3, static_cast<int>(&c - first));
                   row.bindNoCopy(at + 4, c.name);
                   row.bind(at + 5, std::string(toString(c.kind)));
                   row.bind(at + 6, c.durationDays);
                   row.bindNoCopy(at + 7, c.owner);
                   row.bind(at + 8, std::string(toString(c.approach)));
                   row.bindNoCopy(at + 9, c.kpi);
                   bindOptional(row, at + 10, c.readiness.technical);
                   bindOptional(row, at + 11, c.readiness.skills);
                   bindOptional(row, at + 12, c.readiness.process);
                   bindOptional(row, at + 13, c.value);
                   bindOptional(row, at + 14, c.cost);
                   bindOptional(row, at + 15, c.earliestWave);
                   bindOptional(row, at + 16, c.deadlineWave);
                   bindOptional(row, at + 17, c.pinnedWave);
                   row.bindNoCopy(at + 18, c.retires);
                   row.bindNoCopy(at + 19, c.notes);
                   bindOptional(row, at + 20, c.position ? std::optional(c.position->x) : std::nullopt);
                   bindOptional(row, at + 21, c.position ? std::optional(c.position->y) : std::nullopt);
               });

    struct DemandRow {
        CapabilityId capability;
        TeamId team;
        int ord;
        int people;
    };
    std::vector<DemandRow> demands;
    for (const Capability &c : plan.capabilities) {
        int ord = 0;
        for (const TeamDemand &d : c.demand) // structuralErrors has checked the team exists
            demands.push_back({c.id, teamIds.at(d.team), ord++, d.people});
    }
    insertRows(db, "INSERT INTO capability_demand (capability, team, ord, people)", 4, demands,
               [](SQLite::Statement &row, int at, const DemandRow &d) {
                   row.bind(at + 1, d.capability);
                   row.bind(at + 2, d.team);
                   row.bind(at + 3, d.ord);
                   row.bind(at + 4, d.people);
               });
}

/// A row for each capability under way or done; none for the planned ones.
void writeProgress(SQLite::Database &db, const Plan &plan)
{
    SQLite::Statement insert(db, "INSERT INTO progress (capability, status, actual_start, actual_finish, "
                                 "remaining_days) VALUES (?, ?, ?, ?, ?)");
    for (const Capability &c : plan.capabilities) {
        if (c.status == WorkStatus::Planned)
            continue;
        insert.bind(1, c.id);
        insert.bind(2, std::string(toString(c.status)));
        bindOptional(insert, 3, c.actualStart);
        bindOptional(insert, 4, c.actualFinish);
        bindOptional(insert, 5, c.remainingDays);
        insertRow(insert);
    }
}

void writeDependencies(SQLite::Database &db, const Plan &plan)
{
    const KeyIndex capabilities(plan);
    const auto idOf = [&](const std::string &key) {
        return plan.capabilities[static_cast<std::size_t>(capabilities.indexOf(key))].id;
    };
    // A dependency's row has ord = its place in the plan; structuralErrors has checked both ends exist.
    const Dependency *first = plan.dependencies.data();
    insertRows(db, "INSERT INTO dependencies (ord, predecessor, successor, lag_days)", 4, plan.dependencies,
               [&](SQLite::Statement &row, int at, const Dependency &d) {
                   row.bind(at + 1, static_cast<int>(&d - first));
                   row.bind(at + 2, idOf(d.predecessor));
                   row.bind(at + 3, idOf(d.successor));
                   row.bind(at + 4, d.lagDays);
               });
}

} // namespace

std::vector<std::string> unstorableValues(const Plan &plan)
{
    std::vector<std::string> problems;
    // Dates go in as text of exactly ten characters (a CHECK the writer leaves to this).
    const auto unstorableDate = [](const std::optional<Date> &date) {
        if (!date)
            return false;
        const auto back = parseIsoDate(formatIsoDate(*date));
        return !back || *back != *date;
    };
    if (unstorableDate(plan.startDate))
        problems.push_back("start date " + formatIsoDate(plan.startDate) +
                           " is outside the years 0000 to 9999 that a plan file can hold");
    if (unstorableDate(plan.asOf))
        problems.push_back("as-of date " + formatIsoDate(*plan.asOf) +
                           " is outside the years 0000 to 9999 that a plan file can hold");
    for (const Capability &c : plan.capabilities) {
        for (const auto &[date, what] : {std::pair{c.actualStart, "actual start"}, std::pair{c.actualFinish, "actual finish"}})
            if (unstorableDate(date))
                problems.push_back("capability '" + c.key + "': " + what + " " + formatIsoDate(*date) +
                                   " is outside the years 0000 to 9999 that a plan file can hold");
        auto check = [&](const std::optional<double> &number, const char *what) {
            if (number && std::isnan(*number))
                problems.push_back("capability '" + c.key + "': " + what + " is not a number (NaN)");
        };
        check(c.value, "value");
        check(c.cost, "cost");
        check(c.position ? std::optional(c.position->x) : std::nullopt, "map position x");
        check(c.position ? std::optional(c.position->y) : std::nullopt, "map position y");
    }
    for (const Baseline &b : plan.baselines) {
        for (const auto &[when, what] : {std::pair{b.frozenOn, "the date it was frozen"},
                                         std::pair{b.startDate, "its start date"}})
            if (unstorableDate(when))
                problems.push_back("baseline '" + b.name + "': " + what + " " + formatIsoDate(when) +
                                   " is outside the years 0000 to 9999 that a plan file can hold");
        for (const auto &[key, e] : b.capabilities)
            if (e.cost && std::isnan(*e.cost))
                problems.push_back("baseline '" + b.name + "', capability '" + key + "': cost is not a number (NaN)");
    }
    return problems;
}

const Plan &withEveryId(const Plan &given, std::optional<Plan> &copy)
{
    // Copy the plan only when it lacks ids (one built in code or imported); an open plan has them.
    const auto lacksId = [](const auto &item) { return item.id == kNoId; };
    const bool complete = std::none_of(given.capabilities.begin(), given.capabilities.end(), lacksId) &&
                          std::none_of(given.teams.begin(), given.teams.end(), lacksId);
    if (complete)
        return given;
    copy = withIds(given);
    return *copy;
}

void writePlan(SQLite::Database &db, const Plan &given)
{
    std::optional<Plan> copy;
    const Plan &plan = withEveryId(given, copy);
    writeSettings(db, plan);
    writeTeams(db, plan);
    writeCapabilities(db, plan);
    writeProgress(db, plan);
    writeDependencies(db, plan);
    writeBaselines(db, plan);
}

} // namespace waveplan::store
