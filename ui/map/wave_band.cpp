#include "ui/map/wave_band.h"

#include "ui/map/map_style.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QThread>

#include <algorithm>
#include <cmath>

#include <utility>

namespace waveplan::ui::map {

namespace {

/// The side of the hatching tile, in device pixels: a whole number of the pattern's 8.
constexpr int kHatchTile = 64;

/// Diagonal hatching over `area` (item coordinates): Qt::BDiagPattern's line every 8 device
/// pixels, whatever the zoom. In pixels (on screen, in a PNG) it is pasted from a tile drawn
/// once, a row of tiles at a time, and starts at the map's origin, so it scrolls with the map
/// (a PDF or SVG keeps Qt's pattern, for the reader to draw). Filled with the pattern,
/// a band took up to 4 ms while the arrows' image was drawn beside it: Qt shares a large fill
/// out among threads and waits for the slowest, and one of them had the arrows to draw.
void paintHatch(QPainter *painter, const QRectF &area, const QColor &color)
{
    const QBrush brush(color, Qt::BDiagPattern);
    const QPaintDevice *device = painter->device();
    const QPaintEngine *engine = painter->paintEngine();
    const QTransform world = painter->worldTransform();
    if (device == nullptr || engine == nullptr || engine->type() != QPaintEngine::Raster || world.type() > QTransform::TxScale
        || QCoreApplication::instance() == nullptr
        || QThread::currentThread() != QCoreApplication::instance()->thread()) { // a pixmap is the GUI thread's
        painter->fillRect(area, brush);
        return;
    }
    const double ratio = device->devicePixelRatioF();
    static QPixmap tile;
    static std::pair<QRgb, double> tileFor{0, 0};
    if (tile.isNull() || tileFor != std::pair{color.rgba(), ratio}) {
        tile = QPixmap(kHatchTile, kHatchTile);
        tile.fill(Qt::transparent);
        QPainter inTile(&tile);
        inTile.fillRect(tile.rect(), brush);
        inTile.end();
        tile.setDevicePixelRatio(ratio);
        tileFor = {color.rgba(), ratio};
    }
    // The device pixels the area covers, as a fill would (their centres inside it).
    const QRectF onDevice = world.mapRect(area);
    const QRect pixels(QPoint(static_cast<int>(std::round(onDevice.left() * ratio)), static_cast<int>(std::round(onDevice.top() * ratio))),
                       QPoint(static_cast<int>(std::round(onDevice.right() * ratio)) - 1,
                              static_cast<int>(std::round(onDevice.bottom() * ratio)) - 1));
    if (pixels.isEmpty())
        return;
    const QPoint origin(qRound(world.dx() * ratio), qRound(world.dy() * ratio)); // the map's, on the device
    const auto phase = [](int at) { return ((at % kHatchTile) + kHatchTile) % kHatchTile; };
    painter->setWorldTransform(QTransform());
    // A row of tiles at a time: Qt draws that much on this thread.
    for (int top = pixels.top(); top <= pixels.bottom();) {
        const int height = std::min(kHatchTile - phase(top - origin.y()), pixels.bottom() + 1 - top);
        painter->drawTiledPixmap(QRectF(QPointF(pixels.left(), top) / ratio, QSizeF(pixels.width(), height) / ratio), tile,
                                 QPointF(phase(pixels.left() - origin.x()), phase(top - origin.y())) / ratio);
        top += height;
    }
    painter->setWorldTransform(world);
}

} // namespace

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
    // Without smoothing, the raster engine fills whole pixels at once (with it, a rectangle on
    // fractions of a pixel goes through its rasterizer: a tenth of a 500-capability map's repaint).
    const bool smooth = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(m_rect, m_wave % 2 == 1 ? colors.bandFill : colors.bandAlternateFill);
    painter->setRenderHint(QPainter::Antialiasing, smooth);
    // A thin separator on the left and a rule under the header.
    painter->setPen(QPen(colors.outline, 1));
    painter->drawLine(m_rect.topLeft(), m_rect.bottomLeft());
    const double headerBottom = m_rect.top() + MapGeometry::headerHeight;
    painter->drawLine(QPointF(m_rect.left(), headerBottom), QPointF(m_rect.right(), headerBottom));
    if (m_beyondHorizon) {
        // Past the horizon: hatched, not only a different tint.
        paintHatch(painter, QRectF(m_rect.left(), headerBottom, m_rect.width(), m_rect.bottom() - headerBottom),
                          colors.outline);
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
