#pragma once
/// @file compared_plan.h
/// One side of a comparison as people see it (its label, its plan, its schedule), and the
/// comparison of two sides in words: when each ends, how much moved, the driving paths. The
/// Compare window, the one-page comparison PDF and `waveplan compare` say the same thing.

#include "core/model/date.h"
#include "core/model/plan.h"
#include "core/schedule/plan_comparison.h"
#include "core/schedule/schedule.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace waveplan {

/// A plan and its schedule under the name a reader knows it by: "Main plan (open, as on
/// screen)", "Board approved (baseline of Main plan)", "plan-b.waveplan".
struct ComparedPlan {
    std::string label;
    Plan plan;
    Schedule schedule;
};

/// The last day of `side`'s schedule, or none when it has no schedule.
[[nodiscard]] std::optional<Date> endDate(const ComparedPlan &side);

/// "2027-12-04 (wave 4)": the last day of `side`'s schedule, or "no schedule".
[[nodiscard]] std::string endDateText(const ComparedPlan &side);

/// Calendar days from A's last day to B's, by date (plans may start on different days); none
/// when either side has no schedule.
[[nodiscard]] std::optional<int> endShiftDays(const ComparedPlan &from, const ComparedPlan &to);

/// The comparison of A and B in sentences, for a summary line or the top of a page.
struct ComparisonSummary {
    /// "B ends 2027-12-04 (wave 4), 40 days later than A (2027-10-25, wave 4)."
    std::string ends;
    /// "4 capabilities changed wave and 5 shifted within their wave; 1 added and 0 removed."
    std::string moved;
    /// "Same driving path: GOV > CDP." or two lines, "Driving path A: ..." and "Driving path B: ...".
    std::vector<std::string> drivingPath;
};

/// `separator` goes between the keys of a driving path (" › " on screen, " > " in plain text);
/// `maxKeys` > 0 shortens a longer path as drivingPathText does.
[[nodiscard]] ComparisonSummary summarizeComparison(const ComparedPlan &from, const ComparedPlan &to,
                                                    const PlanComparison &comparison,
                                                    const std::string &separator = " \u203a ",
                                                    std::size_t maxKeys = 0);

/// "GOV › DATA › CDP", or "(none)". With `maxKeys` > 0 a longer path keeps its first keys and
/// its last: "C001 › C006 › … › C296 (31 in all)".
[[nodiscard]] std::string drivingPathText(const std::vector<std::string> &keys, const std::string &separator,
                                          std::size_t maxKeys = 0);

} // namespace waveplan
