#include "ui/board/baseline_shadow.h"

#include "ui/board/board_style.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>

#include <algorithm>

namespace waveplan::ui::board {

BaselineShadow::BaselineShadow(const QRectF &rect, const QString &key, const QString &toolTip,
                               const BoardStyle *style)
    : m_style(style)
    , m_rect(rect)
    , m_key(key) {
    setZValue(-0.4); // under the bars, above the moved ghosts and the wave columns
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(toolTip);
}

QRectF BaselineShadow::boundingRect() const {
    return m_rect.adjusted(-1, -1, 1, 1);
}

void BaselineShadow::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style->colors.baseline);
    painter->drawRect(m_rect);
}

BaselineKey::BaselineKey(const QRectF &rect, const QString &name, const QString &frozenOn,
                         const BoardStyle *style)
    : m_style(style)
    , m_rect(rect)
    , m_text(QObject::tr("Baseline: %1").arg(name))
    , m_name(name) {
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(
        QObject::tr(
            "The grey line under each bar is where the baseline \"%1\" (frozen %2) had it: a line "
            "left of its bar means the capability has slipped since.")
            .arg(name, frozenOn));
}

void BaselineKey::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    // Two lines in the corner: a sample shadow and "Baseline", then the name (elided to fit).
    const QFontMetricsF metrics(m_style->smallFont);
    const double lineHeight = metrics.height();
    const double left = m_rect.left() + 6;
    const double width = m_rect.right() - left - 4;
    const double sample = std::min(24.0, width / 4);
    const double top = m_rect.bottom() - 2 * lineHeight - 6;
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style->colors.baseline);
    painter->drawRect(QRectF(left, top + lineHeight / 2 - 2, sample, 4));
    painter->setPen(m_style->colors.mutedText);
    painter->setFont(m_style->smallFont);
    painter->drawText(QRectF(left + sample + 6, top, width - sample - 6, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Baseline"));
    painter->drawText(QRectF(left, top + lineHeight, width, lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(m_name, Qt::ElideRight, width));
}

} // namespace waveplan::ui::board
