#pragma once
/// @file item_painting.h
/// Painting helpers the map's capability cards and the board's capability bars share: text
/// prepared once and painted many times, the outlines (critical, selected) drawn around a
/// card or bar body, whether a detail is too small to be seen where it is painted, and the
/// pictures a view keeps of what it paints the same way on every repaint.

#include <QFont>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QRectF>
#include <QSize>
#include <QStaticText>
#include <QString>
#include <QStyleOptionGraphicsItem>
#include <QTransform>

namespace waveplan::ui {

/// `text` as plain, cached QStaticText laid out for `font`.
[[nodiscard]] inline QStaticText preparedText(const QString &text, const QFont &font)
{
    QStaticText result(text);
    result.setTextFormat(Qt::PlainText);
    result.setPerformanceHint(QStaticText::AggressiveCaching);
    result.prepare(QTransform(), font);
    return result;
}

/// Done work's label: a tick before the key, so it reads as done without colour.
[[nodiscard]] inline QString doneLabel(const QString &key, bool done)
{
    return done ? QStringLiteral("\u2713 ") + key : key;
}

/// Washes out `area` of a card or bar with `background` at half strength: what is done is
/// history, what is left stands out.
inline void washOut(QPainter *painter, const QRectF &area, const QColor &background)
{
    painter->fillRect(area, QColor(background.red(), background.green(), background.blue(), 120));
}

/// Outlines `body` grown by `grow` on every side with `pen`: a rounded rectangle when the body's
/// corners have `radius` > 0 (the outline's corners grow with it), a square one otherwise.
inline void drawOutline(QPainter *painter, const QRectF &body, double radius, double grow, const QPen &pen)
{
    const QRectF r = body.adjusted(-grow, -grow, grow, grow);
    painter->setPen(pen);
    if (radius > 0)
        painter->drawRoundedRect(r, radius + grow, radius + grow);
    else
        painter->drawRect(r);
}

/// True when a detail `height` item units high comes out under `minimumPixels` where `painter`
/// paints: on screen or in an image, a smudge not worth laying out and drawing (a large plan
/// fitted to the window). On a vector device (PDF, SVG) nothing is too small: its reader zooms.
[[nodiscard]] inline bool tooSmallToSee(const QPainter *painter, double height, double minimumPixels)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return false;
    return height * QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < minimumPixels;
}

/// A transparent picture `size` logical pixels large for a screen of `ratio` device pixels to
/// one, drawn by `draw(QPainter &)` with `hints` (those of the painter it will be pasted with).
template <typename Draw>
[[nodiscard]] QPixmap pictureOf(const QSize &size, double ratio, QPainter::RenderHints hints, Draw draw)
{
    QPixmap picture(size * ratio);
    picture.setDevicePixelRatio(ratio);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.setRenderHints(hints);
    draw(painter);
    painter.end();
    return picture;
}

} // namespace waveplan::ui
