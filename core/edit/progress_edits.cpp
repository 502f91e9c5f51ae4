#include "core/edit/progress_edits.h"

#include "core/edit/edit_checks.h"
#include "core/model/plan_settings.h"
#include "core/model/tracking.h"

#include <algorithm>

namespace waveplan::edit {

namespace {

Date earlier(Date a, Date b)
{
    return std::chrono::sys_days{a} <= std::chrono::sys_days{b} ? a : b;
}

Date later(Date a, Date b)
{
    return std::chrono::sys_days{a} >= std::chrono::sys_days{b} ? a : b;
}

/// "planned", "in progress", "done": the file word in the Edit menu's words.
std::string statusText(WorkStatus status)
{
    std::string text(toString(status));
    std::replace(text.begin(), text.end(), '-', ' ');
    return text;
}

} // namespace

ProgressReport reportOf(const Capability &capability)
{
    return {capability.status, capability.actualStart, capability.actualFinish, capability.remainingDays};
}

ProgressReport reportFor(const Capability &capability, WorkStatus status, Date plannedStart, Date plannedLast,
                         Date asOf)
{
    ProgressReport report;
    report.status = status;
    if (status == WorkStatus::Planned)
        return report;
    report.actualStart = earlier(capability.actualStart.value_or(plannedStart), asOf);
    if (status == WorkStatus::InProgress) {
        report.remainingDays = capability.status == WorkStatus::InProgress ? capability.remainingDays : std::nullopt;
        return report;
    }
    report.actualFinish = later(earlier(capability.actualFinish.value_or(plannedLast), asOf), *report.actualStart);
    return report;
}

Result<PlanEdit> recordProgress(const Plan &plan, std::string_view key, const ProgressReport &report, Date today)
{
    const int found = plan.indexOfCapability(key);
    if (found < 0)
        return detail::unknownCapability(key);
    const auto index = static_cast<std::size_t>(found);
    const Capability &current = plan.capabilities[index];
    Capability after = current;
    after.status = report.status;
    after.actualStart = report.actualStart;
    after.actualFinish = report.actualFinish;
    after.remainingDays = report.remainingDays;
    if (after == current)
        return PlanEdit{};

    PlanEdit edit;
    if (!plan.asOf && report.status != WorkStatus::Planned) {
        PlanSettings settings = settingsOf(plan);
        settings.asOf = today;
        edit.operations.emplace_back(SetPlanSettings{settingsOf(plan), settings});
    }
    edit.operations.emplace_back(ReplaceCapability{index, current, after});
    edit.summary.text = current.status != after.status ? "Mark " + current.key + " " + statusText(after.status)
                                                       : "Change progress of " + current.key;
    edit.summary.area = edit.operations.size() > 1 ? EditArea::Settings : EditArea::Capabilities;
    edit.summary.keys = {current.key};
    return detail::checked(plan, std::move(edit));
}

Result<PlanEdit> setAsOf(const Plan &plan, std::optional<Date> asOf)
{
    if (plan.asOf == asOf)
        return PlanEdit{};
    PlanSettings settings = settingsOf(plan);
    settings.asOf = asOf;
    PlanEdit edit;
    edit.operations.emplace_back(SetPlanSettings{settingsOf(plan), settings});
    edit.summary = {asOf ? "Set the as-of date to " + formatIsoDate(*asOf) : std::string("Clear the as-of date"),
                    EditArea::Settings, {}, std::nullopt};
    return detail::checked(plan, std::move(edit));
}

} // namespace waveplan::edit
