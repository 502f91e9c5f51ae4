#include "core/store/untrusted_file.h"

#include "core/store/schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <set>
#include <tuple>

namespace waveplan::store {

namespace {

/// Counts SQLite's progress callbacks (one per 1,000 steps) against a budget.
struct WorkMeter {
    std::int64_t left = 0;
};

int onProgress(void *meter)
{
    auto *m = static_cast<WorkMeter *>(meter);
    return --m->left < 0 ? 1 : 0; // non-zero interrupts the statement
}

using SchemaRow = std::tuple<std::string, std::string, std::string, std::string>;

std::set<SchemaRow> schemaOf(SQLite::Database &db)
{
    std::set<SchemaRow> rows;
    SQLite::Statement query(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master");
    while (query.executeStep())
        rows.emplace(query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                     query.getColumn(3).getString());
    return rows;
}

} // namespace

void defendConnection(SQLite::Database &db, std::int64_t workBudget)
{
    sqlite3 *handle = db.getHandle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 200);
    db.exec("PRAGMA mmap_size = 0");
    db.exec("PRAGMA cell_size_check = ON");
    // The meter lives as long as the connection: one per thread is enough, connections are
    // opened and closed within one read.
    thread_local WorkMeter meter;
    meter.left = workBudget / 1000 + 1;
    sqlite3_progress_handler(handle, 1000, onProgress, &meter);
}

std::int64_t workBudgetFor(std::int64_t bytes)
{
    // Reading a plan takes a few hundred steps per byte; a thousand leaves room.
    return 100'000'000 + 1000 * bytes;
}

std::optional<std::string> foreignSchema(SQLite::Database &file, int version)
{
    const std::set<SchemaRow> found = schemaOf(file);
    if (version >= 2 && version <= kSchemaVersion) {
        SQLite::Database expected(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        createTablesOfVersion(expected, version);
        const std::set<SchemaRow> wanted = schemaOf(expected);
        for (const SchemaRow &row : found)
            if (!wanted.contains(row) && std::get<1>(row) != "sqlite_sequence")
                return "it holds " + std::get<0>(row) + " '" + std::get<1>(row) + "', which a Waveplan file of format " +
                       std::to_string(version) + " does not have in that form";
        return std::nullopt;
    }
    for (const SchemaRow &row : found) {
        const auto &[type, name, table, sql] = row;
        if (type != "table" && type != "index")
            return "it holds " + type + " '" + name + "', which no Waveplan file has";
        std::string upper;
        for (const char c : sql)
            upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        if (upper.find("GENERATED") != std::string::npos || upper.find(" AS (") != std::string::npos)
            return "its table '" + name + "' has a generated column, which no Waveplan file has";
    }
    return std::nullopt;
}

std::int64_t declaredBytes(SQLite::Database &file)
{
    const std::int64_t pages = file.execAndGet("PRAGMA page_count").getInt64();
    const std::int64_t pageSize = file.execAndGet("PRAGMA page_size").getInt64();
    return pages * pageSize;
}

} // namespace waveplan::store
