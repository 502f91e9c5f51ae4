#pragma once
/// @file tracking.h
/// Following the plan through the year (issue 15): the rules that keep a capability's progress
/// consistent, in one place for every entry path (CSV, JSON, the inspector, the store). Each
/// rule names the field it is about by its file name (status, actual_start, actual_finish,
/// remaining_days), so a spreadsheet error points at its cell and a JSON error at its field.
///
/// Progress describes the plan as of a day, the plan's as-of date: nothing can have started or
/// finished after it. Re-planning from that day is core/schedule's business.

#include "core/model/capability.h"
#include "core/model/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

struct Plan;
class PlanDates;

/// "planned", "in-progress" or "done": how files write a status.
[[nodiscard]] std::string_view toString(WorkStatus status);
/// A status as people write it, any letter case: "planned", "in-progress" ("in progress",
/// "in_progress", "started"), "done" ("complete", "completed"); an empty cell is planned.
[[nodiscard]] std::optional<WorkStatus> parseStatus(std::string_view text);

/// One thing wrong with a capability's progress: the field (file name) and what is wrong,
/// written to follow the capability's key ("CDP is done but has no actual_finish: ...").
struct TrackingFault {
    std::string_view field;
    std::string message;
    bool operator==(const TrackingFault &) const = default;
};

/// What is wrong with `capability`'s progress in a plan starting on `planStart`:
/// - planned: no actual dates, no remaining days;
/// - in progress: an actual start, no actual finish, remaining days (when given) at least 1;
/// - done: both actual dates, no remaining days;
/// - the actual finish not before the actual start, neither before the plan's start date;
/// - with `asOf`, neither actual date after it.
/// Empty when the progress is consistent.
[[nodiscard]] std::vector<TrackingFault> trackingFaults(const Capability &capability, Date planStart,
                                                        std::optional<Date> asOf = std::nullopt);

/// Some capability of the plan is in progress or done.
[[nodiscard]] bool hasProgress(const Plan &plan);

/// The plan day the plan is re-planned from: the first working day on or after its as-of date,
/// never before day 0; empty without an as-of date. Give `dates` when a PlanDates is at hand.
[[nodiscard]] std::optional<int> asOfDay(const Plan &plan);
[[nodiscard]] std::optional<int> asOfDay(const Plan &plan, const PlanDates &dates);

/// The status the schedule and the views go by: the capability's own when the plan has an as-of
/// date, planned otherwise (progress without an as-of date describes no day: the plan is the
/// draft).
[[nodiscard]] WorkStatus statusAsOf(const Plan &plan, const Capability &capability);

} // namespace waveplan
