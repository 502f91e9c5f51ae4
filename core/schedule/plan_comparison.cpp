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
    // Every key of a side with a schedule is "added" or "removed" against a side without.
    if (fromSchedule.capabilities.empty())
        for (const ScheduledCapability &c : toSchedule.capabilities)
            comparison.changes.added.push_back(c.key);
    if (toSchedule.capabilities.empty())
        for (const ScheduledCapability &c : fromSchedule.capabilities)
            comparison.changes.removed.push_back(c.key);
    comparison.fromDrivingPath = fromSchedule.criticalChain;
    comparison.toDrivingPath = toSchedule.criticalChain;

    std::vector<std::string> teams;
    for (const Team &t : from.teams)
        teams.push_back(t.name);
    for (const Team &t : to.teams)
        if (std::find(teams.begin(), teams.end(), t.name) == teams.end())
            teams.push_back(t.name);
    // By team (in `teams` order), then wave.
    std::map<std::pair<std::size_t, int>, TeamWaveDelta> cells;
    const auto cell = [&](const TeamWaveLoad &l) -> TeamWaveDelta & {
        const auto team = static_cast<std::size_t>(std::find(teams.begin(), teams.end(), l.team) - teams.begin());
        TeamWaveDelta &d = cells[{team, l.wave}];
        d.team = l.team;
        d.wave = l.wave;
        return d;
    };
    for (const TeamWaveLoad &l : fromSchedule.load) {
        TeamWaveDelta &d = cell(l);
        d.fromPeopleDaysUsed = l.peopleDaysUsed;
        d.fromPeopleDaysAvailable = l.peopleDaysAvailable;
        d.fromGoLives = l.goLives;
    }
    for (const TeamWaveLoad &l : toSchedule.load) {
        TeamWaveDelta &d = cell(l);
        d.toPeopleDaysUsed = l.peopleDaysUsed;
        d.toPeopleDaysAvailable = l.peopleDaysAvailable;
        d.toGoLives = l.goLives;
    }
    for (const auto &[at, delta] : cells)
        comparison.load.push_back(delta);

    const int waves = std::max(lastWave(fromSchedule), lastWave(toSchedule));
    comparison.fromCostByWave = costByWave(from, fromSchedule, waves);
    comparison.toCostByWave = costByWave(to, toSchedule, waves);
    return comparison;
}

} // namespace waveplan
