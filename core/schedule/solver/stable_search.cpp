#include "core/schedule/solver/stable_search.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace waveplan::solver::detail {

namespace {

/// `day` capped so that the activity can still start inside its pin window and finish by its
/// deadline, and never below its own earliest start.
int capped(const Instance &instance, std::size_t a, int day)
{
    if (instance.latestStart[a] != kNoLimit)
        day = std::min(day, instance.latestStart[a]);
    if (instance.deadline[a] != kNoLimit)
        day = std::min(day, instance.deadline[a] - instance.span(a));
    return std::max(day, instance.earliestStart[a]);
}

} // namespace

StableBase::StableBase(const Problem &problem)
    : instance(compile(problem))
    , bounds(timeBounds(instance))
{
}

StableSearch::StableSearch(const Problem &problem, const StableBase &base, const std::vector<int> &referenceStart,
                           SearchBudget &budget)
    : m_reference(referenceStart)
    , m_budget(budget)
    , m_base(base.instance)
    , m_anchored(m_base)
    , m_calendar{&problem, false, 0}
    , m_builder(m_anchored, m_calendar)
{
    const auto n = static_cast<std::size_t>(m_base.count);
    const TimeBounds &bounds = base.bounds;
    std::vector<double> &key = m_key;
    key.assign(n, 0.0);
    m_release.assign(n, 0);
    m_criticalPathEnd = bounds.criticalPathEnd;
    m_sizeHint = bounds.criticalPathEnd + 1;
    for (std::size_t a = 0; a < n; ++a) {
        const int reference = a < m_reference.size() ? m_reference[a] : -1;
        // Not capped by a pin window or deadline: when the reference misses one, the first
        // decoding gives the reference back and the search lets the activity go from there.
        m_release[a] = reference >= 0 ? std::max(reference, m_base.earliestStart[a]) : m_base.earliestStart[a];
        // The reference's start order; an activity it does not know (or one an edit now holds
        // later) goes where its own earliest start puts it.
        key[a] = std::max(reference, bounds.earliestStart[a]);
        if (reference >= 0)
            m_sizeHint = std::max(m_sizeHint, reference + m_base.duration[a] + 1);
    }
    m_order = activityList(m_base, key);
}

bool StableSearch::sharesResource(int a, int b) const
{
    const auto ua = static_cast<std::size_t>(a);
    const auto ub = static_cast<std::size_t>(b);
    for (int i = m_base.usedBegin[ua]; i < m_base.usedBegin[ua + 1]; ++i)
        for (int k = m_base.usedBegin[ub]; k < m_base.usedBegin[ub + 1]; ++k)
            if (m_base.usedResource[static_cast<std::size_t>(i)] == m_base.usedResource[static_cast<std::size_t>(k)])
                return true;
    return false;
}

bool StableSearch::sharesLimitedResource(int a, int b) const
{
    const auto ua = static_cast<std::size_t>(a);
    const auto ub = static_cast<std::size_t>(b);
    for (int i = m_base.usedBegin[ua]; i < m_base.usedBegin[ua + 1]; ++i) {
        const int r = m_base.usedResource[static_cast<std::size_t>(i)];
        if (m_base.finishLimit[static_cast<std::size_t>(r)] == kNoLimit)
            continue;
        for (int k = m_base.usedBegin[ub]; k < m_base.usedBegin[ub + 1]; ++k)
            if (m_base.usedResource[static_cast<std::size_t>(k)] == r)
                return true;
    }
    return false;
}

void StableSearch::anchorReleases()
{
    for (std::size_t a = 0; a < m_release.size(); ++a)
        m_anchored.earliestStart[a] = std::max(m_base.earliestStart[a], m_release[a]);
}

void StableSearch::decode(Schedule &out, SerialSnapshots *record)
{
    anchorReleases();
    m_builder.serial(m_order, out, m_sizeHint, record);
    m_budget.spend();
}

void StableSearch::decodeFrom(Schedule &out, const Schedule &base, const SerialSnapshots &snapshots, std::size_t kept,
                              SerialSnapshots *record)
{
    anchorReleases();
    m_builder.serialFrom(m_order, out, m_sizeHint, base, snapshots, kept, record);
    m_budget.spend();
}

StableSearch::Key StableSearch::keyOf(const Schedule &schedule) const
{
    Key key{schedule.score, 0, 0};
    for (std::size_t a = 0; a < schedule.start.size() && a < m_reference.size(); ++a) {
        if (m_reference[a] < 0)
            continue;
        if (m_base.waveOf(schedule.start[a]) != m_base.waveOf(m_reference[a]))
            ++key.moved;
        key.shift += std::abs(schedule.start[a] - m_reference[a]);
    }
    return key;
}

std::vector<int> StableSearch::heldAtRelease(const Schedule &s, std::vector<std::pair<int, int>> &promoted) const
{
    const auto n = static_cast<std::size_t>(m_base.count);
    std::vector<std::pair<int, int>> finishes; // (finish day, activity), to find who frees a resource
    finishes.reserve(n);
    std::vector<int> pending;
    for (std::size_t a = 0; a < n; ++a) {
        finishes.emplace_back(s.start[a] + m_base.duration[a], static_cast<int>(a));
        const int finish = s.start[a] + m_base.span(a); // a milestone ends on its day
        const bool late = (m_base.latestStart[a] != kNoLimit && s.start[a] > m_base.latestStart[a])
                          || (m_base.deadline[a] != kNoLimit && finish > m_base.deadline[a]);
        if (finish == s.score.makespan || s.violation[a] != Violation::None || late)
            pending.push_back(static_cast<int>(a));
    }
    std::sort(finishes.begin(), finishes.end());
    // Activities by the 0-based wave of their last day: who used a go-live slot.
    const WaveGrid &waves = m_base.waves;
    std::vector<std::vector<int>> goingLive(static_cast<std::size_t>(waves.waveOf(s.score.makespan) + 1));
    for (std::size_t a = 0; a < n; ++a) {
        const auto wave = static_cast<std::size_t>(waves.waveOf(s.start[a] + m_base.span(a) - 1) - 1);
        if (wave < goingLive.size())
            goingLive[wave].push_back(static_cast<int>(a));
    }

    std::vector<unsigned char> seen(n, 0);
    for (int a : pending)
        seen[static_cast<std::size_t>(a)] = 1;
    std::vector<int> held;
    promoted.clear();
    while (!pending.empty()) {
        const int a = pending.back();
        pending.pop_back();
        const auto u = static_cast<std::size_t>(a);
        const int start = s.start[u];
        // Held by its release, or pushed past it: either way an earlier release may let it
        // take room that has opened up before it.
        if (m_release[u] > m_base.earliestStart[u])
            held.push_back(a);
        const auto visit = [&](int b) {
            if (!seen[static_cast<std::size_t>(b)]) {
                seen[static_cast<std::size_t>(b)] = 1;
                pending.push_back(b);
            }
        };
        // What else binds it: a predecessor finishing just in time, or an activity freeing a
        // resource it needs on its first day. Letting go of only one of two binds gains nothing.
        for (int k = m_base.predBegin[u]; k < m_base.predBegin[u + 1]; ++k) {
            const auto p = static_cast<std::size_t>(m_base.predNode[static_cast<std::size_t>(k)]);
            if (s.start[p] + m_base.duration[p] + m_base.predLag[static_cast<std::size_t>(k)] == start)
                visit(static_cast<int>(p));
        }
        const auto first = std::lower_bound(finishes.begin(), finishes.end(), std::pair{start, -1});
        for (auto it = first; it != finishes.end() && it->first == start; ++it)
            if (it->second != a && sharesResource(a, it->second)) {
                visit(it->second);
                // Or it goes first: listed just ahead of the one whose people it waits for.
                promoted.emplace_back(a, it->second);
            }
        // It starts a wave under no-span: it could not fit in the wave before, so whatever ran
        // there on its teams, or finished there too late for it, binds it.
        const int wave = waves.waveOf(start);
        if (m_base.noSpan && start > 0 && start == waves.firstDay(wave) && m_base.duration[u] > 0 &&
            m_base.duration[u] <= waves.longest()) {
            const int latestInWaveBefore = start - m_base.duration[u];
            for (int k = m_base.predBegin[u]; k < m_base.predBegin[u + 1]; ++k) {
                const auto p = static_cast<std::size_t>(m_base.predNode[static_cast<std::size_t>(k)]);
                if (s.start[p] + m_base.duration[p] + m_base.predLag[static_cast<std::size_t>(k)] > latestInWaveBefore)
                    visit(static_cast<int>(p));
            }
            for (std::size_t b = 0; b < n; ++b)
                if (static_cast<int>(b) != a && s.start[b] < start && s.start[b] + m_base.duration[b] > waves.firstDay(wave - 1)
                    && sharesResource(a, static_cast<int>(b)))
                    visit(static_cast<int>(b));
        }
        // Its last day is the first of a wave: the wave before may have had its go-live slots
        // full. Whoever used them, on a team it needs with a go-live limit, binds it too.
        const int lastDay = start + m_base.span(u) - 1;
        const int lastWave = waves.waveOf(lastDay);
        if (lastDay == waves.firstDay(lastWave) && lastDay > 0) {
            const auto before = static_cast<std::size_t>(lastWave - 2);
            for (int b : goingLive[before])
                if (b != a && sharesLimitedResource(a, b))
                    visit(b);
        }
    }
    return held;
}

Schedule StableSearch::run()
{
    Schedule best;
    decode(best);
    m_anchoredMakespan = best.score.makespan;
    Key bestKey = keyOf(best);
    // The search wins back what the change cost, no more: the reference's end with today's
    // durations (or the dependency bound, if later). Ending sooner than that is for the free
    // search and blend() to find, so an edit that forces nothing moves nothing.
    int target = m_criticalPathEnd;
    for (std::size_t a = 0; a < m_reference.size() && a < m_release.size(); ++a)
        if (m_reference[a] >= 0)
            target = std::max(target, m_reference[a] + m_base.duration[a]);
    Schedule current = best;
    while (m_budget.allows()) {
        if (bestKey.score.violations == 0 && bestKey.score.lateness == 0 && bestKey.score.makespan <= target)
            break; // nothing left to win back
        bool letGo = false;
        std::vector<std::pair<int, int>> promoted;
        const std::vector<int> held = heldAtRelease(current, promoted);
        for (const auto &[a, ahead] : promoted) {
            const auto u = static_cast<std::size_t>(a);
            const double key = m_key[static_cast<std::size_t>(ahead)] - 0.001;
            if (key < m_key[u]) {
                m_key[u] = key;
                letGo = true;
            }
        }
        if (letGo)
            m_order = activityList(m_base, m_key);
        for (int a : held) {
            const auto u = static_cast<std::size_t>(a);
            const int waveStart = capped(m_base, u, referenceWaveStart(u));
            // First to the start of its reference wave (it keeps its wave), then entirely.
            m_release[u] = m_release[u] > waveStart ? waveStart : m_base.earliestStart[u];
            letGo = true;
        }
        if (!letGo)
            break;
        decode(current);
        const Key key = keyOf(current);
        if (key < bestKey) {
            best = current;
            bestKey = key;
        }
    }
    return best;
}

Schedule StableSearch::withinWaves()
{
    for (std::size_t a = 0; a < m_release.size(); ++a)
        if (m_reference[a] >= 0)
            m_release[a] = std::max(m_base.earliestStart[a], referenceWaveStart(a));
    Schedule schedule;
    decode(schedule);
    return schedule;
}

Schedule StableSearch::blend(const std::vector<int> &freeStart, std::int64_t allowedEnd)
{
    // The free schedule's order, each activity allowed as early as the free schedule or its
    // reference has it: every start is then no later than the free one, so the blend ends no
    // later than the free schedule, and activities the free schedule moved later may stay put.
    const auto n = m_release.size();
    for (std::size_t a = 0; a < n; ++a) {
        const int reference = m_reference[a];
        m_release[a] = std::max(m_base.earliestStart[a], reference >= 0 ? std::min(reference, freeStart[a]) : freeStart[a]);
        m_key[a] = freeStart[a];
    }
    m_order = activityList(m_base, m_key);
    Schedule best;
    // Each trial below changes one activity's release and key: its list and decoding start
    // from where that activity could first be listed, taken from the best one's.
    SerialSnapshots bestSnapshots;
    SerialSnapshots trialSnapshots;
    decode(best, &bestSnapshots);
    std::vector<int> bestOrder = m_order;
    Key bestKey = keyOf(best);
    // The end the blend may give away to keep activities where they were (never less than its own).
    const std::int64_t allowed = std::max<std::int64_t>(best.score.makespan, allowedEnd);
    // No more violations or lateness than the blend, an end within the allowance, then fewer
    // activities moved, then less shift.
    const auto better = [&](const Schedule &s, const Key &k) {
        if (s.score.violations != best.score.violations || s.score.lateness != best.score.lateness)
            return std::pair{s.score.violations, s.score.lateness} < std::pair{best.score.violations, best.score.lateness};
        if (s.score.makespan > allowed)
            return false;
        return std::pair{k.moved, k.shift} < std::pair{bestKey.moved, bestKey.shift};
    };
    // Then each activity that changed wave, in the reference's order, is offered its reference
    // back (release and place in the list); kept when that is better as above. Twice: one that
    // comes back can make room for another.
    std::vector<int> byReference;
    for (std::size_t a = 0; a < n; ++a)
        if (m_reference[a] >= 0)
            byReference.push_back(static_cast<int>(a));
    std::stable_sort(byReference.begin(), byReference.end(),
                     [&](int x, int y) { return m_reference[static_cast<std::size_t>(x)] < m_reference[static_cast<std::size_t>(y)]; });
    Schedule trial;
    // A trial depends only on the best blend so far: one tried again with nothing kept since
    // would be rejected again, so the second pass tries only those tried before the last keep.
    int kept = 0;
    std::vector<int> triedAt(n, -1); // the count of blends kept when the activity was last tried
    for (int pass = 0; pass < 2; ++pass) {
        for (int activity : byReference) {
            if (!m_budget.allows())
                break;
            const auto a = static_cast<std::size_t>(activity);
            const int reference = m_reference[a];
            if (m_base.waveOf(best.start[a]) == m_base.waveOf(reference) || triedAt[a] == kept)
                continue;
            triedAt[a] = kept;
            const int oldRelease = m_release[a];
            const double oldKey = m_key[a];
            m_release[a] = std::max(m_base.earliestStart[a], reference);
            m_key[a] = reference;
            std::size_t prefix = 0;
            m_order = activityListAfterChange(m_base, m_key, bestOrder, activity, prefix);
            decodeFrom(trial, best, bestSnapshots, prefix, &trialSnapshots);
            const Key key = keyOf(trial);
            if (better(trial, key)) {
                ++kept;
                std::swap(best, trial);
                std::swap(bestSnapshots, trialSnapshots);
                std::swap(bestOrder, m_order);
                bestKey = key;
            } else {
                m_release[a] = oldRelease;
                m_key[a] = oldKey;
            }
        }
    }
    m_order = std::move(bestOrder); // the list of the keys as they are now
    return best;
}

} // namespace waveplan::solver::detail
