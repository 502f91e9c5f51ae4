#include "ui/board/drop_ghost.h"

#include "ui/board/board_style.h"

#include <QPainter>

namespace waveplan::ui::board {

DropGhost::DropGhost(const BoardStyle *style)
    : m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(10);
}

void DropGhost::show(const QRectF &rect, const QString &label, bool changes)
{
    prepareGeometryChange();
    m_rect = rect;
    m_changes = changes;
    m_label = QStaticText(label);
    m_label.setTextFormat(Qt::PlainText);
    m_label.prepare(QTransform(), m_style->keyFont);
    update();
}

QRectF DropGhost::boundingRect() const
{
    const QSizeF text = m_label.size();
    const QRectF label(m_rect.left(), m_rect.top() - text.height() - 2 * m_style->padding,
                       text.width() + 2 * m_style->padding, text.height() + m_style->padding);
    return m_rect.united(label).adjusted(-3, -3, 3, 3);
}

void DropGhost::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const BoardColors &colors = m_style->colors;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = colors.ghost;
    fill.setAlphaF(0.25f);
    painter->setBrush(fill);
    painter->setPen(QPen(colors.ghost, 2.5, m_changes ? Qt::DashLine : Qt::DotLine));
    painter->drawRect(m_rect);
    // The label in a tag above the outline, readable over any bar.
    const QSizeF text = m_label.size();
    const QRectF tag(m_rect.left(), m_rect.top() - text.height() - 2 * m_style->padding,
                     text.width() + 2 * m_style->padding, text.height() + m_style->padding);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.ghost);
    painter->drawRoundedRect(tag, 3, 3);
    painter->setPen(colors.ghostText);
    painter->setFont(m_style->keyFont);
    painter->drawStaticText(tag.topLeft() + QPointF(m_style->padding, m_style->padding / 2), m_label);
}

} // namespace waveplan::ui::board
