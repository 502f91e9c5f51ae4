// What a UNIQUE index of the schema guarantees, the readers test again on what they read: a file
// of the current format is opened with SQLite's quick check, which does not look inside indexes
// (plan_file_open.cpp). Each table here has the schema's columns but not its UNIQUE or PRIMARY
// KEY constraints, as a file whose indexes were made to agree with duplicate rows would read.
#include "core/store/accepted_schedule_rows.h"
#include "core/store/baseline_rows.h"
#include "core/store/scenario_rows.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace waveplan;

namespace {

SQLite::Database memoryDatabase(const char *sql)
{
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(sql);
    return db;
}

std::string textOf(const Errors &errors)
{
    std::string text;
    for (const Error &e : errors)
        text += e.message + "\n";
    return text;
}

constexpr const char *kBaselineTables = R"sql(
CREATE TABLE baselines (id INTEGER PRIMARY KEY, ord INTEGER, name TEXT, frozen_on TEXT, start_date TEXT,
                        wave_length_days INTEGER, end_day INTEGER);
CREATE TABLE baseline_capabilities (baseline INTEGER, key TEXT, start_day INTEGER, finish_day INTEGER,
                                    wave INTEGER, cost REAL, driving_path_ord INTEGER);
CREATE TABLE baseline_load (baseline INTEGER, ord INTEGER, team TEXT, wave INTEGER, people_days_used INTEGER,
                            people_days_available INTEGER, go_lives INTEGER);
INSERT INTO baselines VALUES (1, 0, 'Board', '2027-01-04', '2027-01-04', 90, 100);
)sql";

/// What readBaselines makes of baseline "Board" with `capabilityRows` in baseline_capabilities.
struct BaselinesRead {
    Plan plan;
    Errors errors;
};
BaselinesRead readBaselineRows(const std::string &capabilityRows)
{
    SQLite::Database db = memoryDatabase(kBaselineTables);
    db.exec("INSERT INTO baseline_capabilities VALUES " + capabilityRows);
    BaselinesRead read;
    store::readBaselines(db, read.plan, read.errors);
    return read;
}

} // namespace

TEST(UniqueRows, ABaselineListingACapabilityTwiceIsAnError)
{
    const BaselinesRead read = readBaselineRows("(1, 'CRM', 0, 30, 1, NULL, NULL), (1, 'CRM', 40, 70, 1, NULL, NULL), "
                                                "(1, 'CDP', 0, 30, 1, NULL, NULL)");

    EXPECT_NE(textOf(read.errors).find("baseline 'Board' lists capability 'CRM' twice"), std::string::npos)
        << textOf(read.errors);
}

TEST(UniqueRows, ABaselineWithTwoCapabilitiesAtOnePlaceOfItsDrivingPathIsAnError)
{
    const BaselinesRead read = readBaselineRows("(1, 'CRM', 0, 30, 1, NULL, 0), (1, 'CDP', 30, 60, 1, NULL, 1), "
                                                "(1, 'MAP', 30, 60, 1, NULL, 1)");

    EXPECT_NE(textOf(read.errors).find("baseline 'Board' has two capabilities at place 1 of its driving path"),
              std::string::npos)
        << textOf(read.errors);
}

TEST(UniqueRows, TheSameBaselineRowsWithoutDuplicatesRead)
{
    const BaselinesRead read = readBaselineRows("(1, 'CRM', 0, 30, 1, NULL, 0), (1, 'CDP', 30, 60, 1, NULL, 1), "
                                                "(1, 'MAP', 30, 60, 1, NULL, NULL)");

    EXPECT_TRUE(read.errors.empty()) << textOf(read.errors);
    ASSERT_EQ(read.plan.baselines.size(), 1U);
    EXPECT_EQ(read.plan.baselines[0].capabilities.size(), 3U);
    EXPECT_EQ(read.plan.baselines[0].drivingPath, (std::vector<std::string>{"CRM", "CDP"}));
}

TEST(UniqueRows, TwoScenariosOfOneNameAreAnError)
{
    SQLite::Database db = memoryDatabase(R"sql(
CREATE TABLE scenarios (ord INTEGER PRIMARY KEY, name TEXT, is_current INTEGER, plan_json TEXT, accepted_json TEXT);
INSERT INTO scenarios VALUES (0, 'Main plan', 1, NULL, NULL), (1, 'Main plan', 1, NULL, NULL);
)sql");

    const Result<ScenarioSet> read = store::readScenarios(db, Plan{}, ScheduleReference{});

    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.errorText().find("scenario 'Main plan': two scenarios have this name"), std::string::npos)
        << read.errorText();
}

TEST(UniqueRows, AnAcceptedScheduleWithTwoCapabilitiesAtOnePlaceOfItsDrivingPathIsDropped)
{
    SQLite::Database db = memoryDatabase(R"sql(
CREATE TABLE capabilities (id INTEGER PRIMARY KEY, key TEXT);
CREATE TABLE accepted_schedule (capability INTEGER PRIMARY KEY, start_day INTEGER, wave INTEGER, driving_path_ord INTEGER);
CREATE TABLE accepted_schedule_end (end_day INTEGER);
INSERT INTO capabilities VALUES (1, 'CRM'), (2, 'CDP');
INSERT INTO accepted_schedule VALUES (1, 0, 1, 0), (2, 30, 1, 0);
INSERT INTO accepted_schedule_end VALUES (60);
)sql");

    const Result<ScheduleReference> read = store::readAcceptedSchedule(db);

    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.errorText().find("two capabilities are at place 0 of the driving path"), std::string::npos)
        << read.errorText();
}
