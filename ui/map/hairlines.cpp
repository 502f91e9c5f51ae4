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
/// its control polygon's length in pixels (measured along the axes, which is cheaper and never
/// shorter), at least 1, at most 64. A curve within two pixels is one piece.
int piecesOf(QPointF p0, QPointF p1, QPointF p2, QPointF p3)
{
    const auto length = [](QPointF a, QPointF b) { return std::abs(b.x() - a.x()) + std::abs(b.y() - a.y()); };
    const double polygon = length(p0, p1) + length(p1, p2) + length(p2, p3);
    if (polygon < 2)
        return 1;
    return std::min(64, static_cast<int>(std::sqrt(polygon)) + 1);
}

/// The least whole number >= v, for the |v| < 2^31 of an image's coordinates (std::ceil is a
/// library call on a baseline x86-64 build, and a map of 10,000 capabilities draws millions of
/// pieces a pixel or two long).
int ceilOf(double v)
{
    const auto i = static_cast<int>(v); // towards zero
    return i + (v > i ? 1 : 0);
}

} // namespace

Hairlines::Hairlines(QImage &image)
    : m_bits(image.bits())
    , m_stride(image.bytesPerLine())
    , m_width(image.width())
    , m_height(image.height())
{
    std::fill(std::begin(m_keep), std::end(m_keep), 256U); // no colour yet: every pixel kept
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied);
}

void Hairlines::setColor(const QColor &color, double opacity)
{
    QColor c = color;
    c.setAlphaF(static_cast<float>(std::clamp(color.alphaF() * opacity, 0.0, 1.0)));
    const std::uint32_t premultiplied = qPremultiply(c.rgba());
    if (m_hasColor && premultiplied == m_color)
        return; // most arrows share one colour: the tables stand
    m_color = premultiplied;
    m_hasColor = true;
    for (std::uint32_t coverage = 0; coverage <= 256; ++coverage) {
        m_source[coverage] = scaled(m_color, coverage);
        m_keep[coverage] = 256 - qAlpha(m_source[coverage]);
    }
}

template <bool Checked>
inline void Hairlines::plot(int x, int y, std::uint32_t coverage)
{
    // One unsigned comparison per axis also rules out negative coordinates.
    if constexpr (Checked) {
        if (static_cast<unsigned>(x) >= static_cast<unsigned>(m_width) || static_cast<unsigned>(y) >= static_cast<unsigned>(m_height))
            return;
    }
    auto *pixel = reinterpret_cast<std::uint32_t *>(m_bits + y * m_stride) + x;
    *pixel = m_source[coverage] + scaled(*pixel, m_keep[coverage]);
}

template <bool Checked>
void Hairlines::walk(bool steep, int first, int last, std::int64_t minor, std::int64_t step)
{
    for (int i = first; i < last; ++i, minor += step) {
        const auto near = static_cast<int>(minor >> 16); // floor, also below zero
        const auto share = static_cast<std::uint32_t>((minor & 0xffff) >> 8);
        if (steep) {
            plot<Checked>(near, i, 256 - share);
            plot<Checked>(near + 1, i, share);
        } else {
            plot<Checked>(i, near, 256 - share);
            plot<Checked>(i, near + 1, share);
        }
    }
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
    // The columns whose centres (i + 0.5) lie in [ax, bx): consecutive pieces share none.
    const double majorSize = steep ? m_height : m_width;
    const int first = ceilOf(std::clamp(ax - 0.5, 0.0, majorSize));
    const int last = ceilOf(std::clamp(bx - 0.5, 0.0, majorSize));
    if (first >= last)
        return; // within one column (most pieces of a map fitted to the window), or outside
    const double slope = (by - ay) / (bx - ax); // bx > ax: a column centre lies between
    // Where the line crosses each column's centre, measured from the minor pixels' centres, in
    // 1/65536 of a pixel: the pixel below gets the rest of 256, the one above its fraction.
    constexpr double kOne = 65536.0;
    const double minorSize = steep ? m_width : m_height;
    const double start = ay + slope * (first + 0.5 - ax) - 0.5;
    const double end = start + slope * (last - first);
    if ((start < -2 && end < -2) || (start > minorSize && end > minorSize))
        return; // wholly above or below the image
    const auto minor = static_cast<std::int64_t>(std::floor(start * kOne));
    const auto step = static_cast<std::int64_t>(slope * kOne); // |slope| <= 1: no overflow
    // Both pixels of every column inside the image (with a pixel to spare for the rounding of
    // the steps): no pixel needs checking.
    if (std::min(start, end) >= 1 && std::max(start, end) + 3 <= minorSize)
        walk<false>(steep, first, last, minor, step);
    else
        walk<true>(steep, first, last, minor, step);
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
    // A view's transform only scales and moves: mapped here rather than by a library call per
    // point.
    const bool scales = toImage.type() <= QTransform::TxScale;
    const double sx = toImage.m11();
    const double sy = toImage.m22();
    const double dx = toImage.dx();
    const double dy = toImage.dy();
    const auto map = [&](const QPainterPath::Element &e) {
        return scales ? QPointF(e.x * sx + dx, e.y * sy + dy) : toImage.map(QPointF(e.x, e.y));
    };
    QPointF at;
    const int count = path.elementCount();
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element &element = path.elementAt(i);
        const QPointF point = map(element);
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
                const QPointF p3 = map(path.elementAt(i + 2));
                drawCubic(at, point, map(path.elementAt(i + 1)), p3);
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
