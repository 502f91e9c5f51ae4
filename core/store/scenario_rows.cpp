#include "core/store/scenario_rows.h"

#include "core/io/plan_json.h"
#include "core/io/schedule_reference_json.h"
#include "core/log/logging.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <set>
#include <string>
#include <spdlog/spdlog.h>

#include <utility>

namespace waveplan::store {

void writeScenarios(SQLite::Database &db, const ScenarioSet &set) {
    SQLite::Statement insert(
        db, "INSERT INTO scenarios (ord, name, is_current, plan_json, accepted_json) "
            "VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < set.scenarios.size(); ++i) {
        const Scenario &s = set.scenarios[i];
        const bool current = i == set.current;
        insert.bind(1, static_cast<int>(i));
        insert.bind(2, s.name);
        insert.bind(3, current ? 1 : 0);
        if (current)
            insert.bind(4);
        else
            insert.bind(4, planToJson(s.plan));
        if (current || s.accepted.empty())
            insert.bind(5);
        else
            insert.bind(5, scheduleReferenceToJson(s.accepted));
        insert.exec();
        insert.reset();
        insert.clearBindings();
    }
}

Result<ScenarioSet> readScenarios(SQLite::Database &db, Plan current, ScheduleReference accepted) {
    ScenarioSet set;
    Errors errors;
    bool currentSeen = false;
    std::set<std::string> names;
    SQLite::Statement rows(
        db, "SELECT name, is_current, plan_json, accepted_json FROM scenarios NOT INDEXED ORDER BY ord");
    while (rows.executeStep()) {
        const std::string name = rows.getColumn(0).getString();
        const std::string where = "table scenarios, scenario '" + name + "'";
        const auto problem = [&](const std::string &text) {
            errors.push_back(Error{where + ": " + text, {}, 0, 0});
        };
        // The schema's CHECKs and UNIQUE, which the check on opening leaves to the reader
        // (plan_file_open.cpp).
        if (name.empty()) {
            problem("a scenario has an empty name");
            continue;
        }
        if (!names.insert(name).second) {
            problem("two scenarios have this name");
            continue;
        }
        const std::int64_t isCurrent = rows.getColumn(1).getInt64();
        if (isCurrent != 0 && isCurrent != 1) {
            problem("column is_current should hold 0 or 1");
            continue;
        }
        if (isCurrent == 1) {
            if (currentSeen)
                problem("a second scenario is marked current");
            else if (!rows.getColumn(2).isNull())
                problem(
                    "the current scenario's plan belongs in the plan's tables, not in plan_json");
            else {
                set.current = set.scenarios.size();
                set.scenarios.push_back({name, current, accepted});
            }
            currentSeen = true;
            continue;
        }
        if (rows.getColumn(2).isNull()) {
            problem("it has no plan");
            continue;
        }
        Result<Plan> plan = planFromJson(rows.getColumn(2).getString(), "scenario '" + name + "'");
        if (!plan) {
            for (const Error &e : plan.errors())
                problem("its plan does not read: " + e.message);
            continue;
        }
        Scenario scenario{name, withIds(std::move(plan).value()), {}};
        if (!rows.getColumn(3).isNull()) {
            Result<ScheduleReference> saved =
                scheduleReferenceFromJson(rows.getColumn(3).getString(), where);
            if (saved)
                scenario.accepted = std::move(saved).value();
            else
                log::get("core.store")
                    ->warn("{}: its accepted schedule is damaged and is not used: {}", where,
                           saved.errorText());
        }
        set.scenarios.push_back(std::move(scenario));
    }
    if (set.scenarios.empty() && errors.empty())
        return singleScenario(std::move(current), std::move(accepted));
    if (!currentSeen)
        errors.push_back(Error{"table scenarios: no scenario is marked current", {}, 0, 0});
    if (!errors.empty())
        return errors;
    return set;
}

} // namespace waveplan::store
