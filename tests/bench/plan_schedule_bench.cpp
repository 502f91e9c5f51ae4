/// Times the plan-level engine on generated roadmaps: the dependency critical path (CPM),
/// validation, computeSchedule's first schedule (what an interactive edit waits for),
/// including the translation of the plan and the explanations, and, with --default, the default
/// schedule (`waveplan schedule`: the sized budget, stopping at the lower bound), with its
/// makespan against the lower bound, the schedules it evaluated and why it stopped.
///
/// CPM, validation and the first schedule are timed --repeat times (default 5): the table shows
/// the best run (the machine is shared; the best is the least disturbed) and the first run in
/// brackets (a single headless run is a first run, and on this virtual machine pays for fresh
/// memory pages).
///
/// Usage: waveplan_bench_plan_schedule [--sizes 1000,100000] [--default] [--team-capacity N] [--repeat N]

#include "core/schedule/critical_path.h"
#include "core/schedule/schedule.h"
#include "bench_timing.h"
#include "roadmap_plan.h"
#include "core/validate/validation.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace waveplan;

using bench::seconds;

int main(int argc, char **argv)
{
    std::vector<int> sizes{1000, 100000};
    bool withDefault = false;
    int teamCapacity = 0; // 0: 4 + size / 200
    int repeat = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--sizes" && i + 1 < argc) {
            sizes = bench::sizeList(argv[++i]);
        } else if (arg == "--team-capacity" && i + 1 < argc) {
            teamCapacity = std::atoi(argv[++i]);
        } else if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--default") {
            withDefault = true;
        } else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }

    std::printf("%12s %12s %-17s %-17s %-17s %10s %10s\n", "capabilities", "dependencies", "CPM s", "validate s",
                "first sched s", "makespan", "min length");
    std::printf("%12s %12s %-17s %-17s %-17s\n", "", "", "best (first)", "best (first)", "best (first)");
    for (int size : sizes) {
        bench::RoadmapShape shape;
        shape.teamCapacity = teamCapacity > 0 ? teamCapacity : 4 + size / 200;
        const Plan plan = bench::roadmap(size, 42, shape);
        CriticalPathAnalysis cpm;
        std::vector<Problem> problems;
        Schedule schedule;
        ScheduleOptions first;
        first.firstScheduleOnly = true;
        bench::BestAndFirst cpmTime, validateTime, firstTime;
        for (int run = 0; run < repeat; ++run) {
            cpmTime.add(seconds([&] { cpm = analyseCriticalPath(plan); }));
            validateTime.add(seconds([&] { problems = validatePlan(plan); }));
            firstTime.add(seconds([&] { schedule = computeSchedule(plan, first); }));
        }
        std::printf("%12d %12zu %-17s %-17s %-17s %10d %10d\n", size, plan.dependencies.size(),
                    cpmTime.text().c_str(), validateTime.text().c_str(), firstTime.text().c_str(),
                    schedule.makespanDays, cpm.lengthDays);
        if (!schedule.feasible || schedule.capabilities.size() != plan.capabilities.size()) {
            std::printf("unexpected: schedule infeasible or incomplete\n");
            return 1;
        }
        if (withDefault) {
            Schedule best;
            const double defaultSeconds = seconds([&] { best = computeSchedule(plan); });
            const std::int64_t budget = scheduleBudgetFor(plan.capabilities.size(), plan.dependencies.size());
            std::printf("           default schedule: %.3f s, budget %lld, evaluated %lld, ended by %s; "
                        "first %d -> %d days, lower bound %d (%+.2f %%)%s\n",
                        defaultSeconds, static_cast<long long>(budget), static_cast<long long>(best.schedulesEvaluated),
                        std::string(toString(best.searchEnd)).c_str(), schedule.makespanDays, best.makespanDays,
                        best.lowerBoundDays,
                        100.0 * (best.makespanDays - best.lowerBoundDays) / std::max(1, best.lowerBoundDays),
                        best.provenShortest() ? ", proven shortest" : "");
        }
    }
    return 0;
}
