#pragma once
/// @file key_index.h
/// Capability key -> index into plan.capabilities, as one flat open-addressing table: one array
/// of slots and one packed copy of the keys, no node per key. Built once per computation on a
/// large plan: 300,000 dependency look-ups on a 100,000-capability plan take a few
/// milliseconds, a fraction of what std::unordered_map<std::string, ...> costs there. The keys
/// are copied into one buffer because comparing against each capability's own key would touch a
/// different cache line of the (large) capability array on every look-up.

#include "core/model/plan.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

class KeyIndex {
public:
    KeyIndex() = default;
    /// Indexes every capability of `plan`; on duplicate keys the first capability wins.
    explicit KeyIndex(const Plan &plan);

    /// Index into plan.capabilities, or -1 when no capability has this key.
    [[nodiscard]] int indexOf(std::string_view key) const;
    /// How many capabilities the plan had when the index was built.
    [[nodiscard]] std::size_t size() const { return m_keyStart.empty() ? 0 : m_keyStart.size() - 1; }

private:
    struct Slot {
        std::uint32_t hash = 0; ///< high half of the key's hash, to skip most key comparisons
        int index = -1;         ///< -1: empty
    };
    [[nodiscard]] static std::uint64_t hashOf(std::string_view key);

    [[nodiscard]] std::string_view keyAt(int index) const
    {
        const auto i = static_cast<std::size_t>(index);
        return std::string_view(m_packedKeys).substr(m_keyStart[i], m_keyStart[i + 1] - m_keyStart[i]);
    }

    std::vector<Slot> m_slots; ///< power-of-two size, at most half full
    std::string m_packedKeys;  ///< every key, one after the other
    std::vector<std::uint32_t> m_keyStart; ///< key i is m_packedKeys[m_keyStart[i], m_keyStart[i + 1])
};

inline std::uint64_t KeyIndex::hashOf(std::string_view key)
{
    // FNV-1a with a final fold of the high bits into the low ones the table uses: keys are short
    // (at most 40 characters), so a byte loop is fast.
    std::uint64_t h = 14695981039346656037ULL;
    for (const unsigned char c : key) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

inline int KeyIndex::indexOf(std::string_view key) const
{
    if (m_slots.empty())
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    const std::uint64_t h = hashOf(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t s = h & mask; m_slots[s].index >= 0; s = (s + 1) & mask)
        if (m_slots[s].hash == tag && keyAt(m_slots[s].index) == key)
            return m_slots[s].index;
    return -1;
}

} // namespace waveplan
