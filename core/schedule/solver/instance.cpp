#include "core/schedule/solver/instance.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace waveplan::solver::detail {

int Calendar::capacityAt(int resource, int day) const
{
    const Resource &r = problem->resources[static_cast<std::size_t>(resource)];
    if (!mirrored)
        return r.capacityInWave(problem->waves.waveOf(day));
    if (day >= horizon)
        return r.capacityInWave(1);
    return r.capacityInWave(problem->waves.waveOf(horizon - 1 - day));
}

int Calendar::tailCapacity(int resource) const
{
    const Resource &r = problem->resources[static_cast<std::size_t>(resource)];
    return mirrored ? r.capacityInWave(1) : r.capacity;
}

int Calendar::explicitEnd() const
{
    if (mirrored)
        return horizon;
    std::size_t waves = 0;
    for (const Resource &r : problem->resources)
        waves = std::max(waves, r.capacityByWave.size());
    return problem->waves.firstDay(static_cast<int>(waves) + 1);
}

bool Instance::hasEdge(int from, int to) const
{
    const auto first = succNode.begin() + succBegin[static_cast<std::size_t>(from)];
    const auto last = succNode.begin() + succBegin[static_cast<std::size_t>(from) + 1];
    return std::binary_search(first, last, to);
}

namespace {

/// Builds CSR lists from (node, other, lag) triples grouped by node; sorted by `other`.
void buildCsr(int count, std::vector<std::tuple<int, int, int>> edges, std::vector<int> &begin,
              std::vector<int> &node, std::vector<int> &lag)
{
    std::sort(edges.begin(), edges.end());
    begin.assign(static_cast<std::size_t>(count) + 1, 0);
    node.clear();
    lag.clear();
    node.reserve(edges.size());
    lag.reserve(edges.size());
    for (const auto &[at, other, l] : edges) {
        ++begin[static_cast<std::size_t>(at) + 1];
        node.push_back(other);
        lag.push_back(l);
    }
    std::partial_sum(begin.begin(), begin.end(), begin.begin());
}

} // namespace

Instance compile(const Problem &problem)
{
    Instance in;
    in.count = static_cast<int>(problem.activities.size());
    in.resourceCount = static_cast<int>(problem.resources.size());
    in.waves = problem.waves;
    in.noSpan = problem.noSpan;
    const auto n = static_cast<std::size_t>(in.count);
    const auto resources = static_cast<std::size_t>(in.resourceCount);

    in.duration.resize(n);
    in.earliestStart.resize(n);
    in.latestStart.resize(n);
    in.deadline.resize(n);
    in.foundational.resize(n);
    in.demand.assign(n * resources, 0);
    in.usedBegin.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Activity &a = problem.activities[i];
        in.duration[i] = std::max(0, a.duration); // 0: a milestone
        in.earliestStart[i] = std::max(0, a.earliestStart);
        in.latestStart[i] = a.latestStart ? *a.latestStart : kNoLimit;
        in.deadline[i] = a.deadline ? *a.deadline : kNoLimit;
        in.foundational[i] = a.foundational ? 1 : 0;
        for (std::size_t r = 0; r < resources && r < a.demand.size(); ++r) {
            const int d = std::max(0, a.demand[r]);
            in.demand[i * resources + r] = d;
            if (d > 0)
                in.usedResource.push_back(static_cast<int>(r));
        }
        in.usedBegin[i + 1] = static_cast<int>(in.usedResource.size());
    }
    in.finishLimit.resize(resources);
    for (std::size_t r = 0; r < resources; ++r) {
        const auto &limit = problem.resources[r].goLiveLimit;
        in.finishLimit[r] = limit ? std::max(0, *limit) : kNoLimit;
    }

    std::vector<std::tuple<int, int, int>> outgoing;
    std::vector<std::tuple<int, int, int>> incoming;
    for (const Precedence &p : problem.precedences) {
        if (p.from < 0 || p.to < 0 || p.from >= in.count || p.to >= in.count || p.from == p.to)
            continue;
        outgoing.emplace_back(p.from, p.to, p.lag);
        incoming.emplace_back(p.to, p.from, p.lag);
    }
    buildCsr(in.count, std::move(outgoing), in.succBegin, in.succNode, in.succLag);
    buildCsr(in.count, std::move(incoming), in.predBegin, in.predNode, in.predLag);
    return in;
}

Instance reversedForJustification(const Instance &forward)
{
    Instance in = forward;
    std::swap(in.predBegin, in.succBegin);
    std::swap(in.predNode, in.succNode);
    std::swap(in.predLag, in.succLag);
    std::fill(in.earliestStart.begin(), in.earliestStart.end(), 0);
    std::fill(in.latestStart.begin(), in.latestStart.end(), kNoLimit);
    std::fill(in.deadline.begin(), in.deadline.end(), kNoLimit);
    std::fill(in.finishLimit.begin(), in.finishLimit.end(), kNoLimit);
    in.noSpan = false;
    return in;
}

} // namespace waveplan::solver::detail
