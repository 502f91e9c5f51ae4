#pragma once
// An independent checker for schedules, written from DESIGN.md's scheduling semantics and
// sharing no code with the engine: every hard constraint of the plan, day by day.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"
#include "support/plan_generator.h"

#include <map>
#include <string>
#include <vector>

namespace waveplan::test {

inline int waveOf(int day, int length)
{
    return day / length + 1;
}

/// The day it goes live: its last working day; a milestone (0 days) goes live on its own day.
inline int goLiveDay(const ScheduledCapability &s)
{
    return s.finishDay > s.startDay ? s.finishDay - 1 : s.startDay;
}

/// The generated plans the property tests schedule: 8 to 32 capabilities on 1 to 4 teams, with
/// varying dependency density, ASCII text.
inline GeneratorOptions propertyPlanOptions(std::uint64_t seed)
{
    GeneratorOptions options;
    options.capabilities = 8 + static_cast<int>(seed % 25);
    options.teams = 1 + static_cast<int>(seed % 4);
    options.dependencyDensity = 0.05 + 0.05 * static_cast<double>(seed % 4);
    options.fillOptionalFields = seed % 3 != 0;
    options.unicodeText = false;
    return options;
}

/// The wave of each plan day found by walking the calendar a day at a time from the start date:
/// plan day N is the N-th worked date, and it is in the last wave whose calendar start
/// (waveStartDate) is on or before it. The engine uses a table of wave starts instead.
class WalkedWaves {
public:
    explicit WalkedWaves(const Plan &plan)
        : m_plan(plan)
        , m_date(plan.startDate)
    {
    }
    int waveOf(int day)
    {
        if (day < 0)
            return 1;
        while (static_cast<int>(m_waves.size()) <= day) {
            while (!m_plan.calendar.isWorkday(m_date))
                m_date = addDays(m_date, 1);
            while (std::chrono::sys_days{waveStartDate(m_plan, m_wave + 1)} <= std::chrono::sys_days{m_date})
                ++m_wave;
            m_waves.push_back(m_wave);
            m_date = addDays(m_date, 1);
        }
        return m_waves[static_cast<std::size_t>(day)];
    }

private:
    const Plan &m_plan;
    Date m_date;
    int m_wave = 1;
    std::vector<int> m_waves;
};

/// The plan day of `date` found by walking the calendar from the start date: the number of worked
/// days before it, which is the number of the first worked day on or after it.
inline int walkedDayOf(const Plan &plan, Date date)
{
    int n = 0;
    for (Date d = plan.startDate; std::chrono::sys_days{d} < std::chrono::sys_days{date}; d = addDays(d, 1))
        if (plan.calendar.isWorkday(d))
            ++n;
    return n;
}

/// Where a plan with an as-of date must put each capability, from the tracking rules as
/// docs/scheduling.md states them ("Re-planning from the as-of date"), worked out here by walking
/// the calendar: work under way or done starts on its actual start; done work's last day is the
/// last worked day on or before its actual finish; work under way ends its remaining days (by
/// default its duration less the worked days before the as-of date, at least 1) after the as-of day.
struct ProgressExpectation {
    bool active = false;
    int asOfDay = 0;
    std::map<std::string, WorkStatus> status;
    std::map<std::string, int> start;  ///< started capabilities
    std::map<std::string, int> finish; ///< started capabilities: the reported finishDay

    explicit ProgressExpectation(const Plan &plan)
    {
        if (!plan.asOf)
            return;
        active = true;
        asOfDay = walkedDayOf(plan, *plan.asOf);
        for (const Capability &c : plan.capabilities) {
            status[c.key] = c.status;
            if (c.status == WorkStatus::Planned)
                continue;
            const int first = walkedDayOf(plan, *c.actualStart);
            start[c.key] = first;
            if (c.status == WorkStatus::Done) {
                const int last = std::max(first, walkedDayOf(plan, addDays(*c.actualFinish, 1)) - 1);
                finish[c.key] = c.durationDays == 0 ? last : last + 1;
            } else {
                const int worked = std::max(0, asOfDay - first);
                const int left = c.remainingDays ? *c.remainingDays
                                                 : std::max(c.durationDays == 0 ? 0 : 1, c.durationDays - worked);
                finish[c.key] = asOfDay + left;
            }
        }
    }
    [[nodiscard]] bool planned(const std::string &key) const { return !active || status.at(key) == WorkStatus::Planned; }
    [[nodiscard]] bool done(const std::string &key) const { return active && status.at(key) == WorkStatus::Done; }
};

/// Every constraint the schedule breaks, one sentence each; empty when it holds them all. With an
/// as-of date: planned work starts on the as-of day or later; started work is where its progress
/// puts it; dependencies into started work, the pins and earliest waves of started work and the
/// deadlines of done work are history; capacity counts only the days from the as-of day on and
/// never done work; go-live limits count done work only when it went live in the as-of wave.
inline std::vector<std::string> brokenConstraints(const Plan &plan, const Schedule &schedule)
{
    std::vector<std::string> broken;
    WalkedWaves walked(plan);
    const auto waveOf = [&walked](int day, int) { return walked.waveOf(day); };
    const int length = plan.waveLengthDays;
    const ProgressExpectation progress(plan);
    std::map<std::string, const ScheduledCapability *> byKey;
    for (const ScheduledCapability &s : schedule.capabilities)
        byKey[s.key] = &s;
    if (byKey.size() != plan.capabilities.size())
        broken.push_back("not one entry per capability");

    for (const Dependency &d : plan.dependencies) {
        const auto *p = byKey[d.predecessor];
        const auto *s = byKey[d.successor];
        if (p && s && progress.planned(d.successor) && s->startDay < p->finishDay + d.lagDays)
            broken.push_back("dependency " + d.predecessor + " -> " + d.successor);
    }

    int lastDay = 0;
    for (const Capability &c : plan.capabilities) {
        const auto *s = byKey[c.key];
        if (!s)
            continue;
        lastDay = std::max(lastDay, goLiveDay(*s) + 1); // a plan ending on a milestone ends on its day
        if (s->wave != waveOf(s->startDay, length) || s->goLiveWave != waveOf(goLiveDay(*s), length))
            broken.push_back("wave fields of " + c.key);
        if (!progress.planned(c.key)) {
            if (s->startDay != progress.start.at(c.key) || s->finishDay != progress.finish.at(c.key))
                broken.push_back("progress of " + c.key);
            if (!progress.done(c.key) && c.deadlineWave && waveOf(goLiveDay(*s), length) > *c.deadlineWave)
                broken.push_back("deadline of " + c.key);
            if (!progress.done(c.key) && !plan.allowSpan &&
                waveOf(progress.asOfDay, length) != waveOf(goLiveDay(*s), length))
                broken.push_back("no-span of " + c.key);
            continue;
        }
        if (s->startDay < progress.asOfDay)
            broken.push_back("as-of date of " + c.key);
        if (s->startDay < 0 || s->finishDay - s->startDay != c.durationDays)
            broken.push_back("duration of " + c.key);
        if (c.pinnedWave && waveOf(s->startDay, length) != *c.pinnedWave)
            broken.push_back("pin of " + c.key);
        if (c.earliestWave && waveOf(s->startDay, length) < *c.earliestWave)
            broken.push_back("earliest wave of " + c.key);
        if (c.deadlineWave && waveOf(goLiveDay(*s), length) > *c.deadlineWave)
            broken.push_back("deadline of " + c.key);
        if (!plan.allowSpan && waveOf(s->startDay, length) != waveOf(goLiveDay(*s), length))
            broken.push_back("no-span of " + c.key);
    }
    if (schedule.makespanDays != lastDay)
        broken.push_back("makespan");

    const int asOfWave = waveOf(progress.asOfDay, length);
    for (const Team &team : plan.teams) {
        std::map<int, int> goLives;
        for (int day = progress.asOfDay; day < lastDay; ++day) {
            const int wave = waveOf(day, length);
            const auto override = team.capacityByWave.find(wave);
            const int capacity = override == team.capacityByWave.end() ? team.capacity : override->second;
            int used = 0;
            for (const Capability &c : plan.capabilities)
                for (const TeamDemand &d : c.demand)
                    if (d.team == team.name && byKey[c.key] && !progress.done(c.key) &&
                        byKey[c.key]->startDay <= day && day < byKey[c.key]->finishDay)
                        used += d.people;
            if (used > capacity) {
                broken.push_back("capacity of " + team.name + " on day " + std::to_string(day));
                break;
            }
        }
        for (const Capability &c : plan.capabilities)
            for (const TeamDemand &d : c.demand)
                if (d.team == team.name && byKey[c.key] &&
                    (!progress.done(c.key) || waveOf(goLiveDay(*byKey[c.key]), length) == asOfWave))
                    ++goLives[waveOf(goLiveDay(*byKey[c.key]), length)];
        for (const auto &[wave, count] : goLives)
            if (team.goLiveLimit && count > *team.goLiveLimit)
                broken.push_back("change load of " + team.name + " in wave " + std::to_string(wave));
    }
    return broken;
}

} // namespace waveplan::test
