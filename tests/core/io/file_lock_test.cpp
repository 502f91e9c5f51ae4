// FileLock: one holder at a time, in one process or across processes, and never stale.
#include "core/io/file_lock.h"

#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace waveplan;

TEST(FileLock, OneHolderAtATimeEvenInOneProcess)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.lock");
    std::optional<FileLock> first = FileLock::tryLock(path, "first");
    ASSERT_TRUE(first.has_value());
    EXPECT_FALSE(FileLock::tryLock(path, "second").has_value());
    EXPECT_EQ(FileLock::holderOf(path), "first");

    first.reset();
    EXPECT_FALSE(std::filesystem::exists(path)) << "the holder removes its lock file";
    EXPECT_EQ(FileLock::holderOf(path), std::nullopt);
    std::optional<FileLock> second = FileLock::tryLock(path, "second");
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(FileLock::holderOf(path), "second");
}

TEST(FileLock, AMovedLockIsStillHeldAndReleasedOnce)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.lock");
    std::optional<FileLock> taken = FileLock::tryLock(path, "mover");
    ASSERT_TRUE(taken.has_value());
    FileLock moved = std::move(*taken);
    taken.reset(); // the moved-from lock releases nothing
    EXPECT_FALSE(FileLock::tryLock(path, "other").has_value());
    EXPECT_EQ(moved.path(), path);
}

TEST(FileLock, AKilledHolderLeavesNoStaleLock)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.lock");
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    if (child == 0) {
        std::optional<FileLock> held = FileLock::tryLock(path, thisProcessAsHolder());
        const char outcome = held ? 'y' : 'n';
        [[maybe_unused]] const ssize_t n = ::write(ready[1], &outcome, 1);
        ::pause();
        ::_exit(0);
    }
    char outcome = 0;
    ASSERT_EQ(::read(ready[0], &outcome, 1), 1);
    ASSERT_EQ(outcome, 'y');
    EXPECT_FALSE(FileLock::tryLock(path, "parent").has_value()) << "another process holds it";
    EXPECT_EQ(FileLock::holderOf(path)->rfind("process " + std::to_string(child) + " on ", 0), 0u);

    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);

    EXPECT_TRUE(std::filesystem::exists(path)) << "a killed holder cannot remove its file";
    EXPECT_EQ(FileLock::holderOf(path), std::nullopt) << "but its lock went with it";
    EXPECT_TRUE(FileLock::tryLock(path, "parent").has_value());
}

TEST(FileLock, ALockFileThatCannotBeCreatedIsNotALock)
{
    const test::TempDir dir;
    EXPECT_FALSE(FileLock::tryLock(dir.file("missing/plan.lock"), "me").has_value());
    EXPECT_EQ(FileLock::holderOf(dir.file("missing/plan.lock")), std::nullopt);
}
