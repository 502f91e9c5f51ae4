#pragma once
/// @file baseline_section.h
/// The report's "Changes since <baseline>" section: how the plan's end date and each
/// capability's wave and go-live have moved since a baseline was frozen, biggest slips first,
/// and what was added or removed since.

namespace waveplan {
struct Baseline;
struct Plan;
struct Schedule;
} // namespace waveplan

namespace waveplan::ui::report {

class ReportPages;

void writeBaselineSection(ReportPages &pages, const Plan &plan, const Schedule &schedule,
                          const Baseline &baseline);

} // namespace waveplan::ui::report
