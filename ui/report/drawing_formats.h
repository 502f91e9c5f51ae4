#pragma once
/// @file drawing_formats.h
/// The writers of the formats core describes but cannot draw (pdf, png, svg, graphml; see
/// core/formats/format_registry.h), and the registry the desktop app reads and writes with.

#include "ui/report/report_options.h"

#include "core/formats/format_registry.h"

namespace waveplan::ui::report {

/// Supplies the pdf, png, svg and graphml writers: the report (report_writer.h), the pictures
/// (image_export.h) and the map for yEd (graphml_export.h); and the one-page comparison
/// (comparison_report.h). They need a QApplication while they run.
void addDrawingWriters(FormatRegistry &formats);

/// The report a request asks for (paper, orientation, drawings, budget), and the other way round.
/// Qt's page size for `paper`, and back (a size that is none of them reads as A4).
[[nodiscard]] QPageSize::PageSizeId pageSizeOf(Paper paper);
[[nodiscard]] Paper paperOf(QPageSize::PageSizeId size);

[[nodiscard]] ReportOptions reportOptions(const WriteRequest &request);
void setReportOptions(WriteRequest &request, const ReportOptions &options);
/// The picture a request asks for (view, size, dpi, budget), and the other way round.
[[nodiscard]] ImageOptions imageOptions(const WriteRequest &request, ImageFormat format);
void setImageOptions(WriteRequest &request, const ImageOptions &options);

/// builtInFormats() with the drawing writers: every format the command line can write.
[[nodiscard]] const FormatRegistry &desktopFormats();

} // namespace waveplan::ui::report
