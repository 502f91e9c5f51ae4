#pragma once
/// @file baseline_drift.h
/// Baselines and schedules: freezing a schedule as a baseline, and how far each capability has
/// drifted from it. Drift is counted in calendar days between dates, so a baseline keeps its
/// meaning when the plan's start date moves: a capability that still goes live on the day the
/// baseline said has drifted 0 days, whatever its day number is now.

#include "core/model/baseline.h"

#include <optional>
#include <string>
#include <vector>

namespace waveplan {

struct Plan;
class PlanDates;
struct Schedule;
struct ScheduledCapability;

/// `schedule` (of `plan`) frozen as a baseline called `name` on `frozenOn`: every scheduled
/// capability's days, wave and cost, the end day, the driving path and each team's load.
[[nodiscard]] Baseline baselineOf(std::string name, Date frozenOn, const Plan &plan,
                                  const Schedule &schedule);

/// How one capability differs from a baseline.
struct BaselineDrift {
    int startDays = 0;  ///< current start date - baseline start date (positive: later)
    int finishDays = 0; ///< current go-live - baseline go-live (last working day); positive: later
    int fromWave = 0;   ///< in the baseline
    int toWave = 0;     ///< now
    Date baselineStart{};
    Date baselineFinish{}; ///< the baseline's last working day
    bool operator==(const BaselineDrift &) const = default;
};

/// The drift of `scheduled` (in `plan`'s schedule) from `baseline`; nullopt when the baseline
/// does not hold its key (it was added since).
[[nodiscard]] std::optional<BaselineDrift> driftOf(const Baseline &baseline, const Plan &plan,
                                                   const ScheduledCapability &scheduled);

/// A frozen capability's days in another plan's numbering: its first day and the day after its
/// last day of work (its first day for a milestone).
struct BaselineDays {
    int start = 0;
    int finish = 0;
};
/// Where `entry` of `baseline` lies in the days of the plan `dates` belongs to, through its dates.
/// A date that is no longer a working day there (a holiday added since) becomes the next one.
[[nodiscard]] BaselineDays baselineDaysIn(const Baseline &baseline, const Baseline::Entry &entry,
                                          const PlanDates &dates);

/// Drift in a cell: "+45 d", "-12 d" (with a real minus sign), "0 d".
[[nodiscard]] std::string driftCellText(int days);

/// A sentence for the inspector: "Goes live 45 days later than in Board approved (was wave 2,
/// 2027-02-03 - 2027-04-04)", "Goes live on the day Board approved said (wave 2)", or "Not in
/// Board approved: added since it was frozen" when `drift` is null.
[[nodiscard]] std::string driftSentence(const Baseline &baseline, const BaselineDrift *drift);

/// Everything that differs between a plan's schedule and a baseline, for reports.
struct BaselineChanges {
    std::vector<std::pair<std::string, BaselineDrift>>
        drifted;                      ///< wave or go-live changed, in plan order
    std::vector<std::string> added;   ///< scheduled now, not in the baseline (plan order)
    std::vector<std::string> removed; ///< in the baseline, not scheduled now (key order)
    int endShiftDays = 0;             ///< current end date - baseline end date (calendar days)
    int unchanged = 0;                ///< in both, same wave and go-live
};
[[nodiscard]] BaselineChanges changesSinceBaseline(const Baseline &baseline, const Plan &plan,
                                                   const Schedule &schedule);

/// The baseline as a schedule and a plan for comparePlans (plan_comparison.h): the schedule
/// holds the frozen days, waves, end day, driving path and load; the plan holds only what a
/// comparison reads (name, start date, wave length, teams in load order, capabilities with their
/// frozen costs) with `owner`'s working calendar and wave scheme, and the schedule's days are
/// that plan's days, so a baseline compares day for day with the plan it was frozen from.
/// Named "`owner.name` @ `baseline.name`".
[[nodiscard]] Schedule frozenSchedule(const Baseline &baseline, const Plan &owner);
[[nodiscard]] Plan frozenPlan(const Baseline &baseline, const Plan &owner);

} // namespace waveplan
