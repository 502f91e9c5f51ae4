// Saving then opening a plan gives back exactly the same plan.
#include "core/model/plan_limits.h"
#include "core/model/tracking.h"
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sys/stat.h>

using namespace waveplan;

namespace {

Plan roundTrip(const Plan &plan, const test::TempDir &dir)
{
    const auto path = dir.file("plan.waveplan");
    const Status saved = savePlan(plan, PlanLocation::ofFile(path));
    EXPECT_TRUE(saved.ok()) << saved.errorText();
    Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));
    EXPECT_TRUE(loaded.ok()) << loaded.errorText();
    return loaded ? loaded.value() : Plan{};
}

} // namespace

TEST(PlanStoreRoundTrip, GeneratedPlansComeBackEqual)
{
    const test::TempDir dir;
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const Plan plan = test::generatePlan(seed);
        EXPECT_EQ(roundTrip(plan, dir), withIds(plan)) << "seed " << seed;
    }
}

TEST(PlanStoreRoundTrip, GeneratedPlansWithWorkingCalendarsComeBackEqual)
{
    const test::TempDir dir;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        const Plan plan = test::generatePlan(seed, {.workCalendar = true});
        ASSERT_TRUE(structuralErrors(plan).empty()) << "seed " << seed;
        EXPECT_EQ(roundTrip(plan, dir), withIds(plan)) << "seed " << seed;
    }
}

TEST(PlanStoreRoundTrip, GeneratedPlansWithProgressComeBackEqual)
{
    const test::TempDir dir;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        const Plan plan = test::generatePlan(seed, {.workCalendar = true, .progress = true});
        ASSERT_TRUE(structuralErrors(plan).empty()) << "seed " << seed;
        ASSERT_TRUE(hasProgress(plan)) << "seed " << seed;
        EXPECT_EQ(roundTrip(plan, dir), withIds(plan)) << "seed " << seed;
    }
}

TEST(PlanStoreRoundTrip, GeneratedPlansWithoutOptionalFieldsComeBackEqual)
{
    const test::TempDir dir;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const Plan plan = test::generatePlan(seed, {.fillOptionalFields = false, .unicodeText = false});
        EXPECT_EQ(roundTrip(plan, dir), withIds(plan)) << "seed " << seed;
    }
}

TEST(PlanStoreRoundTrip, EmptyPlanComesBackEqual)
{
    const test::TempDir dir;
    Plan empty;
    empty.name = "";
    EXPECT_EQ(roundTrip(empty, dir), withIds(empty));
    EXPECT_EQ(roundTrip(Plan{}, dir), withIds(Plan{}));
}

TEST(PlanStoreRoundTrip, EveryOptionalFieldComesBackEqual)
{
    const test::TempDir dir;
    const Plan plan = test::planWithEveryFieldSet();
    ASSERT_TRUE(structuralErrors(plan).empty());

    const Plan loaded = roundTrip(plan, dir);

    EXPECT_EQ(loaded, withIds(plan));
    ASSERT_EQ(loaded.capabilities.size(), 2u);
    EXPECT_EQ(loaded.capabilities[0].notes, plan.capabilities[0].notes) << "text with a NUL byte";
    EXPECT_EQ(loaded.capabilities[0].demand, (std::vector<TeamDemand>{{"Marketing ops", 1}, {"Data", 3}}))
        << "demand keeps its order";
}

TEST(PlanStoreRoundTrip, OrderOfTeamsCapabilitiesAndDependenciesIsKept)
{
    const test::TempDir dir;
    Plan plan;
    for (const char *team : {"Zeta", "alpha", "Mid"})
        plan.teams.push_back({team, 2, {}, std::nullopt});
    for (const char *key : {"Z9", "A1", "m5", "B2"}) {
        Capability c;
        c.key = key;
        c.name = key;
        c.demand = {{"Mid", 1}, {"Zeta", 2}, {"alpha", 1}};
        plan.capabilities.push_back(c);
    }
    plan.dependencies = {{"Z9", "A1", 0}, {"B2", "m5", 3}, {"A1", "B2", 0}, {"Z9", "m5", 1}};

    EXPECT_EQ(roundTrip(plan, dir), withIds(plan));
}

TEST(PlanStoreRoundTrip, CapabilitiesComeBackInTheirOrderWhateverTheOrderOfTheRows)
{
    // The writer inserts rows in plan order; another tool may not. Here the rows stay where
    // they are and the ord column is reversed: the plan must come back reversed, its
    // dependencies and demands still on the right capabilities.
    const test::TempDir dir;
    const Plan plan = test::generatePlan(7);
    ASSERT_GE(plan.capabilities.size(), 3U);
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(path)).ok());
    test::runSql(path, "UPDATE capabilities SET ord = -1 - ord");

    Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));
    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    Plan reversed = withIds(plan);
    std::reverse(reversed.capabilities.begin(), reversed.capabilities.end());
    EXPECT_EQ(loaded.value(), reversed);
}

TEST(PlanStoreRoundTrip, NumbersComeBackBitForBit)
{
    const test::TempDir dir;
    const double numbers[] = {0.1,
                              1.0 / 3.0,
                              1e-300,
                              std::numeric_limits<double>::denorm_min(),
                              DBL_MAX,
                              -DBL_MAX,
                              std::numeric_limits<double>::infinity(),
                              -std::numeric_limits<double>::infinity(),
                              1e18,
                              9007199254740993.0,
                              -123456789.123456789,
                              0.0};
    Plan plan;
    int i = 0;
    for (const double number : numbers) {
        Capability c;
        c.key = "N" + std::to_string(i++);
        // Money stays within 10^15 (plan_limits.h); positions take any double.
        const double money = std::abs(number) <= kMaxMoney ? number : (std::isfinite(number) ? std::fmod(number, kMaxMoney) : 0.5);
        c.value = money;
        c.cost = -money;
        c.position = MapPosition{number, std::nextafter(number, 0.0)};
        plan.capabilities.push_back(c);
    }

    const Plan loaded = roundTrip(plan, dir);

    ASSERT_EQ(loaded.capabilities.size(), plan.capabilities.size());
    for (size_t k = 0; k < plan.capabilities.size(); ++k) {
        const Capability &expected = plan.capabilities[k];
        const Capability &actual = loaded.capabilities[k];
        if (*expected.cost == 0.0)
            continue; // -0.0 is checked below
        EXPECT_EQ(std::bit_cast<std::uint64_t>(*actual.value), std::bit_cast<std::uint64_t>(*expected.value)) << k;
        EXPECT_EQ(std::bit_cast<std::uint64_t>(*actual.cost), std::bit_cast<std::uint64_t>(*expected.cost)) << k;
        EXPECT_EQ(std::bit_cast<std::uint64_t>(actual.position->x), std::bit_cast<std::uint64_t>(expected.position->x));
        EXPECT_EQ(std::bit_cast<std::uint64_t>(actual.position->y), std::bit_cast<std::uint64_t>(expected.position->y));
    }
}

TEST(PlanStoreRoundTrip, NegativeZeroComesBackAsZero)
{
    // SQLite keeps no sign on zero; docs/file-format.md says so. The plans still compare equal.
    const test::TempDir dir;
    Plan plan;
    Capability c;
    c.key = "Z";
    c.value = -0.0;
    plan.capabilities = {c};

    const Plan loaded = roundTrip(plan, dir);

    ASSERT_EQ(loaded.capabilities.size(), 1u);
    EXPECT_EQ(loaded, withIds(plan));
    EXPECT_EQ(*loaded.capabilities[0].value, 0.0);
}

TEST(PlanStoreRoundTrip, LongTextComesBackEqual)
{
    const test::TempDir dir;
    Plan plan = test::planWithEveryFieldSet();
    std::string notes;
    for (int i = 0; notes.size() < kMaxNotesLength - 100; ++i)
        notes += "line " + std::to_string(i) + " ‘quoted’ 🚀, \"more\"\n";
    plan.capabilities[1].notes = notes;

    EXPECT_EQ(roundTrip(plan, dir), withIds(plan));
}

TEST(PlanStoreRoundTrip, StoreObjectSavesAndLoads)
{
    const test::TempDir dir;
    const auto store = makeSqlitePlanStore();
    const Plan plan = test::generatePlan(7);

    ASSERT_TRUE(store->save(plan, PlanLocation::ofFile(dir.file("a.waveplan"))).ok());
    const Result<Plan> loaded = store->load(PlanLocation::ofFile(dir.file("a.waveplan")));

    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    EXPECT_EQ(*loaded, withIds(plan));
}

TEST(PlanStoreRoundTrip, TheOneDoorReadsWhatAStoreObjectWroteAndNamesTheFileInErrors)
{
    const test::TempDir dir;
    const PlanLocation location = PlanLocation::ofFile(dir.file("door.waveplan"));
    const Plan plan = test::generatePlan(8);
    ASSERT_TRUE(makeSqlitePlanStore()->save(plan, location).ok());

    const Result<Plan> opened = openPlan(location);
    const Result<Plan> missing = planStoreFor(location).load(PlanLocation::ofFile(dir.file("gone.waveplan")));

    ASSERT_TRUE(opened.ok()) << opened.errorText();
    EXPECT_EQ(*opened, withIds(plan));
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.errorText().find(dir.file("gone.waveplan").string()), std::string::npos) << missing.errorText();
    EXPECT_EQ(location.describe(), dir.file("door.waveplan").string());
}

TEST(PlanStoreRoundTrip, SavedFileCarriesTheWaveplanMarks)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(3), PlanLocation::ofFile(path)).ok());

    SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), 0x57415645);
    EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 8);
    EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
    EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "delete") << "not a WAL file";
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"plan.waveplan"});
}

TEST(PlanStoreRoundTrip, HandWrittenRowsAreReadAsDocumented)
{
    // A file written with plain SQL from docs/file-format.md, not by the store.
    const test::TempDir dir;
    const auto path = dir.file("by-hand.waveplan");
    ASSERT_TRUE(savePlan(Plan{}, PlanLocation::ofFile(path)).ok());
    test::runSql(path, R"sql(
        DELETE FROM plan;
        INSERT INTO plan VALUES (1, 'By hand', '2027-03-01', 30, 12, 0, 'mon,wed-fri', 'quarter', 4, '2027-05-03');
        INSERT INTO holidays VALUES (9, '2027-04-02', 'Good Friday'), (3, '2027-12-27', 'Christmas (observed)');
        INSERT INTO teams (id, name, ord, capacity, max_changes_per_wave) VALUES (7, 'Web', 2, 1, NULL), (3, 'Data', 1, 3, 2);
        INSERT INTO team_capacity VALUES (3, 3, 0);
        INSERT INTO capabilities (id, key, ord, name, kind, duration_days, approach, readiness_skills, cost,
                                  pinned_wave, position_x, position_y)
          VALUES (40, 'SITE', 20, 'New site', 'additive', 10, 'buy', 4, 2500.5, 2, 10.0, -3.5),
                 (12, 'DATA', 10, 'Data', 'foundational', 30, '', NULL, NULL, NULL, NULL, NULL);
        INSERT INTO capability_demand VALUES (40, 7, 1, 1), (40, 3, 0, 2), (12, 3, 0, 3);
        INSERT INTO dependencies VALUES (5, 12, 40, 7);
        INSERT INTO progress VALUES (12, 'done', '2027-03-01', '2027-04-09', NULL), (40, 'in-progress', '2027-04-19', NULL, 4);
    )sql");

    const Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));

    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    Plan expected;
    expected.name = "By hand";
    expected.startDate = Date{std::chrono::year{2027}, std::chrono::March, std::chrono::day{1}};
    expected.waveLengthDays = 30;
    expected.horizonWaves = 12;
    expected.allowSpan = false;
    expected.calendar.worked = {true, false, true, true, true, false, false};
    expected.calendar.holidays = {
        {Date{std::chrono::year{2027}, std::chrono::December, std::chrono::day{27}}, "Christmas (observed)"},
        {Date{std::chrono::year{2027}, std::chrono::April, std::chrono::day{2}}, "Good Friday"}};
    expected.waveScheme = WaveScheme::Quarters;
    expected.fiscalYearStartMonth = 4;
    expected.asOf = Date{std::chrono::year{2027}, std::chrono::May, std::chrono::day{3}};
    expected.teams = {{"Data", 3, {{3, 0}}, 2, 3}, {"Web", 1, {}, std::nullopt, 7}};
    Capability data;
    data.id = 12;
    data.key = "DATA";
    data.name = "Data";
    data.durationDays = 30;
    data.demand = {{"Data", 3}};
    data.status = WorkStatus::Done;
    data.actualStart = expected.startDate;
    data.actualFinish = Date{std::chrono::year{2027}, std::chrono::April, std::chrono::day{9}};
    Capability site;
    site.id = 40;
    site.key = "SITE";
    site.name = "New site";
    site.kind = CapabilityKind::Additive;
    site.durationDays = 10;
    site.approach = Approach::Buy;
    site.readiness.skills = 4;
    site.cost = 2500.5;
    site.pinnedWave = 2;
    site.position = MapPosition{10.0, -3.5};
    site.demand = {{"Data", 2}, {"Web", 1}};
    site.status = WorkStatus::InProgress;
    site.actualStart = Date{std::chrono::year{2027}, std::chrono::April, std::chrono::day{19}};
    site.remainingDays = 4;
    expected.capabilities = {data, site};
    expected.dependencies = {{"DATA", "SITE", 7}};
    EXPECT_EQ(*loaded, expected);
}

TEST(PlanStoreRoundTrip, OpeningLeavesTheFileAndFolderAlone)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(11), PlanLocation::ofFile(path)).ok());
    const test::FileSnapshot before = test::snapshotOf(path);

    ASSERT_TRUE(openPlan(PlanLocation::ofFile(path)).ok());

    EXPECT_EQ(test::snapshotOf(path), before) << "no byte, time stamp, journal or lock file changed";
}

TEST(PlanStoreRoundTrip, OpensAFileOnlyReadable)
{
    const test::TempDir dir;
    const auto path = dir.file("read-only.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(12), PlanLocation::ofFile(path)).ok());
    std::filesystem::permissions(path, std::filesystem::perms::owner_read);
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);

    const Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));

    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    EXPECT_EQ(*loaded, withIds(test::generatePlan(12)));
}

TEST(PlanStoreRoundTrip, PathsWithUriCharactersWork)
{
    const test::TempDir dir;
    const auto path = dir.file("Plan ?#%&=; 数据 'q'.waveplan");
    const Plan plan = test::generatePlan(13);

    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(path)).ok());
    const Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));

    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    EXPECT_EQ(*loaded, withIds(plan));
}
