#include "ui/commands/progress_marking.h"

#include "core/schedule/schedule.h"

namespace waveplan::ui {

Result<edit::PlanEdit> markStatus(const Plan &plan, std::string_view key, WorkStatus status, Date today)
{
    const Capability *current = plan.findCapability(key);
    if (current == nullptr)
        return edit::recordProgress(plan, key, {}, today); // refused: it names the unknown key
    if (current->status == status)
        return edit::PlanEdit{};
    Plan drafted = plan;
    drafted.asOf.reset();
    ScheduleOptions quick;
    quick.firstScheduleOnly = true;
    const Schedule draftSchedule = computeSchedule(drafted, quick);
    const ScheduledCapability *s = draftSchedule.find(current->key);
    const Date plannedStart = s ? waveplan::dateOfDay(plan, s->startDay) : plan.startDate;
    const Date plannedLast = s ? waveplan::dateOfDay(plan, s->lastDay()) : plannedStart;
    return edit::recordProgress(
        plan, key, edit::reportFor(*current, status, plannedStart, plannedLast, plan.asOf.value_or(today)), today);
}

} // namespace waveplan::ui
