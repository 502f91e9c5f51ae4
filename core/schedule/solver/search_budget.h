#pragma once
/// @file search_budget.h
/// Counts schedules against a Budget and watches the clock and the cancel flag. Internal.

#include "core/schedule/solver/problem.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>

namespace waveplan::solver::detail {

/// A count of schedules known only later (a search's share of a budget, once the search run
/// before it is done): set once, on any thread; waited for on another.
class LaterLimit {
public:
    void set(std::int64_t schedules)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_schedules = schedules;
        }
        m_known.notify_all();
    }
    [[nodiscard]] std::int64_t wait() const
    {
        std::unique_lock lock(m_mutex);
        m_known.wait(lock, [this] { return m_schedules.has_value(); });
        return *m_schedules;
    }

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_known;
    std::optional<std::int64_t> m_schedules;
};

class SearchBudget {
public:
    explicit SearchBudget(const Budget &budget)
        : m_budget(budget), m_schedules(budget.schedules), m_started(std::chrono::steady_clock::now())
    {
    }
    /// A budget of budget.schedules for now (at most what `later` will say) and of what `later`
    /// says once those are spent: the search waits for it there, so it stops where it would have
    /// with the later count from the start.
    SearchBudget(const Budget &budget, const LaterLimit &later)
        : SearchBudget(budget)
    {
        m_later = &later;
    }

    /// True when `count` more schedules may be generated; does not spend them.
    [[nodiscard]] bool allows(std::int64_t count = 1) const
    {
        if (count > m_schedules - m_used && m_later != nullptr) {
            m_schedules = m_later->wait();
            m_later = nullptr;
        }
        if (count > m_schedules - m_used) // no overflow with schedules = INT64_MAX
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
    mutable std::int64_t m_schedules;               ///< the count allowed (so far)
    mutable const LaterLimit *m_later = nullptr;    ///< the count to wait for once m_schedules are spent
    std::chrono::steady_clock::time_point m_started;
    std::int64_t m_used = 0;
};

} // namespace waveplan::solver::detail
