#include "ui/map/map_legend.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <vector>

namespace waveplan::ui::map {

namespace {

enum class Swatch { Foundational, Additive, Milestone, DrivingPath, DependencyPath, Moved, Arrow };

struct Entry {
    Swatch swatch;
    QString text;
};

void paintSwatch(QPainter *painter, const MapColors &colors, Swatch swatch, const QRectF &box)
{
    painter->save();
    switch (swatch) {
    case Swatch::Foundational:
        painter->setPen(QPen(colors.foundationalAccent, 1));
        painter->setBrush(colors.foundationalFill);
        painter->drawRect(box);
        painter->fillRect(QRectF(box.left(), box.top(), 6, box.height()), colors.foundationalAccent); // as on a card
        break;
    case Swatch::Additive:
        painter->setBrush(colors.additiveFill);
        painter->setPen(QPen(colors.additiveAccent, 1.2, Qt::DashLine));
        painter->drawRoundedRect(box, 3, 3);
        break;
    case Swatch::Milestone: {
        const double h = std::min(box.height(), box.width()) / 2;
        const QPointF c = box.center();
        painter->setPen(QPen(colors.cardFill, 1));
        painter->setBrush(colors.foundationalAccent);
        painter->drawPolygon(QPolygonF{{c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}});
        break;
    }
    case Swatch::DrivingPath:
        painter->setPen(QPen(colors.criticalPath, 3));
        painter->drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case Swatch::DependencyPath:
        painter->setPen(QPen(colors.criticalChain, 2.5, Qt::DashLine));
        painter->drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case Swatch::Moved:
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.moved);
        painter->drawRoundedRect(box.adjusted(0, 1, 0, -1), 3, 3);
        break;
    case Swatch::Arrow: {
        const double y = box.center().y();
        painter->setPen(QPen(colors.arrow, 1.5));
        painter->drawLine(QPointF(box.left(), y), QPointF(box.right() - 5, y));
        QPainterPath head;
        head.moveTo(box.right(), y);
        head.lineTo(box.right() - 7, y - 4);
        head.lineTo(box.right() - 7, y + 4);
        head.closeSubpath();
        painter->fillPath(head, colors.arrow);
        break;
    }
    }
    painter->restore();
}

} // namespace

namespace {

std::vector<Entry> legendEntries(const MapLegendContent &content)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("MapLegend", text); };
    std::vector<Entry> entries{{Swatch::Foundational, tr("Foundational")}, {Swatch::Additive, tr("Additive")}};
    if (content.milestones)
        entries.push_back({Swatch::Milestone, tr("Milestone (0 days)")});
    if (content.drivingPath)
        entries.push_back({Swatch::DrivingPath, tr("Driving path: sets the end date")});
    if (content.dependencyPath)
        entries.push_back({Swatch::DependencyPath, tr("Dependency path: unlimited teams")});
    if (content.moved)
        entries.push_back({Swatch::Moved, tr("moved wave in the last change")});
    entries.push_back({Swatch::Arrow, tr("must finish first")});
    return entries;
}

constexpr double kSwatchWidth = 26;
constexpr double kPadding = 8;

double lineHeight(const MapStyle &style)
{
    return QFontMetricsF(style.smallFont).height() + 6;
}

double textWidth(const MapStyle &style, const std::vector<Entry> &entries)
{
    const QFontMetricsF metrics(style.smallFont);
    double width = 0;
    for (const Entry &entry : entries)
        width = std::max(width, metrics.horizontalAdvance(entry.text));
    return width;
}

} // namespace

QSizeF mapLegendSize(const MapStyle &style, const MapLegendContent &content)
{
    const std::vector<Entry> entries = legendEntries(content);
    return {kPadding * 2 + kSwatchWidth + 6 + textWidth(style, entries),
            kPadding * 2 + lineHeight(style) * static_cast<double>(entries.size())};
}

QRectF paintMapLegend(QPainter *painter, const MapStyle &style, const MapLegendContent &content, QPointF bottomLeft)
{
    const std::vector<Entry> entries = legendEntries(content);
    const double line = lineHeight(style);
    const double swatchWidth = kSwatchWidth;
    const double padding = kPadding;
    const double textWidth = waveplan::ui::map::textWidth(style, entries);
    const QSizeF size = mapLegendSize(style, content);
    const QRectF frame(QPointF(bottomLeft.x(), bottomLeft.y() - size.height()), size);

    painter->save();
    QColor backdrop = style.colors.cardFill;
    backdrop.setAlphaF(0.92f);
    painter->setBrush(backdrop);
    painter->setPen(QPen(style.colors.outline, 1));
    painter->drawRoundedRect(frame, 4, 4);
    painter->setFont(style.smallFont);
    double y = frame.top() + padding;
    for (const Entry &entry : entries) {
        paintSwatch(painter, style.colors, entry.swatch, QRectF(frame.left() + padding, y + 3, swatchWidth, line - 6));
        painter->setPen(style.colors.text);
        painter->drawText(QRectF(frame.left() + padding + swatchWidth + 6, y, textWidth + 1, line),
                          Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        y += line;
    }
    painter->restore();
    return frame;
}

} // namespace waveplan::ui::map
