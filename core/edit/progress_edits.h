#pragma once
/// @file progress_edits.h
/// Builders for following the plan through the year (issue 15): a capability's progress and the
/// plan's as-of date. Each checks the edit against tracking.h's rules and returns it, or an
/// error saying why it is refused; an edit that would change nothing comes back empty.

#include "core/edit/plan_edit.h"

#include <optional>
#include <string_view>

namespace waveplan::edit {

/// What a user reports about one capability.
struct ProgressReport {
    WorkStatus status = WorkStatus::Planned;
    std::optional<Date> actualStart;
    std::optional<Date> actualFinish;
    std::optional<int> remainingDays; ///< in progress: days left from the as-of date; empty = worked out
    bool operator==(const ProgressReport &) const = default;
};

/// What `capability` says now, as a report to change a field of.
[[nodiscard]] ProgressReport reportOf(const Capability &capability);

/// The report that moves `capability` to `status` with the dates a user would expect, for a
/// menu command or a status picker: what it already says, else its scheduled dates
/// (`plannedStart`, `plannedLast`), never after `asOf`. Planned clears everything; in progress
/// keeps the actual start (or takes the planned start) and clears the finish; done also takes an
/// actual finish (the planned last day, or `asOf` if that is sooner, never before the start).
[[nodiscard]] ProgressReport reportFor(const Capability &capability, WorkStatus status, Date plannedStart,
                                       Date plannedLast, Date asOf);

/// Gives `key` the progress `report`: "Mark CDP done", "Mark CDP in progress", "Mark CDP planned",
/// or "Change progress of CDP" when the status stays. When the plan has no as-of date and the
/// report says work has started, the same edit sets the as-of date to `today`: progress always
/// says which day it describes. Refused when `key` is unknown or the report breaks a rule of
/// tracking.h (a done capability without an actual finish, a date after the as-of date...).
[[nodiscard]] Result<PlanEdit> recordProgress(const Plan &plan, std::string_view key, const ProgressReport &report,
                                              Date today);

/// Sets the plan's as-of date, the day it is re-planned from: "Set the as-of date to 2027-04-05";
/// empty clears it: "Clear the as-of date". Refused when an actual date of the plan is after it.
[[nodiscard]] Result<PlanEdit> setAsOf(const Plan &plan, std::optional<Date> asOf);

} // namespace waveplan::edit
