// Baselines are kept in the .waveplan file (format 4) as part of the plan: saved and read back
// equal, including capabilities deleted since they were frozen; a version-3 file opens with
// none and saves as version 4; a damaged baseline row is reported like any damaged plan row.
#include "core/store/schema.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/schedule.h"
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace waveplan;

namespace {

const std::filesystem::path kData = std::filesystem::path(WAVEPLAN_TEST_DATA_DIR) / "store";
const Date kJan15{std::chrono::year{2027}, std::chrono::January, std::chrono::day{15}};

int fileVersion(const std::filesystem::path &path) {
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA user_version").getInt();
}

/// planWithEveryFieldSet() with two baselines: one of its schedule, one that still holds a
/// capability the plan no longer has, with a cost and without.
Plan planWithBaselines() {
    Plan plan = withIds(test::planWithEveryFieldSet());
    plan.baselines.push_back(
        baselineOf("Board approved, Jan 2027", kJan15, plan, computeSchedule(plan)));
    Baseline older = plan.baselines.front();
    older.name = "Draft \u00e9t\u00e9";
    older.frozenOn = Date{std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};
    older.capabilities.emplace("GONE", Baseline::Entry{3, 40, 1, 12.5});
    older.drivingPath.insert(older.drivingPath.begin(), "GONE");
    older.load.push_back({"Deleted team", 2, 100, 900, 1});
    plan.baselines.push_back(older);
    return plan;
}

} // namespace

TEST(BaselinesStore, SavedAndReadBackEqual) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    const Plan plan = planWithBaselines();
    ASSERT_GE(plan.baselines[0].capabilities.size(), 2u);

    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(path)).ok());
    const Result<Plan> reopened = openPlan(PlanLocation::ofFile(path));

    ASSERT_TRUE(reopened.ok()) << reopened.errorText();
    EXPECT_EQ(reopened->baselines, plan.baselines);
    EXPECT_EQ(*reopened, plan);
    EXPECT_EQ(fileVersion(path), store::kSchemaVersion); // the current format
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM baselines").getInt(), 2);
    EXPECT_EQ(
        db.execAndGet("SELECT count(*) FROM baseline_capabilities WHERE key = 'GONE'").getInt(), 1);
}

TEST(BaselinesStore, AVersionThreeFileOpensWithNoneAndSavesAsVersionFour) {
    // tests/data/store/plan-v3.waveplan: `waveplan import plan-v1.json --name "Fixture plan saved
    // by file format 3"` of the build before baselines; never regenerated.
    ASSERT_EQ(fileVersion(kData / "plan-v3.waveplan"), 3)
        << "the fixture must stay as version 3 wrote it";
    const test::TempDir dir;
    const auto path = dir.file("old.waveplan");
    std::filesystem::copy_file(kData / "plan-v3.waveplan", path);
    const auto before = test::snapshotOf(path);

    Result<Plan> opened = openPlan(PlanLocation::ofFile(path));

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    EXPECT_EQ(test::snapshotOf(path), before) << "opening converts in memory only";
    EXPECT_EQ(opened->name, "Fixture plan saved by file format 3");
    EXPECT_EQ(opened->capabilities.size(), 24u);
    EXPECT_TRUE(opened->baselines.empty());

    Plan plan = opened.value();
    plan.baselines.push_back(baselineOf("First", kJan15, plan, computeSchedule(plan)));
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(path)).ok());
    const Result<Plan> reopened = openPlan(PlanLocation::ofFile(path));
    EXPECT_EQ(fileVersion(path), store::kSchemaVersion); // the current format
    ASSERT_TRUE(reopened.ok()) << reopened.errorText();
    EXPECT_EQ(*reopened, plan);
}

TEST(BaselinesStore, ARowOfAnUnknownBaselineIsReportedWithItsTable) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(planWithBaselines(), PlanLocation::ofFile(path)).ok());
    test::runSql(path,
                 "INSERT INTO baseline_capabilities (baseline, key, start_day, finish_day, wave) "
                 "VALUES (99, 'X', 0, 1, 1)");

    const Result<Plan> opened = openPlan(PlanLocation::ofFile(path));

    ASSERT_FALSE(opened.ok());
    EXPECT_NE(opened.errorText().find("baseline_capabilities"), std::string::npos)
        << opened.errorText();
    EXPECT_NE(opened.errorText().find("baseline id 99"), std::string::npos) << opened.errorText();
}

TEST(BaselinesStore, ADateThatIsNotADateIsReported) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(planWithBaselines(), PlanLocation::ofFile(path)).ok());
    test::runSql(path, "UPDATE baselines SET frozen_on = '2027-02-30' WHERE ord = 1");

    const Result<Plan> opened = openPlan(PlanLocation::ofFile(path));

    ASSERT_FALSE(opened.ok());
    EXPECT_NE(opened.errorText().find("frozen_on '2027-02-30' is not a date"), std::string::npos)
        << opened.errorText();
}
