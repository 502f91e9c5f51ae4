/// Times the plan-level engine on generated roadmaps: the dependency critical path (CPM),
/// validation, and computeSchedule's first schedule (what an interactive edit waits for),
/// including the translation of the plan and the explanations.
///
/// Usage: waveplan_bench_plan_schedule [--sizes 1000,100000]

#include "core/schedule/critical_path.h"
#include "core/schedule/schedule.h"
#include "roadmap_plan.h"
#include "core/validate/validation.h"

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
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--sizes") {
            sizes.clear();
            std::stringstream list(argv[i + 1]);
            for (std::string item; std::getline(list, item, ',');)
                sizes.push_back(std::atoi(item.c_str()));
        }

    std::printf("%10s %12s %10s %10s %12s %10s %10s\n", "capabilities", "dependencies", "CPM s", "validate s",
                "first sched s", "makespan", "min length");
    for (int size : sizes) {
        bench::RoadmapShape shape;
        shape.teamCapacity = 4 + size / 200;
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
    }
    return 0;
}
