// waveplan_kill_during_save: kills processes in the middle of saving one plan file, at random
// moments, and checks after each kill that the file holds one of the plans saved, whole. With
// --savers 2, two processes save different plans to the same file at once (the app's Save and
// a script's `export --force`), and every kill stops both.
//
//   waveplan_kill_during_save [--trials N] [--savers 1|2] [--capabilities N] [--seed S]
//
// Prints what the file held after the kills and exits 1 if it ever held anything else. ctest
// runs it with a few dozen trials; docs/reliability.md has the figures of a 1,000-trial run.
#include "core/model/plan.h"
#include "core/store/plan_store.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace waveplan;

namespace {

struct Options {
    int trials = 1000;
    int savers = 1;
    int capabilities = 2000;
    unsigned seed = 1;
};

bool parse(int argc, char **argv, Options &options)
{
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view name = argv[i];
        const int value = std::atoi(argv[i + 1]);
        if (name == "--trials" && value > 0)
            options.trials = value;
        else if (name == "--savers" && (value == 1 || value == 2))
            options.savers = value;
        else if (name == "--capabilities" && value > 0)
            options.capabilities = value;
        else if (name == "--seed")
            options.seed = static_cast<unsigned>(value);
        else
            return false;
    }
    return argc % 2 == 1;
}

/// A child that saves `first` and `second` to `path` in turn until it is killed. After each
/// save it writes 'o' (saved) or 'x' (failed) to `report`.
pid_t startSaver(const Plan &first, const Plan &second, const std::filesystem::path &path, int report)
{
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    for (unsigned i = 0;; ++i) {
        const char outcome = savePlan(i % 2 == 0 ? first : second, PlanLocation::ofFile(path)).ok() ? 'o' : 'x';
        if (::write(report, &outcome, 1) != 1)
            ::_exit(2);
    }
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr, "usage: %s [--trials N] [--savers 1|2] [--capabilities N] [--seed S]\n", argv[0]);
        return 2;
    }
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    const test::GeneratorOptions shape{.capabilities = options.capabilities, .teams = 5, .dependencyDensity = 0.0005};
    const Plan a = withIds(test::generatePlan(101, shape));
    const Plan b = withIds(test::generatePlan(202, shape));

    if (!savePlan(b, PlanLocation::ofFile(path)).ok()) {
        std::fprintf(stderr, "the save before the trials failed\n");
        return 1;
    }
    std::mt19937 random(options.seed);
    std::uniform_real_distribution<double> fraction(0.0, 3.0);
    double saveMillis = 0.0; // the last trial's first save
    int heldA = 0, heldB = 0, damaged = 0, failedSaves = 0, completedSaves = 0, temporaries = 0;
    for (int trial = 0; trial < options.trials; ++trial) {
        int fds[2];
        if (::pipe(fds) != 0)
            return 1;
        std::vector<pid_t> savers;
        for (int s = 0; s < options.savers; ++s)
            savers.push_back(startSaver(s == 0 ? a : b, s == 0 ? b : a, path, fds[1]));
        ::close(fds[1]);
        // Wait for the first save of this trial to finish, then kill within the next three
        // saves' time: kills land in every phase of a save (rows, commit, fsync, rename) and
        // between saves, as the delays are random and scaled to the save.
        const auto started = std::chrono::steady_clock::now();
        char first = 0;
        if (::read(fds[0], &first, 1) != 1) {
            for (const pid_t pid : savers)
                ::kill(pid, SIGKILL);
            std::fprintf(stderr, "trial %d: the savers stopped before a save finished\n", trial);
            return 1;
        }
        ++completedSaves;
        failedSaves += first != 'o';
        saveMillis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        ::usleep(static_cast<useconds_t>(fraction(random) * saveMillis * 1000.0));
        for (const pid_t pid : savers)
            ::kill(pid, SIGKILL);
        for (const pid_t pid : savers)
            ::waitpid(pid, nullptr, 0);
        char outcome = 0;
        while (::read(fds[0], &outcome, 1) == 1) {
            ++completedSaves;
            failedSaves += outcome != 'o';
        }
        ::close(fds[0]);

        const Result<Plan> loaded = openPlan(PlanLocation::ofFile(path));
        if (loaded.ok() && *loaded == a) {
            ++heldA;
        } else if (loaded.ok() && *loaded == b) {
            ++heldB;
        } else {
            ++damaged;
            std::fprintf(stderr, "trial %d: the file holds neither plan: %s\n", trial,
                         loaded.ok() ? "another plan" : loaded.errorText().c_str());
            if (!savePlan(a, PlanLocation::ofFile(path)).ok())
                return 1; // the savers are dead: killed above
        }
        // A cut save may leave its temporary file (never the plan's name); the next successful
        // save removes old ones, this program removes them at once to count them.
        for (const std::string &name : test::folderEntries(dir.path()))
            if (name != "plan.waveplan") {
                ++temporaries;
                std::filesystem::remove(dir.file(name));
            }
    }
    std::printf("%d kills of %d saver(s) (%d capabilities, a save about %.1f ms, kills 0-3 saves after one finished): "
                "the file held plan A %d times, plan B %d times, anything else %d times; %d saves completed, "
                "%d failed; %d temporary files left by cut saves\n",
                options.trials, options.savers, options.capabilities, saveMillis, heldA, heldB, damaged, completedSaves, failedSaves,
                temporaries);
    return damaged == 0 && failedSaves == 0 ? 0 : 1;
}
