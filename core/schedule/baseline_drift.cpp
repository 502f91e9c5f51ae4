#include "core/schedule/baseline_drift.h"

#include "core/model/plan.h"
#include "core/schedule/schedule.h"
#include "core/schedule/schedule_changes.h"

#include <algorithm>
#include <chrono>
#include <tuple>
#include <utility>

namespace waveplan {

namespace {

int daysBetween(Date from, Date to) {
    return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

/// The last working day of something that runs [startDay, finishDay).
int lastDay(int startDay, int finishDay) {
    return std::max(startDay, finishDay - 1);
}

/// The settings of a baseline's plan: the start date and wave length it was frozen with, and
/// the owner's working calendar and wave scheme, so that its days are numbered as the owner's
/// are and comparisons line up day for day.
Plan frozenFrame(const Baseline &baseline, const Plan &owner) {
    Plan plan;
    plan.name = owner.name + " @ " + baseline.name;
    plan.startDate = baseline.startDate;
    plan.waveLengthDays = baseline.waveLengthDays;
    plan.calendar = owner.calendar;
    plan.waveScheme = owner.waveScheme;
    plan.fiscalYearStartMonth = owner.fiscalYearStartMonth;
    plan.horizonWaves = owner.horizonWaves;
    return plan;
}

} // namespace

Baseline baselineOf(std::string name, Date frozenOn, const Plan &plan, const Schedule &schedule) {
    Baseline baseline;
    baseline.name = std::move(name);
    baseline.frozenOn = frozenOn;
    baseline.startDate = plan.startDate;
    baseline.waveLengthDays = plan.waveLengthDays;
    const PlanDates dates(plan);
    const auto calendarDay = [&](int planDay) { return daysBetween(plan.startDate, dates.dateOf(planDay)); };
    for (const ScheduledCapability &s : schedule.capabilities) {
        const Capability *c = plan.findCapability(s.key);
        const int start = calendarDay(s.startDay);
        const int finish = s.finishDay > s.startDay ? calendarDay(s.finishDay - 1) + 1 : start;
        baseline.capabilities.emplace(s.key, Baseline::Entry{start, finish, s.wave,
                                                             c != nullptr ? c->cost : std::nullopt});
    }
    baseline.endDay = schedule.capabilities.empty() ? 0 : calendarDay(std::max(0, schedule.makespanDays - 1)) + 1;
    for (const std::string &key : schedule.criticalChain)
        if (baseline.find(key))
            baseline.drivingPath.push_back(key);
    for (const TeamWaveLoad &l : schedule.load)
        baseline.load.push_back(
            {l.team, l.wave, l.peopleDaysUsed, l.peopleDaysAvailable, l.goLives});
    return baseline;
}

BaselineDays baselineDaysIn(const Baseline &baseline, const Baseline::Entry &entry, const PlanDates &dates) {
    const int start = dates.dayOf(baseline.dateOfDay(entry.startDay));
    if (entry.finishDay <= entry.startDay)
        return {start, start};
    return {start, std::max(start, dates.dayOf(baseline.dateOfDay(entry.finishDay - 1))) + 1};
}

std::optional<BaselineDrift> driftOf(const Baseline &baseline, const Plan &plan,
                                     const ScheduledCapability &scheduled) {
    const Baseline::Entry *was = baseline.find(scheduled.key);
    if (was == nullptr)
        return std::nullopt;
    BaselineDrift drift;
    drift.baselineStart = baseline.dateOfDay(was->startDay);
    drift.baselineFinish = baseline.dateOfDay(lastDay(was->startDay, was->finishDay));
    drift.startDays = daysBetween(drift.baselineStart, waveplan::dateOfDay(plan, scheduled.startDay));
    drift.finishDays =
        daysBetween(drift.baselineFinish,
                    waveplan::dateOfDay(plan, lastDay(scheduled.startDay, scheduled.finishDay)));
    drift.fromWave = was->wave;
    drift.toWave = scheduled.wave;
    return drift;
}

std::string driftCellText(int days) {
    if (days == 0)
        return "0 d";
    return (days > 0 ? "+" : "\u2212") + std::to_string(days > 0 ? days : -days) + " d";
}

std::string driftSentence(const Baseline &baseline, const BaselineDrift *drift) {
    if (drift == nullptr)
        return "Not in " + baseline.name + ": added since it was frozen";
    const std::string was = "wave " + std::to_string(drift->fromWave) + ", " +
                            formatIsoDate(drift->baselineStart) + " \u2013 " +
                            formatIsoDate(drift->baselineFinish);
    if (drift->finishDays == 0)
        return "Goes live on the day " + baseline.name + " said (" + was + ")";
    return "Goes live " + daysLaterOrSooner(drift->finishDays) + " than in " + baseline.name +
           " (was " + was + ")";
}

BaselineChanges changesSinceBaseline(const Baseline &baseline, const Plan &plan,
                                     const Schedule &schedule) {
    BaselineChanges changes;
    for (const ScheduledCapability &s : schedule.capabilities) {
        const std::optional<BaselineDrift> drift = driftOf(baseline, plan, s);
        if (!drift)
            changes.added.push_back(s.key);
        else if (drift->finishDays != 0 || drift->fromWave != drift->toWave)
            changes.drifted.emplace_back(s.key, *drift);
        else
            ++changes.unchanged;
    }
    for (const auto &[key, entry] : baseline.capabilities)
        if (!schedule.find(key))
            changes.removed.push_back(key);
    if (!schedule.capabilities.empty() && baseline.endDay > 0) // last working day against last working day
        changes.endShiftDays = daysBetween(baseline.dateOfDay(baseline.endDay - 1),
                                           waveplan::dateOfDay(plan, std::max(0, schedule.makespanDays - 1)));
    return changes;
}

Schedule frozenSchedule(const Baseline &baseline, const Plan &owner) {
    const Plan frame = frozenFrame(baseline, owner);
    const WaveGrid waves = waveGrid(frame);
    const PlanDates dates(frame);
    Schedule schedule;
    for (const auto &[key, e] : baseline.capabilities) {
        ScheduledCapability s;
        s.key = key;
        const BaselineDays days = baselineDaysIn(baseline, e, dates);
        s.startDay = days.start;
        s.finishDay = days.finish;
        s.wave = waves.waveOf(s.startDay); // one grid for both waves, as the owner cuts them now
        s.goLiveWave = waves.waveOf(lastDay(s.startDay, s.finishDay));
        schedule.capabilities.push_back(std::move(s));
    }
    std::sort(schedule.capabilities.begin(), schedule.capabilities.end(),
              [](const ScheduledCapability &a, const ScheduledCapability &b) {
                  return std::tie(a.startDay, a.key) < std::tie(b.startDay, b.key);
              });
    schedule.makespanDays = baseline.endDay > 0 ? dates.dayOf(baseline.dateOfDay(baseline.endDay - 1)) + 1 : 0;
    schedule.criticalChain = baseline.drivingPath;
    for (const Baseline::Load &l : baseline.load)
        schedule.load.push_back(
            {l.team, l.wave, l.peopleDaysUsed, l.peopleDaysAvailable, l.goLives, std::nullopt});
    schedule.feasible =
        true; // it was the schedule the plan had; whatever it broke then is not re-judged
    return schedule;
}

Plan frozenPlan(const Baseline &baseline, const Plan &owner) {
    Plan plan = frozenFrame(baseline, owner);
    for (const Baseline::Load &l : baseline.load)
        if (!plan.findTeam(l.team)) {
            Team team;
            team.name = l.team;
            plan.teams.push_back(std::move(team));
        }
    for (const ScheduledCapability &s : frozenSchedule(baseline, owner).capabilities) {
        Capability c;
        c.key = s.key;
        c.name = s.key;
        c.durationDays = std::max(0, s.finishDay - s.startDay);
        c.cost = baseline.find(s.key)->cost;
        plan.capabilities.push_back(std::move(c));
    }
    return plan;
}

} // namespace waveplan
