#include "core/schedule/progress_frame.h"

#include "core/model/tracking.h"
#include "core/schedule/clashes.h"
#include "core/schedule/explanation.h"
#include "core/schedule/reason_text.h"

#include <algorithm>

namespace waveplan::detail {

namespace {

/// Capability `p` (plan order, -1 for none) is done and not a milestone: the engine holds it on
/// its last day, so whatever waits for it waits one day more than the engine's own wait says.
bool heldOnLastDay(const Plan &plan, const ProgressFrame &frame, int p)
{
    return p >= 0 && frame.done(static_cast<std::size_t>(p)) &&
           !isMilestone(plan.capabilities[static_cast<std::size_t>(p)]);
}

} // namespace

int defaultRemainingDays(const Capability &capability, int actualStartDay, int asOfDay)
{
    const int atLeast = isMilestone(capability) ? 0 : 1;
    return std::max(atLeast, capability.durationDays - std::max(0, asOfDay - actualStartDay));
}

ProgressFrame progressFrame(const Plan &plan)
{
    ProgressFrame frame;
    if (!plan.asOf)
        return frame;
    const PlanDates dates(plan);
    frame.active = true;
    frame.asOf = *plan.asOf;
    frame.asOfDay = *asOfDay(plan, dates);
    const std::size_t n = plan.capabilities.size();
    frame.actualStartDay.assign(n, -1);
    frame.fixedDay.assign(n, -1);
    frame.remainingDays.assign(n, 0);
    frame.status.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Capability &c = plan.capabilities[i];
        // A started capability without its dates breaks tracking.h's rules; the engine then
        // treats it as planned rather than guess.
        WorkStatus status = c.status;
        if (status != WorkStatus::Planned && !c.actualStart)
            status = WorkStatus::Planned;
        if (status == WorkStatus::Done && !c.actualFinish)
            status = WorkStatus::Planned;
        frame.status.push_back(status);
        if (status == WorkStatus::Planned)
            continue;
        const int start = std::max(0, dates.dayOf(*c.actualStart));
        frame.actualStartDay[i] = start;
        if (status == WorkStatus::InProgress) {
            frame.fixedDay[i] = frame.asOfDay;
            frame.remainingDays[i] =
                c.remainingDays ? *c.remainingDays : defaultRemainingDays(c, start, frame.asOfDay);
        } else {
            // The last working day on or before the actual finish (worked on a day off: the day
            // before it), never before the start.
            frame.fixedDay[i] = std::max(start, dates.dayOf(addDays(*c.actualFinish, 1)) - 1);
        }
    }
    return frame;
}

Plan remainingPlan(const Plan &plan, const PlanIndex &index, const ProgressFrame &frame)
{
    if (!frame.active)
        return plan;
    Plan left = plan;
    left.baselines.clear(); // they never change a schedule; no need to copy them around
    const WaveGrid waves = waveGrid(plan);
    const int asOfWave = waves.waveOf(frame.asOfDay);
    for (std::size_t i = 0; i < left.capabilities.size(); ++i) {
        if (!frame.started(i))
            continue;
        Capability &c = left.capabilities[i];
        c.pinnedWave.reset();
        c.earliestWave.reset();
        if (frame.done(i)) {
            c.durationDays = 0;
            c.deadlineWave.reset();
            // Only a go-live limit still cares about it: keep the teams that have one, in the as-of wave.
            std::erase_if(c.demand, [&](const TeamDemand &d) {
                const Team *team = plan.findTeam(d.team);
                return waves.waveOf(frame.fixedDay[i]) != asOfWave || team == nullptr || !team->goLiveLimit ||
                       *team->goLiveLimit <= 0;
            });
        } else {
            c.durationDays = frame.remainingDays[i];
        }
    }
    std::vector<Dependency> kept;
    kept.reserve(left.dependencies.size());
    for (std::size_t k = 0; k < left.dependencies.size(); ++k) {
        const int successor = index.successorOf(k);
        if (successor >= 0 && frame.started(static_cast<std::size_t>(successor)))
            continue;
        Dependency &d = left.dependencies[k];
        if (heldOnLastDay(plan, frame, index.predecessorOf(k)))
            d.lagDays += 1; // from the milestone on its last day: the day after it, plus the lag
        kept.push_back(std::move(d));
    }
    left.dependencies = std::move(kept);
    return left;
}

std::vector<Problem> startedEarlyWarnings(const Plan &plan, const PlanIndex &index, const ProgressFrame &frame)
{
    std::vector<Problem> problems;
    for (std::size_t d = 0; d < plan.dependencies.size(); ++d) {
        const int p = index.predecessorOf(d);
        const int s = index.successorOf(d);
        if (p < 0 || s < 0 || !frame.started(static_cast<std::size_t>(s)) || frame.done(static_cast<std::size_t>(p)))
            continue;
        const Dependency &dep = plan.dependencies[d];
        problems.push_back({Severity::Warning, "started-early",
                            dep.successor + " is " +
                                (frame.done(static_cast<std::size_t>(s)) ? "done" : "under way") + " but depends on " +
                                dep.predecessor + ", which is not done: the plan no longer holds " + dep.successor +
                                " back for it. Mark " + dep.predecessor + "'s progress, or remove the dependency",
                            {dep.successor, dep.predecessor}, {}});
    }
    return problems;
}

void reportProgress(Schedule &schedule, const Plan &plan, const PlanIndex &index, const ProgressFrame &frame)
{
    if (!frame.active || schedule.capabilities.size() != plan.capabilities.size())
        return;
    const WaveGrid waves = waveGrid(plan);
    const PlanDates dates(plan);
    const std::string asOfText = formatIsoDate(frame.asOf);
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        ScheduledCapability &s = schedule.capabilities[i];
        StartReason &r = s.reason;
        if (r.kind == ReasonKind::Predecessor && heldOnLastDay(plan, frame, index.indexOf(r.predecessor))) {
            r.day += 1; // the engine waits from its last day; the finish is the day after
            r.lagDays -= 1;
            r.sentence = describe(r, dates); // a done predecessor: not a milestone held on its last day
        }
        if (r.kind == ReasonKind::AsOf)
            r.sentence = "may not start before the as-of date, " + asOfText + "; the plan is re-planned from then";
        if (!frame.started(i))
            continue;
        const Capability &c = plan.capabilities[i];
        s.startDay = frame.actualStartDay[i];
        s.wave = waves.waveOf(s.startDay);
        if (frame.done(i)) {
            s.finishDay = isMilestone(c) ? frame.fixedDay[i] : frame.fixedDay[i] + 1;
            s.slackDays = 0;
            s.critical = false;
            r.sentence = "done: worked " + formatIsoDate(*c.actualStart) + " to " + formatIsoDate(*c.actualFinish);
        } else {
            r.sentence = "under way since " + formatIsoDate(*c.actualStart) + "; " +
                         dayCount(frame.remainingDays[i]) + " left from the as-of date, " + asOfText;
        }
        s.goLiveWave = waves.waveOf(s.lastDay());
    }
    for (DrivingLink &link : schedule.drivingPath)
        if (link.heldBy == HoldKind::Predecessor && heldOnLastDay(plan, frame, index.indexOf(link.holder)))
            link.lagDays -= 1;
}

} // namespace waveplan::detail
