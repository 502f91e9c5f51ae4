// The migration framework: steps N -> N+1 run in order, each in its own transaction.
#include "core/model/tracking.h"
#include "core/store/migrations.h"
#include "core/store/plan_reader.h"
#include "core/store/schema.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

using namespace waveplan;
using namespace waveplan::store;

namespace {

/// An in-memory database at file format version 1 with the one table the steps below touch
/// (the framework does not care what the tables hold).
struct VersionOneDatabase {
    SQLite::Database db{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
    VersionOneDatabase()
    {
        db.exec("CREATE TABLE capabilities (key TEXT PRIMARY KEY); PRAGMA user_version = 1");
    }
};

/// An in-memory database holding this build's schema.
struct CurrentDatabase {
    SQLite::Database db{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
    CurrentDatabase()
    {
        SQLite::Transaction transaction(db);
        createSchema(db);
        transaction.commit();
    }
};

bool hasColumn(SQLite::Database &db, const std::string &table, const std::string &column)
{
    return db.execAndGet("SELECT count(*) FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'")
               .getInt() == 1;
}

/// Every table and index of `db` with the SQL that made it, by name.
std::vector<std::string> schemaOf(SQLite::Database &db)
{
    std::vector<std::string> schema;
    SQLite::Statement query(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name");
    while (query.executeStep())
        schema.push_back(query.getColumn(0).getString() + " " + query.getColumn(1).getString() + ": " +
                         query.getColumn(2).getString());
    return schema;
}

const std::vector<Migration> kTwoSteps{
    {1, "add capabilities.risk",
     [](SQLite::Database &db) { db.exec("ALTER TABLE capabilities ADD COLUMN risk TEXT NOT NULL DEFAULT ''"); }},
    {2, "add table milestones", [](SQLite::Database &db) { db.exec("CREATE TABLE milestones (name TEXT)"); }},
};

} // namespace

TEST(Migrations, ThisBuildsChainReachesTheCurrentVersion)
{
    const auto &steps = planMigrations();
    ASSERT_EQ(steps.size(), static_cast<size_t>(kSchemaVersion - 1));
    for (size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].fromVersion, static_cast<int>(i) + 1);
        EXPECT_TRUE(steps[i].apply);
        EXPECT_FALSE(steps[i].description.empty());
    }
}

TEST(Migrations, StepsRunInOrderUpToTheTarget)
{
    VersionOneDatabase file;

    const Status migrated = migrate(file.db, kTwoSteps, 3);

    ASSERT_TRUE(migrated.ok()) << migrated.errorText();
    EXPECT_EQ(fileFormatVersion(file.db), 3);
    EXPECT_TRUE(hasColumn(file.db, "capabilities", "risk"));
    EXPECT_TRUE(file.db.tableExists("milestones"));
}

TEST(Migrations, StopsAtTheTarget)
{
    VersionOneDatabase file;

    ASSERT_TRUE(migrate(file.db, kTwoSteps, 2).ok());

    EXPECT_EQ(fileFormatVersion(file.db), 2);
    EXPECT_FALSE(file.db.tableExists("milestones"));
}

TEST(Migrations, CurrentFileNeedsNoStep)
{
    CurrentDatabase file;

    ASSERT_TRUE(migrate(file.db, {}, kSchemaVersion).ok());

    EXPECT_EQ(fileFormatVersion(file.db), kSchemaVersion);
}

TEST(Migrations, MissingStepIsAnError)
{
    VersionOneDatabase file;

    const Status migrated = migrate(file.db, {kTwoSteps[0]}, 3);

    ASSERT_FALSE(migrated.ok());
    EXPECT_EQ(migrated.errorText(), "this version of Waveplan cannot convert file format 2 to 3");
    EXPECT_EQ(fileFormatVersion(file.db), 2) << "the step that worked is kept";
}

TEST(Migrations, FailedStepIsRolledBack)
{
    VersionOneDatabase file;
    const std::vector<Migration> failing{{1, "split owners", [](SQLite::Database &db) {
                                              db.exec("CREATE TABLE owners (name TEXT)");
                                              throw std::runtime_error("owner 'X' has no team");
                                          }}};

    const Status migrated = migrate(file.db, failing, 2);

    ASSERT_FALSE(migrated.ok());
    EXPECT_EQ(migrated.errorText(), "converting file format 1 to 2 (split owners) failed: owner 'X' has no team");
    EXPECT_EQ(fileFormatVersion(file.db), 1);
    EXPECT_FALSE(file.db.tableExists("owners"));
}

TEST(Migrations, StepsFromTwoGiveARealVersionTwoFileTheCurrentSchemaAndEmptyNewTables)
{
    // tests/data/store/plan-v2.waveplan was saved by version 2 (see version_two_file_test.cpp).
    SQLite::Database file((std::filesystem::path(WAVEPLAN_TEST_DATA_DIR) / "store" / "plan-v2.waveplan").string(),
                          SQLite::OPEN_READONLY);
    SQLite::Database copy(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup(copy, file).executeStep();
    ASSERT_EQ(fileFormatVersion(copy), 2);
    const int capabilities = copy.execAndGet("SELECT count(*) FROM capabilities").getInt();

    const Status migrated = migrate(copy, planMigrations(), kSchemaVersion);

    ASSERT_TRUE(migrated.ok()) << migrated.errorText();
    EXPECT_EQ(fileFormatVersion(copy), kSchemaVersion);
    EXPECT_TRUE(missingTables(copy).empty());
    EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM accepted_schedule").getInt(), 0);
    EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM baselines").getInt(), 0);
    EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM accepted_schedule_end").getInt(), 0);
    EXPECT_EQ(copy.execAndGet("SELECT count(*) FROM capabilities").getInt(), capabilities);
    CurrentDatabase current;
    EXPECT_EQ(schemaOf(copy), schemaOf(current.db)) << "a converted file is shaped like a new one";
}

TEST(Migrations, StepFromThreeGivesARealVersionThreeFileTheCurrentSchemaAndNoBaselines)
{
    // tests/data/store/plan-v3.waveplan was saved by version 3 (see baselines_store_test.cpp).
    SQLite::Database file((std::filesystem::path(WAVEPLAN_TEST_DATA_DIR) / "store" / "plan-v3.waveplan").string(),
                          SQLite::OPEN_READONLY);
    SQLite::Database copy(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup(copy, file).executeStep();
    ASSERT_EQ(fileFormatVersion(copy), 3);
    ASSERT_FALSE(copy.tableExists("baselines"));

    const Status migrated = migrate(copy, planMigrations(), kSchemaVersion);

    ASSERT_TRUE(migrated.ok()) << migrated.errorText();
    EXPECT_EQ(fileFormatVersion(copy), kSchemaVersion);
    EXPECT_TRUE(missingTables(copy).empty());
    for (const char *table : {"baselines", "baseline_capabilities", "baseline_load"})
        EXPECT_EQ(copy.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt(), 0) << table;
    CurrentDatabase current;
    EXPECT_EQ(schemaOf(copy), schemaOf(current.db)) << "a converted file is shaped like a new one";
}

namespace {

/// A version-5 file's tables (as version 5 wrote them) holding two capabilities, a demand, a
/// dependency and an accepted schedule row, with foreign keys enforced as a strict reader would.
struct VersionFiveDatabase {
    SQLite::Database db{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
    VersionFiveDatabase()
    {
        createTablesOfVersion(db, 5);
        db.exec("PRAGMA user_version = 5");
        db.exec("INSERT INTO plan VALUES (1, 'P', '2027-01-04', 90, 4, 1);"
                "INSERT INTO teams VALUES (7, 'Data', 0, 2, NULL);"
                "INSERT INTO capabilities (id, key, ord, name, kind, duration_days) VALUES "
                "  (3, 'GOV', 0, 'Governance', 'foundational', 20), (5, 'CDP', 1, 'CDP', 'additive', 40);"
                "INSERT INTO capability_demand VALUES (5, 7, 0, 2);"
                "INSERT INTO dependencies VALUES (0, 3, 5, 4);"
                "INSERT INTO accepted_schedule VALUES (5, 24, 1, NULL);");
    }
};

} // namespace

TEST(Migrations, StepFromFiveLetsACapabilityTakeZeroDaysAndKeepsEveryRow)
{
    VersionFiveDatabase file;
    EXPECT_THROW(file.db.exec("INSERT INTO capabilities (id, key, ord, name, kind, duration_days) "
                              "VALUES (9, 'SIGN', 2, 'Contract signed', 'additive', 0)"),
                 SQLite::Exception)
        << "version 5 refuses a milestone";

    const Status migrated = migrate(file.db, planMigrations(), 6);

    ASSERT_TRUE(migrated.ok()) << migrated.errorText();
    EXPECT_EQ(fileFormatVersion(file.db), 6);
    // Every row and every reference by id is still there.
    EXPECT_EQ(file.db.execAndGet("SELECT group_concat(id || key || duration_days, ',') FROM "
                                 "(SELECT * FROM capabilities ORDER BY ord)")
                  .getString(),
              "3GOV20,5CDP40");
    EXPECT_EQ(file.db.execAndGet("SELECT p.key || '>' || s.key || '+' || lag_days FROM dependencies "
                                 "JOIN capabilities p ON p.id = predecessor JOIN capabilities s ON s.id = successor")
                  .getString(),
              "GOV>CDP+4");
    EXPECT_EQ(file.db.execAndGet("SELECT c.key || ':' || people FROM capability_demand JOIN capabilities c ON c.id = "
                                 "capability")
                  .getString(),
              "CDP:2");
    EXPECT_EQ(file.db.execAndGet("SELECT count(*) FROM accepted_schedule").getInt(), 1);
    file.db.exec("PRAGMA foreign_keys = ON");
    EXPECT_EQ(file.db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
    // The references still name the capabilities table: deleting a capability cascades.
    file.db.exec("DELETE FROM capabilities WHERE id = 5");
    EXPECT_EQ(file.db.execAndGet("SELECT count(*) FROM capability_demand").getInt(), 0);
    EXPECT_EQ(file.db.execAndGet("SELECT count(*) FROM dependencies").getInt(), 0);

    file.db.exec("INSERT INTO capabilities (id, key, ord, name, kind, duration_days) "
                 "VALUES (9, 'SIGN', 2, 'Contract signed', 'additive', 0)");
    EXPECT_THROW(file.db.exec("INSERT INTO capabilities (id, key, ord, name, kind, duration_days) "
                              "VALUES (10, 'NEG', 3, 'Negative', 'additive', -1)"),
                 SQLite::Exception);
    EXPECT_EQ(file.db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    ASSERT_TRUE(migrate(file.db, planMigrations(), kSchemaVersion).ok());
    CurrentDatabase current;
    EXPECT_EQ(schemaOf(file.db), schemaOf(current.db)) << "a converted file is shaped like a new one";
}

TEST(Migrations, StepFromSixGivesAPlanTheCalendarItAlwaysHadEveryDayWorked)
{
    VersionFiveDatabase file;
    ASSERT_TRUE(migrate(file.db, planMigrations(), 6).ok());
    ASSERT_FALSE(hasColumn(file.db, "plan", "workdays"));

    const Status migrated = migrate(file.db, planMigrations(), 7);

    ASSERT_TRUE(migrated.ok()) << migrated.errorText();
    EXPECT_EQ(file.db.execAndGet("SELECT workdays || ' ' || waves || ' ' || fiscal_year_start FROM plan").getString(),
              "all days 1");
    EXPECT_EQ(file.db.execAndGet("SELECT count(*) FROM holidays").getInt(), 0);
    {
        SQLite::Database version7(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        createTablesOfVersion(version7, 7);
        EXPECT_EQ(schemaOf(file.db), schemaOf(version7)) << "a converted file is shaped like a new version-7 one";
    }
    ASSERT_TRUE(migrate(file.db, planMigrations(), kSchemaVersion).ok()); // to read it with today's reader
    const Result<Plan> plan = readPlan(file.db);
    ASSERT_TRUE(plan.ok()) << plan.errorText();
    EXPECT_TRUE(plan->calendar.everyDay());
    EXPECT_EQ(plan->waveScheme, WaveScheme::Days);
    EXPECT_EQ(plan->fiscalYearStartMonth, 1);
    EXPECT_EQ(plan->capabilities.size(), 2u);
    // The new columns refuse what no reader could make sense of.
    EXPECT_THROW(file.db.exec("UPDATE plan SET waves = 'monthly'"), SQLite::Exception);
    EXPECT_THROW(file.db.exec("UPDATE plan SET fiscal_year_start = 13"), SQLite::Exception);
    file.db.exec("INSERT INTO holidays (ord, date, name) VALUES (1, '2027-12-25', 'Christmas Day')");
    EXPECT_THROW(file.db.exec("INSERT INTO holidays (ord, date, name) VALUES (2, '2027-12-25', 'Again')"),
                 SQLite::Exception)
        << "a date is a holiday once";
}

TEST(Migrations, StepFromSevenLeavesEveryCapabilityPlannedWithoutAnAsOfDate)
{
    VersionFiveDatabase file;
    ASSERT_TRUE(migrate(file.db, planMigrations(), 7).ok());
    ASSERT_FALSE(hasColumn(file.db, "plan", "as_of"));

    const Status migrated = migrate(file.db, planMigrations(), 8);

    ASSERT_TRUE(migrated.ok()) << migrated.errorText();
    EXPECT_TRUE(file.db.execAndGet("SELECT as_of FROM plan").isNull());
    EXPECT_EQ(file.db.execAndGet("SELECT count(*) FROM progress").getInt(), 0);
    const Result<Plan> plan = readPlan(file.db);
    ASSERT_TRUE(plan.ok()) << plan.errorText();
    EXPECT_FALSE(plan->asOf.has_value());
    EXPECT_FALSE(hasProgress(*plan));
    EXPECT_EQ(plan->capabilities.size(), 2u);
    // The new table refuses what no reader could make sense of, and goes with its capability.
    EXPECT_THROW(file.db.exec("INSERT INTO progress (capability, status) VALUES (3, 'planned')"), SQLite::Exception);
    EXPECT_THROW(file.db.exec("INSERT INTO progress (capability, status, remaining_days) VALUES (3, 'in-progress', 0)"),
                 SQLite::Exception);
    file.db.exec("PRAGMA foreign_keys = ON");
    file.db.exec("INSERT INTO progress (capability, status, actual_start) VALUES (3, 'in-progress', '2027-01-04')");
    file.db.exec("DELETE FROM capability_demand WHERE capability = 3; DELETE FROM dependencies WHERE predecessor = 3;"
                 "DELETE FROM accepted_schedule WHERE capability = 3; DELETE FROM capabilities WHERE id = 3");
    EXPECT_EQ(file.db.execAndGet("SELECT count(*) FROM progress").getInt(), 0);
    CurrentDatabase current;
    EXPECT_EQ(schemaOf(file.db), schemaOf(current.db)) << "a converted file is shaped like a new one";
}

TEST(Migrations, StepFromSevenRedatesTheBaselinesOfACalendarPlan)
{
    // Version 7 kept baseline days as working days; version 8 keeps calendar days. Monday to
    // Friday from Monday 4 January 2027 with Monday 18 January off: working day 9 is Friday 15
    // (calendar day 11), 10 is Tuesday 19 (15), 14 is Monday 25 (21).
    VersionFiveDatabase file;
    ASSERT_TRUE(migrate(file.db, planMigrations(), 7).ok());
    file.db.exec("UPDATE plan SET workdays = 'mon-fri';"
                 "INSERT INTO holidays VALUES (1, '2027-01-18', 'MLK Day');"
                 "INSERT INTO baselines VALUES (1, 0, 'Board', '2027-01-15', '2027-01-04', 90, 15);"
                 "INSERT INTO baseline_capabilities (baseline, key, start_day, finish_day, wave) VALUES"
                 "  (1, 'GOV', 0, 10, 1), (1, 'CDP', 10, 15, 1), (1, 'SIGN', 10, 10, 1);");

    const Status migrated = migrate(file.db, planMigrations(), 8);

    ASSERT_TRUE(migrated.ok()) << migrated.errorText();
    const auto days = [&](const char *key) {
        return file.db.execAndGet(std::string("SELECT start_day || '-' || finish_day FROM baseline_capabilities WHERE key = '") +
                                  key + "'")
            .getString();
    };
    EXPECT_EQ(days("GOV"), "0-12");
    EXPECT_EQ(days("CDP"), "15-22");
    EXPECT_EQ(days("SIGN"), "15-15") << "a milestone stays a milestone";
    EXPECT_EQ(file.db.execAndGet("SELECT end_day FROM baselines").getInt(), 22);
    const Result<Plan> plan = readPlan(file.db);
    ASSERT_TRUE(plan.ok()) << plan.errorText();
    EXPECT_EQ(formatIsoDate(plan->baselines.front().dateOfDay(plan->baselines.front().find("CDP")->finishDay - 1)),
              "2027-01-25");
}
