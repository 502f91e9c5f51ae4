#include "ui/report/report_drawing.h"

#include "ui/board/board_style.h"
#include "ui/map/arrow_layer.h"
#include "ui/map/dependency_arrow.h"
#include "ui/map/map_style.h"
#include "ui/report/report_pages.h"
#include "ui/report/report_scenes.h"

#include <QGraphicsItem>
#include <QHash>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace waveplan::ui::report {

namespace {

/// Tiles share at least this much of the drawing (scene units).
constexpr double kMinimumOverlap = 48;

int tilesAlong(double length, double tile, double overlap)
{
    if (length <= tile)
        return 1;
    return 1 + static_cast<int>(std::ceil((length - tile) / (tile - overlap)));
}

/// Dashed lines where the next parts to the right and below begin: the strip beyond a line is
/// printed on both pages. `rightPart`/`belowPart` 0: no neighbour there.
void paintOverlapMarks(ReportPages &pages, const QRectF &target, double stepX, double stepY, int rightPart,
                       int belowPart)
{
    QPainter &p = *pages.painter();
    const QFontMetricsF fm = pages.metrics(pages.style().small);
    p.setPen(QPen(pages.style().critical, pages.pt(0.6), Qt::DashLine));
    p.setFont(pages.style().small);
    // Labels sit just before the lines, inside the part only this page shows.
    if (rightPart > 0) {
        const double x = target.left() + stepX;
        const QString text = QObject::tr("part %1 \u2192").arg(rightPart);
        p.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()));
        p.drawText(QRectF(target.left(), target.top() + pages.pt(2), x - target.left() - pages.pt(3), fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, text);
    }
    if (belowPart > 0) {
        const double y = target.top() + stepY;
        p.drawLine(QPointF(target.left(), y), QPointF(target.right(), y));
        p.drawText(QRectF(target.left() + pages.pt(3), y - fm.height() - pages.pt(1), target.width() / 2, fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("part %1 \u2193").arg(belowPart));
    }
}

/// A stretch of the drawing along one axis, in scene units.
struct Span {
    double from = 0;
    double to = 0;
};

/// Left edges of the wave columns or bands: items that are not cards or bars and run (nearly)
/// the drawing's full height. Tiles cut there so no wave header is cut.
std::vector<double> waveEdges(QGraphicsScene *scene, const QRectF &source)
{
    std::vector<double> edges;
    for (QGraphicsItem *item : scene->items(source)) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable || item->parentItem()
            || item->type() == map::ArrowLayer::Type) // the arrows' lines, as tall as the map
            continue;
        const QRectF r = item->sceneBoundingRect();
        if (r.height() >= source.height() * 0.6 && r.width() < source.width() * 0.9 && r.left() > source.left() + 1)
            edges.push_back(r.left());
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end(), [](double a, double b) { return std::abs(a - b) < 1; }),
                edges.end());
    return edges;
}

/// Columns of tiles at most `width` wide. With wave edges, each tile ends just before a wave
/// edge and the next one starts at the wave before it (one wave shown on both); otherwise tiles
/// overlap by `overlap`.
std::vector<Span> columnSpans(const QRectF &source, double width, double overlap, const std::vector<double> &edges)
{
    std::vector<Span> spans;
    double start = source.left();
    while (true) {
        const double limit = start + width;
        if (limit >= source.right()) {
            spans.push_back({start, source.right()});
            break;
        }
        std::vector<double> inside;
        for (const double e : edges)
            if (e > start + 1 && e <= limit)
                inside.push_back(e);
        if (inside.empty()) { // a wave wider than a tile: plain overlapping tiles
            spans.push_back({start, limit});
            start = limit - overlap;
            continue;
        }
        const double end = inside.back();
        spans.push_back({start, end - 0.5});
        // Never back to the first edge: what lies before it (the board's team labels) would be cut.
        const double previous = inside.size() >= 2 ? inside[inside.size() - 2] : end;
        start = previous > edges.front() + 1 ? previous : end;
    }
    return spans;
}

} // namespace

DrawingPlan planDrawing(const QRectF &source, double bodyWidth, double bodyHeight, double textPoints, QSizeF itemSize)
{
    DrawingPlan plan;
    if (source.isEmpty() || textPoints <= 0)
        return plan;
    const double fit = std::min(bodyWidth / source.width(), bodyHeight / source.height());
    if (fit * textPoints >= kMinimumTextPoints) {
        plan.scale = std::min(fit, kMaximumFitScale);
        return plan;
    }
    plan.scale = kTileTextPoints / textPoints;
    const double tileWidth = bodyWidth / plan.scale;
    const double tileHeight = bodyHeight / plan.scale;
    plan.overlapX = std::clamp(itemSize.width() + 8, kMinimumOverlap, tileWidth / 3);
    plan.overlapY = std::clamp(itemSize.height() + 8, kMinimumOverlap, tileHeight / 3);
    plan.columns = tilesAlong(source.width(), tileWidth, plan.overlapX);
    plan.rows = tilesAlong(source.height(), tileHeight, plan.overlapY);
    return plan;
}

bool drawingFitsOnePage(ReportPages &pages, const QRectF &source, double textPoints, const LegendPainter &legend)
{
    // The room drawScene leaves on a fresh page: the heading, the legend, a gap and the label.
    const double heading = pages.metrics(pages.style().heading).height() + pages.pt(6);
    const double legendHeight = legend ? legend(pages, false) : 0;
    const double label = pages.metrics(pages.style().small).height() + pages.pt(3);
    const double room = pages.body().height() - heading - legendHeight - pages.pt(4) - label;
    return !planDrawing(source, pages.body().width(), room, textPoints).tiled();
}

void drawScene(ReportPages &pages, QGraphicsScene *scene, const QRectF &source, double textPoints,
               const QString &name, const QString &heading, const LegendPainter &legend)
{
    // Every page of the drawing repeats the heading and the legend, so each tile reads alone and
    // all tiles get the same room.
    auto startPage = [&](bool continued) {
        pages.heading(continued ? QObject::tr("%1 (continued)").arg(heading) : heading);
        const double legendHeight = legend ? legend(pages, pages.painter() != nullptr) : 0;
        pages.advance(legendHeight);
        pages.gap(4);
    };
    startPage(false);

    const QFontMetricsF labelMetrics = pages.metrics(pages.style().small);
    const double labelHeight = labelMetrics.height() + pages.pt(3);
    const double roomHeight = pages.body().bottom() - pages.y() - labelHeight;
    // Cards and bars (the selectable items) are what a tile must not cut.
    QList<QGraphicsItem *> pieces;
    QSizeF itemSize;
    for (QGraphicsItem *item : scene->items()) {
        if (!(item->flags() & QGraphicsItem::ItemIsSelectable) || !item->isVisible())
            continue;
        pieces << item;
        const QRectF r = item->sceneBoundingRect();
        itemSize = itemSize.expandedTo(r.size());
    }
    const DrawingPlan plan = planDrawing(source, pages.body().width(), roomHeight, textPoints, itemSize);

    const double tileWidth = pages.body().width() / plan.scale; // scene units per tile
    const double tileHeight = roomHeight / plan.scale;
    const std::vector<Span> columns =
        plan.tiled() ? columnSpans(source, tileWidth, plan.overlapX, waveEdges(scene, source))
                     : std::vector<Span>{{source.left(), source.right()}};
    std::vector<Span> rows;
    for (int row = 0; row < plan.rows; ++row) {
        const double top = source.top() + row * (tileHeight - plan.overlapY);
        rows.push_back({top, std::min(top + tileHeight, source.bottom())});
    }
    std::vector<QRectF> allPieces;
    for (const Span &row : rows)
        for (const Span &column : columns)
            allPieces.push_back(QRectF(QPointF(column.from, row.from), QPointF(column.to, row.to)));

    const int tiles = static_cast<int>(allPieces.size());
    // For each card or bar, the first tile that shows it whole (-1: none).
    QHash<QGraphicsItem *, int> wholeOn;
    for (QGraphicsItem *item : pieces) {
        const QRectF r = item->sceneBoundingRect();
        const auto tile = std::find_if(allPieces.begin(), allPieces.end(), [&](const QRectF &t) { return t.contains(r); });
        wholeOn.insert(item, tile == allPieces.end() ? -1 : static_cast<int>(tile - allPieces.begin()));
    }
    const int columnCount = static_cast<int>(columns.size());
    for (int part = 1; part <= tiles; ++part) {
        const int row = (part - 1) / columnCount;
        const int column = (part - 1) % columnCount;
        if (part > 1)
            startPage(true);
        const QString label = tiles > 1 ? QObject::tr("%1, part %2 of %3, row %4 col %5")
                                              .arg(name)
                                              .arg(part)
                                              .arg(tiles)
                                              .arg(row + 1)
                                              .arg(column + 1)
                                        : QObject::tr("%1, scale %2 %").arg(name).arg(std::lround(plan.scale * 100));
        const QRectF piece = allPieces[static_cast<std::size_t>(part - 1)];
        const QSizeF size = piece.size() * plan.scale;
        const double left = pages.body().left() + (tiles > 1 ? 0 : (pages.body().width() - size.width()) / 2);
        const QRectF target(left, pages.y() + labelHeight, size.width(), size.height());
        if (QPainter *p = pages.painter()) {
            p->save();
            p->setFont(pages.style().small);
            p->setPen(pages.style().muted);
            p->drawText(QRectF(pages.body().left(), pages.y(), pages.body().width(), labelMetrics.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, labelMetrics.elidedText(label, Qt::ElideRight, pages.body().width()));
            // A card or bar this tile's edge would cut is left to the tile that shows it whole,
            // or, when it is longer than any tile, to the one where its text begins.
            QList<QGraphicsItem *> hidden;
            for (QGraphicsItem *item : scene->items(piece, Qt::IntersectsItemBoundingRect)) {
                const auto found = wholeOn.constFind(item);
                if (found == wholeOn.constEnd())
                    continue; // not a card or bar
                const QRectF r = item->sceneBoundingRect();
                if (piece.contains(r))
                    continue;
                // Whole on another tile, or (too long for any) its text starts on another tile.
                const QPointF textStart = r.topLeft() + QPointF(4, 4);
                if (*found >= 0 || !piece.contains(textStart)) {
                    item->setVisible(false);
                    hidden << item;
                }
            }
            // An arrow running off the tile keeps its line but not its lag label, which could be cut.
            QList<QPair<map::DependencyArrow *, int>> lags;
            if (tiles > 1)
                for (QGraphicsItem *item : scene->items(piece, Qt::IntersectsItemBoundingRect))
                    if (auto *arrow = qgraphicsitem_cast<map::DependencyArrow *>(item))
                        if (arrow->lag() > 0 && arrow->isVisible() && !piece.contains(arrow->sceneBoundingRect())) {
                            lags.append({arrow, arrow->lag()});
                            arrow->setLag(0);
                        }
            p->setClipRect(target);
            scene->render(p, target, piece, Qt::IgnoreAspectRatio);
            p->setClipping(false);
            for (QGraphicsItem *item : hidden)
                item->setVisible(true);
            for (const auto &[arrow, lag] : lags)
                arrow->setLag(lag);
            p->setPen(QPen(pages.style().rule, pages.pt(0.5)));
            p->setBrush(Qt::NoBrush);
            p->drawRect(target);
            if (tiles > 1) {
                const bool right = column + 1 < columnCount;
                const bool below = row + 1 < static_cast<int>(rows.size());
                paintOverlapMarks(pages, target,
                                  right ? (columns[static_cast<std::size_t>(column + 1)].from - piece.left()) * plan.scale : 0,
                                  below ? (rows[static_cast<std::size_t>(row + 1)].from - piece.top()) * plan.scale : 0,
                                  right ? part + 1 : 0, below ? part + columnCount : 0);
            }
            p->restore();
        }
        pages.advance(labelHeight + size.height());
    }
    pages.gap(6);
}

namespace {

struct LegendColors {
    QColor outline, foundationalFill, foundationalAccent, additiveFill, additiveAccent, criticalPath, criticalChain, arrow;
};

/// Paints the legend in one line from `origin` (its top left) with `font` and `text` colour;
/// `unit` is the device units per point. Returns the line's width.
double paintLegendLine(QPainter &p, QPointF origin, const QFont &font, const QColor &text, double unit,
                       const LegendColors &colors, bool withArrow, bool withMilestone = false)
{
    const QFontMetricsF fm(font, p.device());
    p.save();
    p.setFont(font);
    double x = origin.x();
    const double top = origin.y();
    const double swatchW = unit * 18;
    const double swatchH = fm.height() - unit;
    auto label = [&](const QString &words) {
        p.setPen(text);
        const double w = fm.horizontalAdvance(words);
        p.drawText(QRectF(x, top, w + 1, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, words);
        x += w + unit * 12;
    };
    // Foundational: square with a thick left bar.
    QRectF swatch(x, top + unit * 0.5, swatchW, swatchH);
    p.setPen(QPen(colors.outline, unit * 0.5));
    p.setBrush(colors.foundationalFill);
    p.drawRect(swatch);
    p.fillRect(QRectF(swatch.left(), swatch.top(), unit * 3, swatch.height()), colors.foundationalAccent);
    x += swatchW + unit * 4;
    label(QObject::tr("Foundational"));
    // Additive: rounded with a "+".
    swatch.moveLeft(x);
    p.setPen(QPen(colors.outline, unit * 0.5));
    p.setBrush(colors.additiveFill);
    p.drawRoundedRect(swatch, unit * 3, unit * 3);
    p.setPen(colors.additiveAccent);
    p.drawText(swatch, Qt::AlignCenter, QStringLiteral("+"));
    x += swatchW + unit * 4;
    label(QObject::tr("Additive"));
    if (withMilestone) { // a diamond, as on the cards and bars
        const double h = swatchH / 2;
        const QPointF c(x + h, top + unit * 0.5 + h);
        p.setPen(QPen(colors.outline, unit * 0.5));
        p.setBrush(colors.foundationalAccent);
        p.drawPolygon(QPolygonF{{c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}});
        x += 2 * h + unit * 4;
        label(QObject::tr("Milestone (0 days)"));
    }
    // Critical path and chain outlines.
    swatch.moveLeft(x);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(colors.criticalPath, unit * 1.8));
    p.drawRect(swatch);
    x += swatchW + unit * 4;
    label(QObject::tr("Driving path (sets the end date)"));
    swatch.moveLeft(x);
    p.setPen(QPen(colors.criticalChain, unit * 1.4, Qt::DashLine));
    p.drawRect(swatch);
    x += swatchW + unit * 4;
    label(QObject::tr("Dependency path (unlimited teams)"));
    if (withArrow) {
        const double mid = top + fm.height() / 2;
        p.setPen(QPen(colors.arrow, unit * 0.8));
        p.drawLine(QPointF(x, mid), QPointF(x + swatchW, mid));
        QPainterPath head;
        head.moveTo(x + swatchW, mid);
        head.lineTo(x + swatchW - unit * 4, mid - unit * 2.5);
        head.lineTo(x + swatchW - unit * 4, mid + unit * 2.5);
        head.closeSubpath();
        p.fillPath(head, colors.arrow);
        x += swatchW + unit * 4;
        label(QObject::tr("must finish first (lag in days)"));
    }
    p.restore();
    return x - origin.x();
}

double paintLegend(ReportPages &pages, bool paint, const LegendColors &colors, bool withArrow)
{
    const ReportStyle &style = pages.style();
    const double height = pages.metrics(style.small).height() + pages.pt(6);
    if (paint)
        paintLegendLine(*pages.painter(), QPointF(pages.body().left(), pages.y() + pages.pt(2)), style.small,
                        style.text, pages.pt(1), colors, withArrow);
    return height;
}

LegendColors mapLegendColors()
{
    const map::MapColors c = map::MapColors::fromPalette(paperPalette());
    return {c.outline, c.foundationalFill, c.foundationalAccent, c.additiveFill, c.additiveAccent,
            c.criticalPath, c.criticalChain, c.arrow};
}

LegendColors boardLegendColors()
{
    const board::BoardColors c = board::BoardColors::fromPalette(paperPalette());
    return {c.outline, c.foundationalFill, c.foundationalAccent, c.additiveFill, c.additiveAccent,
            c.criticalPath, c.criticalChain, c.arrow};
}

} // namespace

double paintMapLegend(ReportPages &pages, bool paint)
{
    return paintLegend(pages, paint, mapLegendColors(), true);
}

double paintBoardLegend(ReportPages &pages, bool paint)
{
    return paintLegend(pages, paint, boardLegendColors(), false);
}

double paintPictureLegend(QPainter &painter, QPointF origin, const QFont &font, double unit, bool map, bool milestones)
{
    return paintLegendLine(painter, origin, font, QColor(0x1a, 0x1a, 0x1a), unit,
                           map ? mapLegendColors() : boardLegendColors(), map, milestones);
}

} // namespace waveplan::ui::report
