// A real file of format version 2, saved by Waveplan before plans kept their accepted schedule
// (tests/data/store/plan-v2.waveplan, written by `waveplan import plan-v1.json --name "Fixture
// plan saved by file format 2"` of that build and never regenerated): it opens as the plan it
// was saved from, with no accepted schedule, and saves in the current format with one.
#include "core/store/schema.h"
#include "core/io/plan_json.h"
#include "core/store/plan_store.h"
#include "store/store_test_support.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <filesystem>

using namespace waveplan;

namespace {

const std::filesystem::path kData = std::filesystem::path(WAVEPLAN_TEST_DATA_DIR) / "store";

/// A copy of the version-2 fixture in `dir`, so no test can change the fixture itself.
std::filesystem::path copyOfVersionTwoFile(const test::TempDir &dir)
{
    const auto copy = dir.file("old.waveplan");
    std::filesystem::copy_file(kData / "plan-v2.waveplan", copy);
    return copy;
}

int fileVersion(const std::filesystem::path &path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA user_version").getInt();
}

/// The plan the fixture was saved from.
Plan savedPlan()
{
    Result<Plan> source = readPlanJsonFile(kData / "plan-v1.json");
    EXPECT_TRUE(source.ok()) << source.errorText();
    Plan plan = source ? source.value() : Plan{};
    plan.name = "Fixture plan saved by file format 2";
    return withIds(plan);
}

} // namespace

TEST(VersionTwoFile, FixtureIsAVersionTwoFileWithoutAcceptedSchedule)
{
    EXPECT_EQ(fileVersion(kData / "plan-v2.waveplan"), 2) << "the fixture must stay as version 2 wrote it";
    SQLite::Database db((kData / "plan-v2.waveplan").string(), SQLite::OPEN_READONLY);
    EXPECT_FALSE(db.tableExists("accepted_schedule"));
    EXPECT_FALSE(db.tableExists("accepted_schedule_end"));
}

TEST(VersionTwoFile, OpensAsThePlanItWasSavedFromWithNoAcceptedSchedule)
{
    ScheduleReference accepted{{{"GOV", {0, 1}}}, 30, {"GOV"}}; // what an earlier open left behind

    const Result<Plan> opened = openPlan(PlanLocation::ofFile(kData / "plan-v2.waveplan"), &accepted);

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    EXPECT_EQ(*opened, savedPlan());
    ASSERT_EQ(opened->capabilities.size(), 24u);
    EXPECT_EQ(opened->dependencies[1].lagDays, 14);
    EXPECT_TRUE(opened->capabilities[5].position.has_value());
    EXPECT_EQ(accepted, ScheduleReference{});
}

TEST(VersionTwoFile, OpeningConvertsInMemoryAndLeavesTheFileAlone)
{
    const test::TempDir dir;
    const auto path = copyOfVersionTwoFile(dir);
    const auto before = test::snapshotOf(path);
    ScheduleReference accepted;

    ASSERT_TRUE(openPlan(PlanLocation::ofFile(path), &accepted).ok());

    EXPECT_EQ(test::snapshotOf(path), before);
    EXPECT_EQ(fileVersion(path), 2);
}

TEST(VersionTwoFile, SavesInTheCurrentFormatWithAnAcceptedScheduleAndReopensEqual)
{
    const test::TempDir dir;
    const auto path = copyOfVersionTwoFile(dir);
    const Result<Plan> opened = openPlan(PlanLocation::ofFile(path));
    ASSERT_TRUE(opened.ok()) << opened.errorText();
    ScheduleReference accepted;
    int day = 0;
    for (const Capability &c : opened->capabilities) {
        accepted.capabilities.emplace(c.key, ScheduleReference::Entry{day, 1 + day / 90});
        day += 10;
    }
    accepted.endDay = day + 20;
    accepted.drivingPath = {opened->capabilities[0].key, opened->capabilities[2].key};

    ASSERT_TRUE(savePlan(*opened, PlanLocation::ofFile(path), &accepted).ok());
    ScheduleReference reloaded;
    const Result<Plan> reopened = openPlan(PlanLocation::ofFile(path), &reloaded);

    EXPECT_EQ(fileVersion(path), store::kSchemaVersion); // the current format
    ASSERT_TRUE(reopened.ok()) << reopened.errorText();
    EXPECT_EQ(*reopened, *opened);
    EXPECT_EQ(reloaded, accepted);
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
}
