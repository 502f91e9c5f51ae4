#pragma once
/// @file comparison_report.h
/// The one-page comparison a CMO hands the board: two versions of a plan (scenarios, a
/// baseline, another file) on one landscape page. At the top the end dates and the counts
/// (changed wave, shifted, added and removed, total cost) as figures, the same sentences as the
/// Compare window; then, side by side, what moved (biggest changes first) and the cost per
/// wave as a chart with each team's load and go-lives where they differ. However much differs,
/// it stays one page: the longest lists are cut, with a line saying how many more there are.
/// See docs/reports.md, "The one-page comparison".

#include "ui/report/report_options.h"

#include "core/util/result.h"

#include <QByteArray>

#include <filesystem>

namespace waveplan {
struct ComparedPlan;
struct PlanComparison;
} // namespace waveplan

namespace waveplan::ui::report {

/// How many rows each list shows (everything, unless the page is full).
struct ComparisonRows {
    int moved = 0; ///< capabilities that moved, were added or removed
    int load = 0;  ///< team-and-wave rows whose load or go-lives differ
};

/// The comparison as PDF bytes (paper and orientation from `options`; the report date too).
/// `shown`, when given, receives how many rows of each list fitted.
[[nodiscard]] QByteArray comparisonPdf(const ComparedPlan &from, const ComparedPlan &to,
                                       const PlanComparison &comparison, const ReportOptions &options,
                                       ComparisonRows *shown = nullptr);

/// Writes comparisonPdf to `path` atomically (nothing half-written on failure).
[[nodiscard]] Status writeComparisonPdf(const ComparedPlan &from, const ComparedPlan &to,
                                        const PlanComparison &comparison, const ReportOptions &options,
                                        const std::filesystem::path &path, bool overwrite);

} // namespace waveplan::ui::report
