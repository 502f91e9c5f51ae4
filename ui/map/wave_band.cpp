#include "ui/map/wave_band.h"

#include "ui/map/map_style.h"

#include <QPainter>

#include <utility>

namespace waveplan::ui::map {

WaveBand::WaveBand(int wave, const MapStyle *style)
    : m_wave(wave)
    , m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-10);
}

void WaveBand::setTexts(const QString &title, const QString &dates)
{
    // Every relayout sets the texts again; laying them out is most of what that costs.
    if (title == m_title.text() && dates == m_dates.text() && m_preparedFonts == std::pair{m_style->headerFont, m_style->font})
        return;
    m_preparedFonts = {m_style->headerFont, m_style->font};
    m_title = QStaticText(title);
    m_title.setTextFormat(Qt::PlainText);
    m_title.prepare(QTransform(), m_style->headerFont);
    m_dates = QStaticText(dates);
    m_dates.setTextFormat(Qt::PlainText);
    m_dates.prepare(QTransform(), m_style->font);
    update();
}

void WaveBand::setBeyondHorizon(bool beyond)
{
    if (beyond == m_beyondHorizon)
        return;
    m_beyondHorizon = beyond;
    update();
}

void WaveBand::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void WaveBand::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapColors &colors = m_style->colors;
    painter->fillRect(m_rect, m_wave % 2 == 1 ? colors.bandFill : colors.bandAlternateFill);
    // A thin separator on the left and a rule under the header.
    painter->setPen(QPen(colors.outline, 1));
    painter->drawLine(m_rect.topLeft(), m_rect.bottomLeft());
    const double headerBottom = m_rect.top() + MapGeometry::headerHeight;
    painter->drawLine(QPointF(m_rect.left(), headerBottom), QPointF(m_rect.right(), headerBottom));
    if (m_beyondHorizon) {
        // Past the horizon: hatched, not only a different tint.
        painter->fillRect(QRectF(m_rect.left(), headerBottom, m_rect.width(), m_rect.bottom() - headerBottom),
                          QBrush(colors.outline, Qt::BDiagPattern));
    }
    const double left = m_rect.left() + MapGeometry::bandPadding;
    painter->setPen(colors.bandHeaderText);
    painter->setFont(m_style->headerFont);
    painter->drawStaticText(QPointF(left, m_rect.top() + 8), m_title);
    painter->setPen(colors.mutedText);
    painter->setFont(m_style->font);
    painter->drawStaticText(QPointF(left, m_rect.top() + 12 + m_title.size().height()), m_dates);
}

} // namespace waveplan::ui::map
