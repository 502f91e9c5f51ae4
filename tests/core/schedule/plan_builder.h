#pragma once
// Small hand-written plans for the schedule tests: a fluent builder so each test reads as the
// plan it checks.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <optional>
#include <string>
#include <utility>

namespace waveplan::test {

class PlanBuilder {
public:
    explicit PlanBuilder(int waveLengthDays = 90, int horizonWaves = 4)
    {
        m_plan.waveLengthDays = waveLengthDays;
        m_plan.horizonWaves = horizonWaves;
    }

    PlanBuilder &team(std::string name, int capacity, std::optional<int> maxChanges = std::nullopt)
    {
        Team t;
        t.name = std::move(name);
        t.capacity = capacity;
        t.goLiveLimit = maxChanges;
        m_plan.teams.push_back(std::move(t));
        return *this;
    }
    PlanBuilder &teamCapacityInWave(const std::string &name, int wave, int people)
    {
        m_plan.findTeam(name)->capacityByWave[wave] = people;
        return *this;
    }
    /// A capability; `team` empty = no demand.
    PlanBuilder &capability(std::string key, int duration, const std::string &team = {}, int people = 1)
    {
        Capability c;
        c.key = key;
        c.name = "Capability " + key;
        c.durationDays = duration;
        if (!team.empty())
            c.demand.push_back({team, people});
        m_plan.capabilities.push_back(std::move(c));
        return *this;
    }
    PlanBuilder &demand(const std::string &key, std::string team, int people)
    {
        m_plan.findCapability(key)->demand.push_back({std::move(team), people});
        return *this;
    }
    PlanBuilder &dependency(std::string from, std::string to, int lag = 0)
    {
        m_plan.dependencies.push_back({std::move(from), std::move(to), lag});
        return *this;
    }
    PlanBuilder &earliest(const std::string &key, int wave)
    {
        m_plan.findCapability(key)->earliestWave = wave;
        return *this;
    }
    PlanBuilder &deadline(const std::string &key, int wave)
    {
        m_plan.findCapability(key)->deadlineWave = wave;
        return *this;
    }
    PlanBuilder &pinned(const std::string &key, int wave)
    {
        m_plan.findCapability(key)->pinnedWave = wave;
        return *this;
    }
    PlanBuilder &noSpan()
    {
        m_plan.allowSpan = false;
        return *this;
    }

    [[nodiscard]] Plan build() const { return m_plan; }

private:
    Plan m_plan;
};

/// A date on the wall calendar: on(2027, 1, 4) is Monday 4 January 2027.
inline Date on(int year, unsigned month, unsigned day)
{
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

/// The date of plan day `day`, as YYYY-MM-DD.
inline std::string dateOf(const Plan &plan, int day)
{
    return formatIsoDate(dateOfDay(plan, day));
}

/// The schedule of `plan` with a small search budget: plenty for the hand-written plans here.
inline Schedule scheduleWithSmallBudget(const Plan &plan)
{
    ScheduleOptions options;
    options.budgetSchedules = 200;
    return computeSchedule(plan, options);
}

} // namespace waveplan::test
