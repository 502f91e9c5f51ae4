#include "ui/board/moved_ghost.h"

#include "ui/board/board_style.h"

#include <QObject>
#include <QPainter>

namespace waveplan::ui::board {

MovedGhost::MovedGhost(const QRectF &rect, int fromWave, const QString &key, const BoardStyle *style)
    : m_style(style)
    , m_rect(rect)
    , m_key(key)
    , m_label(QObject::tr("%1 was W%2").arg(key).arg(fromWave))
{
    m_label.setPerformanceHint(QStaticText::AggressiveCaching);
    m_label.prepare(QTransform(), m_style->smallFont);
    setZValue(-0.5); // under the bars, above the wave columns and lanes
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(QObject::tr("%1 was here, in wave %2, before the last change").arg(key).arg(fromWave));
}

QRectF MovedGhost::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void MovedGhost::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const BoardColors &colors = m_style->colors;
    QPen pen(colors.mutedText, 1.5, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(m_rect);
    const QSizeF size = m_label.size();
    if (size.width() + 8 > m_rect.width() || size.height() > m_rect.height())
        return; // too short for its label: the tooltip tells
    painter->setPen(colors.mutedText);
    painter->setFont(m_style->smallFont);
    painter->drawStaticText(QPointF(m_rect.left() + 4, m_rect.center().y() - size.height() / 2), m_label);
}

} // namespace waveplan::ui::board
