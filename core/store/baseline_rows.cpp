#include "core/store/baseline_rows.h"

#include "core/store/batch_insert.h"
#include "core/store/row_reader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waveplan::store {

namespace {

void insertRow(SQLite::Statement &statement) {
    statement.exec();
    statement.reset();
    statement.clearBindings();
}

} // namespace

void writeBaselines(SQLite::Database &db, const Plan &plan) {
    SQLite::Statement baseline(
        db, "INSERT INTO baselines (id, ord, name, frozen_on, start_date, wave_length_days, "
            "end_day) VALUES (?, ?, ?, ?, ?, ?, ?)");
    int id = 0;
    for (const Baseline &b : plan.baselines) {
        ++id;
        baseline.bind(1, id);
        baseline.bind(2, id);
        baseline.bind(3, b.name);
        baseline.bind(4, formatIsoDate(b.frozenOn));
        baseline.bind(5, formatIsoDate(b.startDate));
        baseline.bind(6, b.waveLengthDays);
        baseline.bind(7, b.endDay);
        insertRow(baseline);
        std::map<std::string_view, int> pathOrder;
        for (const std::string &key : b.drivingPath)
            pathOrder.emplace(key, static_cast<int>(pathOrder.size()));
        using EntryRow = std::pair<const std::string *, const Baseline::Entry *>;
        std::vector<EntryRow> entries;
        entries.reserve(b.capabilities.size());
        for (const auto &[key, e] : b.capabilities)
            entries.emplace_back(&key, &e);
        insertRows(db,
                   "INSERT INTO baseline_capabilities (baseline, key, start_day, finish_day, wave, cost, "
                   "driving_path_ord)",
                   7, entries, [&](SQLite::Statement &row, int at, const EntryRow &entry) {
                       const auto &[key, e] = entry;
                       row.bind(at + 1, id);
                       row.bindNoCopy(at + 2, *key);
                       row.bind(at + 3, e->startDay);
                       row.bind(at + 4, e->finishDay);
                       row.bind(at + 5, e->wave);
                       if (e->cost)
                           row.bind(at + 6, *e->cost);
                       else
                           row.bind(at + 6);
                       if (const auto on = pathOrder.find(*key); on != pathOrder.end())
                           row.bind(at + 7, on->second);
                       else
                           row.bind(at + 7);
                   });
        const Baseline::Load *firstLoad = b.load.data();
        insertRows(db,
                   "INSERT INTO baseline_load (baseline, ord, team, wave, people_days_used, people_days_available, "
                   "go_lives)",
                   7, b.load, [&](SQLite::Statement &row, int at, const Baseline::Load &l) {
                       row.bind(at + 1, id);
                       row.bind(at + 2, static_cast<int>(&l - firstLoad));
                       row.bindNoCopy(at + 3, l.team);
                       row.bind(at + 4, l.wave);
                       row.bind(at + 5, static_cast<std::int64_t>(l.peopleDaysUsed));
                       row.bind(at + 6, static_cast<std::int64_t>(l.peopleDaysAvailable));
                       row.bind(at + 7, l.goLives);
                   });
    }
}

void readBaselines(SQLite::Database &db, Plan &plan, Errors &errors) {
    std::map<std::int64_t, std::size_t> indexById;
    SQLite::Statement baselines(
        db, "SELECT id, name, frozen_on, start_date, wave_length_days, end_day FROM baselines "
            "NOT INDEXED ORDER BY ord");
    while (baselines.executeStep()) {
        RowReader row(baselines, "table baselines", errors, {"baseline", 1});
        Baseline b;
        const std::int64_t id = row.id(0);
        b.name = row.text(1);
        const auto date = [&](int column, const char *what) {
            const std::string text = row.text(column);
            const auto parsed = parseIsoDate(text);
            if (!parsed)
                row.problem(std::string(what) + " '" + text + "' is not a date like 2027-01-04");
            return parsed.value_or(Date{});
        };
        b.frozenOn = date(2, "frozen_on");
        b.startDate = date(3, "start_date");
        b.waveLengthDays = row.integer(4);
        b.endDay = row.integer(5);
        indexById.emplace(id, plan.baselines.size());
        plan.baselines.push_back(std::move(b));
    }
    const auto owner = [&](RowReader &row, std::int64_t id, const char *what) -> Baseline * {
        if (const auto it = indexById.find(id); it != indexById.end())
            return &plan.baselines[it->second];
        row.problem(std::string(what) + " names baseline id " + std::to_string(id) +
                    ", which the file does not have");
        return nullptr;
    };

    SQLite::Statement entries(
        db, "SELECT baseline, key, start_day, finish_day, wave, cost, driving_path_ord "
            "FROM baseline_capabilities NOT INDEXED ORDER BY baseline, driving_path_ord, key");
    std::map<std::int64_t, std::vector<std::string>>
        paths; // ordered by driving_path_ord (NULLs sort first)
    std::map<std::int64_t, std::set<int>> placesOnPath;
    while (entries.executeStep()) {
        RowReader row(entries, "table baseline_capabilities", errors, {"capability", 1});
        const std::int64_t id = row.id(0);
        const std::string key = row.text(1);
        Baseline::Entry e{row.integer(2), row.integer(3), row.integer(4), row.optionalReal(5)};
        const std::optional<int> onPath = row.optionalInteger(6);
        if (Baseline *b = owner(row, id, "a capability row")) {
            // The table's PRIMARY KEY and UNIQUE, which the check on opening leaves to the reader.
            if (!b->capabilities.emplace(key, e).second)
                row.problem("baseline '" + b->name + "' lists capability '" + key + "' twice");
            if (onPath && !placesOnPath[id].insert(*onPath).second)
                row.problem("baseline '" + b->name + "' has two capabilities at place " + std::to_string(*onPath) +
                            " of its driving path");
            else if (onPath)
                paths[id].push_back(key);
        }
    }
    for (auto &[id, keys] : paths)
        plan.baselines[indexById.at(id)].drivingPath = std::move(keys);

    SQLite::Statement loads(
        db, "SELECT baseline, team, wave, people_days_used, people_days_available, go_lives "
            "FROM baseline_load NOT INDEXED ORDER BY baseline, ord");
    while (loads.executeStep()) {
        RowReader row(loads, "table baseline_load", errors);
        const std::int64_t id = row.id(0);
        Baseline::Load l;
        l.team = row.text(1);
        l.wave = row.integer(2);
        l.peopleDaysUsed = loads.getColumn(3).getInt64();
        l.peopleDaysAvailable = loads.getColumn(4).getInt64();
        l.goLives = row.integer(5);
        if (Baseline *b = owner(row, id, "a load row"))
            b->load.push_back(std::move(l));
    }
}

} // namespace waveplan::store
