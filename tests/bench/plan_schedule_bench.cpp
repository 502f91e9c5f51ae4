/// Times the plan-level engine on generated roadmaps: the dependency critical path (CPM),
/// validation, and computeSchedule's first schedule (what an interactive edit waits for),
/// including the translation of the plan and the explanations.
///
/// Usage: waveplan_bench_plan_schedule [--sizes 1000,100000]

#include "core/schedule/critical_path.h"
#include "core/schedule/schedule.h"
#include "core/validate/validation.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace waveplan;

namespace {

/// A roadmap-like plan: 5 teams, 5-60 day capabilities, up to 3 predecessors each among the
/// previous 200 (so chains stay realistic), 40% foundational.
Plan roadmap(int size, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto pick = [&](int lo, int hi) { return lo + static_cast<int>(rng() % static_cast<std::uint64_t>(hi - lo + 1)); };
    Plan plan;
    plan.name = "Generated roadmap";
    plan.horizonWaves = 8;
    for (int t = 0; t < 5; ++t)
        plan.teams.push_back({"Team " + std::to_string(t + 1), 4 + size / 200, {}, std::nullopt});
    plan.capabilities.reserve(static_cast<size_t>(size));
    for (int i = 0; i < size; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i + 1);
        c.name = "Capability " + std::to_string(i + 1);
        c.kind = pick(0, 9) < 4 ? CapabilityKind::Foundational : CapabilityKind::Additive;
        c.durationDays = pick(5, 60);
        c.demand.push_back({plan.teams[static_cast<size_t>(pick(0, 4))].name, pick(1, 3)});
        c.owner = "Owner";
        c.kpi = "KPI";
        plan.capabilities.push_back(std::move(c));
        const int predecessors = i == 0 ? 0 : pick(0, 3);
        for (int p = 0; p < predecessors; ++p) {
            const int from = std::max(0, i - pick(1, 200));
            const std::string &key = plan.capabilities[static_cast<size_t>(from)].key;
            bool duplicate = false;
            for (size_t d = plan.dependencies.size(); d-- > 0 && plan.dependencies[d].successor == plan.capabilities.back().key;)
                duplicate = duplicate || plan.dependencies[d].predecessor == key;
            if (!duplicate)
                plan.dependencies.push_back({key, plan.capabilities.back().key, 0});
        }
    }
    return plan;
}

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
        const Plan plan = roadmap(size, 42);
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
