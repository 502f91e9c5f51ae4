#pragma once
/// @file schedule_checker.h
/// Checks a solver Solution against its Problem without using any solver code: precedence,
/// per-day per-wave capacity, change load, windows, deadlines, no-span, and that exactly the
/// right violation is reported for each activity.

#include "core/schedule/solver/problem.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace waveplan::test {

/// Each broken rule as a sentence; empty when the solution is consistent with the problem.
inline std::vector<std::string> checkSolution(const solver::Problem &p, const solver::Solution &s)
{
    using solver::Violation;
    std::vector<std::string> errors;
    const auto n = p.activities.size();
    if (s.start.size() != n || s.violations.size() != n || s.ignoredResources.size() != n) {
        errors.push_back("solution sizes differ from the activity count");
        return errors;
    }
    // The wave of a day by walking the wave starts (the solver finds it by binary search).
    const auto waveOf = [&p](int day) {
        int wave = 1;
        while (p.waves.firstDay(wave + 1) <= day)
            ++wave;
        return wave;
    };
    int longest = 0;
    for (int wave = 1; wave <= 60; ++wave)
        longest = std::max(longest, p.waves.firstDay(wave + 1) - p.waves.firstDay(wave));
    const auto ignored = [&](std::size_t a, std::size_t r) {
        const auto &list = s.ignoredResources[a];
        return std::find(list.begin(), list.end(), static_cast<int>(r)) != list.end();
    };
    const auto demand = [&](std::size_t a, std::size_t r) {
        return r < p.activities[a].demand.size() ? p.activities[a].demand[r] : 0;
    };
    int makespan = 0;
    bool allNone = true;
    for (std::size_t a = 0; a < n; ++a) {
        const auto &act = p.activities[a];
        const int start = s.start[a];
        const int finish = start + act.duration;
        const std::string name = "activity " + std::to_string(a);
        makespan = std::max(makespan, finish);
        if (start < 0 || start < act.earliestStart)
            errors.push_back(name + " starts before its earliest start");
        const bool capacity = !s.ignoredResources[a].empty();
        const bool noSpan = p.noSpan && act.duration > longest;
        const bool window = act.latestStart && start > *act.latestStart;
        const bool deadline = act.deadline && finish > *act.deadline;
        const Violation expected = capacity ? Violation::Capacity
                                   : noSpan ? Violation::NoSpan
                                   : window ? Violation::Window
                                   : deadline ? Violation::Deadline
                                              : Violation::None;
        if (s.violations[a] != expected)
            errors.push_back(name + " reports the wrong violation");
        allNone = allNone && s.violations[a] == Violation::None;
        if (p.noSpan && !noSpan && act.duration > 0 && waveOf(start) != waveOf(finish - 1))
            errors.push_back(name + " spans a wave boundary");
        for (int r : s.ignoredResources[a]) {
            const auto &res = p.resources[static_cast<std::size_t>(r)];
            const bool zeroLimit = res.goLiveLimit && *res.goLiveLimit == 0;
            if (!zeroLimit && demand(a, static_cast<std::size_t>(r)) <= res.capacity)
                errors.push_back(name + " ignores a resource it could have fitted later");
        }
    }
    if (s.makespan != makespan)
        errors.push_back("makespan differs from the latest finish");
    if (s.feasible != allNone)
        errors.push_back("feasible flag disagrees with the violations");
    for (const auto &e : p.precedences) {
        const auto from = static_cast<std::size_t>(e.from);
        const auto to = static_cast<std::size_t>(e.to);
        if (s.start[to] < s.start[from] + p.activities[from].duration + e.lag)
            errors.push_back("precedence " + std::to_string(e.from) + " -> " + std::to_string(e.to) + " broken");
    }
    for (std::size_t r = 0; r < p.resources.size(); ++r) {
        std::vector<int> use(static_cast<std::size_t>(makespan), 0);
        std::map<int, int> finishes; // wave -> go-lives
        for (std::size_t a = 0; a < n; ++a) {
            if (demand(a, r) <= 0 || ignored(a, r))
                continue;
            for (int d = s.start[a]; d < s.start[a] + p.activities[a].duration; ++d)
                use[static_cast<std::size_t>(d)] += demand(a, r);
            ++finishes[waveOf(s.start[a] + std::max(p.activities[a].duration, 1) - 1)];
        }
        for (int d = 0; d < makespan; ++d)
            if (use[static_cast<std::size_t>(d)] > p.resources[r].capacityInWave(waveOf(d)))
                errors.push_back("resource " + std::to_string(r) + " over capacity on day " + std::to_string(d));
        if (const auto &limit = p.resources[r].goLiveLimit)
            for (const auto &[wave, count] : finishes)
                if (count > *limit)
                    errors.push_back("resource " + std::to_string(r) + " has too many go-lives in wave "
                                     + std::to_string(wave));
    }
    return errors;
}

/// Longest path by durations and lags from the earliest starts (resources ignored).
inline int criticalPathLength(const solver::Problem &p)
{
    const auto n = p.activities.size();
    std::vector<int> est(n);
    for (std::size_t a = 0; a < n; ++a)
        est[a] = p.activities[a].earliestStart;
    // Bellman-Ford style relaxation: n rounds suffice for an acyclic graph.
    for (std::size_t round = 0; round < n; ++round) {
        bool changed = false;
        for (const auto &e : p.precedences) {
            const auto from = static_cast<std::size_t>(e.from);
            const int bound = est[from] + p.activities[from].duration + e.lag;
            if (est[static_cast<std::size_t>(e.to)] < bound) {
                est[static_cast<std::size_t>(e.to)] = bound;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    int length = 0;
    for (std::size_t a = 0; a < n; ++a)
        length = std::max(length, est[a] + p.activities[a].duration);
    return length;
}

} // namespace waveplan::test
