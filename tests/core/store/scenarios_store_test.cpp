// Scenarios kept in one .waveplan (format 5): saved and read back equal, the current one in the
// plan's tables (so a plain open gets it), the others with their baselines and accepted
// schedules; a file saved without scenarios holds one, "Main plan"; a version-4 file opens with
// that one; bad names and damaged rows are refused or reported, naming the scenario.
#include "core/store/schema.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/schedule.h"
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

using namespace waveplan;

namespace {

const std::filesystem::path kData = std::filesystem::path(WAVEPLAN_TEST_DATA_DIR) / "store";

int fileVersion(const std::filesystem::path &path) {
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA user_version").getInt();
}

/// Three scenarios of a generated plan: B with a capability longer and a baseline, C with one
/// capability fewer; B is current. Each has the accepted schedule of its own plan.
ScenarioSet threeScenarios() {
    const Plan a = withIds(test::generatePlan(12));
    Plan b = a;
    b.capabilities[0].durationDays += 30;
    b.baselines.push_back(baselineOf(
        "Board approved", Date{std::chrono::year{2027}, std::chrono::January, std::chrono::day{15}},
        b, computeSchedule(b)));
    Plan c = a;
    const std::string dropped = c.capabilities.back().key;
    c.capabilities.pop_back();
    std::erase_if(c.dependencies, [&](const Dependency &d) {
        return d.predecessor == dropped || d.successor == dropped;
    });
    ScenarioSet set;
    for (auto &[name, plan] :
         {std::pair{"Plan A", a}, std::pair{"Plan B", b}, std::pair{"Plan C \u00e9t\u00e9", c}})
        set.scenarios.push_back({name, plan, referenceOf(computeSchedule(plan))});
    set.current = 1;
    return set;
}

} // namespace

TEST(ScenariosStore, SavedAndReadBackEqualWithTheCurrentOneInThePlanTables) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    const ScenarioSet set = threeScenarios();

    ASSERT_TRUE(saveScenarios(set, PlanLocation::ofFile(path)).ok());
    const Result<ScenarioSet> read = openScenarios(PlanLocation::ofFile(path));
    ScheduleReference accepted;
    const Result<Plan> plain = openPlan(PlanLocation::ofFile(path), &accepted);

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_EQ(read->current, 1u);
    ASSERT_EQ(read->scenarios.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(read->scenarios[i].name, set.scenarios[i].name);
        EXPECT_EQ(read->scenarios[i].plan, set.scenarios[i].plan) << set.scenarios[i].name;
        EXPECT_EQ(read->scenarios[i].accepted, set.scenarios[i].accepted) << set.scenarios[i].name;
    }
    ASSERT_TRUE(plain.ok()) << plain.errorText();
    EXPECT_EQ(*plain, set.scenarios[1].plan) << "a plain open reads the current scenario";
    EXPECT_EQ(accepted, set.scenarios[1].accepted);
    EXPECT_EQ(fileVersion(path), store::kSchemaVersion);
}

TEST(ScenariosStore, AFileSavedWithoutScenariosHoldsOneCalledMainPlan) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    const Plan plan = withIds(test::generatePlan(5));
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(path)).ok());

    const Result<ScenarioSet> read = openScenarios(PlanLocation::ofFile(path));

    ASSERT_TRUE(read.ok()) << read.errorText();
    ASSERT_EQ(read->scenarios.size(), 1u);
    EXPECT_EQ(read->scenarios[0].name, kDefaultScenarioName);
    EXPECT_EQ(read->scenarios[0].plan, plan);
}

TEST(ScenariosStore, AVersionFourFileOpensWithOneScenarioAndItsBaseline) {
    // tests/data/store/plan-v4.waveplan: `waveplan import plan-v1.json --name "Fixture plan saved
    // by file format 4"` then `waveplan baseline --freeze "Board approved" --date 2027-01-15`, by
    // the build before scenarios; never regenerated.
    ASSERT_EQ(fileVersion(kData / "plan-v4.waveplan"), 4)
        << "the fixture must stay as version 4 wrote it";

    const Result<ScenarioSet> read =
        openScenarios(PlanLocation::ofFile(kData / "plan-v4.waveplan"));

    ASSERT_TRUE(read.ok()) << read.errorText();
    ASSERT_EQ(read->scenarios.size(), 1u);
    EXPECT_EQ(read->scenarios[0].name, kDefaultScenarioName);
    EXPECT_EQ(read->scenarios[0].plan.name, "Fixture plan saved by file format 4");
    ASSERT_EQ(read->scenarios[0].plan.baselines.size(), 1u);
    EXPECT_EQ(read->scenarios[0].plan.baselines[0].name, "Board approved");
    EXPECT_EQ(read->scenarios[0].plan.baselines[0].capabilities.size(), 24u);
}

TEST(ScenariosStore, NamesAFileCannotKeepAreRefusedAndTheFileLeftAlone) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(saveScenarios(threeScenarios(), PlanLocation::ofFile(path)).ok());
    const auto before = test::snapshotOf(path);

    ScenarioSet twice = threeScenarios();
    twice.scenarios[2].name = "Plan A";
    ScenarioSet hash = threeScenarios();
    hash.scenarios[0].name = "A#1";
    ScenarioSet none = threeScenarios();
    none.current = 3;

    const Status saved = saveScenarios(twice, PlanLocation::ofFile(path));
    EXPECT_FALSE(saved.ok());
    EXPECT_NE(saved.errorText().find("scenario 'Plan A' is named twice"), std::string::npos)
        << saved.errorText();
    EXPECT_FALSE(saveScenarios(hash, PlanLocation::ofFile(path)).ok());
    EXPECT_FALSE(saveScenarios(none, PlanLocation::ofFile(path)).ok());
    EXPECT_EQ(test::snapshotOf(path), before);
}

TEST(ScenariosStore, AScenarioWhosePlanDoesNotReadIsReportedByName) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(saveScenarios(threeScenarios(), PlanLocation::ofFile(path)).ok());
    test::runSql(path,
                 "UPDATE scenarios SET plan_json = '{\"format\": \"waveplan-plan\"' WHERE ord = 2");

    const Result<ScenarioSet> read = openScenarios(PlanLocation::ofFile(path));

    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.errorText().find("scenario 'Plan C \u00e9t\u00e9'"), std::string::npos)
        << read.errorText();
    EXPECT_TRUE(openPlan(PlanLocation::ofFile(path)).ok())
        << "the current scenario still opens on its own";
}

TEST(ScenariosStore, ADamagedAcceptedScheduleOfAnotherScenarioIsOnlyLost) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(saveScenarios(threeScenarios(), PlanLocation::ofFile(path)).ok());
    test::runSql(path, "UPDATE scenarios SET accepted_json = '[1, 2' WHERE ord = 0");

    const Result<ScenarioSet> read = openScenarios(PlanLocation::ofFile(path));

    ASSERT_TRUE(read.ok()) << read.errorText();
    EXPECT_TRUE(read->scenarios[0].accepted.empty());
    EXPECT_EQ(read->scenarios[0].plan, threeScenarios().scenarios[0].plan);
}

TEST(ScenariosStore, RowsBreakingTheSchemasRulesAreReportedThoughTheIntegrityCheckLeavesThemAlone) {
    // The integrity check on opening looks for damage only (plan_file_open.cpp); the reader
    // itself refuses what the scenarios table's CHECK constraints forbid.
    for (const auto &[sql, fragment] :
         {std::pair{"UPDATE scenarios SET name = '' WHERE ord = 2", "a scenario has an empty name"},
          std::pair{"UPDATE scenarios SET is_current = 2 WHERE ord = 2", "column is_current should hold 0 or 1"}}) {
        const test::TempDir dir;
        const auto path = dir.file("plan.waveplan");
        ASSERT_TRUE(saveScenarios(threeScenarios(), PlanLocation::ofFile(path)).ok());
        test::runSql(path, std::string("PRAGMA ignore_check_constraints = ON; ") + sql);

        const Result<ScenarioSet> read = openScenarios(PlanLocation::ofFile(path));

        ASSERT_FALSE(read.ok()) << sql;
        EXPECT_NE(read.errorText().find(fragment), std::string::npos) << read.errorText();
    }
}
