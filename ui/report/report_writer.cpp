#include "ui/report/report_writer.h"

#include "ui/report/baseline_section.h"
#include "ui/report/report_drawing.h"
#include "ui/report/report_facts.h"
#include "ui/report/report_pages.h"
#include "ui/report/report_scenes.h"
#include "ui/report/report_sections.h"
#include "ui/report/roadmap_drawing.h"
#include "ui/text/qt_text.h"

#include "core/io/atomic_file.h"

#include <QBuffer>
#include <QDate>
#include <QPainter>
#include <QPdfWriter>

#include <utility>

namespace waveplan::ui::report {

namespace {

QString reportDate(const ReportOptions &options)
{
    if (options.reportDate)
        return qs(formatIsoDate(*options.reportDate));
    return QDate::currentDate().toString(Qt::ISODate);
}

/// Writes every section; `painter` null = dry run. Returns the page count.
int writeReport(QPagedPaintDevice *device, QPainter *painter, const ReportScenes &scenes, const ReportFacts &facts,
                const ReportOptions &options, int totalPages)
{
    ReportPages pages(device, painter, ReportStyle::make(), facts.planName, reportDate(options), totalPages);
    if (options.includeSummary)
        writeTitlePage(pages, facts, scenes.plan());
    if (options.includeRoadmap)
        writeRoadmapSection(pages, scenes.plan(), scenes.schedule());
    // The map: each wave's part with its wave; the whole map as an appendix only when it fits
    // one page legibly, or (tiled) when the map is asked for without the waves.
    const bool withMap = options.includeMap && scenes.map() && !scenes.plan().capabilities.empty();
    if (options.includeWaves)
        writeWaveSections(pages, facts, scenes.plan(), scenes.schedule(), withMap);
    if (withMap) {
        const QRectF source = ReportScenes::drawnRect(scenes.map());
        if (!options.includeWaves || drawingFitsOnePage(pages, source, scenes.mapTextPoints(), paintMapLegend))
            drawScene(pages, scenes.map(), source, scenes.mapTextPoints(), QObject::tr("Map"),
                      QObject::tr("Dependency map"), paintMapLegend);
    }
    if (options.includeBoard && scenes.board() && !scenes.plan().capabilities.empty())
        drawScene(pages, scenes.board(), ReportScenes::drawnRect(scenes.board()), scenes.boardTextPoints(),
                  QObject::tr("Board"), QObject::tr("Wave board"), paintBoardLegend);
    if (const Baseline *baseline = scenes.plan().findBaseline(options.baseline))
        writeBaselineSection(pages, scenes.plan(), scenes.schedule(), *baseline);
    if (options.includeCritical)
        writeCriticalSection(pages, facts);
    if (options.includeCapacity)
        writeCapacitySection(pages, scenes.plan(), scenes.schedule());
    if (options.includeRisks)
        writeProblemsSection(pages, facts);
    pages.finish();
    return pages.pageNumber();
}

} // namespace

void setUpPages(QPagedPaintDevice *device, const ReportOptions &options)
{
    device->setPageLayout(QPageLayout(QPageSize(options.paper), options.orientation,
                                      QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                                      QPageLayout::Millimeter));
}

int paintReport(QPagedPaintDevice *device, const ReportScenes &scenes, const ReportOptions &options)
{
    const ReportFacts facts = reportFacts(scenes.plan(), scenes.schedule());
    const int total = writeReport(device, nullptr, scenes, facts, options, 0);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int painted = writeReport(device, &painter, scenes, facts, options, total);
    painter.end();
    return painted;
}

QByteArray reportPdf(const ReportScenes &scenes, const ReportOptions &options, int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kReportDpi);
        writer.setTitle(qs(scenes.plan().name));
        writer.setCreator(QStringLiteral("Waveplan"));
        setUpPages(&writer, options);
        const int painted = paintReport(&writer, scenes, options);
        if (pages)
            *pages = painted;
    }
    buffer.close();
    return bytes;
}

Status writeReportPdf(const Plan &plan, const ReportOptions &options, const std::filesystem::path &path, bool overwrite)
{
    if (Status drawable = drawablePlan(plan, path); !drawable)
        return drawable;
    Schedule schedule = reportSchedule(plan, options.budgetSchedules, options.shown);
    if (Status drawable = drawableSchedule(plan, schedule, path); !drawable)
        return drawable;
    const ReportScenes scenes(plan, std::move(schedule), options.includeBoard);
    const QByteArray bytes = reportPdf(scenes, options);
    if (bytes.isEmpty())
        return Error{"the report could not be drawn", path.string(), 0, 0};
    return writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), overwrite);
}

} // namespace waveplan::ui::report
