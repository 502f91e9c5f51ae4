#include "core/store/accepted_schedule_rows.h"

#include "core/log/logging.h"
#include "core/model/ids.h"
#include "core/store/batch_insert.h"
#include "core/store/row_reader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <spdlog/spdlog.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan::store {

int writeAcceptedSchedule(SQLite::Database &db, const Plan &plan, const ScheduleReference &accepted)
{
    if (accepted.empty())
        return 0;
    const auto logger = log::get("core.store");
    if (accepted.endDay < 0) {
        logger->warn("the accepted schedule is not saved: its end day {} is before day 0", accepted.endDay);
        return 0;
    }
    std::map<std::string_view, int> drivingPathOrd;
    for (const std::string &key : accepted.drivingPath) // a repeated key keeps its first place
        drivingPathOrd.emplace(key, static_cast<int>(drivingPathOrd.size()));

    struct Row {
        CapabilityId capability;
        int startDay;
        int wave;
        std::optional<int> drivingPathOrd;
    };
    std::vector<Row> rows;
    rows.reserve(accepted.capabilities.size());
    int outOfRange = 0;
    // In plan order, the order of the capabilities' own rows; an entry for a capability the
    // plan no longer has (one deleted since the schedule was computed) is skipped.
    for (const Capability &c : plan.capabilities) {
        const auto found = accepted.capabilities.find(c.key);
        if (found == accepted.capabilities.end())
            continue;
        const ScheduleReference::Entry &entry = found->second;
        if (entry.startDay < 0 || entry.wave < 1) {
            ++outOfRange;
            continue;
        }
        const auto ord = drivingPathOrd.find(c.key);
        rows.push_back({c.id, entry.startDay, entry.wave,
                        ord != drivingPathOrd.end() ? std::optional(ord->second) : std::nullopt});
    }
    insertRows(db, "INSERT INTO accepted_schedule (capability, start_day, wave, driving_path_ord)", 4, rows,
               [](SQLite::Statement &row, int at, const Row &r) {
                   row.bind(at + 1, r.capability);
                   row.bind(at + 2, r.startDay);
                   row.bind(at + 3, r.wave);
                   if (r.drivingPathOrd)
                       row.bind(at + 4, *r.drivingPathOrd);
                   else
                       row.bind(at + 4);
               });
    const int written = static_cast<int>(rows.size());
    if (outOfRange > 0)
        logger->warn("the accepted schedule is saved without {} capabilities whose start day or wave is out of range",
                     outOfRange);
    if (written > 0) {
        SQLite::Statement end(db, "INSERT INTO accepted_schedule_end (end_day) VALUES (?)");
        end.bind(1, accepted.endDay);
        end.exec();
    }
    logger->debug("accepted schedule: {} of {} capabilities saved", written, accepted.capabilities.size());
    return written;
}

Result<ScheduleReference> readAcceptedSchedule(SQLite::Database &db)
{
    ScheduleReference accepted;
    Errors errors;
    std::map<int, std::string> drivingPath; // by driving_path_ord
    int rows = 0;
    SQLite::Statement query(db, "SELECT a.capability, c.key, a.start_day, a.wave, a.driving_path_ord "
                                "FROM accepted_schedule a NOT INDEXED LEFT JOIN capabilities c NOT INDEXED ON c.id = a.capability "
                                "ORDER BY a.capability");
    while (query.executeStep()) {
        ++rows;
        const bool known = !query.getColumn(1).isNull();
        RowReader row(query, "table accepted_schedule", errors, {"capability", 1});
        const std::int64_t id = row.id(0);
        const std::string key = known ? row.text(1) : std::string();
        const int startDay = row.integer(2);
        const int wave = row.integer(3);
        const std::optional<int> ord = row.optionalInteger(4);
        if (id != kNoId && !known)
            row.problem("a row names capability id " + std::to_string(id) + ", which the file does not have");
        if (startDay < 0)
            row.problem("column start_day should hold a day of 0 or more, not " + std::to_string(startDay));
        if (wave < 1)
            row.problem("column wave should hold a wave of 1 or more, not " + std::to_string(wave));
        // Rows come by capability id, and ids mostly follow the keys' order: try the end first.
        accepted.capabilities.emplace_hint(accepted.capabilities.end(), key, ScheduleReference::Entry{startDay, wave});
        if (ord && !drivingPath.emplace(*ord, key).second) // the UNIQUE the check on opening leaves to this
            row.problem("two capabilities are at place " + std::to_string(*ord) + " of the driving path");
    }
    if (rows == 0)
        return ScheduleReference{}; // the plan was saved without one; an end row alone says nothing

    SQLite::Statement end(db, "SELECT end_day FROM accepted_schedule_end NOT INDEXED");
    int endRows = 0;
    while (end.executeStep()) {
        if (++endRows > 1) {
            errors.push_back(Error{"table accepted_schedule_end holds more than one row", {}, 0, 0});
            break;
        }
        RowReader row(end, "table accepted_schedule_end", errors);
        accepted.endDay = row.integer(0);
        if (accepted.endDay < 0)
            row.problem("column end_day should hold a day of 0 or more, not " + std::to_string(accepted.endDay));
    }
    if (endRows == 0)
        errors.push_back(Error{"table accepted_schedule_end has no row: the accepted schedule's end day is missing",
                               {}, 0, 0});
    if (!errors.empty())
        return errors;
    for (auto &[ord, key] : drivingPath)
        accepted.drivingPath.push_back(std::move(key));
    return accepted;
}

} // namespace waveplan::store
