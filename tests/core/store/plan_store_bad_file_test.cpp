// Opening files that are not good plans: each gives a clear message naming the file, and the
// file (bytes, time stamp, folder) is left exactly as it was.
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace waveplan;

namespace {

class PlanStoreBadFile : public ::testing::Test {
protected:
    /// Opens `path`, expects failure whose text names the file and holds `fragment`, and
    /// expects the file and its folder unchanged.
    void expectRefused(const std::filesystem::path &path, const std::string &fragment)
    {
        const test::FileSnapshot before = test::snapshotOf(path);

        const Result<Plan> result = openPlan(PlanLocation::ofFile(path));

        ASSERT_FALSE(result.ok()) << "opened " << path;
        const std::string text = result.errorText();
        EXPECT_NE(text.find(fragment), std::string::npos) << text;
        for (const Error &e : result.errors())
            EXPECT_EQ(e.file, path.string()) << e.message;
        EXPECT_NE(text.find(path.string()), std::string::npos) << text;
        EXPECT_EQ(test::snapshotOf(path), before) << "opening changed the file or its folder";
    }

    /// A valid plan file with `capabilities` capabilities.
    std::filesystem::path savedPlan(const std::string &name, int capabilities = 30)
    {
        const auto path = m_dir.file(name);
        const Status saved = savePlan(test::generatePlan(5, {.capabilities = capabilities}), PlanLocation::ofFile(path));
        EXPECT_TRUE(saved.ok()) << saved.errorText();
        return path;
    }

    test::TempDir m_dir;
};

} // namespace

TEST_F(PlanStoreBadFile, MissingFile)
{
    const auto path = m_dir.file("nowhere.waveplan");

    const Result<Plan> result = openPlan(PlanLocation::ofFile(path));

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errorText(), path.string() + ": the file does not exist");
    EXPECT_TRUE(test::folderEntries(m_dir.path()).empty()) << "opening created nothing";
}

TEST_F(PlanStoreBadFile, Folder)
{
    std::filesystem::create_directory(m_dir.file("folder.waveplan"));
    expectRefused(m_dir.file("folder.waveplan"), "this is a folder, not a Waveplan plan file");
}

TEST_F(PlanStoreBadFile, UnreadableFile)
{
    const auto path = savedPlan("locked.waveplan");
    std::filesystem::permissions(path, std::filesystem::perms::none);
    if (::geteuid() != 0) {
        expectRefused(path, "the file cannot be read: permission denied");
        return;
    }
    // Root reads any file whatever its mode, so open it as an ordinary user (nobody) in a child.
    std::filesystem::permissions(m_dir.path(), std::filesystem::perms::owner_all | std::filesystem::perms::others_exec |
                                                   std::filesystem::perms::group_exec);
    const std::string before = waveplan::test::readFile(path);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0;
        const Result<Plan> opened = openPlan(PlanLocation::ofFile(path));
        const std::string text = opened.ok() ? std::string() : opened.errorText();
        const bool named = text.find(path.string()) != std::string::npos &&
                           text.find("the file cannot be read: permission denied") != std::string::npos;
        ::_exit(!dropped ? 3 : opened.ok() ? 2 : named ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_NE(WEXITSTATUS(status), 3) << "could not switch to user nobody";
    EXPECT_NE(WEXITSTATUS(status), 2) << "an unreadable file was opened";
    EXPECT_EQ(WEXITSTATUS(status), 0) << "the message must name the file and say permission was denied";
    EXPECT_EQ(waveplan::test::readFile(path), before);
}

TEST_F(PlanStoreBadFile, EmptyFile)
{
    expectRefused(m_dir.write("empty.waveplan", ""), "the file is empty, so it holds no plan");
}

TEST_F(PlanStoreBadFile, TextFile)
{
    expectRefused(m_dir.write("plan.csv", "key,name,kind\nCDP,Customer data platform,additive\n"),
                  "this is not a Waveplan plan file (it is not a SQLite database)");
}

TEST_F(PlanStoreBadFile, PngImage)
{
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33);
    png += std::string(200, '\x42');
    expectRefused(m_dir.write("picture.waveplan", png), "it is not a SQLite database");
}

TEST_F(PlanStoreBadFile, OnlyTheSqliteMagic)
{
    expectRefused(m_dir.write("stub.waveplan", std::string("SQLite format 3\0", 16)),
                  "the file is damaged: it ends inside the SQLite header");
}

TEST_F(PlanStoreBadFile, OtherApplicationsDatabaseWithSimilarTables)
{
    const auto path = m_dir.file("other.db");
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE plan (id INTEGER PRIMARY KEY, name TEXT);"
                "CREATE TABLE capabilities (key TEXT PRIMARY KEY, name TEXT);"
                "CREATE TABLE dependencies (predecessor TEXT, successor TEXT);"
                "PRAGMA user_version = 1;");
    }
    expectRefused(path, "this is a SQLite database, but not a Waveplan plan (its application id is "
                        "0x00000000, a plan's is 0x57415645)");
}

TEST_F(PlanStoreBadFile, DatabaseWithAnotherApplicationId)
{
    const auto path = savedPlan("foreign.waveplan");
    test::runSql(path, "PRAGMA application_id = 305419896");
    expectRefused(path, "its application id is 0x12345678");
}

TEST_F(PlanStoreBadFile, PlanFromANewerWaveplan)
{
    const auto path = savedPlan("future.waveplan");
    test::runSql(path, "PRAGMA user_version = 9");
    expectRefused(path, "made by a newer version of Waveplan (file format 9; this version reads up to 8)");
}

TEST_F(PlanStoreBadFile, PlanWithoutFormatVersion)
{
    const auto path = savedPlan("versionless.waveplan");
    test::runSql(path, "PRAGMA user_version = 0");
    expectRefused(path, "the file is damaged: it has no valid file format version (found 0)");
}

TEST_F(PlanStoreBadFile, PlanWithATableMissing)
{
    const auto path = savedPlan("partial.waveplan");
    test::runSql(path, "DROP TABLE dependencies");
    expectRefused(path, "the file is damaged: it lacks the table(s) dependencies");
}

TEST_F(PlanStoreBadFile, PlanWithAColumnMissing)
{
    const auto path = savedPlan("old-columns.waveplan");
    test::runSql(path, "ALTER TABLE capabilities DROP COLUMN kpi");
    expectRefused(path, "this file was not written by Waveplan: it holds table 'capabilities', which a Waveplan "
                        "file of format 8 does not have in that form");
}

TEST_F(PlanStoreBadFile, TruncatedToHalf)
{
    const auto path = savedPlan("half.waveplan", 300);
    const std::string bytes = test::readFile(path);
    ASSERT_GT(bytes.size(), 8192u) << "the plan should span several pages";
    const auto half = m_dir.write("half-copy.waveplan", bytes.substr(0, bytes.size() / 2));

    expectRefused(half, "the file is damaged");
}

TEST_F(PlanStoreBadFile, PageHeaderOverwrittenInTheMiddle)
{
    const auto path = savedPlan("scribbled.waveplan", 300);
    const size_t pages = test::readFile(path).size() / 4096;
    ASSERT_GT(pages, 4u);
    test::overwriteBytes(path, (pages / 2) * 4096, std::string(64, '\xA5'));

    expectRefused(path, "the file is damaged");
}

TEST_F(PlanStoreBadFile, ScribbledBytesNeverEscapeAsExceptions)
{
    // Whatever 16 bytes are overwritten, opening returns a plan or errors naming the file. SQLite
    // has no checksums, so a change inside a text value can go unnoticed; that is allowed here.
    const auto original = test::readFile(savedPlan("source.waveplan", 60));
    int refused = 0;
    for (size_t offset = 0; offset + 16 <= original.size(); offset += 509) {
        std::string bytes = original;
        bytes.replace(offset, 16, std::string(16, static_cast<char>(0xE7 ^ offset)));
        const auto path = m_dir.write("scribbled-" + std::to_string(offset) + ".waveplan", bytes);

        const Result<Plan> result = openPlan(PlanLocation::ofFile(path));

        if (!result.ok()) {
            ++refused;
            for (const Error &e : result.errors())
                EXPECT_EQ(e.file, path.string()) << e.message;
        }
        EXPECT_EQ(test::readFile(path), bytes);
    }
    EXPECT_GT(refused, 0);
}

TEST_F(PlanStoreBadFile, DependencyOnAnUnknownCapabilityAddedByHand)
{
    const auto path = savedPlan("hand-edited.waveplan");
    test::runSql(path, "INSERT INTO dependencies (ord, predecessor, successor, lag_days) VALUES (9999, 1, 999, 0)");
    expectRefused(path, "the file is damaged: table dependencies: a dependency names capability id 999, which the "
                        "file does not have");
}

TEST_F(PlanStoreBadFile, DemandForAnUnknownCapabilityAddedByHand)
{
    const auto path = savedPlan("orphan.waveplan");
    test::runSql(path, "INSERT INTO capability_demand VALUES (999, 1, 0, 1)");
    expectRefused(path, "the file is damaged: table capability_demand: a demand names capability id 999, which the "
                        "file does not have");
}

TEST_F(PlanStoreBadFile, DemandOnAnUnknownTeamAddedByHand)
{
    const auto path = savedPlan("orphan-team.waveplan");
    test::runSql(path, "INSERT INTO capability_demand VALUES (1, 999, 9, 1)");
    expectRefused(path, "the file is damaged: table capability_demand: a demand names team id 999, which the file "
                        "does not have");
}

TEST_F(PlanStoreBadFile, ValueOfTheWrongKindWrittenByHand)
{
    // Without STRICT tables (as another tool might write them) a text could stand for a number.
    const auto path = savedPlan("loose.waveplan");
    test::runSql(path, "ALTER TABLE dependencies RENAME TO old_dependencies;"
                       "CREATE TABLE dependencies (ord INTEGER PRIMARY KEY, predecessor, successor, lag_days);"
                       "INSERT INTO dependencies VALUES (1, 1, 2, 'three days');"
                       "DROP TABLE old_dependencies;");
    expectRefused(path, "this file was not written by Waveplan: it holds table 'dependencies'");
}

// Files made to keep the reader busy or to run something: refused from sqlite_master alone,
// before anything in them runs (docs/reliability.md).

TEST_F(PlanStoreBadFile, ATriggerAViewOrAnExtraTableIsNotWaveplans)
{
    const struct {
        const char *name;
        const char *sql;
        const char *said;
    } cases[] = {
        {"trigger.waveplan", "CREATE TRIGGER t AFTER INSERT ON plan BEGIN SELECT 1; END",
         "it holds trigger 't', which a Waveplan file of format 8 does not have"},
        {"view.waveplan", "CREATE VIEW v AS SELECT * FROM capabilities",
         "it holds view 'v', which a Waveplan file of format 8 does not have"},
        {"extra.waveplan", "CREATE TABLE extra (x)", "it holds table 'extra'"},
        {"index.waveplan", "CREATE INDEX slow ON capabilities (name, notes)", "it holds index 'slow'"},
    };
    for (const auto &c : cases) {
        const auto path = savedPlan(c.name);
        test::runSql(path, c.sql);
        expectRefused(path, std::string("this file was not written by Waveplan: ") + c.said);
    }
}

TEST_F(PlanStoreBadFile, AnExpensiveCheckConstraintNeverRuns)
{
    // A CHECK that would take minutes and gigabytes on every row the integrity check reads.
    const auto path = savedPlan("check.waveplan");
    test::runSql(path, "ALTER TABLE teams RENAME TO old_teams;"
                       "CREATE TABLE teams (id INTEGER PRIMARY KEY, ord INTEGER, name TEXT, capacity INTEGER,"
                       " max_changes_per_wave INTEGER, CHECK (length(zeroblob(2000000000)) > 0));"
                       "DROP TABLE old_teams;");
    // (Renaming the table rewrites the references to it too: capability_demand is found first.)
    expectRefused(path, "this file was not written by Waveplan: it holds table '");
}

TEST_F(PlanStoreBadFile, AFileDeclaringMorePagesThanItHoldsIsDamaged)
{
    // A small file whose header claims gigabytes: refused without reading (or allocating) them.
    const auto path = savedPlan("declared.waveplan");
    test::overwriteBytes(path, 28, std::string("\x00\x20\x00\x00", 4)); // in-header page count: 2,097,152

    expectRefused(path, "the file is damaged");
}

TEST_F(PlanStoreBadFile, ASparseGiantIsRefusedBySizeBeforeItIsRead)
{
    // 60 KB on disk, 8 GB long: the copy into memory would take 8 GB.
    const auto path = savedPlan("sparse.waveplan");
    std::filesystem::resize_file(path, 8ULL << 30);
    const auto modified = std::filesystem::last_write_time(path);

    const Result<Plan> result = openPlan(PlanLocation::ofFile(path));

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errorText(), path.string() + ": the file is 8192 MB; Waveplan opens plan files of up to 1024 MB");
    // (Not snapshotOf: reading 8 GB to compare is what the reader must not do.)
    EXPECT_EQ(std::filesystem::file_size(path), 8ULL << 30);
    EXPECT_EQ(std::filesystem::last_write_time(path), modified);
}

TEST_F(PlanStoreBadFile, AFormatOneFileMayNotHaveGeneratedColumns)
{
    const auto path = m_dir.file("v1-generated.waveplan");
    std::filesystem::copy_file(std::string(WAVEPLAN_TEST_DATA_DIR) + "/store/plan-v1.waveplan", path);
    test::runSql(path, "ALTER TABLE plan ADD COLUMN big TEXT AS (hex(zeroblob(100000000)))");
    expectRefused(path, "this file was not written by Waveplan: its table 'plan' has a generated column");
}

TEST_F(PlanStoreBadFile, SettingsRowMissing)
{
    const auto path = savedPlan("no-settings.waveplan");
    test::runSql(path, "DELETE FROM plan");
    expectRefused(path, "table plan has no row: the plan settings are missing");
}

// Every rule a CHECK constraint of the schema states is also tested by the reader, which names
// what breaks it: SQLite's integrity check looks for damage only (plan_file_open.cpp). Each
// row here is written by hand past the CHECK, as a tool that ignores constraints would.
struct BrokenRule {
    const char *name;
    const char *sql;
    const char *fragment;
};

class PlanStoreBrokenRule : public PlanStoreBadFile, public ::testing::WithParamInterface<BrokenRule> {};

TEST_P(PlanStoreBrokenRule, IsRefusedWithTheRuleNamed)
{
    const auto path = savedPlan(std::string(GetParam().name) + ".waveplan");
    test::runSql(path, std::string("PRAGMA ignore_check_constraints = ON; ") + GetParam().sql);
    expectRefused(path, GetParam().fragment);
}

INSTANTIATE_TEST_SUITE_P(
    EveryCheckConstraint, PlanStoreBrokenRule,
    ::testing::Values(
        BrokenRule{"plan_id", "UPDATE plan SET id = 2", "table plan: column id should hold 1"},
        BrokenRule{"wave_length", "UPDATE plan SET wave_length_days = 0", "wave length must be from 1 to"},
        BrokenRule{"horizon", "UPDATE plan SET horizon_waves = 0", "horizon must be from 1 to"},
        BrokenRule{"allow_span", "UPDATE plan SET allow_span = 2", "column allow_span should hold 0 or 1"},
        BrokenRule{"start_date", "UPDATE plan SET start_date = '2027-1-4'", "is not a date like 2027-01-04"},
        BrokenRule{"team_capacity", "UPDATE teams SET capacity = -1 WHERE ord = 0",
                   "capacity must be 0 or more people (it is -1)"},
        BrokenRule{"team_name", "UPDATE teams SET name = '' WHERE ord = 0", "a team has an empty name"},
        BrokenRule{"change_limit", "UPDATE teams SET max_changes_per_wave = -3 WHERE ord = 0",
                   "the change-load limit must be 0 or more go-lives per wave"},
        BrokenRule{"override_wave", "INSERT INTO team_capacity VALUES ((SELECT min(id) FROM teams), 0, 3)",
                   "capacity override for wave 0, waves start at 1"},
        BrokenRule{"override_people", "INSERT INTO team_capacity VALUES ((SELECT min(id) FROM teams), 77, -4)",
                   "capacity in wave 77 must be 0 or more people"},
        BrokenRule{"kind", "UPDATE capabilities SET kind = 'other' WHERE ord = 0",
                   "kind 'other' is neither foundational nor additive"},
        BrokenRule{"approach", "UPDATE capabilities SET approach = 'lease' WHERE ord = 0",
                   "approach 'lease' is not build, buy, integrate or empty"},
        BrokenRule{"kind_case", "UPDATE capabilities SET kind = 'Foundational' WHERE ord = 0",
                   "kind 'Foundational' is neither foundational nor additive"},
        BrokenRule{"approach_case", "UPDATE capabilities SET approach = 'Buy' WHERE ord = 0",
                   "approach 'Buy' is not build, buy, integrate or empty"},
        BrokenRule{"duration", "UPDATE capabilities SET duration_days = -2 WHERE ord = 0",
                   "duration must be 0 (a milestone) or more days (it is -2)"},
        BrokenRule{"readiness", "UPDATE capabilities SET readiness_skills = 9 WHERE ord = 0",
                   "skills readiness must be from 1 to 5 (it is 9)"},
        BrokenRule{"pinned_wave", "UPDATE capabilities SET pinned_wave = 0 WHERE ord = 0",
                   "pinned wave must be wave 1 or later (it is 0)"},
        BrokenRule{"earliest_wave", "UPDATE capabilities SET earliest_wave = -1 WHERE ord = 0",
                   "earliest wave must be wave 1 or later (it is -1)"},
        BrokenRule{"deadline_wave", "UPDATE capabilities SET deadline_wave = 0 WHERE ord = 0",
                   "deadline wave must be wave 1 or later (it is 0)"},
        BrokenRule{"half_position", "UPDATE capabilities SET position_x = 5, position_y = NULL WHERE ord = 0",
                   "a map position needs both position_x and position_y"},
        BrokenRule{"demand_people", "UPDATE capability_demand SET people = 0 WHERE rowid = (SELECT min(rowid) "
                                    "FROM capability_demand)",
                   "must be at least 1 person"},
        BrokenRule{"lag", "UPDATE dependencies SET lag_days = -2 WHERE ord = (SELECT min(ord) FROM dependencies)",
                   "lag must be 0 or more days (it is -2)"},
        BrokenRule{"self_dependency",
                   "UPDATE dependencies SET successor = predecessor WHERE ord = (SELECT min(ord) FROM dependencies)",
                   "a capability cannot depend on itself"}),
    [](const ::testing::TestParamInfo<BrokenRule> &rule) { return std::string(rule.param.name); });

TEST_F(PlanStoreBadFile, IndexesThatDisagreeWithTheirTablesDoNotChangeThePlanThatOpens)
{
    // Opening runs SQLite's quick check, which does not compare indexes with their tables: every
    // query of the reader reads the tables alone (NOT INDEXED), so a file whose indexes hold
    // another index's entries still opens as the plan its tables hold. Here the indexes of
    // teams, capabilities and demands are swapped pairwise (name with ord, key with ord...).
    const auto path = savedPlan("swapped-indexes.waveplan");
    test::runSql(path, "UPDATE teams SET name = 'Zeta ' || name WHERE ord = 0"); // names not in team order
    const Result<Plan> before = openPlan(PlanLocation::ofFile(path));
    ASSERT_TRUE(before.ok()) << before.errorText();
    ASSERT_GE(before->teams.size(), 2U);
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READWRITE);
        const auto rootOf = [&](const std::string &index) {
            SQLite::Statement query(db, "SELECT rootpage FROM sqlite_schema WHERE name = ?");
            query.bind(1, index);
            EXPECT_TRUE(query.executeStep()) << index;
            return query.getColumn(0).getInt();
        };
        db.exec("PRAGMA writable_schema = ON");
        for (const std::string table : {"teams", "capabilities", "capability_demand"}) {
            const std::string first = "sqlite_autoindex_" + table + "_1";
            const std::string second = "sqlite_autoindex_" + table + "_2";
            const int a = rootOf(first);
            const int b = rootOf(second);
            db.exec("UPDATE sqlite_schema SET rootpage = " + std::to_string(b) + " WHERE name = '" + first + "'");
            db.exec("UPDATE sqlite_schema SET rootpage = " + std::to_string(a) + " WHERE name = '" + second + "'");
        }
    }
    {
        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        ASSERT_NE(db.execAndGet("PRAGMA integrity_check").getString(), "ok"); // the indexes are wrong
        ASSERT_EQ(db.execAndGet("PRAGMA quick_check").getString(), "ok");     // and nothing else is
        // An indexed read of the file now gives the teams in another order, or fails.
        std::vector<std::string> indexed;
        try {
            SQLite::Statement teams(db, "SELECT name FROM teams INDEXED BY sqlite_autoindex_teams_2 ORDER BY ord");
            while (teams.executeStep())
                indexed.push_back(teams.getColumn(0).getString());
        } catch (const SQLite::Exception &) {
            indexed.clear();
        }
        std::vector<std::string> names;
        for (const Team &t : before->teams)
            names.push_back(t.name);
        EXPECT_NE(indexed, names);
    }

    const Result<Plan> after = openPlan(PlanLocation::ofFile(path));

    ASSERT_TRUE(after.ok()) << after.errorText();
    EXPECT_EQ(after.value(), before.value());
}
