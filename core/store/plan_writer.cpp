#include "core/store/plan_writer.h"

#include "core/store/baseline_rows.h"

#include "core/model/key_index.h"
#include "core/model/tracking.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <optional>

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
    SQLite::Statement capability(
        db, "INSERT INTO capabilities (id, key, ord, name, kind, duration_days, owner, approach, kpi, "
            "readiness_technical, readiness_skills, readiness_process, value, cost, earliest_wave, "
            "deadline_wave, pinned_wave, retires, notes, position_x, position_y) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement demand(db, "INSERT INTO capability_demand (capability, team, ord, people) "
                                 "VALUES (?, ?, ?, ?)");
    // The plan's own strings are bound without a copy (bindNoCopy): they outlive the row's insert.
    int ord = 0;
    for (const Capability &c : plan.capabilities) {
        capability.bind(1, c.id);
        capability.bindNoCopy(2, c.key);
        capability.bind(3, ord++);
        capability.bindNoCopy(4, c.name);
        capability.bind(5, std::string(toString(c.kind)));
        capability.bind(6, c.durationDays);
        capability.bindNoCopy(7, c.owner);
        capability.bind(8, std::string(toString(c.approach)));
        capability.bindNoCopy(9, c.kpi);
        bindOptional(capability, 10, c.readiness.technical);
        bindOptional(capability, 11, c.readiness.skills);
        bindOptional(capability, 12, c.readiness.process);
        bindOptional(capability, 13, c.value);
        bindOptional(capability, 14, c.cost);
        bindOptional(capability, 15, c.earliestWave);
        bindOptional(capability, 16, c.deadlineWave);
        bindOptional(capability, 17, c.pinnedWave);
        capability.bindNoCopy(18, c.retires);
        capability.bindNoCopy(19, c.notes);
        bindOptional(capability, 20, c.position ? std::optional(c.position->x) : std::nullopt);
        bindOptional(capability, 21, c.position ? std::optional(c.position->y) : std::nullopt);
        insertRow(capability);

        int demandOrd = 0;
        for (const TeamDemand &d : c.demand) {
            demand.bind(1, c.id);
            demand.bind(2, teamIds.at(d.team)); // structuralErrors has checked the team exists
            demand.bind(3, demandOrd++);
            demand.bind(4, d.people);
            insertRow(demand);
        }
    }
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
    SQLite::Statement insert(db, "INSERT INTO dependencies (ord, predecessor, successor, lag_days) "
                                 "VALUES (?, ?, ?, ?)");
    int ord = 0;
    for (const Dependency &d : plan.dependencies) {
        insert.bind(1, ord++);
        insert.bind(2, idOf(d.predecessor)); // structuralErrors has checked both exist
        insert.bind(3, idOf(d.successor));
        insert.bind(4, d.lagDays);
        insertRow(insert);
    }
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

void writePlan(SQLite::Database &db, const Plan &given)
{
    // Copy the plan only when it lacks ids (one built in code or imported); an open plan has them.
    const auto lacksId = [](const auto &item) { return item.id == kNoId; };
    const bool complete = std::none_of(given.capabilities.begin(), given.capabilities.end(), lacksId) &&
                          std::none_of(given.teams.begin(), given.teams.end(), lacksId);
    const std::optional<Plan> withAllIds = complete ? std::nullopt : std::optional<Plan>(withIds(given));
    const Plan &plan = complete ? given : *withAllIds;
    writeSettings(db, plan);
    writeTeams(db, plan);
    writeCapabilities(db, plan);
    writeProgress(db, plan);
    writeDependencies(db, plan);
    writeBaselines(db, plan);
}

} // namespace waveplan::store
