#include "core/schedule/compared_plan.h"

#include "core/model/date.h"
#include "core/schedule/schedule_changes.h"

#include <chrono>

namespace waveplan {

namespace {

bool scheduled(const ComparedPlan &side) {
    return !side.schedule.capabilities.empty() && side.schedule.makespanDays > 0;
}

Date lastDay(const ComparedPlan &side) {
    return waveplan::dateOfDay(side.plan, side.schedule.makespanDays - 1);
}

} // namespace

std::optional<Date> endDate(const ComparedPlan &side) {
    if (!scheduled(side))
        return std::nullopt;
    return lastDay(side);
}

std::string endDateText(const ComparedPlan &side) {
    if (!scheduled(side))
        return "no schedule";
    const int last = side.schedule.makespanDays - 1;
    return formatIsoDate(lastDay(side)) + " (wave " +
           std::to_string(waveGrid(side.plan).waveOf(last)) + ")";
}

std::optional<int> endShiftDays(const ComparedPlan &from, const ComparedPlan &to) {
    if (!scheduled(from) || !scheduled(to))
        return std::nullopt;
    return static_cast<int>(
        (std::chrono::sys_days{lastDay(to)} - std::chrono::sys_days{lastDay(from)}).count());
}

std::string drivingPathText(const std::vector<std::string> &keys, const std::string &separator,
                            std::size_t maxKeys) {
    if (keys.empty())
        return "(none)";
    const bool shortened = maxKeys >= 2 && keys.size() > maxKeys;
    const std::size_t head = shortened ? maxKeys - 1 : keys.size();
    std::string text;
    for (std::size_t i = 0; i < head; ++i)
        text += (text.empty() ? "" : separator) + keys[i];
    if (shortened)
        text += separator + "\u2026" + separator + keys.back() + " (" + std::to_string(keys.size()) + " in all)";
    return text;
}

ComparisonSummary summarizeComparison(const ComparedPlan &from, const ComparedPlan &to,
                                      const PlanComparison &comparison, const std::string &separator,
                                      std::size_t maxKeys) {
    ComparisonSummary summary;
    const std::optional<int> shift = endShiftDays(from, to);
    if (!scheduled(to))
        summary.ends = "B cannot be scheduled (see its problems); A ends " + endDateText(from) + ".";
    else if (!shift)
        summary.ends = "A cannot be scheduled (see its problems); B ends " + endDateText(to) + ".";
    else if (*shift == 0)
        summary.ends = "B ends on the same day as A, " + endDateText(to) + ".";
    else
        summary.ends = "B ends " + endDateText(to) + ", " + daysLaterOrSooner(*shift) + " than A (" +
                       formatIsoDate(lastDay(from)) + ", wave " +
                       std::to_string(waveGrid(from.plan).waveOf(from.schedule.makespanDays - 1)) + ").";

    const ScheduleChanges &changes = comparison.changes;
    const int changedWave = changes.movedWaveCount();
    const int shifted = static_cast<int>(changes.moves.size()) - changedWave;
    summary.moved = std::to_string(changedWave) +
                    (changedWave == 1 ? " capability changed wave and " : " capabilities changed wave and ") +
                    std::to_string(shifted) + " shifted within their wave; " + std::to_string(changes.added.size()) +
                    " added and " + std::to_string(changes.removed.size()) + " removed.";

    if (comparison.fromDrivingPath == comparison.toDrivingPath)
        summary.drivingPath = {"Same driving path: " + drivingPathText(comparison.toDrivingPath, separator, maxKeys) + "."};
    else
        summary.drivingPath = {"Driving path A: " + drivingPathText(comparison.fromDrivingPath, separator, maxKeys) + ".",
                               "Driving path B: " + drivingPathText(comparison.toDrivingPath, separator, maxKeys) + "."};
    return summary;
}

} // namespace waveplan
