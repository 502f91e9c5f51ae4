#include "core/schedule/solver/priority_rules.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <queue>
#include <tuple>

namespace waveplan::solver::detail {

namespace {

/// activityList, its first `keep` entries taken from `prefix` (which must list them as
/// activityList would: each eligible when listed). Empty when one of them is not (`prefix` ran
/// into activities on a cycle, which are appended rather than chosen).
///
/// With `placeInPrefix` (each activity's index in `prefix`), `prefix` is a whole list made with
/// `key` but for the key of the one activity it holds at `changedAt`. Once the list holds more
/// than `changedAt` activities and they are exactly `prefix`'s first ones, every later choice
/// is the one `prefix` made (it depends on what is listed and the other activities' keys): the
/// rest is copied from it.
std::vector<int> listFrom(const Instance &instance, const std::vector<double> &key, const std::vector<int> &prefix,
                          std::size_t keep, const std::vector<int> *placeInPrefix = nullptr, std::size_t changedAt = 0)
{
    const auto n = static_cast<std::size_t>(instance.count);
    std::vector<int> waiting(n);
    for (std::size_t a = 0; a < n; ++a)
        waiting[a] = instance.predBegin[a + 1] - instance.predBegin[a];
    std::vector<int> order;
    order.reserve(n);
    std::vector<unsigned char> listed(n, 0);
    const auto list = [&](int a) {
        order.push_back(a);
        const auto u = static_cast<std::size_t>(a);
        listed[u] = 1;
        for (int k = instance.succBegin[u]; k < instance.succBegin[u + 1]; ++k)
            --waiting[static_cast<std::size_t>(instance.succNode[static_cast<std::size_t>(k)])];
    };
    for (std::size_t i = 0; i < keep; ++i) {
        const int a = prefix[i];
        if (waiting[static_cast<std::size_t>(a)] != 0 || listed[static_cast<std::size_t>(a)])
            return {};
        list(a);
    }
    // Lowest key first, then foundational first, then lowest index: `tie` is the index, plus
    // the count for an activity that is not foundational. (A plain struct: comparing tuples
    // through <=> was a third of the time of a re-plan's many lists.)
    struct Entry {
        double key;
        std::int64_t tie;
    };
    const auto later = [](const Entry &x, const Entry &y) { return x.key > y.key || (x.key == y.key && x.tie > y.tie); };
    std::vector<Entry> heap;
    heap.reserve(n);
    const auto entry = [&](int a) {
        const auto u = static_cast<std::size_t>(a);
        return Entry{key[u], a + (instance.foundational[u] ? 0 : static_cast<std::int64_t>(n))};
    };
    for (int a = 0; a < instance.count; ++a)
        if (waiting[static_cast<std::size_t>(a)] == 0 && !listed[static_cast<std::size_t>(a)])
            heap.push_back(entry(a));
    std::priority_queue<Entry, std::vector<Entry>, decltype(later)> eligible(later, std::move(heap));
    int lastPlace = static_cast<int>(keep) - 1; // the latest place in `prefix` of what is listed
    while (!eligible.empty()) {
        const auto a = static_cast<int>(eligible.top().tie % static_cast<std::int64_t>(n));
        eligible.pop();
        order.push_back(a);
        listed[static_cast<std::size_t>(a)] = 1;
        if (placeInPrefix != nullptr) {
            lastPlace = std::max(lastPlace, (*placeInPrefix)[static_cast<std::size_t>(a)]);
            if (order.size() > changedAt && static_cast<std::size_t>(lastPlace) + 1 == order.size()) {
                order.insert(order.end(), prefix.begin() + static_cast<std::ptrdiff_t>(order.size()), prefix.end());
                return order;
            }
        }
        const auto u = static_cast<std::size_t>(a);
        for (int k = instance.succBegin[u]; k < instance.succBegin[u + 1]; ++k) {
            const int s = instance.succNode[static_cast<std::size_t>(k)];
            if (--waiting[static_cast<std::size_t>(s)] == 0)
                eligible.push(entry(s));
        }
    }
    for (int a = 0; a < instance.count; ++a)
        if (!listed[static_cast<std::size_t>(a)])
            order.push_back(a);
    return order;
}

} // namespace

std::vector<int> activityList(const Instance &instance, const std::vector<double> &key)
{
    return listFrom(instance, key, {}, 0);
}

std::vector<int> activityListAfterChange(const Instance &instance, const std::vector<double> &key,
                                         const std::vector<int> &base, int changed, std::size_t &kept)
{
    // Until every predecessor of `changed` is listed, it is not eligible and its key chooses
    // nothing: the lists agree up to there.
    std::vector<int> place(static_cast<std::size_t>(instance.count), -1);
    for (std::size_t i = 0; i < base.size(); ++i)
        place[static_cast<std::size_t>(base[i])] = static_cast<int>(i);
    const auto c = static_cast<std::size_t>(changed);
    int from = 0;
    for (int k = instance.predBegin[c]; k < instance.predBegin[c + 1]; ++k)
        from = std::max(from, place[static_cast<std::size_t>(instance.predNode[static_cast<std::size_t>(k)])] + 1);
    kept = std::min(static_cast<std::size_t>(from), static_cast<std::size_t>(place[c]));
    std::vector<int> order = base.size() == static_cast<std::size_t>(instance.count)
                                 ? listFrom(instance, key, base, kept, &place, static_cast<std::size_t>(place[c]))
                                 : listFrom(instance, key, base, kept);
    if (order.empty() && instance.count > 0) { // `base` lists activities on a cycle by then
        kept = 0;
        order = activityList(instance, key);
    }
    return order;
}

TimeBounds timeBounds(const Instance &instance)
{
    const auto n = static_cast<std::size_t>(instance.count);
    TimeBounds b;
    b.topological = activityList(instance, std::vector<double>(n, 0.0));
    b.earliestStart.assign(instance.earliestStart.begin(), instance.earliestStart.end());
    for (int a : b.topological) {
        const auto u = static_cast<std::size_t>(a);
        for (int k = instance.predBegin[u]; k < instance.predBegin[u + 1]; ++k) {
            const auto p = static_cast<std::size_t>(instance.predNode[static_cast<std::size_t>(k)]);
            b.earliestStart[u] = std::max(b.earliestStart[u], b.earliestStart[p] + instance.duration[p]
                                                                  + instance.predLag[static_cast<std::size_t>(k)]);
        }
    }
    for (std::size_t a = 0; a < n; ++a)
        b.criticalPathEnd = std::max(b.criticalPathEnd, b.earliestStart[a] + instance.duration[a]);
    b.latestFinish.assign(n, b.criticalPathEnd);
    for (auto it = b.topological.rbegin(); it != b.topological.rend(); ++it) {
        const auto u = static_cast<std::size_t>(*it);
        int lf = b.latestFinish[u];
        if (instance.deadline[u] != kNoLimit)
            lf = std::min(lf, instance.deadline[u]);
        if (instance.latestStart[u] != kNoLimit)
            lf = std::min(lf, instance.latestStart[u] + instance.duration[u]);
        for (int k = instance.succBegin[u]; k < instance.succBegin[u + 1]; ++k) {
            const auto s = static_cast<std::size_t>(instance.succNode[static_cast<std::size_t>(k)]);
            lf = std::min(lf, b.latestFinish[s] - instance.duration[s] - instance.succLag[static_cast<std::size_t>(k)]);
        }
        b.latestFinish[u] = lf;
    }
    return b;
}

PriorityRules priorityRules(const Instance &instance, const TimeBounds &bounds)
{
    const auto n = static_cast<std::size_t>(instance.count);
    PriorityRules p;
    p.latestFinish.resize(n);
    p.latestStart.resize(n);
    p.mostTotalSuccessors.resize(n);
    p.rankPositionalWeight.resize(n);
    for (std::size_t a = 0; a < n; ++a) {
        p.latestFinish[a] = bounds.latestFinish[a];
        p.latestStart[a] = bounds.latestFinish[a] - instance.duration[a];
        double weight = instance.duration[a];
        for (int k = instance.succBegin[a]; k < instance.succBegin[a + 1]; ++k)
            weight += instance.duration[static_cast<std::size_t>(instance.succNode[static_cast<std::size_t>(k)])];
        p.rankPositionalWeight[a] = -weight;
        p.mostTotalSuccessors[a] = -static_cast<double>(instance.succBegin[a + 1] - instance.succBegin[a]);
    }
    // Transitive successor counts with bitsets, affordable for a few thousand activities.
    constexpr std::size_t kTransitiveLimit = 4000;
    if (n <= kTransitiveLimit) {
        const std::size_t words = (n + 63) / 64;
        std::vector<std::uint64_t> bits(n * words, 0);
        for (auto it = bounds.topological.rbegin(); it != bounds.topological.rend(); ++it) {
            const auto u = static_cast<std::size_t>(*it);
            for (int k = instance.succBegin[u]; k < instance.succBegin[u + 1]; ++k) {
                const auto s = static_cast<std::size_t>(instance.succNode[static_cast<std::size_t>(k)]);
                bits[u * words + s / 64] |= std::uint64_t{1} << (s % 64);
                for (std::size_t w = 0; w < words; ++w)
                    bits[u * words + w] |= bits[s * words + w];
            }
        }
        for (std::size_t a = 0; a < n; ++a) {
            int count = 0;
            for (std::size_t w = 0; w < words; ++w)
                count += std::popcount(bits[a * words + w]);
            p.mostTotalSuccessors[a] = -static_cast<double>(count);
        }
    }
    return p;
}

} // namespace waveplan::solver::detail
