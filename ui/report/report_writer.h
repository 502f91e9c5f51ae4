#pragma once
/// @file report_writer.h
/// The wave-plan report as a PDF (QPdfWriter: vector drawings, selectable text, embedded
/// fonts) or on any paged device (the print preview's QPrinter). See docs/reports.md.

#include "ui/report/report_options.h"

#include "core/model/plan.h"
#include "core/util/result.h"

#include <QByteArray>

#include <filesystem>

class QPagedPaintDevice;

namespace waveplan::ui::report {

class ReportScenes;

/// Resolution of report devices: scene pixels of the map and board print at their on-screen size.
inline constexpr int kReportDpi = 96;

/// Sets paper, orientation and margins on `device`.
void setUpPages(QPagedPaintDevice *device, const ReportOptions &options);

/// Paints the whole report on `device` (set up with setUpPages). Returns the number of pages.
int paintReport(QPagedPaintDevice *device, const ReportScenes &scenes, const ReportOptions &options);

/// The report of `scenes` as PDF bytes; `pages`, when given, receives the page count.
[[nodiscard]] QByteArray reportPdf(const ReportScenes &scenes, const ReportOptions &options, int *pages = nullptr);

/// Schedules `plan`, renders its report and writes it to `path` atomically (a temporary file
/// beside it, renamed over it): a failure never leaves a half-written file.
[[nodiscard]] Status writeReportPdf(const Plan &plan, const ReportOptions &options, const std::filesystem::path &path,
                                    bool overwrite);

} // namespace waveplan::ui::report
