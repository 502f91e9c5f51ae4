// Saving: replacing a plan is atomic, refused plans and unwritable places leave nothing behind.
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <cmath>
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

} // namespace

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
    broken.capabilities[0].durationDays = 0;

    const Status saved = savePlan(broken, PlanLocation::ofFile(path));

    ASSERT_FALSE(saved.ok());
    const std::string text = saved.errorText();
    EXPECT_NE(text.find(path.string() + ": cannot save: the plan has a problem: dependency C1 -> NOPE: "
                                        "unknown capability 'NOPE'"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("capability 'C1': duration must be at least 1 day"), std::string::npos) << text;
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
