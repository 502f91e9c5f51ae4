#pragma once
/// @file report_drawing.h
/// A scene (the dependency map, the wave board) printed as vector graphics: fitted to the page
/// when its text stays legible at that scale, otherwise tiled across pages at a legible scale,
/// each tile labelled ("Map, part 2 of 6, row 1 col 2") with marks where it overlaps the next.
/// Tiles overlap by the size of the largest card or bar, and a card or bar that a tile's edge
/// would cut is left to the neighbouring tile that shows it whole: no text is cut at an edge
/// (or runs off the page in the PDF's text layer).

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>

class QGraphicsScene;
class QFont;
class QPainter;

namespace waveplan::ui::report {

class ReportPages;

/// Fitting may shrink a drawing's body text down to this size, no further.
inline constexpr double kMinimumTextPoints = 7.0;
/// Tiles print the body text at this size.
inline constexpr double kTileTextPoints = 8.0;
/// A fitted drawing is never blown up beyond this.
inline constexpr double kMaximumFitScale = 1.25;

/// How a drawing of `source` goes on pages of body size `body`.
struct DrawingPlan {
    double scale = 1;
    int columns = 1;
    int rows = 1;
    double overlapX = 0; ///< scene units shared by neighbouring tiles
    double overlapY = 0;
    [[nodiscard]] bool tiled() const { return columns * rows > 1; }
};
/// `textPoints`: the size of the drawing's body text at 100 % (scale 1 prints it at that size).
/// `itemSize`: the largest card or bar (scene units); tiles overlap by that much (up to a third
/// of a tile) so each one is printed whole on at least one tile.
[[nodiscard]] DrawingPlan planDrawing(const QRectF &source, double bodyWidth, double bodyHeight, double textPoints,
                                      QSizeF itemSize = {});

/// Paints a legend across the body's width and returns its height.
using LegendPainter = std::function<double(ReportPages &pages, bool paint)>;

/// Puts the drawing on new pages: a heading, the legend, then the fitted drawing or its tiles.
void drawScene(ReportPages &pages, QGraphicsScene *scene, const QRectF &source, double textPoints,
               const QString &name, const QString &heading, const LegendPainter &legend);

/// True when drawScene would put the whole drawing on one page (a new one, below its heading and
/// legend) with its text at kMinimumTextPoints or larger: no tiles.
[[nodiscard]] bool drawingFitsOnePage(ReportPages &pages, const QRectF &source, double textPoints,
                                      const LegendPainter &legend);

/// The dependency map's legend (kinds, critical path, critical chain, dependency arrows).
double paintMapLegend(ReportPages &pages, bool paint);
/// The wave board's legend (kinds, critical path, critical chain).
double paintBoardLegend(ReportPages &pages, bool paint);

/// The map's (`map`) or the board's legend in one line from `origin` (its top left) for a
/// picture, in `font`, `unit` device units per point. Returns its width.
double paintPictureLegend(QPainter &painter, QPointF origin, const QFont &font, double unit, bool map,
                          bool milestones = false);

} // namespace waveplan::ui::report
