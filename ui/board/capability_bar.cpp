#include "ui/board/capability_bar.h"

#include "ui/board/board_layout.h"
#include "ui/board/board_style.h"
#include "ui/graphics/item_painting.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace waveplan::ui::board {

namespace {

constexpr double kMarkMargin = 10; // room outside the bar for the selection and critical outlines
/// Text whose lines come out shorter than this on screen is an unreadable smudge (a large plan
/// fitted to the window): the bar leaves it out, and its tooltip still tells.
constexpr double kLegibleLinePixels = 5;
/// A bar shorter than this on screen is drawn coarse: outlines a quarter of a pixel wide, dashes,
/// rounded ends and the strokes of the "+" would be under a pixel each, a blur that costs a
/// stroker per bar on every repaint. Fills, the foundational accent and the additive dot still
/// tell the kind.
constexpr double kFineBarPixels = 10;

} // namespace

CapabilityBar::CapabilityBar(const QString &key, const QString &team, const BoardStyle *style)
    : m_key(key)
    , m_team(team)
    , m_style(style)
{
    setFlags(ItemIsSelectable);
    // No device-coordinate cache: drawn coarse (a fitted board) a bar costs less than blending
    // its cached pixmap, and an edit that moves hundreds of bars re-rendered half their caches
    // anyway (a pixmap a pixel wider or narrower at the new position).
    setCacheMode(NoCache);
    setZValue(3);
}

void CapabilityBar::setContent(const BarContent &content)
{
    if (m_hasContent && content == m_content)
        return;
    // A new schedule changes slack and reasons of many bars: those only show in the tooltip.
    const BarContent &was = m_content;
    const bool drawnChange = !m_hasContent || was.capability.key != content.capability.key
                             || was.capability.name != content.capability.name
                             || was.capability.kind != content.capability.kind
                             || was.capability.pinnedWave.has_value() != content.capability.pinnedWave.has_value()
                             || was.criticalPath != content.criticalPath || was.criticalChain != content.criticalChain
                             || was.scheduled.key.empty() != content.scheduled.key.empty();
    m_hasContent = true;
    m_content = content;
    if (!content.capability.key.empty())
        m_key = QString::fromStdString(content.capability.key); // a renamed capability keeps its bar
    if (drawnChange)
        refresh();
}

void CapabilityBar::setBarRect(const QRectF &rect)
{
    setPos(rect.topLeft());
    if (rect.size() == m_size)
        return;
    prepareGeometryChange();
    m_size = rect.size();
    refresh();
}

double CapabilityBar::glyphSize() const
{
    return std::round(m_size.height() * 0.5);
}

double CapabilityBar::cornerRadius() const
{
    return std::min(m_size.height() / 2.5, m_size.width() / 2);
}

double CapabilityBar::textLeft() const
{
    if (isMilestone(m_content.capability))
        return m_size.height() + m_style->padding / 2; // after the diamond
    if (kind() == CapabilityKind::Foundational)
        return m_style->accentWidth + m_style->padding;
    return m_style->padding + glyphSize() + m_style->padding / 2; // after the "+" glyph
}

double CapabilityBar::glyphsWidth() const
{
    int glyphs = 0;
    if (isPinned())
        ++glyphs;
    if (criticalMarked())
        ++glyphs;
    return glyphs * (glyphSize() + m_style->padding / 2);
}

void CapabilityBar::refresh()
{
    // Laid out when first drawn legibly or asked for: a duration edit changes the marks and
    // sizes of hundreds of bars a fitted board draws without text.
    m_textsLaidOut = false;
    m_keyLineHeight = QFontMetricsF(m_style->keyFont).height();
    update();
}

void CapabilityBar::layOutTexts() const
{
    if (m_textsLaidOut)
        return;
    m_textsLaidOut = true;
    const double room = m_size.width() - textLeft() - glyphsWidth() - m_style->padding;
    const QFontMetricsF keyMetrics(m_style->keyFont);
    const QFontMetricsF nameMetrics(m_style->font);
    // Done work carries a tick before its key, so it reads as done without colour.
    const QString key = doneLabel(qs(m_content.capability.key), m_content.done);
    QString shownKey;
    QString shownName;
    if (room >= keyMetrics.horizontalAdvance(key)) {
        shownKey = key;
        const double nameRoom = room - keyMetrics.horizontalAdvance(key) - nameMetrics.horizontalAdvance(QLatin1Char(' '));
        const QString name = qs(m_content.capability.name);
        const QString elided = nameMetrics.elidedText(name, Qt::ElideRight, nameRoom);
        // An ellipsis alone says nothing: leave the name to the tooltip.
        if (!elided.isEmpty() && elided != QStringLiteral("…"))
            shownName = elided;
    } else if (room > keyMetrics.horizontalAdvance(QStringLiteral("M…"))) {
        shownKey = keyMetrics.elidedText(key, Qt::ElideRight, room);
    }
    m_keyText = preparedText(shownKey, m_style->keyFont);
    m_nameText = preparedText(shownName, m_style->font);
}

QString CapabilityBar::shownText() const
{
    layOutTexts();
    if (m_nameText.text().isEmpty())
        return m_keyText.text();
    return m_keyText.text() + QLatin1Char(' ') + m_nameText.text();
}

QString CapabilityBar::toolTipText() const
{
    const Capability &c = m_content.capability;
    const ScheduledCapability &s = m_content.scheduled;
    QStringList lines;
    lines << QObject::tr("%1 — %2").arg(qs(c.key), qs(c.name));
    const QString kind = c.kind == CapabilityKind::Foundational ? QObject::tr("Foundational") : QObject::tr("Additive");
    const QString team = m_team.isEmpty() ? QObject::tr("no team")
                                          : QObject::tr("%1 (%n people)", nullptr, m_content.people).arg(m_team);
    if (isMilestone(c))
        lines << QObject::tr("%1 milestone (0 days), %2").arg(kind, team);
    else
        lines << QObject::tr("%1, %n days, %2", nullptr, c.durationDays).arg(kind, team);
    if (isScheduled()) {
        Plan dates; // only its start date and calendar matter to dayRangeText
        dates.startDate = m_content.planStart;
        dates.calendar = m_content.calendar;
        lines << QObject::tr("%1: starts in wave %2, live in wave %3")
                     .arg(dayRangeText(dates, s.startDay, s.lastDay()))
                     .arg(s.wave)
                     .arg(s.goLiveWave);
        if (!s.reason.sentence.empty())
            lines << QObject::tr("Why then: %1").arg(qs(s.reason.sentence));
    } else {
        lines << QObject::tr("Not scheduled: the plan has problems to fix first (see Problems)");
    }
    lines << (c.owner.empty() ? QObject::tr("Owner: nobody yet") : QObject::tr("Owner: %1").arg(qs(c.owner)));
    if (c.pinnedWave)
        lines << QObject::tr("Pinned to wave %1").arg(*c.pinnedWave);
    if (m_content.criticalPath)
        lines << QObject::tr("On the driving path: it sets the end date");
    if (m_content.criticalChain)
        lines << QObject::tr("On the dependency path (the plan's length if every team had unlimited capacity)");
    return lines.join(QLatin1Char('\n'));
}

double CapabilityBar::workedFraction() const
{
    const ScheduledCapability &s = m_content.scheduled;
    if (m_content.underWayAsOfDay < 0 || !isScheduled() || s.finishDay <= s.startDay)
        return 0;
    return std::clamp(static_cast<double>(m_content.underWayAsOfDay - s.startDay) / (s.finishDay - s.startDay), 0.0, 1.0);
}

QRectF CapabilityBar::boundingRect() const
{
    return QRectF(-kMarkMargin, -kMarkMargin, m_size.width() + 2 * kMarkMargin, m_size.height() + 2 * kMarkMargin);
}

QPainterPath CapabilityBar::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_size));
    return path;
}

void CapabilityBar::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF body(QPointF(0, 0), m_size);
    const bool fine = !tooSmallToSee(painter, m_size.height(), kFineBarPixels);
    painter->setRenderHint(QPainter::Antialiasing, fine); // coarse, the fills snap to whole pixels
    paintMarks(painter, body);
    paintBody(painter, body, fine);
    // Done work washed out whole; work under way up to the as-of date.
    if (m_content.done)
        washOut(painter, body, m_style->colors.background);
    else if (const double part = workedFraction(); part > 0)
        washOut(painter, QRectF(body.left(), body.top(), body.width() * part, body.height()), m_style->colors.background);
    paintGlyphs(painter, body);
    if (tooSmallToSee(painter, m_keyLineHeight, kLegibleLinePixels))
        return;
    layOutTexts();
    const BoardColors &colors = m_style->colors;
    const double left = textLeft();
    const double keyTop = (m_size.height() - m_keyText.size().height()) / 2;
    painter->setPen(colors.text);
    painter->setFont(m_style->keyFont);
    painter->drawStaticText(QPointF(left, keyTop), m_keyText);
    if (!m_nameText.text().isEmpty()) {
        const double nameLeft = left + m_keyText.size().width() + QFontMetricsF(m_style->font).horizontalAdvance(QLatin1Char(' '));
        painter->setFont(m_style->font);
        painter->drawStaticText(QPointF(nameLeft, (m_size.height() - m_nameText.size().height()) / 2), m_nameText);
    }
}

void CapabilityBar::paintMarks(QPainter *painter, const QRectF &body) const
{
    const BoardColors &colors = m_style->colors;
    painter->setBrush(Qt::NoBrush);
    const double radius = kind() == CapabilityKind::Additive ? cornerRadius() : 0;
    const auto outline = [&](double grow, const QPen &pen) { drawOutline(painter, body, radius, grow, pen); };
    double grow = 0; // the outer edge of the marks drawn so far
    if (m_content.criticalPath) {
        grow = 2;
        outline(grow, QPen(colors.criticalPath, 3, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    }
    if (m_content.criticalChain) {
        grow += 3;
        QPen pen(colors.criticalChain, 3, Qt::DashLine, Qt::FlatCap);
        pen.setDashPattern({2, 1.5});
        outline(grow, pen);
    }
    // Selection outermost, so it shows around the critical marks too.
    if (isSelected())
        outline(grow + 3, QPen(colors.selection, 3));
}

void CapabilityBar::paintBody(QPainter *painter, const QRectF &body, bool fine) const
{
    const BoardColors &colors = m_style->colors;
    const double inset = 0.75; // half the outline: neighbouring bars in a row do not touch
    const QRectF r = body.adjusted(inset, inset, -inset, -inset);
    const bool foundational = kind() == CapabilityKind::Foundational;
    if (isMilestone(m_content.capability)) {
        // A diamond on its day, the bar's height, filled or dashed by kind; the key follows it.
        const double h = r.height() / 2;
        const QPointF c(r.left() + h, r.center().y());
        QPen pen(colors.outline, 1.5, foundational ? Qt::SolidLine : Qt::DashLine);
        painter->setPen(fine ? pen : QPen(colors.outline, 0));
        painter->setBrush(foundational ? colors.foundationalAccent : colors.additiveFill);
        painter->drawPolygon(QPolygonF{{c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}});
        return;
    }
    if (!fine) {
        // The outline as two fills: a stroked outline a quarter of a pixel wide costs a stroker
        // per bar and shows no differently.
        painter->fillRect(body, colors.outline);
        painter->fillRect(body.adjusted(2 * inset, 2 * inset, -2 * inset, -2 * inset),
                          foundational ? colors.foundationalFill : colors.additiveFill);
    }
    if (foundational) {
        if (fine) {
            painter->setPen(QPen(colors.outline, 1.5, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            painter->setBrush(colors.foundationalFill);
            painter->drawRect(r);
        }
        painter->fillRect(QRectF(r.left(), r.top(), std::min(m_style->accentWidth, r.width()), r.height()),
                          colors.foundationalAccent);
    } else {
        if (fine) {
            painter->setPen(QPen(colors.outline, 1.5, Qt::DashLine));
            painter->setBrush(colors.additiveFill);
            painter->drawRoundedRect(r, cornerRadius(), cornerRadius());
        }
        // The "+" glyph in a disc at the left end (a dot, when coarse).
        const double g = glyphSize();
        if (r.width() >= g + m_style->padding) {
            const QPointF centre(r.left() + m_style->padding + g / 2 - 1, r.center().y());
            if (fine) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(colors.additiveAccent);
                painter->drawEllipse(centre, g / 2, g / 2);
                painter->setPen(QPen(colors.background, std::max(1.5, g / 7), Qt::SolidLine, Qt::FlatCap));
                const double arm = g * 0.28;
                painter->drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0));
                painter->drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm));
            } else {
                painter->fillRect(QRectF(centre - QPointF(g / 2, g / 2), QSizeF(g, g)), colors.additiveAccent);
            }
        }
    }
    if (!isScheduled()) {
        painter->fillRect(r, QBrush(colors.mutedText, Qt::BDiagPattern));
    }
}

void CapabilityBar::paintGlyphs(QPainter *painter, const QRectF &body) const
{
    const BoardColors &colors = m_style->colors;
    const double g = glyphSize();
    double right = body.right() - m_style->padding / 2;
    const double middle = body.center().y();
    if (glyphsWidth() + textLeft() > body.width())
        return; // no room: the tooltip and the outline tell
    if (criticalMarked()) {
        // A triangle, in the colour of the outline it goes with (a diamond is a milestone).
        const QPointF c(right - g / 2, middle);
        const double h = g / 2;
        QPolygonF diamond{{c.x(), c.y() - h}, {c.x() + h, c.y() + h}, {c.x() - h, c.y() + h}};
        painter->setPen(QPen(colors.background, 1));
        painter->setBrush(m_content.criticalPath ? colors.criticalPath : colors.criticalChain);
        painter->drawPolygon(diamond);
        right -= g + m_style->padding / 2;
    }
    if (isPinned()) {
        // A push pin: round head, short needle, slanted.
        const QPointF head(right - g * 0.4, middle - g * 0.2);
        const QPointF tip(right - g, middle + g / 2);
        painter->setPen(QPen(colors.text, std::max(1.5, g / 8), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(head, tip);
        painter->setPen(QPen(colors.background, 1));
        painter->setBrush(colors.pin);
        painter->drawEllipse(head, g * 0.3, g * 0.3);
    }
}

} // namespace waveplan::ui::board
