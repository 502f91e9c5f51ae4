#include "core/model/tracking.h"

#include "core/model/plan.h"
#include "core/model/plan_limits.h"
#include "core/util/text.h"

#include <algorithm>

namespace waveplan {

std::string_view toString(WorkStatus status)
{
    switch (status) {
    case WorkStatus::Planned: return "planned";
    case WorkStatus::InProgress: return "in-progress";
    case WorkStatus::Done: return "done";
    }
    return "planned";
}

std::optional<WorkStatus> parseStatus(std::string_view text)
{
    std::string status = text::toLower(text::trim(text));
    std::replace(status.begin(), status.end(), '_', '-');
    std::replace(status.begin(), status.end(), ' ', '-');
    if (status.empty() || status == "planned")
        return WorkStatus::Planned;
    if (status == "in-progress" || status == "started")
        return WorkStatus::InProgress;
    if (status == "done" || status == "complete" || status == "completed")
        return WorkStatus::Done;
    return std::nullopt;
}

std::vector<TrackingFault> trackingFaults(const Capability &c, Date planStart, std::optional<Date> asOf)
{
    std::vector<TrackingFault> faults;
    const auto fault = [&](std::string_view field, std::string message) { faults.push_back({field, std::move(message)}); };
    switch (c.status) {
    case WorkStatus::Planned:
        if (c.actualStart)
            fault("actual_start", "is planned but has an actual_start; set its status to in-progress or done, or "
                                  "clear the date");
        if (c.actualFinish)
            fault("actual_finish", "is planned but has an actual_finish; set its status to done, or clear the date");
        if (c.remainingDays)
            fault("remaining_days", "is planned but has remaining_days; remaining days are for a capability in "
                                    "progress");
        break;
    case WorkStatus::InProgress:
        if (!c.actualStart)
            fault("actual_start", "is in progress but has no actual_start; give the day work began");
        if (c.actualFinish)
            fault("actual_finish", "is in progress but has an actual_finish; set its status to done when the work "
                                   "is finished");
        if (c.remainingDays && (*c.remainingDays < 1 || *c.remainingDays > kMaxDurationDays))
            fault("remaining_days", "is in progress with " + std::to_string(*c.remainingDays) +
                                        " remaining days; give 1 to " + std::to_string(kMaxDurationDays) +
                                        ", or set its status to done when the work is finished");
        break;
    case WorkStatus::Done:
        if (!c.actualStart)
            fault("actual_start", "is done but has no actual_start; give the day work began");
        if (!c.actualFinish)
            fault("actual_finish", "is done but has no actual_finish; give the last day of work");
        if (c.remainingDays)
            fault("remaining_days", "is done but has remaining_days; clear them");
        break;
    }
    if (c.actualStart && c.actualFinish && *c.actualFinish < *c.actualStart)
        fault("actual_finish", "finished on " + formatIsoDate(*c.actualFinish) + ", before it started (" +
                                   formatIsoDate(*c.actualStart) + ")");
    const auto checkDate = [&](std::string_view field, const std::optional<Date> &date, std::string_view what) {
        if (!date)
            return;
        if (*date < planStart)
            fault(field, std::string(what) + " on " + formatIsoDate(*date) + ", before the plan's start date " +
                             formatIsoDate(planStart) + "; move the start date back to that day or earlier");
        else if (asOf && *date > *asOf)
            fault(field, std::string(what) + " on " + formatIsoDate(*date) + ", after the as-of date " +
                             formatIsoDate(*asOf) + "; progress cannot be reported for days that have not come");
    };
    checkDate("actual_start", c.actualStart, "started");
    checkDate("actual_finish", c.actualFinish, "finished");
    return faults;
}

bool hasProgress(const Plan &plan)
{
    return std::any_of(plan.capabilities.begin(), plan.capabilities.end(),
                       [](const Capability &c) { return c.status != WorkStatus::Planned; });
}

std::optional<int> asOfDay(const Plan &plan, const PlanDates &dates)
{
    if (!plan.asOf)
        return std::nullopt;
    return std::max(0, dates.dayOf(*plan.asOf));
}

std::optional<int> asOfDay(const Plan &plan)
{
    return plan.asOf ? asOfDay(plan, PlanDates(plan)) : std::nullopt;
}

WorkStatus statusAsOf(const Plan &plan, const Capability &capability)
{
    return plan.asOf ? capability.status : WorkStatus::Planned;
}

} // namespace waveplan
