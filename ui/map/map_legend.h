#pragma once
/// @file map_legend.h
/// The map's key, drawn in a corner of the view whatever the zoom: what the two card kinds look
/// like, what the red and violet outlines mean (only those the map is showing), the amber pill
/// of a card the last change moved (while any is shown), and that an arrow reads "must finish
/// first".

#include "ui/map/map_style.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace waveplan::ui::map {

struct MapLegendContent {
    bool drivingPath = false;    ///< the red outline is shown
    bool dependencyPath = false; ///< the violet dashed outline is shown
    bool moved = false;          ///< some card shows the amber "W2→W3" pill of the last change
    bool milestones = false;     ///< some card is a milestone (a diamond badge)
    bool operator==(const MapLegendContent &) const = default;
};

/// The size the legend takes (device pixels).
QSizeF mapLegendSize(const MapStyle &style, const MapLegendContent &content);

/// Paints the legend with its bottom-left corner at `bottomLeft` (device pixels, untransformed
/// painter) and returns the rectangle it took.
QRectF paintMapLegend(QPainter *painter, const MapStyle &style, const MapLegendContent &content, QPointF bottomLeft);

} // namespace waveplan::ui::map
