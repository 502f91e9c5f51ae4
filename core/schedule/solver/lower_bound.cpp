#include "core/schedule/solver/lower_bound.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <limits>

namespace waveplan::solver::detail {

namespace {

using Day = std::int64_t;

/// One team's capacity as cumulative people-days: explicit waves, then its tail capacity.
class CapacityCurve {
public:
    CapacityCurve(const Resource &resource, const WaveGrid &waves)
        : m_waves(&waves)
        , m_tail(std::max(0, resource.capacity))
    {
        m_before.push_back(0);
        for (int people : resource.capacityByWave) {
            const int wave = static_cast<int>(m_perWave.size()) + 1;
            m_perWave.push_back(std::max(0, people));
            m_before.push_back(m_before.back() + static_cast<Day>(std::max(0, people)) * waves.lengthOf(wave));
        }
    }

    /// People-days available on days [0, t).
    [[nodiscard]] Day before(Day t) const
    {
        const Day explicitEnd = start(m_perWave.size());
        if (t >= explicitEnd)
            return m_before.back() + (t - explicitEnd) * m_tail;
        const auto w = index(t);
        return m_before[w] + (t - start(w)) * m_perWave[w];
    }

    /// The first t with before(t) >= target, or -1 when the capacity never gets there.
    [[nodiscard]] Day reaching(Day target) const
    {
        if (target <= 0)
            return 0;
        if (target > m_before.back()) {
            if (m_tail == 0)
                return -1;
            const Day explicitEnd = start(m_perWave.size());
            return explicitEnd + (target - m_before.back() + m_tail - 1) / m_tail;
        }
        // The wave in which the cumulative capacity reaches target.
        const auto upper = std::lower_bound(m_before.begin(), m_before.end(), target);
        const auto w = static_cast<std::size_t>(upper - m_before.begin()) - 1;
        const Day rest = target - m_before[w];
        return start(w) + (rest + m_perWave[w] - 1) / m_perWave[w];
    }

    /// The first start >= t at which `need` people are there on every day of [start, start +
    /// duration), or -1 when there is none.
    [[nodiscard]] Day fitFrom(Day t, int need, int duration) const
    {
        const Day explicitEnd = start(m_perWave.size());
        for (;;) {
            Day day = t;
            bool fits = true;
            while (day < t + duration) {
                if (day >= explicitEnd)
                    return m_tail >= need ? t : -1;
                const auto w = index(day);
                if (m_perWave[w] < need) {
                    t = start(w + 1);
                    fits = false;
                    break;
                }
                day = start(w + 1);
            }
            if (fits)
                return t;
        }
    }

private:
    /// First day of the 0-based wave `w`, and the 0-based wave holding `day`.
    [[nodiscard]] Day start(std::size_t w) const { return m_waves->firstDay(static_cast<int>(w) + 1); }
    [[nodiscard]] std::size_t index(Day day) const { return static_cast<std::size_t>(m_waves->waveOf(static_cast<int>(day)) - 1); }

    const WaveGrid *m_waves;
    Day m_tail;
    std::vector<Day> m_perWave;
    std::vector<Day> m_before; ///< [w] = people-days in waves before w (0-based)
};

/// Earliest start of each activity that no schedule without violations can beat.
std::vector<Day> heads(const Instance &instance, const std::vector<CapacityCurve> &curves,
                       const std::vector<int> &topological)
{
    const auto n = static_cast<std::size_t>(instance.count);
    const WaveGrid &waves = instance.waves;
    std::vector<Day> head(n, 0);
    for (int a : topological) {
        const auto u = static_cast<std::size_t>(a);
        Day t = std::max(0, instance.earliestStart[u]);
        for (int k = instance.predBegin[u]; k < instance.predBegin[u + 1]; ++k) {
            const auto p = static_cast<std::size_t>(instance.predNode[static_cast<std::size_t>(k)]);
            t = std::max(t, head[p] + instance.duration[p] + instance.predLag[static_cast<std::size_t>(k)]);
        }
        const int d = instance.duration[u];
        const bool spanRule = instance.noSpan && d > 0 && d <= waves.longest();
        // Each rule only moves t later, to a day it forces; capacity is constant past the
        // explicit waves, so this settles within a few rounds per wave.
        for (bool moved = true; moved;) {
            moved = false;
            if (spanRule && !waves.holds(static_cast<int>(t), d)) {
                t = waves.firstDay(waves.waveOf(static_cast<int>(t + d - 1)));
                moved = true;
            }
            for (int k = instance.usedBegin[u]; k < instance.usedBegin[u + 1] && d > 0; ++k) {
                const int r = instance.usedResource[static_cast<std::size_t>(k)];
                const Day fit = curves[static_cast<std::size_t>(r)].fitFrom(t, instance.demandOf(a, r), d);
                if (fit > t) { // -1: it never fits, a violation in every schedule
                    t = fit;
                    moved = true;
                }
            }
        }
        head[u] = t;
    }
    return head;
}

/// Longest chain of lags and durations that must follow each activity's finish.
std::vector<Day> tails(const Instance &instance, const std::vector<int> &topological)
{
    std::vector<Day> tail(static_cast<std::size_t>(instance.count), 0);
    for (auto it = topological.rbegin(); it != topological.rend(); ++it) {
        const auto u = static_cast<std::size_t>(*it);
        for (int k = instance.succBegin[u]; k < instance.succBegin[u + 1]; ++k) {
            const auto s = static_cast<std::size_t>(instance.succNode[static_cast<std::size_t>(k)]);
            tail[u] = std::max(tail[u], instance.succLag[static_cast<std::size_t>(k)] + instance.duration[s] + tail[s]);
        }
    }
    return tail;
}

struct Work {
    Day head = 0;
    Day tail = 0;
    Day peopleDays = 0;
};

/// Team work: the activities that cannot start before h need their people-days from h on; the
/// activities followed by a chain of at least q need theirs done q days before the end.
Day teamWorkBound(const CapacityCurve &curve, std::vector<Work> &work)
{
    Day bound = 0;
    std::sort(work.begin(), work.end(), [](const Work &x, const Work &y) { return x.head > y.head; });
    Day sum = 0;
    for (std::size_t i = 0; i < work.size(); ++i) {
        sum += work[i].peopleDays;
        if (i + 1 < work.size() && work[i + 1].head == work[i].head)
            continue;
        const Day end = curve.reaching(curve.before(work[i].head) + sum);
        if (end < 0)
            return 0; // never enough people: a violation in every schedule
        bound = std::max(bound, end);
    }
    std::sort(work.begin(), work.end(), [](const Work &x, const Work &y) { return x.tail > y.tail; });
    sum = 0;
    Day earliest = std::numeric_limits<Day>::max();
    for (std::size_t i = 0; i < work.size(); ++i) {
        sum += work[i].peopleDays;
        earliest = std::min(earliest, work[i].head);
        if (i + 1 < work.size() && work[i + 1].tail == work[i].tail)
            continue;
        const Day end = curve.reaching(curve.before(earliest) + sum);
        if (end < 0)
            return 0;
        bound = std::max(bound, end + work[i].tail);
    }
    return bound;
}

/// Go-live limit: `lastDays` holds the earliest last day of each activity using the team.
Day goLiveBound(std::vector<Day> &lastDays, int limit, const WaveGrid &grid)
{
    if (lastDays.empty() || limit <= 0)
        return 0; // a limit of 0 is a violation in every schedule
    std::vector<Day> waves(lastDays.size());
    std::transform(lastDays.begin(), lastDays.end(), waves.begin(),
                   [&](Day d) { return static_cast<Day>(grid.waveOf(static_cast<int>(d)) - 1); });
    std::sort(waves.begin(), waves.end());
    // Fill each wave with up to `limit` go-lives, earliest possible wave first: the last wave
    // filled is the earliest last wave any assignment can have.
    Day wave = -1;
    int inWave = 0;
    for (Day earliest : waves) {
        if (earliest > wave) {
            wave = earliest;
            inWave = 0;
        } else if (inWave == limit) {
            ++wave;
            inWave = 0;
        }
        ++inWave;
    }
    return grid.firstDay(static_cast<int>(wave) + 1) + 1; // its last day is at best that wave's first day
}

} // namespace

LowerBound makespanLowerBound(const Problem &problem, const Instance &instance, const std::vector<int> &topological)
{
    LowerBound bound;
    if (instance.count == 0)
        return bound;
    std::vector<CapacityCurve> curves;
    curves.reserve(problem.resources.size());
    for (const Resource &r : problem.resources)
        curves.emplace_back(r, instance.waves);

    const std::vector<Day> head = heads(instance, curves, topological);
    const std::vector<Day> tail = tails(instance, topological);
    Day best = 0;
    const auto raise = [&](Day days, LowerBound::Source source, int resource) {
        if (days > best) {
            best = days;
            bound.source = source;
            bound.resource = resource;
        }
    };
    for (std::size_t a = 0; a < head.size(); ++a)
        raise(head[a] + instance.span(a), LowerBound::Source::Dependencies, -1);

    std::vector<Work> work;
    std::vector<Day> lastDays;
    for (int r = 0; r < instance.resourceCount; ++r) {
        work.clear();
        lastDays.clear();
        for (int a = 0; a < instance.count; ++a) {
            const int need = instance.demandOf(a, r);
            if (need <= 0)
                continue;
            const auto u = static_cast<std::size_t>(a);
            work.push_back({head[u], tail[u], static_cast<Day>(need) * instance.duration[u]});
            lastDays.push_back(head[u] + instance.span(u) - 1);
        }
        raise(teamWorkBound(curves[static_cast<std::size_t>(r)], work), LowerBound::Source::TeamWork, r);
        const int limit = instance.finishLimit[static_cast<std::size_t>(r)];
        if (limit != kNoLimit)
            raise(goLiveBound(lastDays, limit, instance.waves), LowerBound::Source::GoLiveLimit, r);
    }
    bound.days = static_cast<int>(std::min<Day>(best, INT_MAX));
    return bound;
}

} // namespace waveplan::solver::detail
