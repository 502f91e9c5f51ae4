/// Stable re-planning (issue 13): on generated 300-capability roadmaps, pin one capability one
/// wave later and count how many OTHER capabilities change wave, re-planned stably against the
/// schedule before the pin (full budget, and the app's first schedule after an edit) and
/// re-optimised from scratch; compare the end dates. Deterministic (schedule budgets only).
///
/// Usage: waveplan_bench_replan [--cases 50] [--size 300]

#include "core/schedule/schedule.h"
#include "roadmap_plan.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace waveplan;

namespace {


int othersMoved(const Schedule &before, const Schedule &after, const std::string &pinned)
{
    int moved = 0;
    for (const ScheduledCapability &c : after.capabilities)
        if (c.key != pinned && before.find(c.key)->wave != c.wave)
            ++moved;
    return moved;
}

double milliseconds(const std::chrono::steady_clock::time_point &since)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since).count();
}

template <typename T> T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    int cases = 50;
    int size = 300;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--cases")
            cases = std::max(1, std::atoi(argv[i + 1]));
        else if (std::string(argv[i]) == "--size")
            size = std::max(10, std::atoi(argv[i + 1]));
    }
    constexpr int kCasesPerPlan = 5;
    std::vector<int> stableMoved, firstMoved, freeMoved;
    std::vector<double> endPercent, stableMs, firstMs, freeMs;
    int over2 = 0;
    std::printf("%5s %6s %8s | %13s %6s | %13s %6s | %13s %6s\n", "case", "pinned", "end", "stable moved", "end",
                "first moved", "end", "re-opt moved", "end");
    for (int c = 0; c < cases; ++c) {
        // Capacity-bound (teams, not dependencies, set the end): small teams, short chains.
        const bench::RoadmapShape shape{.teamCapacity = 2 + size / 100,
                                        .predecessorWindow = 40,
                                        .firstTeamGoLiveLimit = size / 10,
                                        .ownersAndKpis = false};
        const Plan plan = bench::roadmap(size, 1000 + static_cast<std::uint64_t>(c / kCasesPerPlan), shape);
        const Schedule before = computeSchedule(plan);
        std::mt19937_64 rng(static_cast<std::uint64_t>(c) * 7919 + 1);
        const ScheduledCapability &target = before.capabilities[rng() % before.capabilities.size()];
        Plan edited = plan;
        edited.findCapability(target.key)->pinnedWave = target.wave + 1;
        const ScheduleReference reference = referenceOf(before);

        ScheduleOptions stableOptions;
        stableOptions.reference = &reference;
        auto t0 = std::chrono::steady_clock::now();
        const Schedule stable = computeSchedule(edited, stableOptions);
        stableMs.push_back(milliseconds(t0));

        ScheduleOptions firstOptions = stableOptions;
        firstOptions.firstScheduleOnly = true;
        t0 = std::chrono::steady_clock::now();
        const Schedule first = computeSchedule(edited, firstOptions);
        firstMs.push_back(milliseconds(t0));

        t0 = std::chrono::steady_clock::now();
        const Schedule free = computeSchedule(edited);
        freeMs.push_back(milliseconds(t0));

        stableMoved.push_back(othersMoved(before, stable, target.key));
        firstMoved.push_back(othersMoved(before, first, target.key));
        freeMoved.push_back(othersMoved(before, free, target.key));
        const double percent = 100.0 * (stable.makespanDays - free.makespanDays) / std::max(1, free.makespanDays);
        endPercent.push_back(percent);
        if (percent > 2.0)
            ++over2;
        std::printf("%5d %6s %8d | %13d %6d | %13d %6d | %13d %6d\n", c + 1, target.key.c_str(), before.makespanDays,
                    stableMoved.back(), stable.makespanDays, firstMoved.back(), first.makespanDays, freeMoved.back(),
                    free.makespanDays);
        std::fflush(stdout);
    }
    std::printf("\n%d cases, %d-capability plans (%d plans, %d pins each)\n", cases, size,
                (cases + kCasesPerPlan - 1) / kCasesPerPlan, kCasesPerPlan);
    std::printf("others moved wave, median / worst: stable %d / %d, stable first schedule %d / %d, re-optimised %d / %d\n",
                median(stableMoved), *std::max_element(stableMoved.begin(), stableMoved.end()), median(firstMoved),
                *std::max_element(firstMoved.begin(), firstMoved.end()), median(freeMoved),
                *std::max_element(freeMoved.begin(), freeMoved.end()));
    std::printf("stable end vs re-optimised, median / worst: %+.1f%% / %+.1f%%; cases more than 2%% later: %d\n",
                median(endPercent), *std::max_element(endPercent.begin(), endPercent.end()), over2);
    std::printf("median time: stable %.0f ms, stable first schedule %.1f ms, re-optimised %.0f ms\n", median(stableMs),
                median(firstMs), median(freeMs));
    return 0;
}
