#pragma once
/// @file random.h
/// Deterministic pseudo-random numbers for the solver. std::mt19937_64 is specified bit for bit
/// by the standard; the distributions below are our own, because the standard library's are
/// implementation-defined and would make schedules differ between compilers.

#include <cstdint>
#include <limits>
#include <random>

namespace waveplan::solver::detail {

class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }

    /// Uniform integer in [0, n); n must be > 0. Rejection sampling, so exactly uniform.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
        const std::uint64_t limit = max - max % n;
        std::uint64_t x = next();
        while (x >= limit)
            x = next();
        return x % n;
    }

    /// Uniform int in [0, n); n must be > 0.
    int index(int n) { return static_cast<int>(below(static_cast<std::uint64_t>(n))); }

    /// Uniform double in [0, 1) from the top 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 m_engine;
};

} // namespace waveplan::solver::detail
