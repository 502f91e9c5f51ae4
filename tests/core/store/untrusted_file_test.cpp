// SQLite's defences on a connection to a file nobody vouched for: bounded work, bounded
// memory, and nothing from the schema that is not harmless.

#include "core/store/untrusted_file.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace waveplan;

namespace {

/// The SQLite error code `sql` fails with on `db`, or SQLITE_OK.
int failureOf(SQLite::Database &db, const char *sql)
{
    try {
        db.exec(sql);
    } catch (const SQLite::Exception &e) {
        return e.getErrorCode();
    }
    return SQLITE_OK;
}

} // namespace

TEST(UntrustedFile, EndlessWorkIsInterruptedAtTheBudget)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    store::defendConnection(db, 1'000'000);

    EXPECT_EQ(failureOf(db, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
                            "SELECT count(*) FROM n"),
              SQLITE_INTERRUPT);
}

TEST(UntrustedFile, AGiantValueIsTooBigRatherThanAllocated)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    store::defendConnection(db, store::workBudgetFor(1000));

    EXPECT_EQ(failureOf(db, "SELECT length(zeroblob(2000000000))"), SQLITE_TOOBIG);
    EXPECT_EQ(failureOf(db, "SELECT length(zeroblob(1000000))"), SQLITE_OK) << "a megabyte is fine";
}

TEST(UntrustedFile, TriggersAndViewsDoNotRunAndTheSchemaIsNotTrusted)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t(x); CREATE TABLE log(y);"
            "CREATE TRIGGER spy AFTER INSERT ON t BEGIN INSERT INTO log VALUES (1); END");
    store::defendConnection(db, store::workBudgetFor(1000));

    db.exec("INSERT INTO t VALUES (1)");

    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM log").getInt(), 0) << "the trigger did not fire";
    EXPECT_EQ(db.execAndGet("PRAGMA trusted_schema").getInt(), 0);
}
