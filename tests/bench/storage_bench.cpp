/// Times the `.waveplan` store on generated roadmaps (tests/bench/roadmap_plan.h): the first save
/// of a new file, opening it, saving it again over itself (what Ctrl+S does), and open + save
/// together, the figure issue #18 sets a goal for. Every save keeps the plan's schedule with it
/// and every open reads it back, as the app's do (the plan's first schedule, computed once). Every timing is the best of --repeat runs
/// (the machine is shared; the best run is the one least disturbed) and the first run is
/// printed beside it, since a user's single save is a first run. Files go to a fresh temporary
/// folder that is removed afterwards; the plan read back is checked against the one saved.
///
/// With --keep DIR the files are written to DIR and kept (plan-1000.waveplan...), for the
/// command-line timings of tests/bench/cli_scale.sh.
///
/// Usage: waveplan_bench_storage [--sizes 1000,10000,100000] [--repeat 5] [--keep DIR]

#include "core/schedule/schedule.h"
#include "core/schedule/schedule_reference.h"
#include "core/store/plan_store.h"
#include "bench_timing.h"
#include "roadmap_plan.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <string>
#include <vector>

using namespace waveplan;

namespace {

using bench::seconds;

[[noreturn]] void fail(const std::string &what)
{
    std::fprintf(stderr, "%s\n", what.c_str());
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<int> sizes{1000, 10000, 100000};
    int repeat = 5;
    std::filesystem::path keep;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--sizes" && i + 1 < argc) {
            sizes = bench::sizeList(argv[++i]);
        } else if (arg == "--keep" && i + 1 < argc) {
            keep = argv[++i];
        } else if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }

    const std::filesystem::path folder =
        !keep.empty() ? keep
                      : std::filesystem::temp_directory_path() / ("waveplan-storage-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    std::printf("%12s %12s %10s   %-17s %-17s %-17s %-17s\n", "capabilities", "dependencies", "file MB",
                "new file s", "open s", "save s", "open + save s");
    std::printf("%12s %12s %10s   %-17s %-17s %-17s %-17s\n", "", "", "", "best (first)", "best (first)",
                "best (first)", "best (first)");
    for (const int size : sizes) {
        bench::RoadmapShape shape;
        shape.teamCapacity = 4 + size / 200;
        const Plan plan = withIds(bench::roadmap(size, 42, shape));
        const std::filesystem::path path = folder / ("plan-" + std::to_string(size) + ".waveplan");
        ScheduleOptions first;
        first.firstScheduleOnly = true;
        const ScheduleReference accepted = referenceOf(computeSchedule(plan, first));
        bench::BestAndFirst created, opened, saved, openSave;
        for (int r = 0; r < repeat; ++r) {
            std::filesystem::remove(path);
            created.add(seconds([&] {
                            if (!savePlan(plan, PlanLocation::newFile(path), &accepted))
                                fail("first save failed");
                        }));
            Plan back;
            opened.add(seconds([&] {
                           ScheduleReference acceptedBack;
                           Result<Plan> read = openPlan(PlanLocation::ofFile(path), &acceptedBack);
                           if (!read || acceptedBack.capabilities.size() != accepted.capabilities.size())
                               fail("open failed");
                           back = std::move(*read);
                       }));
            if (!(back == plan))
                fail("the plan read back differs from the plan saved");
            saved.add(seconds([&] {
                          if (!savePlan(back, PlanLocation::ofFile(path), &accepted))
                              fail("save failed");
                      }));
            openSave.add(seconds([&] {
                             ScheduleReference acceptedBack;
                             Result<Plan> read = openPlan(PlanLocation::ofFile(path), &acceptedBack);
                             if (!read || !savePlan(*read, PlanLocation::ofFile(path), &acceptedBack))
                                 fail("open + save failed");
                         }));
        }
        const double megabytes = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
        auto cell = [](const bench::BestAndFirst &t) { return t.text(3); };
        std::printf("%12d %12zu %10.1f   %-17s %-17s %-17s %-17s\n", size, plan.dependencies.size(), megabytes,
                    cell(created).c_str(), cell(opened).c_str(), cell(saved).c_str(), cell(openSave).c_str());
    }
    if (keep.empty())
        std::filesystem::remove_all(folder);
    return 0;
}
