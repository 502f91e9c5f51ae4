// The count of schedules a search may make: a budget whose count is known only later (the
// blend's share, once the search from the reference is done) stops a search exactly where that
// count would have, whichever thread gets there first.

#include "core/schedule/solver/search_budget.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>

namespace waveplan::solver::detail {
namespace {

/// Spends schedules one at a time while the budget allows; returns how many.
std::int64_t spendAll(SearchBudget &budget)
{
    while (budget.allows())
        budget.spend();
    return budget.used();
}

TEST(SearchBudget, ALaterCountIsWaitedForOnceTheFirstIsSpent)
{
    const Budget first{.schedules = 3};
    LaterLimit later;
    std::future<std::int64_t> spent = std::async(std::launch::async, [&] {
        SearchBudget budget(first, later);
        return spendAll(budget);
    });
    // The search cannot finish on its first three: it waits for the count.
    EXPECT_EQ(spent.wait_for(std::chrono::milliseconds(50)), std::future_status::timeout);
    later.set(7);
    EXPECT_EQ(spent.get(), 7);
}

TEST(SearchBudget, ALaterCountKnownBeforehandIsTheCountFromTheStart)
{
    const Budget first{.schedules = 3};
    LaterLimit later;
    later.set(5);
    SearchBudget budget(first, later);
    EXPECT_EQ(spendAll(budget), 5);
}

TEST(SearchBudget, ASearchWithinTheFirstCountNeverWaits)
{
    const Budget first{.schedules = 4};
    LaterLimit never; // never set: asking within the first count must not wait for it (or this hangs)
    SearchBudget budget(first, never);
    for (int i = 0; i < 4; ++i) {
        ASSERT_TRUE(budget.allows());
        budget.spend();
    }
    EXPECT_TRUE(budget.allows(0));
    EXPECT_EQ(budget.used(), 4);
}

TEST(SearchBudget, ACancelledSearchStopsWithinTheFirstCount)
{
    std::atomic<bool> cancel = true;
    const Budget first{.schedules = 3, .cancel = &cancel};
    LaterLimit later;
    later.set(10);
    SearchBudget budget(first, later);
    EXPECT_EQ(spendAll(budget), 0);
}

} // namespace
} // namespace waveplan::solver::detail
