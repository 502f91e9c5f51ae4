#include "core/schedule/solver/schedule_builder.h"

#include <algorithm>

namespace waveplan::solver::detail {

namespace {

bool contains(const std::vector<int> &v, int x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

ScheduleBuilder::ScheduleBuilder(const Instance &instance, const Calendar &calendar)
    : m_instance(instance), m_calendar(calendar),
      m_profiles(static_cast<std::size_t>(instance.resourceCount)),
      m_finishes(static_cast<std::size_t>(instance.resourceCount))
{
}

void ScheduleBuilder::begin(Schedule &out, int sizeHint)
{
    const auto n = static_cast<std::size_t>(m_instance.count);
    out.start.assign(n, -1);
    out.violation.assign(n, Violation::None);
    out.ignored.clear();
    out.score = {};
    for (int r = 0; r < m_instance.resourceCount; ++r) {
        m_profiles[static_cast<std::size_t>(r)].reset(m_calendar, r, sizeHint);
        auto &f = m_finishes[static_cast<std::size_t>(r)];
        std::fill(f.begin(), f.end(), 0);
    }
}

int ScheduleBuilder::precedenceStart(int activity, const Schedule &out) const
{
    const auto a = static_cast<std::size_t>(activity);
    int est = m_instance.earliestStart[a];
    for (int k = m_instance.predBegin[a]; k < m_instance.predBegin[a + 1]; ++k) {
        const auto p = static_cast<std::size_t>(m_instance.predNode[static_cast<std::size_t>(k)]);
        if (out.start[p] < 0)
            continue;
        est = std::max(est, out.start[p] + m_instance.duration[p]
                                + m_instance.predLag[static_cast<std::size_t>(k)]);
    }
    return std::max(0, est);
}

int ScheduleBuilder::finishesIn(int resource, int wave) const
{
    const auto &f = m_finishes[static_cast<std::size_t>(resource)];
    return static_cast<std::size_t>(wave) < f.size() ? f[static_cast<std::size_t>(wave)] : 0;
}

int ScheduleBuilder::search(int activity, int from, const std::vector<int> &ignored, bool spanRule,
                            int &blocked) const
{
    const auto a = static_cast<std::size_t>(activity);
    const int d = m_instance.duration[a];
    const int span = m_instance.span(a);
    const WaveGrid &waves = m_instance.waves;
    const int usedFirst = m_instance.usedBegin[a];
    const int usedLast = m_instance.usedBegin[a + 1];
    int t = from;
    for (;;) {
        if (spanRule && !waves.holds(t, span)) {
            t = waves.firstDay(waves.waveOf(t + span - 1));
            continue;
        }
        bool moved = false;
        for (int k = usedFirst; k < usedLast && !moved && d > 0; ++k) { // a milestone takes no capacity
            const int r = m_instance.usedResource[static_cast<std::size_t>(k)];
            if (!ignored.empty() && contains(ignored, r))
                continue;
            const int need = m_instance.demandOf(activity, r);
            const auto &profile = m_profiles[static_cast<std::size_t>(r)];
            const int shortDay = profile.firstShort(t, t + d, need);
            if (shortDay < 0)
                continue;
            const int next = profile.firstFit(shortDay + 1, need);
            if (next < 0) {
                blocked = r;
                return -1;
            }
            t = next;
            moved = true;
        }
        for (int k = usedFirst; k < usedLast && !moved; ++k) {
            const int r = m_instance.usedResource[static_cast<std::size_t>(k)];
            const int limit = m_instance.finishLimit[static_cast<std::size_t>(r)];
            if (limit == kNoLimit || (!ignored.empty() && contains(ignored, r)))
                continue;
            const int wave = waves.waveOf(t + span - 1) - 1; // 0-based wave of the last day
            if (finishesIn(r, wave) >= limit) {
                // The last day moves into the next wave (64-bit: waves may be huge).
                const long long next = static_cast<long long>(waves.firstDay(wave + 2)) - span + 1;
                t = static_cast<int>(std::min<long long>(next, kNoLimit / 2));
                moved = true;
            }
        }
        if (!moved)
            return t;
    }
}

int ScheduleBuilder::locate(int activity, int from, std::vector<int> &ignored) const
{
    const auto a = static_cast<std::size_t>(activity);
    ignored.clear();
    for (int k = m_instance.usedBegin[a]; k < m_instance.usedBegin[a + 1]; ++k) {
        const int r = m_instance.usedResource[static_cast<std::size_t>(k)];
        if (m_instance.finishLimit[static_cast<std::size_t>(r)] == 0)
            ignored.push_back(r); // a go-live limit of 0 can never be met
    }
    const bool spanRule = m_instance.noSpan && m_instance.duration[a] <= m_instance.waves.longest();
    for (;;) {
        int blocked = -1;
        const int t = search(activity, from, ignored, spanRule, blocked);
        if (t >= 0)
            return t;
        ignored.push_back(blocked);
    }
}

void ScheduleBuilder::commit(int activity, int start, const std::vector<int> &ignored, Schedule &out)
{
    const auto a = static_cast<std::size_t>(activity);
    const int d = m_instance.duration[a];
    for (int k = m_instance.usedBegin[a]; k < m_instance.usedBegin[a + 1]; ++k) {
        const int r = m_instance.usedResource[static_cast<std::size_t>(k)];
        if (!ignored.empty() && contains(ignored, r))
            continue;
        if (d > 0)
            m_profiles[static_cast<std::size_t>(r)].reserve(start, start + d, m_instance.demandOf(activity, r));
        if (m_instance.finishLimit[static_cast<std::size_t>(r)] != kNoLimit) {
            auto &f = m_finishes[static_cast<std::size_t>(r)];
            const auto wave = static_cast<std::size_t>(m_instance.waves.waveOf(start + m_instance.span(a) - 1) - 1);
            if (wave >= f.size())
                f.resize(wave + 1, 0);
            ++f[wave];
        }
    }
    out.start[a] = start;
    for (int r : ignored)
        out.ignored.emplace_back(activity, r);
    Violation v = Violation::None;
    if (!ignored.empty())
        v = Violation::Capacity;
    else if (m_instance.noSpan && d > m_instance.waves.longest())
        v = Violation::NoSpan;
    else if (start > m_instance.latestStart[a])
        v = Violation::Window;
    else if (m_instance.deadline[a] != kNoLimit && start + m_instance.span(a) > m_instance.deadline[a])
        v = Violation::Deadline;
    out.violation[a] = v;
}

void ScheduleBuilder::finish(Schedule &out) const
{
    Score s;
    for (std::size_t a = 0; a < out.start.size(); ++a) {
        const int end = out.start[a] + m_instance.span(a);
        s.makespan = std::max(s.makespan, end);
        if (out.violation[a] != Violation::None)
            ++s.violations;
        if (m_instance.latestStart[a] != kNoLimit && out.start[a] > m_instance.latestStart[a])
            s.lateness += out.start[a] - m_instance.latestStart[a];
        if (m_instance.deadline[a] != kNoLimit && end > m_instance.deadline[a])
            s.lateness += end - m_instance.deadline[a];
    }
    out.score = s;
}

void ScheduleBuilder::serial(const std::vector<int> &order, Schedule &out, int sizeHint, SerialSnapshots *record)
{
    begin(out, sizeHint);
    if (record != nullptr)
        record->clear();
    serialRest(order, 0, out, record);
}

void ScheduleBuilder::serialFrom(const std::vector<int> &order, Schedule &out, int sizeHint, const Schedule &base,
                                 const SerialSnapshots &snapshots, std::size_t kept, SerialSnapshots *record)
{
    const SerialSnapshot *from = nullptr; // the last one at or before `kept`
    std::size_t shared = 0;
    for (; shared < snapshots.size() && snapshots[shared]->placed <= kept; ++shared)
        from = snapshots[shared].get();
    if (from == nullptr) {
        serial(order, out, sizeHint, record);
        return;
    }
    const auto n = static_cast<std::size_t>(m_instance.count);
    out.start.assign(n, -1);
    out.violation.assign(n, Violation::None);
    out.ignored.assign(base.ignored.begin(), base.ignored.begin() + static_cast<std::ptrdiff_t>(from->ignored));
    out.score = {};
    for (std::size_t i = 0; i < from->placed; ++i) {
        const auto a = static_cast<std::size_t>(order[i]);
        out.start[a] = base.start[a];
        out.violation[a] = base.violation[a];
    }
    for (int r = 0; r < m_instance.resourceCount; ++r) {
        const auto u = static_cast<std::size_t>(r);
        m_profiles[u].restoreFlat(m_calendar, r, from->free[u]);
        m_finishes[u] = from->finishes[u];
    }
    if (record != nullptr) // the snapshots up to the one it starts from hold for this decoding too
        record->assign(snapshots.begin(), snapshots.begin() + static_cast<std::ptrdiff_t>(shared));
    serialRest(order, from->placed, out, record);
}

void ScheduleBuilder::serialRest(const std::vector<int> &order, std::size_t from, Schedule &out, SerialSnapshots *record)
{
    const std::size_t every = std::max<std::size_t>(32, order.size() / 16);
    for (std::size_t i = from; i < order.size(); ++i) {
        if (record != nullptr && i > from && i % every == 0) {
            const bool flat = std::all_of(m_profiles.begin(), m_profiles.end(), [](const ResourceProfile &p) { return p.isFlat(); });
            if (flat) {
                auto snapshot = std::make_shared<SerialSnapshot>();
                snapshot->placed = i;
                snapshot->free.reserve(m_profiles.size());
                for (const ResourceProfile &profile : m_profiles)
                    snapshot->free.push_back(profile.flatFree());
                snapshot->finishes = m_finishes;
                snapshot->ignored = out.ignored.size();
                record->push_back(std::move(snapshot));
            }
        }
        const int activity = order[i];
        if (out.start[static_cast<std::size_t>(activity)] >= 0)
            continue;
        const int t = locate(activity, precedenceStart(activity, out), m_ignored);
        commit(activity, t, m_ignored, out);
    }
    // Robustness: anything the order left out is placed last, in index order.
    for (int activity = 0; activity < m_instance.count; ++activity) {
        if (out.start[static_cast<std::size_t>(activity)] >= 0)
            continue;
        const int t = locate(activity, precedenceStart(activity, out), m_ignored);
        commit(activity, t, m_ignored, out);
    }
    finish(out);
}

void ScheduleBuilder::parallel(const std::vector<int> &rank, Schedule &out, int sizeHint)
{
    begin(out, sizeHint);
    const auto n = static_cast<std::size_t>(m_instance.count);
    m_waiting.assign(n, 0);
    m_candidate.assign(n, 0);
    for (std::size_t a = 0; a < n; ++a)
        m_waiting[a] = m_instance.predBegin[a + 1] - m_instance.predBegin[a];
    const auto byRank = [&](int x, int y) {
        return rank[static_cast<std::size_t>(x)] != rank[static_cast<std::size_t>(y)]
                   ? rank[static_cast<std::size_t>(x)] < rank[static_cast<std::size_t>(y)]
                   : x < y;
    };
    std::vector<int> pending;
    for (int a = 0; a < m_instance.count; ++a)
        if (m_waiting[static_cast<std::size_t>(a)] == 0)
            pending.push_back(a);
    std::sort(pending.begin(), pending.end(), byRank);

    int now = 0;
    std::size_t placed = 0;
    std::vector<int> released;
    while (!pending.empty()) {
        int next = kNoLimit;
        for (int a : pending) {
            const int from = std::max(now, precedenceStart(a, out));
            m_candidate[static_cast<std::size_t>(a)] = locate(a, from, m_ignored);
            next = std::min(next, m_candidate[static_cast<std::size_t>(a)]);
        }
        now = next;
        released.clear();
        for (int a : pending) {
            if (m_candidate[static_cast<std::size_t>(a)] != now)
                continue;
            const int t = locate(a, now, m_ignored);
            if (t != now)
                continue;
            commit(a, t, m_ignored, out);
            ++placed;
            const auto u = static_cast<std::size_t>(a);
            for (int k = m_instance.succBegin[u]; k < m_instance.succBegin[u + 1]; ++k) {
                const int s = m_instance.succNode[static_cast<std::size_t>(k)];
                if (--m_waiting[static_cast<std::size_t>(s)] == 0)
                    released.push_back(s);
            }
        }
        std::erase_if(pending, [&](int a) { return out.start[static_cast<std::size_t>(a)] >= 0; });
        if (!released.empty()) {
            pending.insert(pending.end(), released.begin(), released.end());
            std::sort(pending.begin(), pending.end(), byRank);
        }
    }
    if (placed < n) { // only with cyclic precedences: place the rest ignoring unplaced ones
        std::vector<int> rest;
        for (int a = 0; a < m_instance.count; ++a)
            if (out.start[static_cast<std::size_t>(a)] < 0)
                rest.push_back(a);
        std::sort(rest.begin(), rest.end(), byRank);
        for (int a : rest) {
            const int t = locate(a, precedenceStart(a, out), m_ignored);
            commit(a, t, m_ignored, out);
        }
    }
    finish(out);
}

} // namespace waveplan::solver::detail
