#include "core/schedule/solver/resource_profile.h"

#include <algorithm>

namespace waveplan::solver::detail {

void ResourceProfile::reset(const Calendar &calendar, int resource, int sizeHint)
{
    m_calendar = &calendar;
    m_resource = resource;
    m_tail = calendar.tailCapacity(resource);
    const int size = std::max({sizeHint, calendar.explicitEnd(), 16});
    m_flat = size <= kFlatLimit;
    rebuild(size, {});
}

void ResourceProfile::rebuild(int size, const std::vector<int> &known)
{
    const auto valueAt = [&](int day) {
        return static_cast<std::size_t>(day) < known.size() ? known[static_cast<std::size_t>(day)]
                                                            : m_calendar->capacityAt(m_resource, day);
    };
    if (m_flat && size > kFlatLimit)
        m_flat = false;
    if (m_flat) {
        m_size = size;
        m_free.resize(static_cast<std::size_t>(size));
        for (int d = 0; d < size; ++d)
            m_free[static_cast<std::size_t>(d)] = valueAt(d);
        return;
    }
    int leaves = 1;
    while (leaves < size)
        leaves *= 2;
    m_size = leaves;
    const auto nodes = static_cast<std::size_t>(2 * leaves);
    m_min.assign(nodes, 0);
    m_max.assign(nodes, 0);
    m_add.assign(nodes, 0);
    for (int d = 0; d < leaves; ++d) {
        const int v = valueAt(d);
        m_min[static_cast<std::size_t>(leaves + d)] = v;
        m_max[static_cast<std::size_t>(leaves + d)] = v;
    }
    for (int node = leaves - 1; node >= 1; --node) {
        const auto u = static_cast<std::size_t>(node);
        m_min[u] = std::min(m_min[2 * u], m_min[2 * u + 1]);
        m_max[u] = std::max(m_max[2 * u], m_max[2 * u + 1]);
    }
}

int ResourceProfile::freeOn(int day) const
{
    if (day >= m_size)
        return m_calendar->capacityAt(m_resource, day);
    if (m_flat)
        return m_free[static_cast<std::size_t>(day)];
    int node = m_size + day;
    int value = m_min[static_cast<std::size_t>(node)];
    for (node /= 2; node >= 1; node /= 2)
        value += m_add[static_cast<std::size_t>(node)];
    return value;
}

int ResourceProfile::firstShort(int from, int to, int need) const
{
    const int end = std::min(to, m_size);
    if (from < end) {
        if (m_flat) {
            for (int d = from; d < end; ++d)
                if (m_free[static_cast<std::size_t>(d)] < need)
                    return d;
        } else {
            const int d = treeShort(1, 0, m_size, from, end, need, 0);
            if (d >= 0)
                return d;
        }
    }
    if (to > m_size && m_tail < need)
        return std::max(from, m_size);
    return -1;
}

int ResourceProfile::firstFit(int from, int need) const
{
    if (from < m_size) {
        if (m_flat) {
            for (int d = from; d < m_size; ++d)
                if (m_free[static_cast<std::size_t>(d)] >= need)
                    return d;
        } else {
            const int d = treeFit(1, 0, m_size, from, need, 0);
            if (d >= 0)
                return d;
        }
    }
    return m_tail >= need ? std::max(from, m_size) : -1;
}

void ResourceProfile::reserve(int from, int to, int amount)
{
    if (from >= to)
        return;
    if (to > m_size) {
        std::vector<int> known(static_cast<std::size_t>(m_size));
        for (int d = 0; d < m_size; ++d)
            known[static_cast<std::size_t>(d)] = freeOn(d);
        int size = m_size;
        while (size < to)
            size *= 2;
        rebuild(size, known);
    }
    if (m_flat) {
        for (int d = from; d < to; ++d)
            m_free[static_cast<std::size_t>(d)] -= amount;
        return;
    }
    treeAdd(1, 0, m_size, from, to, -amount);
}

int ResourceProfile::treeShort(int node, int lo, int hi, int from, int to, int need, int acc) const
{
    const auto u = static_cast<std::size_t>(node);
    if (hi <= from || to <= lo || m_min[u] + acc >= need)
        return -1;
    if (hi - lo == 1)
        return lo;
    acc += m_add[u];
    const int mid = (lo + hi) / 2;
    const int left = treeShort(2 * node, lo, mid, from, to, need, acc);
    return left >= 0 ? left : treeShort(2 * node + 1, mid, hi, from, to, need, acc);
}

int ResourceProfile::treeFit(int node, int lo, int hi, int from, int need, int acc) const
{
    const auto u = static_cast<std::size_t>(node);
    if (hi <= from || m_max[u] + acc < need)
        return -1;
    if (hi - lo == 1)
        return lo;
    acc += m_add[u];
    const int mid = (lo + hi) / 2;
    const int left = treeFit(2 * node, lo, mid, from, need, acc);
    return left >= 0 ? left : treeFit(2 * node + 1, mid, hi, from, need, acc);
}

void ResourceProfile::treeAdd(int node, int lo, int hi, int from, int to, int amount)
{
    const auto u = static_cast<std::size_t>(node);
    if (hi <= from || to <= lo)
        return;
    if (from <= lo && hi <= to) {
        m_min[u] += amount;
        m_max[u] += amount;
        m_add[u] += amount;
        return;
    }
    const int mid = (lo + hi) / 2;
    treeAdd(2 * node, lo, mid, from, to, amount);
    treeAdd(2 * node + 1, mid, hi, from, to, amount);
    m_min[u] = std::min(m_min[2 * u], m_min[2 * u + 1]) + m_add[u];
    m_max[u] = std::max(m_max[2 * u], m_max[2 * u + 1]) + m_add[u];
}

} // namespace waveplan::solver::detail
