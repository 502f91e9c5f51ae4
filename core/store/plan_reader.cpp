#include "core/store/plan_reader.h"

#include "core/store/baseline_rows.h"
#include "core/store/row_reader.h"

#include "core/model/tracking.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <algorithm>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

namespace waveplan::store {

namespace {

/// A nullable date column: empty when NULL; a problem when it is not a date.
std::optional<Date> optionalDate(SQLite::Statement &query, RowReader &row, int column, const char *name)
{
    if (query.getColumn(column).isNull())
        return std::nullopt;
    const std::string text = row.text(column);
    if (const auto parsed = parseIsoDate(text))
        return parsed;
    row.problem(std::string("column ") + name + " holds '" + text + "', not a date like 2027-04-01");
    return std::nullopt;
}

void readSettings(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement query(db, "SELECT name, start_date, wave_length_days, horizon_waves, allow_span, id, "
                                "workdays, waves, fiscal_year_start, as_of FROM plan");
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
        if (query.getColumn(5).getInt64() != 1)
            row.problem("column id should hold 1");
        const int allowSpan = row.integer(4);
        if (allowSpan != 0 && allowSpan != 1)
            row.problem("column allow_span should hold 0 or 1");
        plan.allowSpan = allowSpan == 1;
        const std::string workdays = row.text(6);
        if (const Result<WorkedWeekdays> worked = parseWorkedWeekdays(workdays))
            plan.calendar.worked = *worked;
        else
            row.problem("column workdays: " + worked.errors().front().message);
        const std::string waves = row.text(7);
        if (waves == waveSchemeName(WaveScheme::Quarters))
            plan.waveScheme = WaveScheme::Quarters;
        else if (waves != waveSchemeName(WaveScheme::Days))
            row.problem("column waves should hold 'days' or 'quarter', not '" + waves + "'");
        plan.fiscalYearStartMonth = row.integer(8);
        plan.asOf = optionalDate(query, row, 9, "as_of");
    }
    if (rows == 0)
        errors.push_back(Error{"table plan has no row: the plan settings are missing", {}, 0, 0});
}

void readHolidays(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement query(db, "SELECT date, name FROM holidays NOT INDEXED ORDER BY ord");
    while (query.executeStep()) {
        RowReader row(query, "table holidays", errors);
        const std::string date = row.text(0);
        Holiday holiday;
        holiday.name = row.text(1);
        if (const auto parsed = parseIsoDate(date))
            holiday.date = *parsed;
        else
            row.problem("date '" + date + "' is not a date like 2027-12-25");
        plan.calendar.holidays.push_back(std::move(holiday));
    }
}

void readTeams(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement teams(db, "SELECT id, name, capacity, max_changes_per_wave FROM teams NOT INDEXED ORDER BY ord");
    while (teams.executeStep()) {
        RowReader row(teams, "table teams", errors, {"team", 1});
        Team team;
        team.id = row.id(0);
        team.name = row.text(1);
        team.capacity = row.integer(2);
        team.goLiveLimit = row.optionalInteger(3);
        plan.teams.push_back(std::move(team));
    }

    SQLite::Statement overrides(db, "SELECT c.team, t.name, c.wave, c.people FROM team_capacity c NOT INDEXED "
                                    "LEFT JOIN teams t NOT INDEXED ON t.id = c.team ORDER BY c.team, c.wave");
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

/// Capability ids and their places in plan.capabilities, sorted by id: a flat table, since a
/// large plan looks up every dependency's two ends here.
class CapabilityIds {
public:
    void add(std::int64_t id, std::size_t index) { m_entries.emplace_back(id, index); }
    /// Sorts by id; rows read in the table's own order (rowid, which is the id) already are.
    void sort()
    {
        if (!std::is_sorted(m_entries.begin(), m_entries.end()))
            std::sort(m_entries.begin(), m_entries.end());
    }
    /// The capability with this id (the first read, on duplicates), or nullopt.
    [[nodiscard]] std::optional<std::size_t> find(std::int64_t id) const
    {
        const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), std::pair{id, std::size_t{0}});
        if (it == m_entries.end() || it->first != id)
            return std::nullopt;
        return it->second;
    }

private:
    std::vector<std::pair<std::int64_t, std::size_t>> m_entries;
};

CapabilityIds readCapabilities(SQLite::Database &db, Plan &plan, Errors &errors)
{
    SQLite::Statement query(
        db, "SELECT id, key, name, kind, duration_days, owner, approach, kpi, readiness_technical, "
            "readiness_skills, readiness_process, value, cost, earliest_wave, deadline_wave, "
            "pinned_wave, retires, notes, position_x, position_y, ord FROM capabilities NOT INDEXED");
    // Read in the table's own order, straight into the plan with each row's ord beside it, and put
    // in plan order afterwards only when the table's order is not already that (the writer
    // inserts rows in plan order): ORDER BY ord would make SQLite seek each row from the ord index.
    std::vector<std::int64_t> ords;
    while (query.executeStep()) {
        RowReader row(query, "table capabilities", errors, {"capability", 1});
        Capability c;
        c.id = row.id(0);
        c.key = row.text(1);
        c.name = row.text(2);
        const std::string kind = row.text(3);
        // Exactly as written (the schema's CHECK): parseCapabilityKind alone would take any case.
        if (const auto parsed = parseCapabilityKind(kind); parsed && toString(*parsed) == kind)
            c.kind = *parsed;
        else
            row.problem("kind '" + kind + "' is neither foundational nor additive");
        c.durationDays = row.integer(4);
        c.owner = row.text(5);
        const std::string approach = row.text(6);
        if (const auto parsed = parseApproach(approach); parsed && toString(*parsed) == approach)
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
        ords.push_back(query.getColumn(20).getInt64());
        plan.capabilities.push_back(std::move(c));
    }
    if (!std::is_sorted(ords.begin(), ords.end())) {
        // Sorting indices moves each capability once, not once per swap of the sort.
        std::vector<std::size_t> order(ords.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ords[a] < ords[b]; });
        std::vector<Capability> sorted;
        sorted.reserve(order.size());
        for (const std::size_t i : order)
            sorted.push_back(std::move(plan.capabilities[i]));
        plan.capabilities = std::move(sorted);
    }
    CapabilityIds indexById;
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        indexById.add(plan.capabilities[i].id, i);
    indexById.sort();

    // In the table's own order, then sorted: no join and no index seek per row.
    SQLite::Statement demand(db, "SELECT capability, team, ord, people FROM capability_demand NOT INDEXED");
    struct Entry {
        std::size_t capability;
        std::int64_t ord;
        TeamDemand demand;
    };
    std::vector<Entry> entries;
    while (demand.executeStep()) {
        RowReader row(demand, "table capability_demand", errors);
        const std::int64_t capabilityId = row.id(0);
        const std::int64_t teamId = row.id(1);
        const auto team = std::find_if(plan.teams.begin(), plan.teams.end(),
                                       [&](const Team &t) { return t.id == teamId; });
        if (team == plan.teams.end()) {
            row.problem("a demand names team id " + std::to_string(teamId) + ", which the file does not have");
            continue;
        }
        const auto at = indexById.find(capabilityId);
        if (!at) {
            row.problem("a demand names capability id " + std::to_string(capabilityId) +
                        ", which the file does not have");
            continue;
        }
        entries.push_back({*at, demand.getColumn(2).getInt64(), TeamDemand{team->name, row.integer(3)}});
    }
    const auto byCapabilityThenOrd = [](const Entry &a, const Entry &b) {
        return a.capability != b.capability ? a.capability < b.capability : a.ord < b.ord;
    };
    // The writer inserts demands in that order, so a file it wrote needs no sort.
    if (!std::is_sorted(entries.begin(), entries.end(), byCapabilityThenOrd))
        std::sort(entries.begin(), entries.end(), byCapabilityThenOrd);
    for (Entry &e : entries)
        plan.capabilities[e.capability].demand.push_back(std::move(e.demand));
    return indexById;
}

/// The progress of the capabilities under way or done (the others are planned).
void readProgress(SQLite::Database &db, Plan &plan, const CapabilityIds &ids, Errors &errors)
{
    SQLite::Statement query(db, "SELECT capability, status, actual_start, actual_finish, remaining_days FROM progress NOT INDEXED");
    while (query.executeStep()) {
        RowReader row(query, "table progress", errors);
        const std::int64_t id = row.id(0);
        const std::optional<std::size_t> at = ids.find(id);
        if (!at) {
            row.problem("capability id " + std::to_string(id) + " is not in table capabilities");
            continue;
        }
        Capability &c = plan.capabilities[*at];
        const std::string status = row.text(1);
        if (const auto parsed = parseStatus(status); parsed && *parsed != WorkStatus::Planned && toString(*parsed) == status)
            c.status = *parsed;
        else
            row.problem("status '" + status + "' of capability '" + c.key + "' is neither in-progress nor done");
        c.actualStart = optionalDate(query, row, 2, "actual_start");
        c.actualFinish = optionalDate(query, row, 3, "actual_finish");
        c.remainingDays = row.optionalInteger(4);
    }
}

/// The ends are looked up among the capabilities already read rather than joined in SQL: the
/// same answer, without two index searches per row inside SQLite.
void readDependencies(SQLite::Database &db, Plan &plan, const CapabilityIds &capabilities, Errors &errors)
{
    SQLite::Statement query(db, "SELECT predecessor, successor, lag_days FROM dependencies NOT INDEXED ORDER BY ord");
    while (query.executeStep()) {
        RowReader row(query, "table dependencies", errors);
        const auto keyOf = [&](int idColumn) -> std::string {
            const std::int64_t id = row.id(idColumn);
            if (id == kNoId)
                return {};
            const auto at = capabilities.find(id);
            if (!at) {
                row.problem("a dependency names capability id " + std::to_string(id) + ", which the file does not have");
                return {};
            }
            return plan.capabilities[*at].key;
        };
        Dependency d;
        d.predecessor = keyOf(0);
        d.successor = keyOf(1);
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
    readHolidays(db, plan, errors);
    readTeams(db, plan, errors);
    const CapabilityIds capabilities = readCapabilities(db, plan, errors);
    readProgress(db, plan, capabilities, errors);
    readDependencies(db, plan, capabilities, errors);
    readBaselines(db, plan, errors);
    if (!errors.empty())
        return errors;
    return plan;
}

} // namespace waveplan::store
