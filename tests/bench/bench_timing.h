#pragma once
/// @file bench_timing.h
/// What the plan-level benchmarks share: wall time of one call, the best and the first of
/// repeated runs, and the `--sizes 1000,10000` list. Header-only; benchmarks are not in ctest.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace waveplan::bench {

/// Wall time of `work()`, in seconds.
template <typename Work> double seconds(Work &&work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// The best of repeated runs (the least disturbed on a shared machine) and the first (what a
/// single headless run pays, fresh memory pages included).
struct BestAndFirst {
    double best = 0;
    double first = 0;
    int runs = 0;

    void add(double s)
    {
        best = runs == 0 ? s : std::min(best, s);
        if (runs == 0)
            first = s;
        ++runs;
    }
    /// "0.0123 (0.0456)": best, first in brackets.
    [[nodiscard]] std::string text(int decimals = 4) const
    {
        char buffer[48];
        std::snprintf(buffer, sizeof buffer, "%.*f (%.*f)", decimals, best, decimals, first);
        return buffer;
    }
};

/// "1000,10000" -> {1000, 10000}.
inline std::vector<int> sizeList(const char *text)
{
    std::vector<int> sizes;
    std::stringstream list(text);
    for (std::string item; std::getline(list, item, ',');)
        sizes.push_back(std::atoi(item.c_str()));
    return sizes;
}

} // namespace waveplan::bench
