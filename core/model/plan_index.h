#pragma once
/// @file plan_index.h
/// Constant-time lookups into one Plan: capability index by key, and the dependencies into and
/// out of each capability. Plan itself stays a plain value (cheap to copy and compare); code
/// that looks things up in a loop builds one of these first, so large plans stay linear.
/// The index refers into the plan: the plan must outlive it and not change while it is used.

#include "core/model/plan.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace waveplan {

class PlanIndex {
public:
    explicit PlanIndex(const Plan &plan);

    /// Index into plan.capabilities, or -1 when no capability has this key.
    [[nodiscard]] int indexOf(std::string_view key) const;
    /// Indices into plan.dependencies of the dependencies whose successor is capability `i`, in plan order.
    [[nodiscard]] const std::vector<int> &incoming(std::size_t i) const { return m_incoming[i]; }
    /// Indices into plan.dependencies of the dependencies whose predecessor is capability `i`, in plan order.
    [[nodiscard]] const std::vector<int> &outgoing(std::size_t i) const { return m_outgoing[i]; }

private:
    std::unordered_map<std::string_view, int> m_indexOfKey;
    std::vector<std::vector<int>> m_incoming;
    std::vector<std::vector<int>> m_outgoing;
};

} // namespace waveplan
