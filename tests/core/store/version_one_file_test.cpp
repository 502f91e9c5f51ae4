// A real file of format version 1, saved by Waveplan before teams and capabilities had ids
// (tests/data/store/plan-v1.waveplan, written by `waveplan import plan-v1.json` of that build and
// never regenerated): it opens as the plan it was saved from, and saves in the current format.
#include "core/store/schema.h"
#include "core/edit/capability_edits.h"
#include "core/edit/team_edits.h"
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

/// A copy of the version-1 fixture in `dir`, so no test can change the fixture itself.
std::filesystem::path copyOfVersionOneFile(const test::TempDir &dir)
{
    const auto copy = dir.file("old.waveplan");
    std::filesystem::copy_file(kData / "plan-v1.waveplan", copy);
    return copy;
}

int fileVersion(const std::filesystem::path &path)
{
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("PRAGMA user_version").getInt();
}

} // namespace

TEST(VersionOneFile, FixtureIsAVersionOneFile)
{
    EXPECT_EQ(fileVersion(kData / "plan-v1.waveplan"), 1) << "the fixture must stay as version 1 wrote it";
}

TEST(VersionOneFile, OpensAsThePlanItWasSavedFromWithIdsInPlanOrder)
{
    const Result<Plan> source = readPlanJsonFile(kData / "plan-v1.json");
    ASSERT_TRUE(source.ok()) << source.errorText();

    const Result<Plan> opened = openPlan(PlanLocation::ofFile(kData / "plan-v1.waveplan"));

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    EXPECT_EQ(*opened, withIds(*source));
    ASSERT_EQ(opened->capabilities.size(), 24u);
    ASSERT_EQ(opened->teams.size(), 4u);
    for (std::size_t i = 0; i < opened->capabilities.size(); ++i)
        EXPECT_EQ(opened->capabilities[i].id, static_cast<CapabilityId>(i + 1)) << opened->capabilities[i].key;
    for (std::size_t i = 0; i < opened->teams.size(); ++i)
        EXPECT_EQ(opened->teams[i].id, static_cast<TeamId>(i + 1)) << opened->teams[i].name;
    // What the fixture was made to hold survives the conversion.
    EXPECT_EQ(opened->dependencies[1].lagDays, 14);
    EXPECT_TRUE(opened->capabilities[5].position.has_value());
    EXPECT_FALSE(opened->teams[1].capacityByWave.empty());
}

TEST(VersionOneFile, OpeningConvertsInMemoryAndLeavesTheFileAlone)
{
    const test::TempDir dir;
    const auto path = copyOfVersionOneFile(dir);
    const auto before = test::snapshotOf(path);

    ASSERT_TRUE(openPlan(PlanLocation::ofFile(path)).ok());

    EXPECT_EQ(test::snapshotOf(path), before);
    EXPECT_EQ(fileVersion(path), 1);
}

TEST(VersionOneFile, SavesInTheCurrentFormatKeyedByIdAndReopensEqual)
{
    const test::TempDir dir;
    const auto path = copyOfVersionOneFile(dir);
    const Result<Plan> opened = openPlan(PlanLocation::ofFile(path));
    ASSERT_TRUE(opened.ok()) << opened.errorText();

    ASSERT_TRUE(savePlan(*opened, PlanLocation::ofFile(path)).ok());

    EXPECT_EQ(fileVersion(path), store::kSchemaVersion); // the current format
    const Result<Plan> reopened = openPlan(PlanLocation::ofFile(path));
    ASSERT_TRUE(reopened.ok()) << reopened.errorText();
    EXPECT_EQ(*reopened, *opened);
    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM dependencies d JOIN capabilities p ON p.id = d.predecessor "
                            "JOIN capabilities s ON s.id = d.successor")
                  .getInt(),
              static_cast<int>(opened->dependencies.size()))
        << "every dependency refers to capabilities by id";
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
}

TEST(VersionOneFile, RenamesAfterConversionKeepTheIds)
{
    const test::TempDir dir;
    const auto path = copyOfVersionOneFile(dir);
    const Result<Plan> opened = openPlan(PlanLocation::ofFile(path));
    ASSERT_TRUE(opened.ok()) << opened.errorText();
    Plan plan = *opened;
    const Capability gov = *plan.findCapability("GOV");
    const Team data = *plan.findTeam("Data & Analytics");

    Capability renamed = gov;
    renamed.key = "GOVERNANCE";
    const Result<edit::PlanEdit> rename = edit::editCapability(plan, "GOV", renamed);
    ASSERT_TRUE(rename.ok()) << rename.errorText();
    ASSERT_TRUE(edit::apply(plan, *rename).ok());
    Team renamedTeam = data;
    renamedTeam.name = "Analytics";
    const Result<edit::PlanEdit> teamRename = edit::editTeam(plan, "Data & Analytics", renamedTeam);
    ASSERT_TRUE(teamRename.ok()) << teamRename.errorText();
    ASSERT_TRUE(edit::apply(plan, *teamRename).ok());
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(path)).ok());
    const Result<Plan> reopened = openPlan(PlanLocation::ofFile(path));

    ASSERT_TRUE(reopened.ok()) << reopened.errorText();
    EXPECT_EQ(*reopened, plan);
    ASSERT_NE(reopened->findCapability("GOVERNANCE"), nullptr);
    EXPECT_EQ(reopened->findCapability("GOVERNANCE")->id, gov.id);
    ASSERT_NE(reopened->findTeam("Analytics"), nullptr);
    EXPECT_EQ(reopened->findTeam("Analytics")->id, data.id);
    EXPECT_FALSE(reopened->successorsOf("GOVERNANCE").empty());
}

TEST(VersionOneFile, RowNamingNoCapabilityIsReportedNotDropped)
{
    // Version 1 could not check references on reading; a hand-edited file may hold one that
    // names nothing. The conversion says so rather than losing the row quietly.
    const test::TempDir dir;
    const auto path = copyOfVersionOneFile(dir);
    test::runSql(path, "PRAGMA foreign_keys = OFF; INSERT INTO dependencies VALUES (999, 'GOV', 'NOPE', 0)");

    const Result<Plan> opened = openPlan(PlanLocation::ofFile(path));

    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.errorText(),
              path.string() + ": this plan cannot be opened: converting file format 1 to 2 (give teams and "
                              "capabilities internal ids; reference them by id) failed: 1 row(s) of team_capacity, "
                              "capability_demand or dependencies name a team or capability the file does not have");
}
