#include "core/store/migrations.h"

#include "core/log/logging.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>

namespace waveplan::store {

const std::vector<Migration> &planMigrations()
{
    // Add the step from version N to N+1 here when kSchemaVersion becomes N+1.
    static const std::vector<Migration> steps;
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
