#include "core/store/plan_reader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <limits>
#include <map>
#include <optional>

namespace waveplan::store {

namespace {

/// Reads one row's columns, checking each value's type and range; problems are collected in
/// `errors` with the table and row named, and a neutral value is returned in their place.
class RowReader {
public:
    RowReader(SQLite::Statement &statement, std::string where, Errors &errors)
        : m_statement(statement), m_where(std::move(where)), m_errors(errors)
    {
    }

    std::string text(int column)
    {
        const SQLite::Column value = m_statement.getColumn(column);
        if (value.getType() != SQLite::TEXT) {
            complain(column, "text");
            return {};
        }
        return value.getString();
    }

    std::optional<int> optionalInteger(int column)
    {
        const SQLite::Column value = m_statement.getColumn(column);
        if (value.isNull())
            return std::nullopt;
        const long long number = value.getInt64();
        if (value.getType() != SQLite::INTEGER || number < std::numeric_limits<int>::min() ||
            number > std::numeric_limits<int>::max()) {
            complain(column, "a whole number that fits in 32 bits");
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    int integer(int column)
    {
        if (m_statement.getColumn(column).isNull()) {
            complain(column, "a whole number");
            return 0;
        }
        return optionalInteger(column).value_or(0);
    }

    std::optional<double> optionalReal(int column)
    {
        const SQLite::Column value = m_statement.getColumn(column);
        if (value.isNull())
            return std::nullopt;
        if (value.getType() != SQLite::FLOAT && value.getType() != SQLite::INTEGER) {
            complain(column, "a number");
            return std::nullopt;
        }
        return value.getDouble();
    }

    void problem(const std::string &text) { m_errors.push_back(Error{m_where + ": " + text, {}, 0, 0}); }

private:
    void complain(int column, const char *expected)
    {
        problem(std::string("column ") + m_statement.getColumnName(column) + " should hold " + expected);
    }

    SQLite::Statement &m_statement;
    std::string m_where;
    Errors &m_errors;
};

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
    SQLite::Statement teams(db, "SELECT name, capacity, max_changes_per_wave FROM teams ORDER BY ord");
    while (teams.executeStep()) {
        RowReader row(teams, "table teams, team '" + teams.getColumn(0).getString() + "'", errors);
        Team team;
        team.name = row.text(0);
        team.capacity = row.integer(1);
        team.goLiveLimit = row.optionalInteger(2);
        plan.teams.push_back(std::move(team));
    }

    SQLite::Statement overrides(db, "SELECT team, wave, people FROM team_capacity ORDER BY team, wave");
    while (overrides.executeStep()) {
        RowReader row(overrides, "table team_capacity", errors);
        const std::string name = row.text(0);
        const int wave = row.integer(1);
        const int people = row.integer(2);
        if (Team *team = plan.findTeam(name))
            team->capacityByWave[wave] = people;
        else
            row.problem("a capacity override names team '" + name + "', which the file does not have");
    }
}

void readCapabilities(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement query(
        db, "SELECT key, name, kind, duration_days, owner, approach, kpi, readiness_technical, "
            "readiness_skills, readiness_process, value, cost, earliest_wave, deadline_wave, "
            "pinned_wave, retires, notes, position_x, position_y FROM capabilities ORDER BY ord");
    std::map<std::string, size_t, std::less<>> indexByKey;
    while (query.executeStep()) {
        RowReader row(query, "table capabilities, capability '" + query.getColumn(0).getString() + "'",
                      errors);
        Capability c;
        c.key = row.text(0);
        c.name = row.text(1);
        const std::string kind = row.text(2);
        if (const auto parsed = parseCapabilityKind(kind))
            c.kind = *parsed;
        else
            row.problem("kind '" + kind + "' is neither foundational nor additive");
        c.durationDays = row.integer(3);
        c.owner = row.text(4);
        const std::string approach = row.text(5);
        if (const auto parsed = parseApproach(approach))
            c.approach = *parsed;
        else
            row.problem("approach '" + approach + "' is not build, buy, integrate or empty");
        c.kpi = row.text(6);
        c.readiness = {row.optionalInteger(7), row.optionalInteger(8), row.optionalInteger(9)};
        c.value = row.optionalReal(10);
        c.cost = row.optionalReal(11);
        c.earliestWave = row.optionalInteger(12);
        c.deadlineWave = row.optionalInteger(13);
        c.pinnedWave = row.optionalInteger(14);
        c.retires = row.text(15);
        c.notes = row.text(16);
        const auto x = row.optionalReal(17);
        const auto y = row.optionalReal(18);
        if (x && y)
            c.position = MapPosition{*x, *y};
        else if (x || y)
            row.problem("a map position needs both position_x and position_y");
        indexByKey.emplace(c.key, plan.capabilities.size());
        plan.capabilities.push_back(std::move(c));
    }

    SQLite::Statement demand(db, "SELECT capability, team, people FROM capability_demand "
                                 "ORDER BY capability, ord");
    while (demand.executeStep()) {
        RowReader row(demand, "table capability_demand", errors);
        const std::string key = row.text(0);
        TeamDemand d{row.text(1), row.integer(2)};
        if (const auto it = indexByKey.find(key); it != indexByKey.end())
            plan.capabilities[it->second].demand.push_back(std::move(d));
        else
            row.problem("a demand names capability '" + key + "', which the file does not have");
    }
}

void readDependencies(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement query(db, "SELECT predecessor, successor, lag_days FROM dependencies ORDER BY ord");
    while (query.executeStep()) {
        RowReader row(query, "table dependencies", errors);
        Dependency d;
        d.predecessor = row.text(0);
        d.successor = row.text(1);
        d.lagDays = row.integer(2);
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
    if (!errors.empty())
        return errors;
    return plan;
}

} // namespace waveplan::store
