#include "ui/report/roadmap_drawing.h"

#include "ui/graphics/item_painting.h"
#include "ui/report/kind_colors.h"

#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"
#include "core/model/tracking.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("waveplan::ui::report::Roadmap", text);
}

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kGrid(0xd0, 0xd4, 0xd8);
const QColor kShade(0xf4, 0xf6, 0xf8);
const QColor kAsOf(0xc2, 0x41, 0x0c); // the as-of ("today") line: orange, dashed, named in the legend

/// The longest label a bar reserves room for, in average characters.
constexpr int kLabelCharacters = 34;
/// The smallest and the preferred label size on a report page.
constexpr double kMinimumPoints = 7.0;
constexpr double kPreferredPoints = 8.0;

/// A bar as the roadmap and its legend draw it: foundational filled, additive white and dashed.
void paintBar(QPainter &p, const QRectF &box, bool foundational)
{
    QPen edge(foundational ? kFoundationalEdge : kAdditiveEdge, foundational ? 1.2 : 1.0);
    if (!foundational)
        edge.setStyle(Qt::DashLine);
    p.setPen(edge);
    p.setBrush(foundational ? kFoundationalEdge : QColor(Qt::white));
    p.drawRect(box);
}

/// A milestone as the roadmap and its legend draw it: a diamond centred on its day, filled or
/// white and dashed by kind like a bar.
void paintMilestone(QPainter &p, QPointF centre, double height, bool foundational)
{
    const double h = height / 2;
    QPen edge(foundational ? kFoundationalEdge : kAdditiveEdge, foundational ? 1.2 : 1.0);
    if (!foundational)
        edge.setStyle(Qt::DashLine);
    p.setPen(edge);
    p.setBrush(foundational ? kFoundationalEdge : QColor(Qt::white));
    p.drawPolygon(QPolygonF{{centre.x(), centre.y() - h},
                            {centre.x() + h, centre.y()},
                            {centre.x(), centre.y() + h},
                            {centre.x() - h, centre.y()}});
}

} // namespace

RoadmapDrawing::RoadmapDrawing(const Plan &plan, const Schedule &schedule, QPaintDevice *device, double width,
                               double labelPoints)
    : m_plan(plan)
    , m_schedule(schedule)
    , m_font(QStringLiteral("DejaVu Sans"))
    , m_width(width)
{
    m_font.setPointSizeF(labelPoints);
    m_bold = m_font;
    m_bold.setBold(true);
    const QFontMetricsF fm(m_font, device);
    const QFontMetricsF boldMetrics(m_bold, device);
    m_rowHeight = fm.height() * 1.75; // the label, and the bar under it
    double widest = boldMetrics.horizontalAdvance(tr("No team"));
    for (const Team &team : plan.teams)
        widest = std::max(widest, boldMetrics.horizontalAdvance(qs(team.name)));
    m_laneLabelWidth = std::min(widest + fm.averageCharWidth() * 2, width * 0.18);
    const WaveGrid waves = waveGrid(plan);
    m_waves = std::max(1, waves.waveOf(std::max(0, schedule.makespanDays - 1)));
    const int timelineEnd = waves.firstDay(m_waves + 1);
    m_pxPerDay = std::max(0.01, (width - m_laneLabelWidth) / static_cast<double>(timelineEnd));
    const double longest = fm.averageCharWidth() * kLabelCharacters;
    const double padding = fm.averageCharWidth() * 1.5;
    m_layout = roadmapLayout(plan, schedule, [&](int i) {
        const double text = std::min(fm.horizontalAdvance(label(i)), longest) + padding;
        return static_cast<int>(std::ceil(text / m_pxPerDay));
    }, timelineEnd);
}

QString RoadmapDrawing::label(int capability) const
{
    const Capability &c = m_plan.capabilities[static_cast<std::size_t>(capability)];
    // Done by the as-of date: a tick, so it reads as done in black and white.
    const QString key = doneLabel(qs(c.key), statusAsOf(m_plan, c) == WorkStatus::Done);
    return c.name.empty() ? key : key + QStringLiteral("  ") + qs(c.name);
}

double RoadmapDrawing::xOf(int day) const
{
    return m_laneLabelWidth + m_pxPerDay * static_cast<double>(day);
}

double RoadmapDrawing::sliceHeight(const LaneSlice &slice) const
{
    return m_rowHeight * static_cast<double>(std::max<std::size_t>(1, slice.lastRow - slice.firstRow)) + m_rowHeight * 0.3;
}

std::vector<LaneSlice> RoadmapDrawing::wholeLanes() const
{
    std::vector<LaneSlice> slices;
    for (std::size_t lane = 0; lane < m_layout.lanes.size(); ++lane)
        slices.push_back({lane, 0, m_layout.lanes[lane].rows.size()});
    return slices;
}

double RoadmapDrawing::height(const std::vector<LaneSlice> &slices) const
{
    double total = headerHeight() + legendHeight();
    for (const LaneSlice &slice : slices)
        total += sliceHeight(slice);
    return total;
}

void RoadmapDrawing::paint(QPainter &p, QPointF top, const std::vector<LaneSlice> &slices) const
{
    p.save();
    p.translate(top);
    p.setRenderHint(QPainter::Antialiasing);
    const WaveGrid waves = waveGrid(m_plan);
    const std::optional<int> asOfDay = waveplan::asOfDay(m_plan);
    const double lanesTop = headerHeight();
    double lanesHeight = 0;
    for (const LaneSlice &slice : slices)
        lanesHeight += sliceHeight(slice);
    const double right = xOf(waves.firstDay(m_waves + 1));

    // Wave columns: alternate shading, a rule between them, the number and dates on top.
    QFont small = m_font;
    small.setPointSizeF(std::max(7.0, m_font.pointSizeF() * 0.9)); // never below 7 pt
    for (int wave = 1; wave <= m_waves; ++wave) {
        const int firstDay = waves.firstDay(wave);
        const QRectF column(xOf(firstDay), 0, m_pxPerDay * waves.lengthOf(wave), lanesTop + lanesHeight);
        if (wave % 2 == 0)
            p.fillRect(column, kShade);
        p.setPen(QPen(kGrid, 0.8));
        p.drawLine(QPointF(column.left(), 0), QPointF(column.left(), column.bottom()));
        p.setPen(kText);
        p.setFont(m_bold);
        const QRectF title(column.left() + 3, 0, column.width() - 6, m_rowHeight);
        // "Wave 12" ("Q4 2027"), else "W12" ("Q4"), else "12" when the column is narrow; never
        // a cut number.
        const QFontMetricsF boldMetrics(m_bold, p.device());
        const QString full = waveName(m_plan, wave);
        const QString quarter = full.startsWith(QLatin1Char('Q')) ? full.section(QLatin1Char(' '), 0, 0) : QString();
        for (const QString &name : {full, quarter.isEmpty() ? tr("W%1").arg(wave) : quarter, QString::number(wave)})
            if (boldMetrics.horizontalAdvance(name) <= title.width()) {
                p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, name);
                break;
            }
        p.setFont(small);
        p.setPen(kMuted);
        // Both dates where they fit, else the first ("from 2027-01-04"), never a cut date.
        const QFontMetricsF smallMetrics(small, p.device());
        QString dates = qs(formatIsoDate(waveplan::dateOfDay(m_plan, firstDay))) + QStringLiteral(" \u2013 ") +
                        qs(formatIsoDate(waveplan::dateOfDay(m_plan, waves.firstDay(wave + 1) - 1)));
        if (smallMetrics.horizontalAdvance(dates) > title.width())
            dates = tr("from %1").arg(qs(formatIsoDate(waveplan::dateOfDay(m_plan, firstDay))));
        if (smallMetrics.horizontalAdvance(dates) > title.width())
            dates.clear();
        p.drawText(QRectF(title.left(), m_rowHeight, title.width(), m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, dates);
    }
    p.setPen(QPen(kGrid, 0.8));
    p.drawLine(QPointF(right, 0), QPointF(right, lanesTop + lanesHeight));

    // Lanes: the team's name, then its rows of bars.
    const QFontMetricsF fm(m_font, p.device());
    double y = lanesTop;
    for (const LaneSlice &slice : slices) {
        const RoadmapLane &lane = m_layout.lanes[slice.lane];
        p.setPen(QPen(kGrid, 0.8));
        p.drawLine(QPointF(0, y), QPointF(right, y));
        p.setFont(m_bold);
        p.setPen(kText);
        p.drawText(QRectF(0, y, m_laneLabelWidth - 4, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(m_bold, p.device())
                       .elidedText((lane.team.empty() ? tr("No team") : qs(lane.team)) +
                                       (slice.firstRow > 0 ? tr(" (cont.)") : QString()),
                                   Qt::ElideRight, m_laneLabelWidth - 4));
        for (std::size_t row = slice.firstRow; row < slice.lastRow; ++row) {
            const double rowTop = y + m_rowHeight * (0.15 + static_cast<double>(row - slice.firstRow));
            for (const RoadmapBar &bar : lane.rows[row]) {
                const Capability &c = m_plan.capabilities[static_cast<std::size_t>(bar.capability)];
                const bool foundational = c.kind == CapabilityKind::Foundational;
                // The label on top, the bar under it: no outline ever runs through the text.
                const double labelHeight = fm.height();
                const QRectF box(xOf(bar.startDay), rowTop + labelHeight + m_rowHeight * 0.02,
                                 std::max(1.5, m_pxPerDay * (bar.finishDay - bar.startDay)), m_rowHeight * 0.34);
                if (isMilestone(c))
                    paintMilestone(p, QPointF(box.left(), box.center().y()), m_rowHeight * 0.4, foundational);
                else
                    paintBar(p, box, foundational);
                // As of a date, work done is washed out: whole when done, up to the as-of line
                // when under way.
                if (const WorkStatus status = statusAsOf(m_plan, c); status != WorkStatus::Planned && !isMilestone(c)) {
                    const double doneRight = status == WorkStatus::Done
                                                 ? box.right()
                                                 : std::clamp(xOf(asOfDay.value_or(0)), box.left(), box.right());
                    washOut(&p, QRectF(box.left(), box.top(), doneRight - box.left(), box.height()), Qt::white);
                }
                const double labelLeft = xOf(bar.labelDay);
                const double labelRight = std::min(xOf(bar.endDay), right) - fm.averageCharWidth() * 0.6;
                const double labelWidth = std::max(0.0, labelRight - labelLeft);
                p.setPen(kText);
                p.setFont(m_font);
                p.drawText(QRectF(labelLeft, rowTop, labelWidth, labelHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(label(bar.capability), Qt::ElideRight, labelWidth));
            }
        }
        y += sliceHeight(slice);
    }
    p.setPen(QPen(kGrid, 0.8));
    p.drawLine(QPointF(0, y), QPointF(right, y));

    // The as-of line: the day the plan is re-planned from, through every lane.
    const bool asOfShown = asOfDay && *asOfDay < waves.firstDay(m_waves + 1);
    if (asOfShown) {
        const double x = xOf(*asOfDay);
        p.setPen(QPen(kAsOf, 1.4, Qt::DashLine));
        p.drawLine(QPointF(x, lanesTop), QPointF(x, y));
    }

    // The legend: the two kinds as they are drawn.
    const double legendTop = y + m_rowHeight * 0.3;
    double x = 0;
    for (const bool foundational : {true, false}) {
        const QRectF swatch(x, legendTop + m_rowHeight * 0.33, m_rowHeight * 1.8, m_rowHeight * 0.34);
        paintBar(p, swatch, foundational);
        const QString text = foundational ? tr("Foundational (others cannot work without it)")
                                          : tr("Additive (value on top)");
        p.setPen(kText);
        p.setFont(m_font);
        const double w = fm.horizontalAdvance(text);
        p.drawText(QRectF(swatch.right() + 4, legendTop, w + 2, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        x = swatch.right() + 4 + w + m_rowHeight * 1.5;
    }
    if (hasMilestone(m_plan)) {
        paintMilestone(p, QPointF(x + m_rowHeight * 0.25, legendTop + m_rowHeight * 0.5), m_rowHeight * 0.4, true);
        const QString text = tr("Milestone (0 days)");
        const double w = fm.horizontalAdvance(text);
        p.setPen(kText);
        p.drawText(QRectF(x + m_rowHeight * 0.6, legendTop, w + 2, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += m_rowHeight * 0.6 + w + m_rowHeight * 1.5;
    }
    if (asOfShown) {
        const double mid = legendTop + m_rowHeight * 0.5;
        p.setPen(QPen(kAsOf, 1.4, Qt::DashLine));
        p.drawLine(QPointF(x, mid - m_rowHeight * 0.35), QPointF(x, mid + m_rowHeight * 0.35));
        const double room = std::max(0.0, right - x - m_rowHeight * 0.4);
        const QString text = fm.elidedText(tr("As of %1 (re-planned from this day)").arg(qs(formatIsoDate(*m_plan.asOf))),
                                           Qt::ElideRight, room);
        const double w = fm.horizontalAdvance(text);
        p.setPen(kText);
        p.drawText(QRectF(x + m_rowHeight * 0.4, legendTop, w + 2, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += m_rowHeight * 0.4 + w + m_rowHeight * 1.5;
    }
    p.setPen(kMuted);
    p.drawText(QRectF(x, legendTop, std::max(0.0, right - x), m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(tr("Bars: first to last day of work, in the lane of the team giving most people."),
                             Qt::ElideRight, std::max(0.0, right - x)));
    p.restore();
}

void writeRoadmapSection(ReportPages &pages, const Plan &plan, const Schedule &schedule)
{
    const ReportStyle &style = pages.style();
    pages.heading(QObject::tr("Roadmap"));
    if (schedule.capabilities.size() != plan.capabilities.size() || plan.capabilities.empty()) {
        pages.paragraph(QObject::tr("No roadmap: the plan has no schedule (see Problems and risks)."), style.body,
                        style.muted);
        return;
    }
    const double width = pages.body().width();
    const auto room = [&] { return pages.body().bottom() - pages.y(); };
    // The whole roadmap on this page at 8 pt, else at 7 pt.
    for (const double points : {kPreferredPoints, kMinimumPoints}) {
        const RoadmapDrawing drawing(plan, schedule, pages.device(), width, points);
        const std::vector<LaneSlice> all = drawing.wholeLanes();
        if (drawing.height(all) <= room()) {
            if (QPainter *p = pages.painter())
                drawing.paint(*p, QPointF(pages.body().left(), pages.y()), all);
            pages.advance(drawing.height(all));
            return;
        }
    }
    // Else at 7 pt, page by page: whole lanes while they fit, a lane too tall for a page in parts.
    const RoadmapDrawing drawing(plan, schedule, pages.device(), width, kMinimumPoints);
    // Parts sized for the room below the heading, so the first fits where the heading is too.
    const double fullPage = room() - drawing.headerHeight() - drawing.legendHeight();
    const std::size_t rowsPerPage =
        std::max<std::size_t>(1, static_cast<std::size_t>((fullPage - drawing.rowHeight() * 0.3) / drawing.rowHeight()));
    std::vector<LaneSlice> slices;
    for (const LaneSlice &lane : drawing.wholeLanes())
        for (std::size_t row = lane.firstRow; row < std::max<std::size_t>(lane.lastRow, 1); row += rowsPerPage)
            slices.push_back({lane.lane, row, std::min(std::max<std::size_t>(lane.lastRow, 1), row + rowsPerPage)});
    std::size_t first = 0;
    while (first < slices.size()) {
        if (first > 0)
            pages.newPage();
        std::vector<LaneSlice> page{slices[first]};
        std::size_t next = first + 1;
        while (next < slices.size()) {
            std::vector<LaneSlice> more = page;
            more.push_back(slices[next]);
            if (drawing.height(more) > room())
                break;
            page = std::move(more);
            ++next;
        }
        if (QPainter *p = pages.painter())
            drawing.paint(*p, QPointF(pages.body().left(), pages.y()), page);
        pages.advance(std::min(drawing.height(page), room()));
        first = next;
    }
}

} // namespace waveplan::ui::report
