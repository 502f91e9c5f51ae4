#include "ui/board/board_backdrop.h"

#include "ui/board/board_style.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>

namespace waveplan::ui::board {

namespace {

QStaticText staticText(const QString &text, const QFont &font)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    result.prepare(QTransform(), font);
    return result;
}

} // namespace

WaveColumn::WaveColumn(int wave, const BoardStyle *style)
    : m_wave(wave)
    , m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-10);
}

void WaveColumn::setTexts(const QString &name, const QString &dates)
{
    const double room = m_rect.width() - 2 * m_style->padding;
    if (name == m_nameSource && dates == m_datesSource && room == m_textRoom)
        return; // every sync sets them: a column repainted for nothing repaints the board
    m_nameSource = name;
    m_datesSource = dates;
    m_textRoom = room;
    m_name = staticText(QFontMetricsF(m_style->headerFont).elidedText(name, Qt::ElideRight, room), m_style->headerFont);
    m_dates = staticText(QFontMetricsF(m_style->smallFont).elidedText(dates, Qt::ElideRight, room), m_style->smallFont);
    update();
}

void WaveColumn::setBeyondHorizon(bool beyond)
{
    if (beyond == m_beyondHorizon)
        return;
    m_beyondHorizon = beyond;
    update();
}

void WaveColumn::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void WaveColumn::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const BoardColors &colors = m_style->colors;
    painter->fillRect(m_rect, m_wave % 2 == 1 ? colors.waveFill : colors.waveAlternateFill);
    const double headerBottom = m_rect.top() + m_style->headerHeight;
    if (m_beyondHorizon) {
        // Past the horizon: hatched, not only a different tint.
        painter->fillRect(QRectF(m_rect.left(), headerBottom, m_rect.width(), m_rect.bottom() - headerBottom),
                          QBrush(colors.beyondHorizon, Qt::BDiagPattern));
    }
    painter->setPen(QPen(colors.laneRule, 1));
    painter->drawLine(m_rect.topLeft(), m_rect.bottomLeft());
    painter->setPen(QPen(colors.outline, 1.5));
    painter->drawLine(QPointF(m_rect.left(), headerBottom), QPointF(m_rect.right(), headerBottom));
    const double left = m_rect.left() + m_style->padding;
    painter->setPen(colors.headerText);
    painter->setFont(m_style->headerFont);
    painter->drawStaticText(QPointF(left, m_rect.top() + m_style->padding), m_name);
    painter->setPen(m_beyondHorizon ? colors.mutedText : colors.headerText);
    painter->setFont(m_style->smallFont);
    painter->drawStaticText(QPointF(left, m_rect.top() + m_style->padding * 1.5 + m_name.size().height()), m_dates);
}

LaneBand::LaneBand(const BoardStyle *style)
    : m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(-5);
}

void LaneBand::setTexts(const QString &team, const QString &note)
{
    if (team == m_team && note == m_noteSource && !m_label.text().isEmpty())
        return; // every sync sets them: a lane repainted for nothing repaints the board
    m_team = team;
    m_noteSource = note;
    layoutTexts();
}

void LaneBand::layoutTexts()
{
    const double room = m_style->laneLabelWidth - 2 * m_style->padding;
    const QString label = m_team.isEmpty() ? QObject::tr("No team") : m_team;
    QFont labelFont = m_style->keyFont;
    labelFont.setItalic(m_team.isEmpty()); // "No team" reads as a gap, not as a name
    m_label = staticText(QFontMetricsF(labelFont).elidedText(label, Qt::ElideRight, room), labelFont);
    m_note = staticText(QFontMetricsF(m_style->smallFont).elidedText(m_noteSource, Qt::ElideRight, room),
                        m_style->smallFont);
    update();
}

void LaneBand::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void LaneBand::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(QPen(m_style->colors.laneRule, 1));
    painter->drawLine(m_rect.bottomLeft(), m_rect.bottomRight());
    paintLabel(painter, m_rect.left());
}

void LaneBand::paintLabel(QPainter *painter, double left) const
{
    const BoardColors &colors = m_style->colors;
    const QRectF labelRect(left, m_rect.top(), m_style->laneLabelWidth, m_rect.height());
    painter->fillRect(labelRect, colors.laneLabelFill);
    painter->setPen(QPen(colors.laneRule, 1));
    painter->drawLine(labelRect.bottomLeft(), labelRect.bottomRight());
    painter->setPen(QPen(colors.outline, 1.5));
    painter->drawLine(labelRect.topRight(), labelRect.bottomRight());
    QFont labelFont = m_style->keyFont;
    labelFont.setItalic(m_team.isEmpty());
    painter->setFont(labelFont);
    painter->setPen(m_team.isEmpty() ? colors.mutedText : colors.text);
    const QPointF at(left + m_style->padding, m_rect.top() + m_style->lanePadding);
    painter->drawStaticText(at, m_label);
    painter->setFont(m_style->smallFont);
    painter->setPen(colors.mutedText);
    painter->drawStaticText(at + QPointF(0, m_label.size().height() + 2), m_note);
}

AsOfLine::AsOfLine(const BoardStyle *style)
    : m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(50); // above bars and arrows
}

void AsOfLine::place(double x, double top, double bottom, const QRectF &labelBox, const QString &label)
{
    prepareGeometryChange();
    m_x = x;
    m_top = top;
    m_bottom = bottom;
    m_labelBox = labelBox;
    m_label = label;
    update();
}

QSizeF AsOfLine::labelSize(const QString &label) const
{
    const QFontMetricsF metrics(m_style->smallFont);
    return {metrics.horizontalAdvance(label) + 2 * m_style->padding, metrics.height() + 2};
}

QRectF AsOfLine::boundingRect() const
{
    return QRectF(m_x - 2, m_top, 4, m_bottom - m_top).united(m_labelBox);
}

void AsOfLine::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QPen pen(m_style->colors.asOf, 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(QPointF(m_x, m_top), QPointF(m_x, m_bottom));
    painter->fillRect(m_labelBox, m_style->colors.asOf);
    painter->setPen(m_style->colors.background);
    painter->setFont(m_style->smallFont);
    painter->drawText(m_labelBox, Qt::AlignCenter, m_label);
}

} // namespace waveplan::ui::board
