/// PSPLIB j30 benchmark: solves every instance, checks each schedule independently and
/// compares makespans with the proven optima. Not a test: run it by hand (see
/// docs/benchmarks.md). Usage:
///   waveplan_bench_psplib [PSPLIB_DIR] [--budget-schedules N] [--budget-ms N] [--limit K]
///                         [--seed S] [--verbose]

#include "core/schedule/solver/solver.h"
#include "psplib_reader.h"
#include "schedule_check.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace waveplan;

int main(int argc, char **argv)
{
    std::string dir = WAVEPLAN_DEFAULT_PSPLIB_DIR;
    solver::Budget budget;
    budget.schedules = 5000;
    long limit = -1;
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> long long {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a number\n", arg.c_str());
                std::exit(2);
            }
            return std::atoll(argv[++i]);
        };
        if (arg == "--budget-schedules")
            budget.schedules = value();
        else if (arg == "--budget-ms") {
            budget.milliseconds = value();
            budget.schedules = INT64_MAX;
        } else if (arg == "--limit")
            limit = static_cast<long>(value());
        else if (arg == "--seed")
            budget.seed = static_cast<std::uint64_t>(value());
        else if (arg == "--verbose")
            verbose = true;
        else if (!arg.empty() && arg[0] != '-')
            dir = arg;
        else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    const fs::path j30 = fs::path(dir) / "j30";
    const fs::path optPath = fs::path(dir) / "j30opt.sm";
    if (!fs::is_directory(j30) || !fs::is_regular_file(optPath)) {
        std::printf("PSPLIB not found at %s; skipping\n", dir.c_str());
        return 0;
    }
    std::string error;
    const auto optima = waveplan::bench::readOptima(optPath.string(), error);
    if (optima.empty()) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::vector<fs::path> files;
    for (const auto &entry : fs::directory_iterator(j30))
        if (entry.path().extension() == ".sm")
            files.push_back(entry.path());
    // Natural order: parameter, then instance.
    const auto numbers = [](const fs::path &p) {
        int a = 0, b = 0;
        std::sscanf(p.filename().string().c_str(), "j30%d_%d.sm", &a, &b);
        return std::pair{a, b};
    };
    std::sort(files.begin(), files.end(), [&](const auto &x, const auto &y) { return numbers(x) < numbers(y); });
    if (limit >= 0 && static_cast<std::size_t>(limit) < files.size())
        files.resize(static_cast<std::size_t>(limit));

    int solved = 0, optimal = 0;
    bool allFeasible = true;
    double sumDeviation = 0, worstDeviation = 0, sumCpDeviation = 0, sumSeconds = 0, maxSeconds = 0;
    double sumFirstDeviation = 0;
    long long schedules = 0;
    for (const auto &file : files) {
        waveplan::bench::PsplibInstance instance;
        if (!waveplan::bench::readPsplib(file.string(), instance, error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
        const auto opt = optima.find(instance.name);
        if (opt == optima.end()) {
            std::fprintf(stderr, "%s: no optimum in %s\n", instance.name.c_str(), optPath.c_str());
            return 1;
        }
        const auto t0 = std::chrono::steady_clock::now();
        const solver::Solution s = solver::solve(instance.problem, budget);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const std::string problem = waveplan::bench::checkRcpspSchedule(instance.problem, s.start);
        int makespan = 0;
        for (std::size_t a = 0; a < s.start.size(); ++a)
            makespan = std::max(makespan, s.start[a] + instance.problem.activities[a].duration);
        if (!problem.empty() || !s.feasible || makespan != s.makespan) {
            allFeasible = false;
            std::printf("INFEASIBLE %s: %s\n", instance.name.c_str(), problem.c_str());
        }
        const double deviation = 100.0 * (makespan - opt->second) / opt->second;
        if (makespan < opt->second) {
            allFeasible = false;
            std::printf("BELOW OPTIMUM %s: %d < %d\n", instance.name.c_str(), makespan, opt->second);
        }
        ++solved;
        optimal += makespan == opt->second ? 1 : 0;
        sumDeviation += deviation;
        worstDeviation = std::max(worstDeviation, deviation);
        sumFirstDeviation += 100.0 * (s.firstMakespan - opt->second) / opt->second;
        sumCpDeviation += 100.0 * (makespan - instance.criticalPath) / instance.criticalPath;
        sumSeconds += seconds;
        maxSeconds = std::max(maxSeconds, seconds);
        schedules += s.schedulesEvaluated;
        if (verbose)
            std::printf("%-12s opt %3d got %3d first %3d schedules %lld  %.1f ms\n", instance.name.c_str(),
                        opt->second, makespan, s.firstMakespan, static_cast<long long>(s.schedulesEvaluated),
                        seconds * 1000);
    }
    if (solved == 0) {
        std::printf("no instances in %s\n", j30.c_str());
        return 0;
    }
    std::printf("PSPLIB j30 at %s\n", dir.c_str());
    if (budget.milliseconds > 0)
        std::printf("budget: %lld ms per instance, seed %llu\n", static_cast<long long>(budget.milliseconds),
                    static_cast<unsigned long long>(budget.seed));
    else
        std::printf("budget: %lld schedules per instance, seed %llu\n", static_cast<long long>(budget.schedules),
                    static_cast<unsigned long long>(budget.seed));
    std::printf("instances solved:              %d\n", solved);
    std::printf("average deviation from optimum: %.3f %%\n", sumDeviation / solved);
    std::printf("worst deviation from optimum:   %.3f %%\n", worstDeviation);
    std::printf("optimal:                        %d / %d\n", optimal, solved);
    std::printf("first schedule avg deviation:   %.3f %%\n", sumFirstDeviation / solved);
    std::printf("avg deviation from crit. path:  %.3f %%\n", sumCpDeviation / solved);
    std::printf("average schedules per instance: %.0f\n", static_cast<double>(schedules) / solved);
    std::printf("time per instance avg / max:    %.2f ms / %.2f ms\n", 1000 * sumSeconds / solved, 1000 * maxSeconds);
    std::printf("all schedules feasible:         %s\n", allFeasible ? "yes" : "no");
    return allFeasible ? 0 : 1;
}
