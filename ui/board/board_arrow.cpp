#include "ui/board/board_arrow.h"

#include "ui/board/board_style.h"

#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::board {

BoardArrow::BoardArrow(const QString &predecessor, const QString &successor, const BoardStyle *style)
    : m_predecessor(predecessor)
    , m_successor(successor)
    , m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2);
}

void BoardArrow::setEnds(const QPointF &from, const QPointF &to)
{
    if (from == m_from && to == m_to && !m_path.isEmpty())
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    updatePath();
}

void BoardArrow::setCritical(bool critical)
{
    if (critical == m_critical)
        return;
    m_critical = critical;
    update();
}

void BoardArrow::updatePath()
{
    const double head = std::max(6.0, m_style->barHeight * 0.3);
    const QPointF end = m_to - QPointF(head, 0); // the curve stops where the arrowhead begins
    // Horizontal tangents at both ends; a successor that starts before the predecessor ends
    // (not scheduled, or infeasible) still gets a readable S-curve.
    const double reach = std::max(std::abs(end.x() - m_from.x()) / 2, 3 * head);
    QPainterPath path(m_from);
    path.cubicTo(m_from + QPointF(reach, 0), end - QPointF(reach, 0), end);
    m_path = path;
    m_head = QPolygonF{m_to, end + QPointF(0, -head / 2), end + QPointF(0, head / 2)};
}

QRectF BoardArrow::boundingRect() const
{
    return m_path.boundingRect().united(m_head.boundingRect()).adjusted(-4, -4, 4, 4);
}

QPainterPath BoardArrow::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(m_path);
}

void BoardArrow::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const BoardColors &colors = m_style->colors;
    const QColor color = m_critical ? colors.criticalPath : colors.arrow;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, m_critical ? 2.5 : 1.3));
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_head);
}

} // namespace waveplan::ui::board
