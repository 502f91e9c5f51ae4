#pragma once
/// @file framing.h
/// Where a presentation view looks, as pure functions of rectangles and sizes: the whole plan
/// fitted on screen, or one wave at a zoom where its text is legible from the back of the room.

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace waveplan::ui::presentation {

/// A zoom and the scene point shown at the centre of the viewport.
struct Framing {
    double scale = 1;
    QPointF centre;
};

/// The share of the viewport left free on each side of framed content.
inline constexpr double kFrameMargin = 0.03;

/// All of `content` in a viewport of size `viewport` (less the margins), centred, zoomed no
/// more than `maxScale` so a small plan is not blown up to poster size.
[[nodiscard]] Framing frameWhole(const QRectF &content, const QSizeF &viewport, double maxScale);

/// One wave's `content` zoomed to fit, but never below `legibleScale` nor above `maxScale`.
/// Content that fits is centred; content taller (wider) than the viewport at that zoom shows
/// its top (left) edge first: the wave's header and its first cards.
[[nodiscard]] Framing frameWave(const QRectF &content, const QSizeF &viewport, double legibleScale,
                                double maxScale);

} // namespace waveplan::ui::presentation
