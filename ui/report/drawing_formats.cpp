#include "ui/report/drawing_formats.h"

#include "ui/report/comparison_report.h"
#include "ui/report/graphml_export.h"
#include "ui/report/image_export.h"
#include "ui/report/report_writer.h"
#include "ui/text/qt_text.h"

namespace waveplan::ui::report {

QPageSize::PageSizeId pageSizeOf(Paper paper)
{
    switch (paper) {
    case Paper::A4: return QPageSize::A4;
    case Paper::Letter: return QPageSize::Letter;
    case Paper::A3: return QPageSize::A3;
    case Paper::Tabloid: return QPageSize::Tabloid;
    }
    return QPageSize::A4;
}

Paper paperOf(QPageSize::PageSizeId size)
{
    for (const Paper paper : {Paper::A4, Paper::Letter, Paper::A3, Paper::Tabloid})
        if (pageSizeOf(paper) == size)
            return paper;
    return Paper::A4;
}

ReportOptions reportOptions(const WriteRequest &request)
{
    ReportOptions options;
    options.paper = pageSizeOf(request.paper);
    options.orientation = request.portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
    options.includeMap = request.includeMap;
    options.includeBoard = request.includeBoard;
    options.includeSummary = request.includeSummary;
    options.includeRoadmap = request.includeRoadmap;
    options.includeWaves = request.includeWaves;
    options.includeCritical = request.includeCritical;
    options.includeCapacity = request.includeCapacity;
    options.includeRisks = request.includeRisks;
    options.baseline = request.baseline;
    options.budgetSchedules = request.budgetSchedules;
    if (request.acceptedSchedule != nullptr)
        options.shown = *request.acceptedSchedule;
    return options;
}

void setReportOptions(WriteRequest &request, const ReportOptions &options)
{
    request.paper = paperOf(options.paper);
    request.portrait = options.orientation == QPageLayout::Portrait;
    request.includeMap = options.includeMap;
    request.includeBoard = options.includeBoard;
    request.includeSummary = options.includeSummary;
    request.includeRoadmap = options.includeRoadmap;
    request.includeWaves = options.includeWaves;
    request.includeCritical = options.includeCritical;
    request.includeCapacity = options.includeCapacity;
    request.includeRisks = options.includeRisks;
    request.baseline = options.baseline;
    request.budgetSchedules = options.budgetSchedules;
}

ImageOptions imageOptions(const WriteRequest &request, ImageFormat format)
{
    ImageOptions options;
    options.format = format;
    options.view = request.roadmap ? ReportView::Roadmap : request.board ? ReportView::Board : ReportView::Map;
    options.width = request.width;
    options.height = request.height;
    options.dpi = request.dpi;
    options.title = qs(request.title);
    options.legend = request.legend;
    options.budgetSchedules = request.budgetSchedules;
    if (request.acceptedSchedule != nullptr)
        options.shown = *request.acceptedSchedule;
    return options;
}

void setImageOptions(WriteRequest &request, const ImageOptions &options)
{
    request.board = options.view == ReportView::Board;
    request.roadmap = options.view == ReportView::Roadmap;
    request.width = options.width;
    request.height = options.height;
    request.dpi = options.dpi;
    request.title = options.title.toStdString();
    request.legend = options.legend;
    request.budgetSchedules = options.budgetSchedules;
}

void addDrawingWriters(FormatRegistry &formats)
{
    formats.setWriter("pdf", [](const Plan &plan, const WriteRequest &request) {
        return writeReportPdf(plan, reportOptions(request), request.path, request.overwrite);
    });
    for (const auto &[id, format] : {std::pair{"png", ImageFormat::Png}, std::pair{"svg", ImageFormat::Svg}})
        formats.setWriter(id, [format = format](const Plan &plan, const WriteRequest &request) {
            return writeImageFile(plan, imageOptions(request, format), request.path, request.overwrite);
        });
    formats.setWriter("graphml", [](const Plan &plan, const WriteRequest &request) {
        return writeGraphmlFile(plan, request.budgetSchedules, request.path, request.overwrite,
                                request.acceptedSchedule ? *request.acceptedSchedule : ScheduleReference{});
    });
    formats.setComparisonWriter([](const ComparedPlan &from, const ComparedPlan &to, const PlanComparison &comparison,
                                   const WriteRequest &request) {
        return writeComparisonPdf(from, to, comparison, reportOptions(request), request.path, request.overwrite);
    });
}

const FormatRegistry &desktopFormats()
{
    static const FormatRegistry formats = [] {
        FormatRegistry all = builtInFormats();
        addDrawingWriters(all);
        return all;
    }();
    return formats;
}

} // namespace waveplan::ui::report
