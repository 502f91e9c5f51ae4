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

/// Every constraint the schedule breaks, one sentence each; empty when it holds them all.
inline std::vector<std::string> brokenConstraints(const Plan &plan, const Schedule &schedule)
{
    std::vector<std::string> broken;
    WalkedWaves walked(plan);
    const auto waveOf = [&walked](int day, int) { return walked.waveOf(day); };
    const int length = plan.waveLengthDays;
    std::map<std::string, const ScheduledCapability *> byKey;
    for (const ScheduledCapability &s : schedule.capabilities)
        byKey[s.key] = &s;
    if (byKey.size() != plan.capabilities.size())
        broken.push_back("not one entry per capability");

    for (const Dependency &d : plan.dependencies) {
        const auto *p = byKey[d.predecessor];
        const auto *s = byKey[d.successor];
        if (p && s && s->startDay < p->finishDay + d.lagDays)
            broken.push_back("dependency " + d.predecessor + " -> " + d.successor);
    }

    int lastDay = 0;
    for (const Capability &c : plan.capabilities) {
        const auto *s = byKey[c.key];
        if (!s)
            continue;
        lastDay = std::max(lastDay, goLiveDay(*s) + 1); // a plan ending on a milestone ends on its day
        if (s->startDay < 0 || s->finishDay - s->startDay != c.durationDays)
            broken.push_back("duration of " + c.key);
        if (s->wave != waveOf(s->startDay, length) || s->goLiveWave != waveOf(goLiveDay(*s), length))
            broken.push_back("wave fields of " + c.key);
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

    for (const Team &team : plan.teams) {
        std::map<int, int> goLives;
        for (int day = 0; day < lastDay; ++day) {
            const int wave = waveOf(day, length);
            const auto override = team.capacityByWave.find(wave);
            const int capacity = override == team.capacityByWave.end() ? team.capacity : override->second;
            int used = 0;
            for (const Capability &c : plan.capabilities)
                for (const TeamDemand &d : c.demand)
                    if (d.team == team.name && byKey[c.key] && byKey[c.key]->startDay <= day &&
                        day < byKey[c.key]->finishDay)
                        used += d.people;
            if (used > capacity) {
                broken.push_back("capacity of " + team.name + " on day " + std::to_string(day));
                break;
            }
        }
        for (const Capability &c : plan.capabilities)
            for (const TeamDemand &d : c.demand)
                if (d.team == team.name && byKey[c.key])
                    ++goLives[waveOf(goLiveDay(*byKey[c.key]), length)];
        for (const auto &[wave, count] : goLives)
            if (team.goLiveLimit && count > *team.goLiveLimit)
                broken.push_back("change load of " + team.name + " in wave " + std::to_string(wave));
    }
    return broken;
}

} // namespace waveplan::test
