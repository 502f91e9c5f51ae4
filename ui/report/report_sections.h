#pragma once
/// @file report_sections.h
/// The sections of the wave-plan report, each written onto ReportPages: title page, one section
/// per wave, critical path and chain, team capacity, problems and risks. (The drawings are in
/// report_drawing.h.)

namespace waveplan {
struct Plan;
struct Schedule;
} // namespace waveplan

namespace waveplan::ui::report {

class ReportPages;
struct ReportFacts;

void writeTitlePage(ReportPages &pages, const ReportFacts &facts, const Plan &plan);
/// A table per wave of what starts in it; with `withMaps`, each after the wave's part of the
/// dependency map (wave_excerpt_drawing.h).
void writeWaveSections(ReportPages &pages, const ReportFacts &facts, const Plan &plan, const Schedule &schedule,
                       bool withMaps);
void writeCriticalSection(ReportPages &pages, const ReportFacts &facts);
void writeCapacitySection(ReportPages &pages, const Plan &plan, const Schedule &schedule);
void writeProblemsSection(ReportPages &pages, const ReportFacts &facts);

} // namespace waveplan::ui::report
