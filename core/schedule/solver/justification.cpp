#include "core/schedule/solver/justification.h"

#include "core/schedule/solver/priority_rules.h"

#include <algorithm>
#include <numeric>

namespace waveplan::solver::detail {

Justifier::Justifier(const Problem &problem, const Instance &forward, ScheduleBuilder &forwardBuilder)
    : m_forward(forward), m_forwardBuilder(forwardBuilder), m_reverse(reversedForJustification(forward)),
      m_mirror{&problem, true, 0}, m_reverseBuilder(m_reverse, m_mirror)
{
}

void Justifier::justify(const Schedule &in, Schedule &out, std::vector<int> &order)
{
    const auto n = static_cast<std::size_t>(m_forward.count);
    const int horizon = in.score.makespan;
    const auto finishOf = [&](int a) {
        return in.start[static_cast<std::size_t>(a)] + m_forward.duration[static_cast<std::size_t>(a)];
    };

    // Backward pass: latest finish first (ties: later start first), as late as possible.
    m_index.resize(n);
    std::iota(m_index.begin(), m_index.end(), 0);
    std::sort(m_index.begin(), m_index.end(), [&](int x, int y) {
        if (finishOf(x) != finishOf(y))
            return finishOf(x) > finishOf(y);
        if (in.start[static_cast<std::size_t>(x)] != in.start[static_cast<std::size_t>(y)])
            return in.start[static_cast<std::size_t>(x)] > in.start[static_cast<std::size_t>(y)];
        return x > y;
    });
    m_key.resize(n);
    for (std::size_t pos = 0; pos < n; ++pos)
        m_key[static_cast<std::size_t>(m_index[pos])] = static_cast<double>(pos);
    m_mirror.horizon = horizon;
    m_reverseBuilder.serial(activityList(m_reverse, m_key), m_reversed, horizon);

    // Forward pass: in order of the right-justified starts.
    const auto rightStart = [&](int a) {
        const auto u = static_cast<std::size_t>(a);
        return horizon - m_reversed.start[u] - m_forward.duration[u];
    };
    std::sort(m_index.begin(), m_index.end(), [&](int x, int y) {
        if (rightStart(x) != rightStart(y))
            return rightStart(x) < rightStart(y);
        if (in.start[static_cast<std::size_t>(x)] != in.start[static_cast<std::size_t>(y)])
            return in.start[static_cast<std::size_t>(x)] < in.start[static_cast<std::size_t>(y)];
        return x < y;
    });
    for (std::size_t pos = 0; pos < n; ++pos)
        m_key[static_cast<std::size_t>(m_index[pos])] = static_cast<double>(pos);
    order = activityList(m_forward, m_key);
    m_forwardBuilder.serial(order, out, horizon);
}

} // namespace waveplan::solver::detail
