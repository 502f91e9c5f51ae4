/// Times the plan-level engine on generated roadmaps: the dependency critical path (CPM),
/// validation, computeSchedule's first schedule (what an interactive edit waits for),
/// including the translation of the plan and the explanations, and, with --default, the default
/// schedule (`waveplan schedule`: the sized budget, stopping at the lower bound), with its
/// makespan against the lower bound, the schedules it evaluated and why it stopped.
///
/// Usage: waveplan_bench_plan_schedule [--sizes 1000,100000] [--default] [--team-capacity N]

#include "core/schedule/critical_path.h"
#include "core/schedule/schedule.h"
#include "roadmap_plan.h"
#include "core/validate/validation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

using namespace waveplan;

namespace {

template <typename F> double seconds(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<int> sizes{1000, 100000};
    bool withDefault = false;
    int teamCapacity = 0; // 0: 4 + size / 200
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--sizes" && i + 1 < argc) {
            sizes.clear();
            std::stringstream list(argv[++i]);
            for (std::string item; std::getline(list, item, ',');)
                sizes.push_back(std::atoi(item.c_str()));
        } else if (arg == "--team-capacity" && i + 1 < argc) {
            teamCapacity = std::atoi(argv[++i]);
        } else if (arg == "--default") {
            withDefault = true;
        } else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }

    std::printf("%10s %12s %10s %10s %12s %10s %10s\n", "capabilities", "dependencies", "CPM s", "validate s",
                "first sched s", "makespan", "min length");
    for (int size : sizes) {
        bench::RoadmapShape shape;
        shape.teamCapacity = teamCapacity > 0 ? teamCapacity : 4 + size / 200;
        const Plan plan = bench::roadmap(size, 42, shape);
        CriticalPathAnalysis cpm;
        std::vector<Problem> problems;
        Schedule schedule;
        const double cpmSeconds = seconds([&] { cpm = analyseCriticalPath(plan); });
        const double validateSeconds = seconds([&] { problems = validatePlan(plan); });
        ScheduleOptions first;
        first.firstScheduleOnly = true;
        const double firstSeconds = seconds([&] { schedule = computeSchedule(plan, first); });
        std::printf("%10d %12zu %10.3f %10.3f %12.3f %10d %10d\n", size, plan.dependencies.size(), cpmSeconds,
                    validateSeconds, firstSeconds, schedule.makespanDays, cpm.lengthDays);
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
