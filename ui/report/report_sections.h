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
void writeWaveSections(ReportPages &pages, const ReportFacts &facts);
void writeCriticalSection(ReportPages &pages, const ReportFacts &facts);
void writeCapacitySection(ReportPages &pages, const Plan &plan, const Schedule &schedule);
void writeProblemsSection(ReportPages &pages, const ReportFacts &facts);

} // namespace waveplan::ui::report
