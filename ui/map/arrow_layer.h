#pragma once
/// @file arrow_layer.h
/// The plain lines of the map's arrows, drawn once into an image and pasted while they stay
/// the same. Fitted to the window, a map's arrows are thinner than a pixel (at 500
/// capabilities, a tenth of one), and Qt smooths such lines pixel by pixel through its cosmetic
/// stroker: a third of every repaint of a 500-capability map, and a 10,000-capability map took a
/// third of a second to repaint after any change, even one card's. Where an arrow's line comes
/// out a pixel wide or less on screen (DependencyArrow::drawnByLayer), the layer draws it and
/// its head, and the arrow item draws only what sits on top (the driving path's mark, the
/// selection, the lag label); zoomed in, in a PDF or an SVG, every arrow draws itself, and so
/// does an arrow marked with the dashed dependency path (its grey line would show between the
/// dashes).
///
/// The image holds the whole layer at the view's zoom (scrolling pastes another part of it; a
/// layer too large for that at a close zoom is drawn where exposed). It is drawn again when an
/// arrow's route, opacity, visibility or dashed mark changes, or one comes or goes
/// (invalidate()); the driving path's mark and the selection leave it as it is. Its lines are
/// set pixel by pixel (hairlines.h), at a sixth of what the painter took.
///
/// After a relayout, which reroutes most arrows, the scene hands the layer the new routes before
/// it sets them (prepareRoutes): the new image is drawn on other threads, at the zoom of the
/// last one, lines and all worked out there from the routes, while the arrows are rerouted, the
/// rest of the edit is taken in and the view repaints what lies under the arrows; the layer's
/// paint waits for it (or draws its own, when the view's zoom has changed or an arrow changed
/// meanwhile). prepare() does the same from the arrows as they are.
/// A large image is drawn as slices, top to bottom, taken one at a time by whichever thread is
/// free: the layer's two, and the paint that needs the image (it draws the slices no thread
/// has started rather than wait for one to come free: on a 2-core machine the layer's threads
/// share the cores with the GUI thread's rerouting).

#include "ui/map/dependency_arrow.h"

#include <QColor>
#include <QFuture>
#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QPolygonF>
#include <QSet>
#include <QThreadPool>
#include <QTransform>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace waveplan::ui::map {

class ArrowLayer : public QGraphicsItem {
public:
    enum { Type = UserType + 5 };

    ArrowLayer();
    /// Arrows that outlive the layer draw themselves again and forget it.
    ~ArrowLayer() override;
    ArrowLayer(const ArrowLayer &) = delete;
    ArrowLayer &operator=(const ArrowLayer &) = delete;
    [[nodiscard]] int type() const override { return Type; }

    /// True when the layer draws the plain arrows that `painter` paints (see drawnByLayer).
    [[nodiscard]] bool draws(const QPainter *painter) const;
    /// True while the layer draws its arrows' lines in the view that last painted it: arrows
    /// with nothing else to draw are then left out of the paint (DependencyArrow::
    /// setLineLeftToLayer). The layer paints before its arrows (same z, added first), so it
    /// decides for the paint under way: zoomed out it leaves them out, zoomed in (or painted for
    /// a PDF or SVG) it gives them back before they are reached.
    [[nodiscard]] bool leavesArrowsOut() const { return m_arrowsLeftOut; }

    void add(DependencyArrow *arrow);
    void remove(DependencyArrow *arrow);
    /// An arrow changed what the layer draws of it: the image is drawn again when next shown.
    void invalidate();
    /// Starts drawing the image of the arrows as they are now, on other threads, for the zoom
    /// the layer was last drawn at in a view. Nothing happens when no view draws the lines, or
    /// an image of them as they are is kept or being drawn.
    void prepare();
    /// Starts drawing the image of the arrows as they will be once each is given its route in
    /// `routes` (DependencyArrow::setRoute; an arrow not in it, none) with its cards where they
    /// are now, as prepare() does. Until routesSet(), the layer takes every change it is told
    /// of (invalidate) to be that rerouting.
    void prepareRoutes(const QHash<const DependencyArrow *, QVector<QPointF>> &routes);
    /// The arrows have their routes: the image prepareRoutes started is the one to show.
    void routesSet();
    /// True while a prepared image is being drawn or waits to be shown (for tests).
    [[nodiscard]] bool hasPrepared() const { return m_prepared.has_value(); }
    /// How often a view's paint drew the image itself rather than take a prepared one (for tests).
    [[nodiscard]] int imagesDrawnInPaint() const { return m_drawnInPaint; }

    /// What the kept image shows of one arrow, taken on the GUI thread for drawing on any.
    struct Line {
        QPainterPath path;
        QPolygonF head;
        QColor color;
        double opacity = 1;
        QRectF bounds; ///< what the line and head can touch (ArrowShape::bounds): a slice it misses skips it
    };
    /// Rows `rows` (of the image's pixels, from its top) of the image of `lines` for `area` of
    /// the device pixels of `zoom` at `ratio`; a null image when out of memory. Reads nothing
    /// else: safe on any thread. (Public for tests.)
    [[nodiscard]] static QImage sliceOf(const std::vector<Line> &lines, const QTransform &zoom, const QRect &area,
                                        double ratio, std::pair<int, int> rows);

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /// The layer's arrows in the order they came (a stable drawing order).
    [[nodiscard]] std::vector<DependencyArrow *> arrowsInOrder() const;
    /// True when the layer draws `arrow`'s plain line and head (where it draws any).
    [[nodiscard]] static bool drawsLineOf(const DependencyArrow *arrow);
    /// The plain lines and heads of the visible arrows that reach into `exposed`.
    void drawArrows(QPainter *painter, const QRectF &exposed) const;
    /// Drops the kept image and any being prepared (no view shows them now).
    void forgetImage();
    /// The image's pixel rows, cut into the slices drawn at once (one for a small image).
    [[nodiscard]] static std::vector<std::pair<int, int>> slicesOf(const QRect &area, double ratio);
    /// The slices of the image of `lines` for `area` at `zoom` and `ratio`, drawn now, on this
    /// thread and `pool`'s. Empty when out of memory.
    [[nodiscard]] static std::vector<QImage> drawSlices(QThreadPool *pool, const std::shared_ptr<const std::vector<Line>> &lines,
                                                        const QTransform &zoom, const QRect &area, double ratio);
    class SliceWork;
    /// The slices of `work` (its lines set), drawn now on this thread and `pool`'s.
    [[nodiscard]] static std::vector<QImage> drawSlices(QThreadPool *pool, const std::shared_ptr<SliceWork> &work);
    /// One arrow of the image, its line not worked out yet (that can be done on any thread).
    struct Planned {
        ArrowEnds ends;
        QColor color;
        double opacity = 1;
    };
    /// Every visible arrow whose line the layer draws, in drawing order, as it is drawn now or,
    /// with `routes`, as it will be once given its route there (an arrow not in it, none).
    [[nodiscard]] std::vector<Planned> planned(const QHash<const DependencyArrow *, QVector<QPointF>> *routes = nullptr) const;
    /// Starts drawing the image of `planned` on the pools' threads, at the kept image's zoom.
    void startPreparing(std::vector<Planned> planned);
    /// The lines of `planned` (any thread).
    [[nodiscard]] static std::vector<Line> linesOf(const std::vector<Planned> &planned);
    /// Where `lines` lie in the device pixels of `zoom`.
    [[nodiscard]] static QRect areaOf(const std::vector<Line> &lines, const QTransform &zoom);
    /// A prepared image: where it lies and its slices (none when out of memory).
    struct Drawn {
        QRect area;
        std::vector<QImage> slices;
    };
    /// True when drawing an image of the lines is worth starting now: a view draws them (at the
    /// kept image's zoom) and the image would not be too large to keep.
    [[nodiscard]] bool canPrepare() const;

    QHash<DependencyArrow *, std::uint64_t> m_arrows; ///< arrow -> when it came
    std::uint64_t m_added = 0;
    std::uint64_t m_generation = 0; ///< counts invalidations
    /// The views whose last paint of the layer drew its lines (a view that closes may stay
    /// listed: that only costs a repaint).
    QSet<const QWidget *> m_drawnIn;
    bool m_arrowsLeftOut = false;
    /// Tells every arrow whether the layer draws its line (leavesArrowsOut).
    void leaveArrowsOut(bool out);
    mutable QRectF m_bounds;
    mutable bool m_boundsStale = false;

    /// The whole layer drawn at one zoom (and fraction of a pixel of offset): `area` is where
    /// the image lies in that zoom's device pixels; it is kept as slices, top to bottom.
    struct Cache {
        std::vector<QImage> slices;
        double ratio = 1;
        QTransform transform;
        QRect area;
        std::uint64_t generation = 0;
    };
    Cache m_cache;
    /// An image being drawn by prepare() or prepareRoutes(), and what for.
    struct Prepared {
        QFuture<Drawn> image;
        std::shared_ptr<SliceWork> slices; ///< its slices, for the paint to take those not started
        QTransform transform;
        double ratio = 1;
        std::uint64_t generation = 0;
    };
    std::optional<Prepared> m_prepared;
    int m_drawnInPaint = 0;
    bool m_routing = false;       ///< between prepareRoutes() and routesSet()
    bool m_routedChanges = false; ///< invalidated while routing
    // Threads kept between edits; each pool waits for what it runs when destroyed (the slices'
    // last, as prepared images wait for their slices).
    QThreadPool m_slicePool; ///< one thread, for slices
    QThreadPool m_pool;      ///< one thread, for prepared images (which draw slices too)
};

} // namespace waveplan::ui::map
