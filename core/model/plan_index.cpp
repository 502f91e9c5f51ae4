#include "core/model/plan_index.h"

namespace waveplan {

namespace {

/// Groups dependency indices by capability (counting sort, so each group keeps plan order).
void groupBy(const std::vector<int> &endOf, std::size_t capabilities, std::vector<int> &grouped,
             std::vector<int> &start)
{
    start.assign(capabilities + 1, 0);
    for (const int c : endOf)
        if (c >= 0)
            ++start[static_cast<std::size_t>(c) + 1];
    for (std::size_t i = 0; i < capabilities; ++i)
        start[i + 1] += start[i];
    grouped.resize(static_cast<std::size_t>(start[capabilities]));
    std::vector<int> next(start.begin(), start.end() - 1);
    for (std::size_t d = 0; d < endOf.size(); ++d)
        if (endOf[d] >= 0)
            grouped[static_cast<std::size_t>(next[static_cast<std::size_t>(endOf[d])]++)] = static_cast<int>(d);
}

} // namespace

PlanIndex::PlanIndex(const Plan &plan)
    : m_keys(plan)
{
    const std::size_t dependencies = plan.dependencies.size();
    m_predecessor.resize(dependencies);
    m_successor.resize(dependencies);
    for (std::size_t d = 0; d < dependencies; ++d) {
        m_predecessor[d] = m_keys.indexOf(plan.dependencies[d].predecessor);
        m_successor[d] = m_keys.indexOf(plan.dependencies[d].successor);
    }
    groupBy(m_successor, plan.capabilities.size(), m_incoming, m_incomingStart);
    groupBy(m_predecessor, plan.capabilities.size(), m_outgoing, m_outgoingStart);
}

} // namespace waveplan
