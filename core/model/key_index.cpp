#include "core/model/key_index.h"

namespace waveplan {

KeyIndex::KeyIndex(const Plan &plan)
{
    const std::size_t n = plan.capabilities.size();
    std::size_t capacity = 16;
    while (capacity < 2 * n)
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_keyStart.reserve(n + 1);
    m_keyStart.push_back(0);
    for (const Capability &c : plan.capabilities) {
        m_packedKeys += c.key;
        m_keyStart.push_back(static_cast<std::uint32_t>(m_packedKeys.size()));
    }
    const std::size_t mask = capacity - 1;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view key = keyAt(static_cast<int>(i));
        const std::uint64_t h = hashOf(key);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        std::size_t s = h & mask;
        bool duplicate = false;
        while (m_slots[s].index >= 0 && !duplicate) {
            duplicate = m_slots[s].hash == tag && keyAt(m_slots[s].index) == key;
            s = (s + 1) & mask;
        }
        if (!duplicate)
            m_slots[s] = Slot{tag, static_cast<int>(i)};
    }
}

} // namespace waveplan
