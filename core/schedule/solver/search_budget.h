#pragma once
/// @file search_budget.h
/// Counts schedules against a Budget and watches the clock and the cancel flag. Internal.

#include "core/schedule/solver/problem.h"

#include <chrono>
#include <cstdint>

namespace waveplan::solver::detail {

class SearchBudget {
public:
    explicit SearchBudget(const Budget &budget)
        : m_budget(budget), m_started(std::chrono::steady_clock::now())
    {
    }

    /// True when `count` more schedules may be generated; does not spend them.
    [[nodiscard]] bool allows(std::int64_t count = 1) const
    {
        if (count > m_budget.schedules - m_used) // no overflow with schedules = INT64_MAX
            return false;
        if (m_budget.cancel && m_budget.cancel->load(std::memory_order_relaxed))
            return false;
        if (m_budget.milliseconds > 0) {
            const auto elapsed = std::chrono::steady_clock::now() - m_started;
            if (elapsed >= std::chrono::milliseconds(m_budget.milliseconds))
                return false;
        }
        return true;
    }

    void spend(std::int64_t count = 1) { m_used += count; }
    [[nodiscard]] std::int64_t used() const { return m_used; }

private:
    const Budget &m_budget;
    std::chrono::steady_clock::time_point m_started;
    std::int64_t m_used = 0;
};

} // namespace waveplan::solver::detail
