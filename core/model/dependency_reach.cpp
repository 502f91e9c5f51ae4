#include "core/model/dependency_reach.h"

#include "core/model/plan_index.h"

#include <vector>

namespace waveplan {

namespace {

/// Capabilities reached from `start` (not counting it) following `next` dependencies.
template <typename Next>
std::set<std::string> walk(const Plan &plan, const PlanIndex &index, int start, Next next)
{
    std::set<std::string> reached;
    std::vector<bool> seen(plan.capabilities.size(), false);
    std::vector<int> todo{start};
    seen[static_cast<std::size_t>(start)] = true;
    while (!todo.empty()) {
        const int at = todo.back();
        todo.pop_back();
        for (const int d : next(static_cast<std::size_t>(at))) {
            const int other = index.indexOf(next.otherEnd(plan.dependencies[static_cast<std::size_t>(d)]));
            if (other < 0 || seen[static_cast<std::size_t>(other)])
                continue;
            seen[static_cast<std::size_t>(other)] = true;
            reached.insert(plan.capabilities[static_cast<std::size_t>(other)].key);
            todo.push_back(other);
        }
    }
    return reached;
}

struct Upstream {
    const PlanIndex &index;
    std::span<const int> operator()(std::size_t i) const { return index.incoming(i); }
    static const std::string &otherEnd(const Dependency &d) { return d.predecessor; }
};

struct Downstream {
    const PlanIndex &index;
    std::span<const int> operator()(std::size_t i) const { return index.outgoing(i); }
    static const std::string &otherEnd(const Dependency &d) { return d.successor; }
};

} // namespace

DependencyReach dependencyReach(const Plan &plan, std::string_view key)
{
    const PlanIndex index(plan);
    const int start = index.indexOf(key);
    if (start < 0)
        return {};
    return {walk(plan, index, start, Upstream{index}), walk(plan, index, start, Downstream{index})};
}

} // namespace waveplan
