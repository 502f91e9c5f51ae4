#include "core/model/wave_grid.h"

#include <algorithm>
#include <utility>

namespace waveplan {

WaveGrid::WaveGrid(int length)
    : m_length(std::max(1, length))
{
}

WaveGrid::WaveGrid(std::vector<int> starts)
    : m_starts(std::move(starts))
{
    if (m_starts.empty() || m_starts.front() != 0)
        m_starts.insert(m_starts.begin(), 0);
    m_length = 1;
    for (std::size_t k = 1; k < m_starts.size(); ++k)
        m_length = std::max(m_length, m_starts[k] - m_starts[k - 1]);
}

int WaveGrid::waveOf(int day) const
{
    if (day < 0)
        return 1;
    if (m_starts.empty())
        return day / m_length + 1;
    if (day >= m_starts.back())
        return static_cast<int>(m_starts.size()) + (day - m_starts.back()) / m_length;
    const auto after = std::upper_bound(m_starts.begin(), m_starts.end(), day);
    return static_cast<int>(after - m_starts.begin());
}

int WaveGrid::firstDay(int wave) const
{
    if (wave <= 1)
        return 0;
    if (m_starts.empty())
        return (wave - 1) * m_length;
    const auto index = static_cast<std::size_t>(wave - 1);
    if (index < m_starts.size())
        return m_starts[index];
    return m_starts.back() + static_cast<int>(index - (m_starts.size() - 1)) * m_length;
}

} // namespace waveplan
