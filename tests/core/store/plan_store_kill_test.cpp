// A process killed at any moment of a save leaves the previous plan or the new one, whole.
#include "core/store/plan_store.h"
#include "store_test_support.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace waveplan;

namespace {

/// Forks a child that saves `a` and `b` in turn to `path` forever, writing one byte to a pipe
/// after each finished save. Returns the child's pid and the pipe's read end.
std::pair<pid_t, int> startSavingChild(const Plan &a, const Plan &b, const std::filesystem::path &path)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return {-1, -1};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        for (unsigned i = 0;; ++i) {
            const char outcome = savePlan(i % 2 == 0 ? a : b, PlanLocation::ofFile(path)).ok() ? 'o' : 'x';
            if (::write(fds[1], &outcome, 1) != 1)
                ::_exit(2);
        }
    }
    ::close(fds[1]);
    return {pid, fds[0]};
}

} // namespace

TEST(PlanStoreKill, KilledSaveLeavesOldOrNewPlan)
{
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    const test::GeneratorOptions big{.capabilities = 2000, .teams = 5, .dependencyDensity = 0.0005};
    const Plan a = test::generatePlan(101, big);
    const Plan b = test::generatePlan(202, big);
    ASSERT_NE(a, b);

    // One save's duration spreads the kills over the phases of a save (writing rows,
    // committing, fsync, rename). Only where the kill lands depends on it, not what is asserted.
    const auto started = std::chrono::steady_clock::now();
    ASSERT_TRUE(savePlan(a, PlanLocation::ofFile(dir.file("timing.waveplan"))).ok());
    const auto saveMicros = std::chrono::duration_cast<std::chrono::microseconds>(
                                std::chrono::steady_clock::now() - started).count();
    std::filesystem::remove(dir.file("timing.waveplan"));

    constexpr int kRounds = 20;
    int sawA = 0, sawB = 0, leftTemporaryFiles = 0;
    for (int round = 0; round < kRounds; ++round) {
        const auto [pid, savesDone] = startSavingChild(a, b, path);
        ASSERT_GT(pid, 0);
        char outcome = 0;
        // The first byte means at least one save is complete, so the file exists; then wait a
        // varying fraction of further saves before killing.
        for (int done = 0; done <= round % 3; ++done)
            ASSERT_EQ(::read(savesDone, &outcome, 1), 1);
        EXPECT_EQ(outcome, 'o') << "the child's save failed";
        ::usleep(static_cast<useconds_t>(saveMicros * (round % 7) / 6 + round * 97));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::close(savesDone);
        ASSERT_TRUE(WIFSIGNALED(status)) << "round " << round;

        const Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));

        ASSERT_TRUE(loaded.ok()) << "round " << round << ": " << loaded.errorText();
        const bool isA = *loaded == withIds(a);
        const bool isB = *loaded == withIds(b);
        EXPECT_TRUE(isA || isB) << "round " << round << ": the file holds neither plan";
        sawA += isA;
        sawB += isB;
        for (const std::string &name : test::folderEntries(dir.path())) {
            if (name == "plan.waveplan")
                continue;
            // A save cut short can leave its temporary file; it never takes the plan's name.
            EXPECT_EQ(name.rfind(".plan.waveplan.tmp-", 0), 0u) << name;
            std::filesystem::remove(dir.file(name));
            ++leftTemporaryFiles;
        }
    }
    std::cout << "[          ] " << kRounds << " kills, one save ~" << saveMicros << " us: file held A "
              << sawA << " times, B " << sawB << " times; " << leftTemporaryFiles
              << " temporary files left by cut saves\n";
}
