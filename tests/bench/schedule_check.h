#pragma once
/// @file schedule_check.h
/// Checks a plain RCPSP schedule (no waves, windows or limits) without using the solver:
/// every activity starts at day >= 0, every precedence holds, and no day exceeds a capacity.

#include "core/schedule/solver/problem.h"

#include <algorithm>
#include <string>
#include <vector>

namespace waveplan::bench {

/// Empty when feasible, else the first problem found.
inline std::string checkRcpspSchedule(const solver::Problem &p, const std::vector<int> &start)
{
    if (start.size() != p.activities.size())
        return "start count differs from activity count";
    int end = 0;
    for (std::size_t a = 0; a < start.size(); ++a) {
        if (start[a] < 0)
            return "activity " + std::to_string(a) + " starts before day 0";
        end = std::max(end, start[a] + p.activities[a].duration);
    }
    for (const auto &e : p.precedences) {
        const auto from = static_cast<std::size_t>(e.from);
        const auto to = static_cast<std::size_t>(e.to);
        if (start[to] < start[from] + p.activities[from].duration + e.lag)
            return "precedence " + std::to_string(e.from) + " -> " + std::to_string(e.to) + " broken";
    }
    for (std::size_t r = 0; r < p.resources.size(); ++r) {
        std::vector<int> use(static_cast<std::size_t>(end), 0);
        for (std::size_t a = 0; a < start.size(); ++a)
            for (int d = start[a]; d < start[a] + p.activities[a].duration; ++d)
                use[static_cast<std::size_t>(d)] += p.activities[a].demand[r];
        for (int d = 0; d < end; ++d)
            if (use[static_cast<std::size_t>(d)] > p.resources[r].capacity)
                return "resource " + std::to_string(r) + " over capacity on day " + std::to_string(d);
    }
    return {};
}

} // namespace waveplan::bench
