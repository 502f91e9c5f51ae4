#include "core/schedule/plan_comparison.h"

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <algorithm>
#include <map>
#include <utility>

namespace waveplan {

namespace {

std::vector<WaveCost> costByWave(const Plan &plan, const Schedule &schedule, int waves)
{
    std::vector<WaveCost> costs;
    for (int wave = 1; wave <= waves; ++wave)
        costs.push_back({wave, 0});
    for (const ScheduledCapability &s : schedule.capabilities) {
        const Capability *c = plan.findCapability(s.key);
        if (c != nullptr && c->cost && s.wave >= 1 && s.wave <= waves)
            costs[static_cast<std::size_t>(s.wave - 1)].cost += *c->cost;
    }
    return costs;
}

int lastWave(const Schedule &schedule)
{
    int last = 0;
    for (const ScheduledCapability &s : schedule.capabilities)
        last = std::max(last, s.wave);
    return last;
}

} // namespace

PlanComparison comparePlans(const Plan &from, const Schedule &fromSchedule, const Plan &to, const Schedule &toSchedule)
{
    PlanComparison comparison;
    comparison.changes = diffSchedules(referenceOf(fromSchedule), toSchedule);
    // diffSchedules leaves the end days at 0 when a side has no schedule; say what each has.
    comparison.changes.fromEndDay = fromSchedule.capabilities.empty() ? 0 : fromSchedule.makespanDays;
    comparison.changes.toEndDay = toSchedule.capabilities.empty() ? 0 : toSchedule.makespanDays;
    if (fromSchedule.capabilities.empty() || toSchedule.capabilities.empty()) {
        // Every key of a side with a schedule is "added" or "removed" against a side without.
        for (const ScheduledCapability &c : toSchedule.capabilities)
            if (fromSchedule.capabilities.empty())
                comparison.changes.added.push_back(c.key);
        for (const ScheduledCapability &c : fromSchedule.capabilities)
            if (toSchedule.capabilities.empty())
                comparison.changes.removed.push_back(c.key);
    }
    comparison.fromDrivingPath = fromSchedule.criticalChain;
    comparison.toDrivingPath = toSchedule.criticalChain;

    std::vector<std::string> teams;
    for (const Team &t : from.teams)
        teams.push_back(t.name);
    for (const Team &t : to.teams)
        if (std::find(teams.begin(), teams.end(), t.name) == teams.end())
            teams.push_back(t.name);
    std::map<std::pair<std::string, int>, TeamWaveDelta> cells;
    for (const TeamWaveLoad &l : fromSchedule.load) {
        TeamWaveDelta &d = cells[{l.team, l.wave}];
        d.fromPeopleDaysUsed = l.peopleDaysUsed;
        d.fromPeopleDaysAvailable = l.peopleDaysAvailable;
        d.fromGoLives = l.goLives;
    }
    for (const TeamWaveLoad &l : toSchedule.load) {
        TeamWaveDelta &d = cells[{l.team, l.wave}];
        d.toPeopleDaysUsed = l.peopleDaysUsed;
        d.toPeopleDaysAvailable = l.peopleDaysAvailable;
        d.toGoLives = l.goLives;
    }
    for (const std::string &team : teams)
        for (auto &[at, delta] : cells)
            if (at.first == team) {
                delta.team = team;
                delta.wave = at.second;
                comparison.load.push_back(delta);
            }

    const int waves = std::max(lastWave(fromSchedule), lastWave(toSchedule));
    comparison.fromCostByWave = costByWave(from, fromSchedule, waves);
    comparison.toCostByWave = costByWave(to, toSchedule, waves);
    return comparison;
}

} // namespace waveplan
