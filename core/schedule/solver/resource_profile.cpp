#include "core/schedule/solver/resource_profile.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace waveplan::solver::detail {

void ResourceProfile::reset(const Calendar &calendar, int resource, int sizeHint)
{
    m_calendar = &calendar;
    m_resource = resource;
    m_tail = calendar.tailCapacity(resource);
    const int size = std::max({sizeHint, calendar.explicitEnd(), 16});
    if (size > m_treeLimit) {
        m_mode = Mode::Stretches;
        m_free.clear();
        m_min.clear();
        m_max.clear();
        m_add.clear();
        buildStretches();
        return;
    }
    m_mode = size <= kFlatLimit ? Mode::Flat : Mode::Tree;
    // A decoding resets every profile: the empty one of the same calendar and size is copied
    // rather than worked out day by day again.
    const EmptyOf emptyOf{calendar.problem, calendar.mirrored, calendar.horizon, resource, size};
    if (m_mode == Mode::Flat && emptyOf == m_emptyOf) {
        m_size = size;
        m_free = m_empty;
        return;
    }
    rebuild(size, {});
    if (m_mode == Mode::Flat) {
        m_empty = m_free;
        m_emptyOf = emptyOf;
    }
}

void ResourceProfile::restoreFlat(const Calendar &calendar, int resource, const std::vector<int> &free)
{
    m_calendar = &calendar;
    m_resource = resource;
    m_tail = calendar.tailCapacity(resource);
    m_mode = Mode::Flat;
    m_size = static_cast<int>(free.size());
    m_free = free;
}

void ResourceProfile::buildStretches()
{
    // Capacity changes only at wave boundaries within the waves that have their own capacity:
    // the first ones (forward), or the last ones before the horizon (mirrored).
    m_stretches.clear();
    m_size = std::numeric_limits<int>::max();
    const WaveGrid &grid = m_calendar->problem->waves;
    const int explicitEnd = m_calendar->explicitEnd();
    std::vector<int> starts{0};
    if (m_calendar->mirrored) {
        std::size_t waves = 0;
        for (const Resource &r : m_calendar->problem->resources)
            waves = std::max(waves, r.capacityByWave.size());
        for (std::size_t k = 0; k <= waves; ++k) {
            const long long day = static_cast<long long>(m_calendar->horizon) - grid.firstDay(static_cast<int>(k) + 1);
            if (day > 0)
                starts.push_back(static_cast<int>(day));
        }
    } else {
        for (int wave = 2; grid.firstDay(wave) < explicitEnd; ++wave)
            starts.push_back(grid.firstDay(wave));
        starts.push_back(explicitEnd);
    }
    std::sort(starts.begin(), starts.end());
    for (const int day : starts) {
        const int free = m_calendar->capacityAt(m_resource, day);
        if (m_stretches.empty() || std::prev(m_stretches.end())->second != free)
            m_stretches[day] = free;
    }
}

std::map<int, int>::const_iterator ResourceProfile::stretchAt(int day) const
{
    return std::prev(m_stretches.upper_bound(std::max(0, day)));
}

std::map<int, int>::iterator ResourceProfile::splitAt(int day)
{
    const auto holding = std::prev(m_stretches.upper_bound(day));
    if (holding->first == day)
        return holding;
    return m_stretches.emplace_hint(std::next(holding), day, holding->second);
}

void ResourceProfile::rebuild(int size, const std::vector<int> &known)
{
    const auto valueAt = [&](int day) {
        return static_cast<std::size_t>(day) < known.size() ? known[static_cast<std::size_t>(day)]
                                                            : m_calendar->capacityAt(m_resource, day);
    };
    if (m_mode == Mode::Flat && size > kFlatLimit)
        m_mode = Mode::Tree;
    if (m_mode == Mode::Flat) {
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
    if (m_mode == Mode::Stretches)
        return stretchAt(day)->second;
    if (day >= m_size)
        return m_calendar->capacityAt(m_resource, day);
    if (m_mode == Mode::Flat)
        return m_free[static_cast<std::size_t>(day)];
    int node = m_size + day;
    int value = m_min[static_cast<std::size_t>(node)];
    for (node /= 2; node >= 1; node /= 2)
        value += m_add[static_cast<std::size_t>(node)];
    return value;
}

int ResourceProfile::firstShort(int from, int to, int need) const
{
    if (m_mode == Mode::Stretches) {
        for (auto it = stretchAt(from); it != m_stretches.end() && it->first < to; ++it)
            if (it->second < need)
                return std::max(it->first, from);
        return -1;
    }
    const int end = std::min(to, m_size);
    if (from < end) {
        if (m_mode == Mode::Flat) {
            const int *free = m_free.data();
            int d = from;
            // Eight days at a time: a block with no short day is passed with one test (the
            // compiler tests the eight at once), the block with one is looked through.
            for (; d + 8 <= end; d += 8) {
                int shortDays = 0;
                for (int k = 0; k < 8; ++k)
                    shortDays |= free[d + k] < need ? 1 : 0;
                if (shortDays != 0)
                    break;
            }
            for (; d < end; ++d)
                if (free[d] < need)
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
    if (m_mode == Mode::Stretches) {
        for (auto it = stretchAt(from); it != m_stretches.end(); ++it)
            if (it->second >= need)
                return std::max(it->first, from);
        return -1;
    }
    if (from < m_size) {
        if (m_mode == Mode::Flat) {
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
    if (m_mode == Mode::Stretches) {
        const auto last = splitAt(to);
        for (auto it = splitAt(from); it != last; ++it)
            it->second -= amount;
        return;
    }
    if (to > m_size && to > m_treeLimit) {
        // Too long for the tree: the same capacities as stretches. Days before m_size as they
        // are now, the calendar's from there on.
        std::map<int, int> known;
        for (int d = 0; d < m_size; ++d)
            if (const int free = freeOn(d); known.empty() || std::prev(known.end())->second != free)
                known[d] = free;
        const int coveredEnd = m_size;
        m_mode = Mode::Stretches;
        buildStretches();
        const int atEnd = m_calendar->capacityAt(m_resource, coveredEnd);
        m_stretches.erase(m_stretches.begin(), m_stretches.lower_bound(coveredEnd));
        m_stretches.emplace(coveredEnd, atEnd); // kept if a stretch starts there already
        m_stretches.merge(known);
        m_min.clear();
        m_max.clear();
        m_add.clear();
        m_free.clear();
        reserve(from, to, amount);
        return;
    }
    if (to > m_size) {
        std::vector<int> known(static_cast<std::size_t>(m_size));
        for (int d = 0; d < m_size; ++d)
            known[static_cast<std::size_t>(d)] = freeOn(d);
        int size = m_size;
        while (size < to)
            size *= 2;
        rebuild(size, known);
    }
    if (m_mode == Mode::Flat) {
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
