// Saving: replacing a plan is atomic, refused plans and unwritable places leave nothing behind.
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace waveplan;
namespace fs = std::filesystem;

namespace {

bool canCreateFileIn(const fs::path &folder)
{
    std::string probe = (folder / "probe-XXXXXX").string();
    const int fd = ::mkstemp(probe.data());
    if (fd < 0)
        return false;
    ::close(fd);
    ::unlink(probe.c_str());
    return true;
}

mode_t modeOf(const fs::path &path)
{
    struct stat info {};
    ::stat(path.c_str(), &info);
    return info.st_mode & 07777;
}

/// A real hot rollback journal: another database's, copied while a transaction that deletes
/// its rows was open (synchronous off, so SQLite replays it however long it is).
std::string hotJournal(const test::TempDir &dir)
{
    const fs::path other = dir.file("other.db");
    SQLite::Database db(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("PRAGMA synchronous = OFF");
    db.exec("CREATE TABLE t(x)");
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
            "INSERT INTO t SELECT randomblob(500) FROM n");
    db.exec("BEGIN");
    db.exec("DELETE FROM t");
    db.exec("CREATE TABLE u(y)");
    std::string journal = test::readFile(other.string() + "-journal");
    db.exec("ROLLBACK");
    return journal;
}

/// What the sqlite3 shell prints for `sql` on `file` (stderr too).
std::string sqliteShell(const fs::path &file, const std::string &sql)
{
    std::string output;
    FILE *pipe = ::popen(("sqlite3 '" + file.string() + "' '" + sql + "' 2>&1").c_str(), "r");
    if (!pipe)
        return "(no sqlite3)";
    char buffer[512];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        output.append(buffer, n);
    ::pclose(pipe);
    return output;
}

} // namespace

TEST(PlanStoreSave, AStaleJournalAndWalBesideThePlanAreRemovedSoNoSqliteClientReplaysThem)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(40), PlanLocation::ofFile(path)).ok());
    // Left by SQLite tools that crashed: a hot journal from another database, a WAL and its index.
    const std::string journal = hotJournal(dir);
    ASSERT_GT(journal.size(), 100'000u) << "the other database's transaction left a journal";
    dir.write("plan.waveplan-journal", journal);
    dir.write("plan.waveplan-wal", std::string(4096, 'w'));
    dir.write("plan.waveplan-shm", std::string(32768, '\0'));
    const Plan plan = test::generatePlan(41);

    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(path)).ok());

    for (const char *sidecar : {"plan.waveplan-journal", "plan.waveplan-wal", "plan.waveplan-shm"})
        EXPECT_FALSE(fs::exists(dir.file(sidecar))) << sidecar;
    // Any SQLite client sees the new plan whole: the shell first, then Waveplan.
    EXPECT_EQ(sqliteShell(path, "PRAGMA integrity_check; SELECT count(*) FROM capabilities;"),
              "ok\n" + std::to_string(plan.capabilities.size()) + "\n");
    const Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));
    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    EXPECT_EQ(*loaded, withIds(plan));
}

TEST(PlanStoreSave, ANewFileIsCreatedOnlyWhereThereIsNoneEvenForALink)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(42), PlanLocation::newFile(path)).ok());
    const test::FileSnapshot before = test::snapshotOf(path);

    const Status again = savePlan(test::generatePlan(43), PlanLocation::newFile(path));

    EXPECT_FALSE(again.ok());
    EXPECT_NE(again.errorText().find("already exists"), std::string::npos) << again.errorText();
    EXPECT_EQ(test::snapshotOf(path), before) << "the file and its folder are as they were";
    fs::create_symlink(path, dir.file("link.waveplan"));
    EXPECT_FALSE(savePlan(test::generatePlan(43), PlanLocation::newFile(dir.file("link.waveplan"))).ok());
    EXPECT_EQ(test::readFile(path), before.bytes);
}

TEST(PlanStoreSave, SavingOverAPlanReplacesIt)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    const Plan first = test::generatePlan(21);
    const Plan second = test::generatePlan(22);
    ASSERT_TRUE(savePlan(first, PlanLocation::ofFile(path)).ok());

    const Status saved = savePlan(second, PlanLocation::ofFile(path));

    ASSERT_TRUE(saved.ok()) << saved.errorText();
    const Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));
    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    EXPECT_EQ(*loaded, withIds(second));
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"plan.waveplan"});
}

TEST(PlanStoreSave, SavingOverAPlanReplacesTheFileNotItsContents)
{
    // The old file is never written to: a reader holding it open keeps seeing the old plan.
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(23), PlanLocation::ofFile(path)).ok());
    const std::string oldBytes = test::readFile(path);
    const int oldFile = ::open(path.c_str(), O_RDONLY);
    ASSERT_GE(oldFile, 0);

    ASSERT_TRUE(savePlan(test::generatePlan(24), PlanLocation::ofFile(path)).ok());

    std::string stillThere(oldBytes.size(), '\0');
    EXPECT_EQ(::pread(oldFile, stillThere.data(), stillThere.size(), 0), static_cast<ssize_t>(oldBytes.size()));
    ::close(oldFile);
    EXPECT_EQ(stillThere, oldBytes);
    EXPECT_NE(test::readFile(path), oldBytes);
}

TEST(PlanStoreSave, ReplacedFileKeepsItsPermissions)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(25), PlanLocation::ofFile(path)).ok());
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);

    ASSERT_TRUE(savePlan(test::generatePlan(26), PlanLocation::ofFile(path)).ok());

    EXPECT_EQ(modeOf(path), 0640u);
}

TEST(PlanStoreSave, NewFileGetsTheUsualPermissions)
{
    const test::TempDir dir;
    const mode_t mask = ::umask(022);

    const Status saved = savePlan(test::generatePlan(27), PlanLocation::ofFile(dir.file("new.waveplan")));

    ::umask(mask);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(modeOf(dir.file("new.waveplan")), 0644u) << "not mkstemp's 0600";
}

TEST(PlanStoreSave, RefusesAPlanWithStructuralErrorsAndKeepsTheOldFile)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(28), PlanLocation::ofFile(path)).ok());
    const test::FileSnapshot before = test::snapshotOf(path);
    Plan broken = test::generatePlan(29);
    broken.dependencies.push_back({"C1", "NOPE", 0});
    broken.capabilities[0].durationDays = -1;

    const Status saved = savePlan(broken, PlanLocation::ofFile(path));

    ASSERT_FALSE(saved.ok());
    const std::string text = saved.errorText();
    EXPECT_NE(text.find(path.string() + ": cannot save: the plan has a problem: dependency C1 -> NOPE: "
                                        "unknown capability 'NOPE'"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("capability 'C1': duration must be 0 (a milestone) or more days"), std::string::npos) << text;
    EXPECT_EQ(test::snapshotOf(path), before);
}

TEST(PlanStoreSave, RefusesValuesTheFileCannotHold)
{
    const test::TempDir dir;
    Plan plan = test::planWithEveryFieldSet();
    plan.capabilities[1].cost = std::nan("");
    plan.startDate = Date{std::chrono::year{12027}, std::chrono::January, std::chrono::day{1}};

    const Status saved = savePlan(plan, PlanLocation::ofFile(dir.file("plan.waveplan")));

    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.errorText().find("capability 'CDP': cost is not a number (NaN)"), std::string::npos)
        << saved.errorText();
    EXPECT_NE(saved.errorText().find("outside the years 0000 to 9999"), std::string::npos) << saved.errorText();
    EXPECT_TRUE(test::folderEntries(dir.path()).empty());
}

TEST(PlanStoreSave, RefusesABaselineDateTheFileCannotHold)
{
    // A baseline's dates are stored as ten characters; year 10000 would not read back.
    const test::TempDir dir;
    Plan plan = test::planWithEveryFieldSet();
    Baseline frozen;
    frozen.name = "Board pack";
    frozen.frozenOn = Date{std::chrono::year{10000}, std::chrono::January, std::chrono::day{1}};
    frozen.startDate = plan.startDate;
    plan.baselines.push_back(frozen);

    const Status saved = savePlan(plan, PlanLocation::ofFile(dir.file("plan.waveplan")));

    ASSERT_FALSE(saved.ok());
    EXPECT_NE(saved.errorText().find("baseline 'Board pack': the date it was frozen 10000-01-01 is outside the "
                                     "years 0000 to 9999"),
              std::string::npos)
        << saved.errorText();
    EXPECT_TRUE(test::folderEntries(dir.path()).empty());
}

TEST(PlanStoreSave, MissingFolderIsAClearErrorAndCreatesNothing)
{
    const test::TempDir dir;
    const auto path = dir.path() / "no such folder" / "plan.waveplan";

    const Status saved = savePlan(test::generatePlan(30), PlanLocation::ofFile(path));

    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.errorText(), path.string() + ": cannot save: the folder " + (dir.path() / "no such folder").string() +
                                     " does not exist");
    EXPECT_TRUE(test::folderEntries(dir.path()).empty());
}

TEST(PlanStoreSave, UnwritableFolderIsAClearErrorAndLeavesNothing)
{
    const test::TempDir dir;
    const auto folder = dir.path() / "locked";
    fs::create_directory(folder);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    fs::path target = folder;
    if (canCreateFileIn(folder)) {
        // Root ignores folder permissions; sysfs refuses new files even to root.
        target = "/sys";
        if (!fs::is_directory(target) || canCreateFileIn(target))
            GTEST_SKIP() << "no folder here refuses new files to this user";
    }
    const auto before = test::folderEntries(target);
    const auto path = target / "plan.waveplan";

    const Status saved = savePlan(test::generatePlan(31), PlanLocation::ofFile(path));

    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.errorText(), path.string() + ": cannot save in the folder " + target.string() +
                                     ": permission denied");
    EXPECT_EQ(test::folderEntries(target), before);
}

TEST(PlanStoreSave, FolderInTheWayIsAClearErrorAndTheTemporaryFileIsRemoved)
{
    // The rename is the last step, so this checks that a failure after writing cleans up.
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    fs::create_directory(path);
    dir.write("plan.waveplan/keep", "not empty");

    const Status saved = savePlan(test::generatePlan(32), PlanLocation::ofFile(path));

    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.errorText(), path.string() + ": cannot save: there is a folder of that name");
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"plan.waveplan"});
    EXPECT_EQ(test::folderEntries(path), std::vector<std::string>{"keep"});
}

TEST(PlanStoreSave, RelativePathsWork)
{
    const test::TempDir dir;
    const fs::path cwd = fs::current_path();
    fs::current_path(dir.path());
    const Plan plan = test::generatePlan(33);

    const Status saved = savePlan(plan, PlanLocation::ofFile("relative.waveplan"));
    const Result<Plan> loaded = openPlan(PlanLocation::ofFile("relative.waveplan"));

    fs::current_path(cwd);
    ASSERT_TRUE(saved.ok()) << saved.errorText();
    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    EXPECT_EQ(*loaded, withIds(plan));
}

TEST(PlanStoreSave, ALinkToNothingIsRefusedAndNothingIsCreated)
{
    const test::TempDir dir;
    fs::create_symlink(dir.file("gone.waveplan"), dir.file("link.waveplan"));

    const Status saved = savePlan(test::generatePlan(44), PlanLocation::ofFile(dir.file("link.waveplan")));

    EXPECT_FALSE(saved.ok());
    EXPECT_NE(saved.errorText().find("symbolic link to " + dir.file("gone.waveplan").string() + ", which does not exist"),
              std::string::npos)
        << saved.errorText();
    EXPECT_EQ(test::folderEntries(dir.path()), std::vector<std::string>{"link.waveplan"});
}

TEST(PlanStoreSave, SavingThroughALinkReplacesTheLinkedFile)
{
    const test::TempDir dir;
    fs::create_directory(dir.file("plans"));
    const auto real = dir.file("plans") / "real.waveplan";
    ASSERT_TRUE(savePlan(test::generatePlan(34), PlanLocation::ofFile(real)).ok());
    fs::create_symlink(real, dir.file("link.waveplan"));
    const Plan plan = test::generatePlan(35);

    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(dir.file("link.waveplan"))).ok());

    EXPECT_TRUE(fs::is_symlink(dir.file("link.waveplan")));
    const Result<Plan> loaded = openPlan(PlanLocation::ofFile(real));
    ASSERT_TRUE(loaded.ok()) << loaded.errorText();
    EXPECT_EQ(*loaded, withIds(plan));
    EXPECT_EQ(test::folderEntries(dir.file("plans")), std::vector<std::string>{"real.waveplan"});
}

// The writer leaves SQLite's row-by-row CHECK and FOREIGN KEY tests off for speed, having
// refused every plan that breaks those rules (plan_file_save.cpp): what it writes must still
// satisfy every one of them, as SQLite itself judges with both turned on.
TEST(PlanStoreSave, TheFileWrittenSatisfiesEveryCheckAndForeignKeyOfTheSchema)
{
    const test::TempDir dir;
    std::vector<Plan> plans{test::planWithEveryFieldSet()};
    for (std::uint64_t seed = 1; seed <= 20; ++seed)
        plans.push_back(test::generatePlan(seed, {.capabilities = 40}));
    for (std::size_t p = 0; p < plans.size(); ++p) {
        const auto path = dir.file("plan-" + std::to_string(p) + ".waveplan");
        ASSERT_TRUE(savePlan(plans[p], PlanLocation::newFile(path)).ok());

        SQLite::Database db(path.string(), SQLite::OPEN_READONLY);
        db.exec("PRAGMA ignore_check_constraints = OFF");
        EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok") << "plan " << p;
        SQLite::Statement dangling(db, "PRAGMA foreign_key_check");
        EXPECT_FALSE(dangling.executeStep()) << "plan " << p << ": a row in table "
                                             << dangling.getColumn(0).getString() << " names a missing row";
    }
}
