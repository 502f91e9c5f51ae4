#pragma once
/// @file hairlines.h
/// Smoothed lines one device pixel wide, drawn straight into a 32-bit image: the plain arrows of
/// a map fitted to the window (ArrowLayer), where every line is thinner than a pixel.
///
/// QPainter draws such a line through its cosmetic stroker, which hands each pixel's coverage to
/// the image's blend function a few pixels at a time (and, for long batches, to its thread pool).
/// For the 725 arrows of a fitted 500-capability map that was 5 to 6 ms of every repaint after
/// an edit, a third of the frame; setting the pixels here costs a tenth of that. The result is
/// the same kind of line: one pixel wide, its colour shared between the two pixels nearest to it
/// across its direction (Xiaolin Wu's method), curves followed by short straight pieces. (A line
/// thinner than a pixel, QPainter draws as much fainter: the caller says so in setColor's
/// opacity.)

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QPointF>
#include <QTransform>

#include <cstdint>

namespace waveplan::ui::map {

class Hairlines {
public:
    /// Draws into `image`, which must be QImage::Format_ARGB32_Premultiplied and outlive this.
    explicit Hairlines(QImage &image);

    /// The colour of what is drawn next, its alpha multiplied by `opacity` (0..1).
    void setColor(const QColor &color, double opacity = 1.0);

    /// Draws the lines and cubic curves of `path`, mapped by `toImage` into the image's pixels
    /// (pixel (x, y) covers x..x+1, y..y+1). Nothing is filled. Parts outside the image are cut.
    void drawPath(const QPainterPath &path, const QTransform &toImage);

    /// One straight piece from `a` to `b`, in the image's pixels. A line drawn as consecutive
    /// pieces colours each pixel once where two pieces meet.
    void drawLine(QPointF a, QPointF b);

private:
    /// Blends the colour into pixel (x, y) at `coverage` (0..256); with `Checked`, nothing
    /// outside the image (without, the caller knows the pixel is inside).
    template <bool Checked>
    void plot(int x, int y, std::uint32_t coverage);
    /// drawLine's walk along the major axis, from column (or row) `first` to `last`.
    template <bool Checked>
    void walk(bool steep, int first, int last, std::int64_t minor, std::int64_t step);
    void drawCubic(QPointF p0, QPointF p1, QPointF p2, QPointF p3);

    uchar *m_bits;
    qsizetype m_stride;
    int m_width;
    int m_height;
    std::uint32_t m_color = 0; ///< premultiplied ARGB
    bool m_hasColor = false; ///< until setColor, nothing is drawn (m_keep keeps every pixel)
    /// Per coverage 0..256: the colour at that coverage, and what is kept of the pixel under it
    /// (256 less its alpha): worked out once per colour, not for every pixel.
    std::uint32_t m_source[257] = {};
    std::uint32_t m_keep[257];
};

} // namespace waveplan::ui::map
