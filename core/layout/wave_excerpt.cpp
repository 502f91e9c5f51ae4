#include "core/layout/wave_excerpt.h"

#include "core/model/plan_index.h"

#include <map>
#include <set>
#include <utility>

namespace waveplan {

int WaveExcerpt::cardCount() const
{
    int n = 0;
    for (const ExcerptItem &i : items)
        n += i.role == ExcerptRole::Card ? 1 : 0;
    return n;
}

const ExcerptItem *WaveExcerpt::item(const std::string &layoutKey) const
{
    for (const ExcerptItem &i : items)
        if (i.layoutKey == layoutKey)
            return &i;
    return nullptr;
}

WaveExcerpt waveExcerpt(const Plan &plan, const Schedule &schedule, int wave, const ExcerptSizes &sizes)
{
    return waveExcerpt(plan, PlanIndex(plan), schedule, wave, sizes);
}

WaveExcerpt waveExcerpt(const Plan &plan, const PlanIndex &index, const Schedule &schedule, int wave,
                        const ExcerptSizes &sizes)
{
    WaveExcerpt excerpt;
    excerpt.wave = wave;
    if (schedule.capabilities.size() != plan.capabilities.size())
        return excerpt;
    const auto waveOf = [&](int i) { return schedule.capabilities[static_cast<std::size_t>(i)].wave; };

    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        if (schedule.capabilities[i].wave == wave)
            excerpt.items.push_back({plan.capabilities[i].key, static_cast<int>(i), ExcerptRole::Card, wave, {}});
    if (excerpt.items.empty())
        return excerpt;

    // Stubs: the other end of each dependency that touches a card, once per capability (or
    // wave, grouped) and side.
    const bool grouped = static_cast<bool>(sizes.groupHeight);
    std::vector<int> before(plan.capabilities.size(), 0);
    std::vector<int> after(plan.capabilities.size(), 0);
    struct Link {
        int dependency;
        std::string from;
        std::string to;
    };
    std::vector<Link> links;
    std::set<std::pair<std::string, std::string>> joined; // grouped: one edge per card and stub
    for (std::size_t d = 0; d < plan.dependencies.size(); ++d) {
        const Dependency &dep = plan.dependencies[d];
        const int p = index.predecessorOf(d);
        const int s = index.successorOf(d);
        if (p < 0 || s < 0 || p == s)
            continue;
        const bool predIn = waveOf(p) == wave;
        const bool succIn = waveOf(s) == wave;
        if (!predIn && !succIn)
            continue;
        // The other end's stub sits on the side of its wave, whichever way the arrow points.
        auto stubKey = [&](int other) {
            const bool earlier = waveOf(other) < wave;
            (earlier ? before : after)[static_cast<std::size_t>(other)] = 1;
            const std::string side = earlier ? "<" : ">";
            return side + (grouped ? std::to_string(waveOf(other)) : plan.capabilities[static_cast<std::size_t>(other)].key);
        };
        const std::string from = predIn ? dep.predecessor : stubKey(p);
        const std::string to = succIn ? dep.successor : stubKey(s);
        if (grouped && !joined.insert({from, to}).second)
            continue;
        links.push_back({static_cast<int>(d), from, to});
    }
    const auto addStubs = [&](const std::vector<int> &marked, ExcerptRole role) {
        const char side = role == ExcerptRole::Before ? '<' : '>';
        if (!grouped) {
            for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
                if (marked[i])
                    excerpt.items.push_back({side + plan.capabilities[i].key, static_cast<int>(i), role,
                                             schedule.capabilities[i].wave, {}});
            return;
        }
        std::map<int, std::vector<int>> byWave;
        for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
            if (marked[i])
                byWave[schedule.capabilities[i].wave].push_back(static_cast<int>(i));
        for (auto &[w, members] : byWave)
            excerpt.items.push_back({side + std::to_string(w), -1, role, w, std::move(members)});
    };
    addStubs(before, ExcerptRole::Before);
    addStubs(after, ExcerptRole::After);

    for (const ExcerptItem &i : excerpt.items) {
        const int column = i.role == ExcerptRole::Before ? 0 : i.role == ExcerptRole::Card ? 1 : 2;
        const double height = i.role == ExcerptRole::Card ? sizes.cardHeight
                              : grouped                   ? sizes.groupHeight(i)
                                                          : sizes.stubHeight;
        excerpt.input.nodes.push_back({i.layoutKey, column, height});
    }
    for (const Link &l : links) {
        excerpt.input.edges.push_back({l.from, l.to});
        excerpt.dependencyOf.push_back(l.dependency);
    }
    excerpt.layout = layout::layoutMap(excerpt.input, sizes.layout);
    return excerpt;
}

} // namespace waveplan
