#include "core/schedule/schedule.h"

#include "core/schedule/clashes.h"
#include "core/schedule/critical_path.h"
#include "core/schedule/cycles.h"
#include "core/schedule/explanation.h"
#include "core/schedule/schedule_assembly.h"
#include "core/schedule/team_usage.h"
#include "core/model/plan_limits.h"

#include <algorithm>

namespace waveplan {

const ScheduledCapability *Schedule::find(std::string_view key) const
{
    for (const ScheduledCapability &c : capabilities)
        if (c.key == key)
            return &c;
    return nullptr;
}

namespace detail {

std::vector<Problem> unschedulableProblems(const Plan &plan, const PlanIndex &index)
{
    std::vector<Problem> problems;
    for (std::string &message : structuralErrors(plan, index))
        problems.push_back({Severity::Error, "invalid-plan", std::move(message), {}, {}});
    if (!problems.empty())
        return problems;
    for (const std::vector<std::string> &cycle : findCycles(plan, index)) {
        std::string text;
        for (const std::string &key : cycle)
            text += key + " -> ";
        text += cycle.front();
        problems.push_back({Severity::Error, "cycle",
                            "dependency cycle " + text + ": remove one of these dependencies so the plan can be scheduled",
                            cycle, {}});
    }
    return problems;
}

SchedulingScope::SchedulingScope(const Plan &plan, const PlanIndex &index)
    : m_plan(plan)
    , m_index(index)
    , m_frame(progressFrame(plan))
{
    if (!m_frame.active)
        return;
    m_left.emplace(remainingPlan(plan, index, m_frame));
    m_leftIndex.emplace(*m_left);
}

std::vector<Problem> SchedulingScope::clashes() const
{
    if (!m_frame.active)
        return planClashes(m_plan, m_index);
    std::vector<Problem> problems = planClashes(plan(), index(), &m_frame);
    std::vector<Problem> warnings = startedEarlyWarnings(m_plan, m_index, m_frame);
    problems.insert(problems.end(), warnings.begin(), warnings.end());
    return problems;
}

std::vector<Problem> clashesBeforeScheduling(const Plan &plan, const PlanIndex &index)
{
    return SchedulingScope(plan, index).clashes();
}

namespace {

/// The teams' load as the views show it when the plan is re-planned from an as-of date: the
/// work as it was and will be, at the dates reported (done work over its actual days, work under
/// way from its actual start), so a wave before the as-of date shows what its people did and
/// what went live in it, not an empty wave. Waves 1..`lastWave`.
std::vector<TeamWaveLoad> reportedLoad(const Plan &wholePlan, const Schedule &schedule, int lastWave)
{
    Plan spans = wholePlan; // each capability as long as it is reported
    std::vector<int> starts(spans.capabilities.size(), 0);
    for (std::size_t i = 0; i < spans.capabilities.size() && i < schedule.capabilities.size(); ++i) {
        starts[i] = schedule.capabilities[i].startDay;
        spans.capabilities[i].durationDays =
            std::max(0, schedule.capabilities[i].finishDay - schedule.capabilities[i].startDay);
    }
    return teamLoad(spans, TeamUsage(spans, starts), lastWave);
}

} // namespace

/// Everything after the start days are known, with problems found before solving in `problems`.
Schedule assembleSchedule(const SchedulingScope &scope, const std::vector<int> &starts, std::vector<Problem> problems)
{
    const Plan &plan = scope.plan();
    const PlanIndex &index = scope.index();
    const ProgressFrame *progress = scope.progress();
    Schedule schedule;
    const WaveGrid waves = waveGrid(plan);
    const std::size_t n = plan.capabilities.size();
    for (std::size_t i = 0; i < n; ++i)
        schedule.makespanDays = std::max(schedule.makespanDays, endOf(plan.capabilities[i], starts[i]));

    // The dependency path is the whole plan's, whatever has been done.
    const CriticalPathAnalysis cpm = analyseCriticalPath(scope.wholePlan(), scope.wholeIndex());
    schedule.minimumLengthDays = cpm.lengthDays;
    schedule.criticalPath = cpm.criticalPath;

    const TeamUsage usage(plan, starts);
    const std::vector<StartReason> reasons = explainStarts(plan, index, starts, usage, progress);
    const std::vector<int> holders = capacityHolders(plan, starts, reasons, usage);
    const std::vector<std::vector<int>> slotUsers = goLiveSlotUsers(plan, starts, reasons);
    const std::vector<int> slack = slackDays(plan, index, starts, holders, slotUsers, schedule.makespanDays);
    schedule.drivingPath = drivingPath(plan, index, starts, reasons, holders, slotUsers, slack);
    for (const DrivingLink &link : schedule.drivingPath)
        schedule.criticalChain.push_back(link.key);

    schedule.capabilities.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        ScheduledCapability c;
        c.key = plan.capabilities[i].key;
        c.startDay = starts[i];
        c.finishDay = starts[i] + plan.capabilities[i].durationDays;
        c.wave = waves.waveOf(c.startDay);
        c.goLiveWave = waves.waveOf(c.lastDay());
        c.slackDays = slack[i];
        c.critical = slack[i] <= 0;
        c.reason = reasons[i];
        schedule.capabilities.push_back(std::move(c));
    }

    const int lastWave = waves.waveOf(std::max(schedule.makespanDays - 1, 0));
    // Waves past the last a plan can name (kMaxWave) are not listed: a schedule that long is
    // a plan gone wrong, and teams x waves rows of it would fill memory.
    const int loadWaves = std::min(std::max(plan.horizonWaves, lastWave), kMaxWave);

    std::vector<Problem> violations = scheduleViolations(plan, index, starts, usage, problems, progress);
    problems.insert(problems.end(), violations.begin(), violations.end());
    if (n > 0 && lastWave > plan.horizonWaves) {
        std::vector<std::string> late;
        for (const ScheduledCapability &c : schedule.capabilities)
            if (c.goLiveWave > plan.horizonWaves)
                late.push_back(c.key);
        // "it ends on 2028-03-01, in wave 5 (Q1 2028)": the date of the last day of work.
        const std::string quarter = quarterName(plan, lastWave);
        problems.push_back({Severity::Warning, "past-horizon",
                            "the plan runs past its horizon of " + std::to_string(plan.horizonWaves) +
                                " waves: it ends on " +
                                formatIsoDate(dateOfDay(plan, std::max(schedule.makespanDays - 1, 0))) + ", in wave " +
                                std::to_string(lastWave) + (quarter.empty() ? "" : " (" + quarter + ")"),
                            late, {}});
    }
    schedule.problems = std::move(problems);
    schedule.feasible = !hasErrors(schedule.problems);
    reportProgress(schedule, scope.wholePlan(), scope.wholeIndex(), scope.frame());
    // Without an as-of date the dates reported are the start days solved for, so the usage
    // already at hand is the load; with one, the load follows the dates reported.
    schedule.load = progress != nullptr && progress->active ? reportedLoad(scope.wholePlan(), schedule, loadWaves)
                                                            : teamLoad(plan, usage, loadWaves);
    return schedule;
}

} // namespace detail

Schedule evaluateSchedule(const Plan &plan, const std::vector<int> &startDays)
{
    const PlanIndex index(plan);
    std::vector<Problem> problems = detail::unschedulableProblems(plan, index);
    if (!problems.empty() || startDays.size() != plan.capabilities.size()) {
        if (problems.empty())
            problems.push_back({Severity::Error, "invalid-schedule",
                                "expected " + std::to_string(plan.capabilities.size()) + " start days, one per "
                                    "capability, but got " + std::to_string(startDays.size()),
                                {}, {}});
        Schedule schedule;
        schedule.problems = std::move(problems);
        return schedule;
    }
    const detail::SchedulingScope scope(plan, index);
    const detail::ProgressFrame &frame = scope.frame();
    if (!frame.active)
        return detail::assembleSchedule(scope, startDays, scope.clashes());
    // Started work is judged where it really is: at its actual start, what is left fixed.
    std::vector<Problem> moved;
    std::vector<int> days = startDays;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (!frame.started(i))
            continue;
        if (days[i] != frame.actualStartDay[i]) {
            const Capability &c = plan.capabilities[i];
            moved.push_back({Severity::Error, "actual-start-moved",
                             c.key + " is " + (frame.done(i) ? "done" : "under way") + ": it started on " +
                                 formatIsoDate(*c.actualStart) + " (day " + std::to_string(frame.actualStartDay[i]) +
                                 "), not on day " + std::to_string(days[i]),
                             {c.key}, {}});
        }
        days[i] = frame.fixedDay[i];
    }
    std::vector<Problem> known = scope.clashes();
    known.insert(known.end(), moved.begin(), moved.end());
    return detail::assembleSchedule(scope, days, std::move(known));
}

} // namespace waveplan
