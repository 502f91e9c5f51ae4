#pragma once
/// @file plan_index.h
/// Constant-time lookups into one Plan: capability index by key, both ends of every dependency
/// as capability indices, and the dependencies into and out of each capability. Plan itself
/// stays a plain value (cheap to copy and compare); code that looks things up in a loop builds
/// one of these first, so large plans stay linear. Flat arrays throughout (a key table and
/// compressed rows), no allocation per capability.
/// The index refers into the plan: the plan must outlive it and not change while it is used.

#include "core/model/key_index.h"
#include "core/model/plan.h"

#include <span>
#include <string_view>
#include <vector>

namespace waveplan {

class PlanIndex {
public:
    explicit PlanIndex(const Plan &plan);

    /// Index into plan.capabilities, or -1 when no capability has this key.
    [[nodiscard]] int indexOf(std::string_view key) const { return m_keys.indexOf(key); }
    /// Index of dependency `d`'s predecessor (successor) in plan.capabilities, or -1 when its key is unknown.
    [[nodiscard]] int predecessorOf(std::size_t d) const { return m_predecessor[d]; }
    [[nodiscard]] int successorOf(std::size_t d) const { return m_successor[d]; }
    /// Indices into plan.dependencies of the dependencies whose successor is capability `i`, in plan order.
    [[nodiscard]] std::span<const int> incoming(std::size_t i) const
    {
        return {m_incoming.data() + m_incomingStart[i], m_incoming.data() + m_incomingStart[i + 1]};
    }
    /// Indices into plan.dependencies of the dependencies whose predecessor is capability `i`, in plan order.
    [[nodiscard]] std::span<const int> outgoing(std::size_t i) const
    {
        return {m_outgoing.data() + m_outgoingStart[i], m_outgoing.data() + m_outgoingStart[i + 1]};
    }

private:
    KeyIndex m_keys;
    std::vector<int> m_predecessor; ///< per dependency
    std::vector<int> m_successor;   ///< per dependency
    std::vector<int> m_incoming;    ///< dependency indices grouped by successor...
    std::vector<int> m_incomingStart; ///< ...capability i's from m_incomingStart[i] to m_incomingStart[i + 1]
    std::vector<int> m_outgoing;
    std::vector<int> m_outgoingStart;
};

} // namespace waveplan
