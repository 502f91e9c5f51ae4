#include "ui/map/hairlines.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace waveplan::ui::map {

namespace {

/// Each channel of the premultiplied pixel `p` times `factor` / 256 (factor 0..256).
std::uint32_t scaled(std::uint32_t p, std::uint32_t factor)
{
    const std::uint32_t redBlue = (((p & 0x00ff00ffU) * factor) >> 8) & 0x00ff00ffU;
    const std::uint32_t alphaGreen = (((p >> 8) & 0x00ff00ffU) * factor) & 0xff00ff00U;
    return redBlue | alphaGreen;
}

/// Pieces that follow a cubic curve within a fraction of a pixel: about the square root of
/// its control polygon's length in pixels, at least 1, at most 64.
int piecesOf(QPointF p0, QPointF p1, QPointF p2, QPointF p3)
{
    const auto length = [](QPointF a, QPointF b) { return std::hypot(b.x() - a.x(), b.y() - a.y()); };
    const double polygon = length(p0, p1) + length(p1, p2) + length(p2, p3);
    return std::clamp(static_cast<int>(std::ceil(std::sqrt(polygon))), 1, 64);
}

} // namespace

Hairlines::Hairlines(QImage &image)
    : m_image(image)
    , m_bits(image.bits())
    , m_stride(image.bytesPerLine())
    , m_width(image.width())
    , m_height(image.height())
{
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied);
}

void Hairlines::setColor(const QColor &color, double opacity)
{
    QColor c = color;
    c.setAlphaF(static_cast<float>(std::clamp(color.alphaF() * opacity, 0.0, 1.0)));
    m_color = qPremultiply(c.rgba());
}

inline void Hairlines::plot(int x, int y, std::uint32_t coverage)
{
    // One unsigned comparison per axis also rules out negative coordinates.
    if (static_cast<unsigned>(x) >= static_cast<unsigned>(m_width) || static_cast<unsigned>(y) >= static_cast<unsigned>(m_height))
        return;
    auto *pixel = reinterpret_cast<std::uint32_t *>(m_bits + y * m_stride) + x;
    const std::uint32_t source = scaled(m_color, coverage);
    *pixel = source + scaled(*pixel, 256 - qAlpha(source));
}

void Hairlines::drawLine(QPointF a, QPointF b)
{
    double ax = a.x();
    double ay = a.y();
    double bx = b.x();
    double by = b.y();
    // Walk the axis the line runs along most ("major"), one pixel column (or row) at a time.
    const bool steep = std::abs(by - ay) > std::abs(bx - ax);
    if (steep) {
        std::swap(ax, ay);
        std::swap(bx, by);
    }
    if (ax > bx) {
        std::swap(ax, bx);
        std::swap(ay, by);
    }
    const double run = bx - ax;
    const double slope = run > 0 ? (by - ay) / run : 0.0;
    // The columns whose centres (i + 0.5) lie in [ax, bx): consecutive pieces share none.
    const double majorSize = steep ? m_height : m_width;
    const auto first = static_cast<int>(std::clamp(std::ceil(ax - 0.5), 0.0, majorSize));
    const auto last = static_cast<int>(std::clamp(std::ceil(bx - 0.5), 0.0, majorSize));
    if (first >= last)
        return;
    // Where the line crosses each column's centre, measured from the minor pixels' centres, in
    // 1/65536 of a pixel: the pixel below gets the rest of 256, the one above its fraction.
    constexpr double kOne = 65536.0;
    const double minorSize = steep ? m_width : m_height;
    const double start = ay + slope * (first + 0.5 - ax) - 0.5;
    const double end = start + slope * (last - first);
    if ((start < -2 && end < -2) || (start > minorSize && end > minorSize))
        return; // wholly above or below the image
    auto minor = static_cast<std::int64_t>(std::floor(start * kOne));
    const auto step = static_cast<std::int64_t>(slope * kOne); // |slope| <= 1: no overflow
    for (int i = first; i < last; ++i, minor += step) {
        const auto near = static_cast<int>(minor >> 16); // floor, also below zero
        const auto share = static_cast<std::uint32_t>((minor & 0xffff) >> 8);
        if (steep) {
            plot(near, i, 256 - share);
            plot(near + 1, i, share);
        } else {
            plot(i, near, 256 - share);
            plot(i, near + 1, share);
        }
    }
}

void Hairlines::drawCubic(QPointF p0, QPointF p1, QPointF p2, QPointF p3)
{
    const int pieces = piecesOf(p0, p1, p2, p3);
    QPointF from = p0;
    for (int k = 1; k <= pieces; ++k) {
        const double t = static_cast<double>(k) / pieces;
        const double u = 1 - t;
        const QPointF to = k == pieces ? p3 : u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
        drawLine(from, to);
        from = to;
    }
}

void Hairlines::drawPath(const QPainterPath &path, const QTransform &toImage)
{
    QPointF at;
    const int count = path.elementCount();
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        const QPointF point = toImage.map(QPointF(element.x, element.y));
        switch (element.type) {
        case QPainterPath::MoveToElement:
            at = point;
            break;
        case QPainterPath::LineToElement:
            drawLine(at, point);
            at = point;
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 < count) {
                const QPainterPath::Element c2 = path.elementAt(i + 1);
                const QPainterPath::Element end = path.elementAt(i + 2);
                const QPointF p3 = toImage.map(QPointF(end.x, end.y));
                drawCubic(at, point, toImage.map(QPointF(c2.x, c2.y)), p3);
                at = p3;
                i += 2;
            }
            break;
        case QPainterPath::CurveToDataElement:
            break; // consumed with its curve
        }
    }
}

} // namespace waveplan::ui::map
