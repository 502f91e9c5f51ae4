#include "core/model/plan_index.h"

namespace waveplan {

PlanIndex::PlanIndex(const Plan &plan)
    : m_incoming(plan.capabilities.size())
    , m_outgoing(plan.capabilities.size())
{
    m_indexOfKey.reserve(plan.capabilities.size());
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
        m_indexOfKey.emplace(plan.capabilities[i].key, static_cast<int>(i)); // first wins on duplicates
    for (std::size_t d = 0; d < plan.dependencies.size(); ++d) {
        const int from = indexOf(plan.dependencies[d].predecessor);
        const int to = indexOf(plan.dependencies[d].successor);
        if (from >= 0)
            m_outgoing[static_cast<std::size_t>(from)].push_back(static_cast<int>(d));
        if (to >= 0)
            m_incoming[static_cast<std::size_t>(to)].push_back(static_cast<int>(d));
    }
}

int PlanIndex::indexOf(std::string_view key) const
{
    const auto it = m_indexOfKey.find(key);
    return it == m_indexOfKey.end() ? -1 : it->second;
}

} // namespace waveplan
