#include "core/store/plan_reader.h"

#include "core/store/baseline_rows.h"
#include "core/store/row_reader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <map>

namespace waveplan::store {

namespace {

void readSettings(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement query(db, "SELECT name, start_date, wave_length_days, horizon_waves, allow_span "
                                "FROM plan");
    int rows = 0;
    while (query.executeStep()) {
        if (++rows > 1) {
            errors.push_back(Error{"table plan holds more than one row of plan settings", {}, 0, 0});
            return;
        }
        RowReader row(query, "table plan", errors);
        plan.name = row.text(0);
        const std::string date = row.text(1);
        if (const auto parsed = parseIsoDate(date))
            plan.startDate = *parsed;
        else
            row.problem("start date '" + date + "' is not a date like 2027-01-04");
        plan.waveLengthDays = row.integer(2);
        plan.horizonWaves = row.integer(3);
        const int allowSpan = row.integer(4);
        if (allowSpan != 0 && allowSpan != 1)
            row.problem("column allow_span should hold 0 or 1");
        plan.allowSpan = allowSpan == 1;
    }
    if (rows == 0)
        errors.push_back(Error{"table plan has no row: the plan settings are missing", {}, 0, 0});
}

void readTeams(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement teams(db, "SELECT id, name, capacity, max_changes_per_wave FROM teams ORDER BY ord");
    while (teams.executeStep()) {
        RowReader row(teams, "table teams, team '" + teams.getColumn(1).getString() + "'", errors);
        Team team;
        team.id = row.id(0);
        team.name = row.text(1);
        team.capacity = row.integer(2);
        team.goLiveLimit = row.optionalInteger(3);
        plan.teams.push_back(std::move(team));
    }

    SQLite::Statement overrides(db, "SELECT c.team, t.name, c.wave, c.people FROM team_capacity c "
                                    "LEFT JOIN teams t ON t.id = c.team ORDER BY c.team, c.wave");
    while (overrides.executeStep()) {
        RowReader row(overrides, "table team_capacity", errors);
        const std::int64_t teamId = row.id(0);
        const int wave = row.integer(2);
        const int people = row.integer(3);
        if (Team *team = overrides.getColumn(1).isNull() ? nullptr : plan.findTeam(row.text(1)))
            team->capacityByWave[wave] = people;
        else
            row.problem("a capacity override names team id " + std::to_string(teamId) + ", which the file does not have");
    }
}

void readCapabilities(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement query(
        db, "SELECT id, key, name, kind, duration_days, owner, approach, kpi, readiness_technical, "
            "readiness_skills, readiness_process, value, cost, earliest_wave, deadline_wave, "
            "pinned_wave, retires, notes, position_x, position_y FROM capabilities ORDER BY ord");
    std::map<std::int64_t, size_t> indexById;
    while (query.executeStep()) {
        RowReader row(query, "table capabilities, capability '" + query.getColumn(1).getString() + "'",
                      errors);
        Capability c;
        c.id = row.id(0);
        c.key = row.text(1);
        c.name = row.text(2);
        const std::string kind = row.text(3);
        if (const auto parsed = parseCapabilityKind(kind))
            c.kind = *parsed;
        else
            row.problem("kind '" + kind + "' is neither foundational nor additive");
        c.durationDays = row.integer(4);
        c.owner = row.text(5);
        const std::string approach = row.text(6);
        if (const auto parsed = parseApproach(approach))
            c.approach = *parsed;
        else
            row.problem("approach '" + approach + "' is not build, buy, integrate or empty");
        c.kpi = row.text(7);
        c.readiness = {row.optionalInteger(8), row.optionalInteger(9), row.optionalInteger(10)};
        c.value = row.optionalReal(11);
        c.cost = row.optionalReal(12);
        c.earliestWave = row.optionalInteger(13);
        c.deadlineWave = row.optionalInteger(14);
        c.pinnedWave = row.optionalInteger(15);
        c.retires = row.text(16);
        c.notes = row.text(17);
        const auto x = row.optionalReal(18);
        const auto y = row.optionalReal(19);
        if (x && y)
            c.position = MapPosition{*x, *y};
        else if (x || y)
            row.problem("a map position needs both position_x and position_y");
        indexById.emplace(c.id, plan.capabilities.size());
        plan.capabilities.push_back(std::move(c));
    }

    SQLite::Statement demand(db, "SELECT d.capability, d.team, t.name, d.people FROM capability_demand d "
                                 "LEFT JOIN teams t ON t.id = d.team ORDER BY d.capability, d.ord");
    while (demand.executeStep()) {
        RowReader row(demand, "table capability_demand", errors);
        const std::int64_t capabilityId = row.id(0);
        const std::int64_t teamId = row.id(1);
        if (demand.getColumn(2).isNull()) {
            row.problem("a demand names team id " + std::to_string(teamId) + ", which the file does not have");
            continue;
        }
        TeamDemand d{row.text(2), row.integer(3)};
        if (const auto it = indexById.find(capabilityId); it != indexById.end())
            plan.capabilities[it->second].demand.push_back(std::move(d));
        else
            row.problem("a demand names capability id " + std::to_string(capabilityId) +
                        ", which the file does not have");
    }
}

void readDependencies(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement query(db, "SELECT d.predecessor, p.key, d.successor, s.key, d.lag_days FROM dependencies d "
                                "LEFT JOIN capabilities p ON p.id = d.predecessor "
                                "LEFT JOIN capabilities s ON s.id = d.successor ORDER BY d.ord");
    while (query.executeStep()) {
        RowReader row(query, "table dependencies", errors);
        const auto keyOf = [&](int idColumn) -> std::string {
            const std::int64_t id = row.id(idColumn);
            if (query.getColumn(idColumn + 1).isNull()) {
                row.problem("a dependency names capability id " + std::to_string(id) + ", which the file does not have");
                return {};
            }
            return row.text(idColumn + 1);
        };
        Dependency d;
        d.predecessor = keyOf(0);
        d.successor = keyOf(2);
        d.lagDays = row.integer(4);
        plan.dependencies.push_back(std::move(d));
    }
}

} // namespace

Result<Plan> readPlan(SQLite::Database &db)
{
    Plan plan;
    Errors errors;
    readSettings(db, plan, errors);
    readTeams(db, plan, errors);
    readCapabilities(db, plan, errors);
    readDependencies(db, plan, errors);
    readBaselines(db, plan, errors);
    if (!errors.empty())
        return errors;
    return plan;
}

} // namespace waveplan::store
