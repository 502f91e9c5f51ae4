/// Times MS Project XML on generated roadmaps (tests/bench/roadmap_plan.h): writing the file
/// for a schedule (the schedule itself is not timed: the solver's first schedule, so large
/// sizes finish) and reading it back into a plan, which is checked against the one written.
/// Every timing is the best of --repeat runs, with the first beside it.
///
/// Usage: waveplan_bench_mspdi [--sizes 1000,10000,100000] [--repeat 3]

#include "core/io/mspdi_reader.h"
#include "core/io/mspdi_writer.h"
#include "core/schedule/schedule.h"
#include "bench_timing.h"
#include "roadmap_plan.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace waveplan;

int main(int argc, char **argv)
{
    std::vector<int> sizes{1000, 10000, 100000};
    int repeat = 3;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--sizes" && i + 1 < argc) {
            sizes = bench::sizeList(argv[++i]);
        } else if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    std::printf("%12s %12s %10s   %-17s %-17s\n", "capabilities", "dependencies", "file MB", "write s", "read s");
    std::printf("%12s %12s %10s   %-17s %-17s\n", "", "", "", "best (first)", "best (first)");
    for (const int size : sizes) {
        bench::RoadmapShape shape;
        shape.teamCapacity = 4 + size / 200;
        const Plan plan = withIds(bench::roadmap(size, 42, shape));
        ScheduleOptions options;
        options.budgetSchedules = 1;
        const Schedule schedule = computeSchedule(plan, options);
        std::string xml;
        bench::BestAndFirst written, read;
        for (int r = 0; r < repeat; ++r) {
            written.add(bench::seconds([&] {
                Result<std::string> text = scheduleMspdi(plan, schedule);
                if (!text) {
                    std::fprintf(stderr, "write failed: %s\n", text.errorText().c_str());
                    std::exit(1);
                }
                xml = std::move(text).value();
            }));
            read.add(bench::seconds([&] {
                const Result<MspdiImport> back = readMspdi(xml, "plan.xml", plan);
                if (!back || back->plan.capabilities.size() != plan.capabilities.size() ||
                    back->plan.dependencies != plan.dependencies) {
                    std::fprintf(stderr, "the plan read back differs from the plan written\n");
                    std::exit(1);
                }
            }));
        }
        std::printf("%12d %12zu %10.1f   %-17s %-17s\n", size, plan.dependencies.size(),
                    static_cast<double>(xml.size()) / 1e6, written.text(3).c_str(), read.text(3).c_str());
    }
    return 0;
}
