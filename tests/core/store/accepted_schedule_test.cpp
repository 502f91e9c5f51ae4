// The schedule a plan was accepted with is kept in its .waveplan file: saved with the plan in
// the same atomic write, read back equal, keyed by capability id in the file.
#include "core/formats/format_registry.h"
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace waveplan;

namespace {

/// A reference placing every capability of `plan`, as a schedule of it would: capability i
/// starts on day 7i in wave 1 + i mod 4; the first three form the driving path.
ScheduleReference referenceFor(const Plan &plan)
{
    ScheduleReference reference;
    int i = 0;
    for (const Capability &c : plan.capabilities) {
        reference.capabilities.emplace(c.key, ScheduleReference::Entry{7 * i, 1 + i % 4});
        if (i < 3)
            reference.drivingPath.push_back(c.key);
        ++i;
    }
    reference.endDay = 7 * i + 30;
    return reference;
}

int rowsOf(const std::filesystem::path &file, const std::string &table)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM " + table).getInt();
}

/// planWithEveryFieldSet() (DATA -> CDP) with ids, and a schedule of it.
struct TwoCapabilities {
    Plan plan = withIds(test::planWithEveryFieldSet());
    ScheduleReference accepted{{{"DATA", {0, 1}}, {"CDP", {45, 1}}}, 75, {"DATA", "CDP"}};
};

} // namespace

TEST(AcceptedSchedule, SavedWithThePlanComesBackEqual)
{
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("plan.waveplan"));
    const Plan plan = test::generatePlan(31);
    const ScheduleReference accepted = referenceFor(plan);

    ASSERT_TRUE(savePlan(plan, location, &accepted).ok());
    ScheduleReference loaded;
    const Result<Plan> opened = openPlan(location, &loaded);

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    EXPECT_EQ(*opened, withIds(plan));
    EXPECT_EQ(loaded, accepted);
    EXPECT_EQ(loaded.drivingPath.size(), 3u);
    EXPECT_EQ(rowsOf(location.file, "accepted_schedule"), 30);
    EXPECT_EQ(rowsOf(location.file, "accepted_schedule_end"), 1);
}

TEST(AcceptedSchedule, PlanSavedWithoutOneOpensWithAnEmptyReference)
{
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("plan.waveplan"));
    const Plan plan = test::generatePlan(32);
    ASSERT_TRUE(savePlan(plan, location).ok());
    ScheduleReference loaded = referenceFor(plan); // what an earlier open left behind

    const Result<Plan> opened = openPlan(location, &loaded);

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    EXPECT_EQ(*opened, withIds(plan));
    EXPECT_EQ(loaded, ScheduleReference{});
}

TEST(AcceptedSchedule, AnEmptyReferenceWritesNoRows)
{
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("plan.waveplan"));
    const ScheduleReference none;

    ASSERT_TRUE(savePlan(test::generatePlan(33), location, &none).ok());

    EXPECT_EQ(rowsOf(location.file, "accepted_schedule"), 0);
    EXPECT_EQ(rowsOf(location.file, "accepted_schedule_end"), 0);
}

TEST(AcceptedSchedule, ACapabilityRemovedBeforeSavingDropsItsEntry)
{
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("plan.waveplan"));
    TwoCapabilities given;
    given.accepted.capabilities.emplace("GHOST", ScheduleReference::Entry{10, 2}); // never in the plan
    Plan plan = given.plan;
    plan.capabilities.pop_back(); // CDP
    plan.dependencies.clear();

    ASSERT_TRUE(savePlan(plan, location, &given.accepted).ok());
    ScheduleReference loaded;
    const Result<Plan> opened = openPlan(location, &loaded);

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    const ScheduleReference expected{{{"DATA", {0, 1}}}, 75, {"DATA"}};
    EXPECT_EQ(loaded, expected);
    EXPECT_EQ(rowsOf(location.file, "accepted_schedule"), 1);
}

TEST(AcceptedSchedule, EntriesOutOfRangeAreLeftOutAndTheRestIsKept)
{
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("plan.waveplan"));
    const Plan plan = test::generatePlan(34, {.capabilities = 4});
    ScheduleReference accepted = referenceFor(plan);
    const std::string first = plan.capabilities[0].key;
    const std::string last = plan.capabilities[3].key;
    accepted.capabilities[first].startDay = -1;
    accepted.capabilities[last].wave = 0;

    ASSERT_TRUE(savePlan(plan, location, &accepted).ok());
    ScheduleReference loaded;
    ASSERT_TRUE(openPlan(location, &loaded).ok());

    ScheduleReference expected = accepted;
    expected.capabilities.erase(first);
    expected.capabilities.erase(last);
    expected.drivingPath.erase(expected.drivingPath.begin()); // the first was on it
    EXPECT_EQ(loaded, expected);
}

TEST(AcceptedSchedule, RowsAreKeyedByCapabilityIdSoARenameKeepsThem)
{
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("plan.waveplan"));
    const TwoCapabilities given;
    ASSERT_TRUE(savePlan(given.plan, location, &given.accepted).ok());

    test::runSql(location.file, "UPDATE capabilities SET key = 'PLATFORM' WHERE key = 'CDP'");
    ScheduleReference loaded;
    ASSERT_TRUE(openPlan(location, &loaded).ok());

    const ScheduleReference expected{{{"DATA", {0, 1}}, {"PLATFORM", {45, 1}}}, 75, {"DATA", "PLATFORM"}};
    EXPECT_EQ(loaded, expected);
}

TEST(AcceptedSchedule, HandWrittenRowsAreReadAsDocumented)
{
    // Rows written with plain SQL from docs/file-format.md: DATA has id 1, CDP id 2.
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("by-hand.waveplan"));
    ASSERT_TRUE(savePlan(TwoCapabilities{}.plan, location).ok());
    test::runSql(location.file, R"sql(
        INSERT INTO accepted_schedule (capability, start_day, wave, driving_path_ord)
          VALUES (2, 60, 2, 10), (1, 3, 1, -4);
        INSERT INTO accepted_schedule_end (end_day) VALUES (105);
    )sql");

    ScheduleReference loaded;
    const Result<Plan> opened = openPlan(location, &loaded);

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    const ScheduleReference expected{{{"DATA", {3, 1}}, {"CDP", {60, 2}}}, 105, {"DATA", "CDP"}};
    EXPECT_EQ(loaded, expected);
}

TEST(AcceptedSchedule, DeletingACapabilityByHandCascadesToItsEntry)
{
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("plan.waveplan"));
    const TwoCapabilities given;
    ASSERT_TRUE(savePlan(given.plan, location, &given.accepted).ok());

    test::runSql(location.file, "PRAGMA foreign_keys = ON; DELETE FROM capabilities WHERE key = 'CDP'");

    EXPECT_EQ(rowsOf(location.file, "accepted_schedule"), 1);
}

TEST(AcceptedSchedule, ARefusedSaveKeepsTheOldPlanAndItsSchedule)
{
    const test::TempDir dir;
    const auto location = PlanLocation::ofFile(dir.file("plan.waveplan"));
    const TwoCapabilities given;
    ASSERT_TRUE(savePlan(given.plan, location, &given.accepted).ok());
    Plan broken = given.plan;
    broken.capabilities[1].key = "DATA"; // two capabilities with one key
    const ScheduleReference other{{{"DATA", {5, 1}}}, 50, {}};

    ASSERT_FALSE(savePlan(broken, location, &other).ok());
    ScheduleReference loaded;
    const Result<Plan> opened = openPlan(location, &loaded);

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    EXPECT_EQ(*opened, given.plan);
    EXPECT_EQ(loaded, given.accepted);
}

TEST(AcceptedSchedule, PlanFileFormatPassesItThroughAndJsonIgnoresIt)
{
    const test::TempDir dir;
    const FormatRegistry formats = builtInFormats();
    const Format *planFile = formats.find(kPlanFileFormat);
    const Format *json = formats.find("json");
    ASSERT_NE(planFile, nullptr);
    ASSERT_NE(json, nullptr);
    const TwoCapabilities given;
    WriteRequest write;
    write.acceptedSchedule = &given.accepted;

    write.path = dir.file("plan.waveplan");
    ASSERT_TRUE(planFile->writer(given.plan, write).ok());
    write.path = dir.file("plan.json");
    ASSERT_TRUE(json->writer(given.plan, write).ok());
    ScheduleReference fromPlanFile;
    ScheduleReference fromJson;
    ReadRequest read;
    read.path = dir.file("plan.waveplan");
    read.acceptedSchedule = &fromPlanFile;
    ASSERT_TRUE(planFile->reader(read).ok());
    read.path = dir.file("plan.json");
    read.acceptedSchedule = &fromJson;
    ASSERT_TRUE(json->reader(read).ok());

    EXPECT_EQ(fromPlanFile, given.accepted);
    EXPECT_TRUE(fromJson.empty());
    EXPECT_EQ(test::readFile(dir.file("plan.json")).find("accepted"), std::string::npos);
}
