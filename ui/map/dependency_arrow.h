#pragma once
/// @file dependency_arrow.h
/// One dependency on the map: an arrow from the predecessor's card to the successor's along the
/// route the auto layout gives it (around every other card), with an arrowhead and the lag as
/// a small label when > 0. Without a route (cards placed by hand) it is a straight line.
/// Critical path arrows are thick and solid, critical chain arrows dashed, so the two are told
/// apart by line style as well as colour.

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QStaticText>
#include <QString>
#include <QVector>

namespace waveplan::ui::map {

class ArrowLayer;
class CapabilityCard;
struct MapStyle;

/// What an arrow's line is drawn from: the bodies of its two cards and, when the layout routed
/// it, its route (scene coordinates). Plain values, for drawing on any thread.
struct ArrowEnds {
    QRectF from;                   ///< the predecessor's card
    QRectF to;                     ///< the successor's card
    QVector<QPointF> routePoints;  ///< layout::EdgeRoute::points; fewer than two: a straight arrow
};

/// An arrow's line as drawn: the path (S-curves across the gaps between layers, straight runs
/// through them), its route as a polyline, the ends of its pieces and its head.
struct ArrowShape {
    QPainterPath path;
    QPolygonF route;
    QPolygonF pieceEnds; ///< where the line starts and each of its curves and runs ends
    QPolygonF head;
    QRectF controlPoints; ///< the bounds of the line's points and curves' control points

    /// What the line and head can touch: their points and control points (a cubic lies within
    /// its control polygon), with room for the pen and the smoothing around them.
    [[nodiscard]] QRectF bounds() const
    {
        constexpr double kMargin = 8;
        return controlPoints.united(head.boundingRect()).adjusted(-kMargin, -kMargin, kMargin, kMargin);
    }
};

/// The shape of the arrow between `ends` (without the path unless `withPath`). Reads nothing
/// else: safe on any thread.
[[nodiscard]] ArrowShape arrowShapeOf(const ArrowEnds &ends, bool withPath = true);

class DependencyArrow : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    /// Attaches itself to both cards, which must outlive it (the scene detaches it first).
    DependencyArrow(CapabilityCard *predecessor, CapabilityCard *successor, const MapStyle *style);
    ~DependencyArrow() override;

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] CapabilityCard *predecessor() const { return m_from; }
    [[nodiscard]] CapabilityCard *successor() const { return m_to; }
    [[nodiscard]] QString predecessorKey() const;
    [[nodiscard]] QString successorKey() const;

    void setLag(int lagDays);
    [[nodiscard]] int lag() const { return m_lag; }
    /// Sets the route (scene coordinates) from the layout: layout::EdgeRoute::points, from the
    /// predecessor's facing side to the successor's. Empty for a straight arrow. The route is
    /// followed while both cards stay where they are now.
    void setRoute(const QVector<QPointF> &points);

    void setCriticalMarks(bool criticalPath, bool criticalChain);
    [[nodiscard]] bool criticalPathMarked() const { return m_criticalPath; }
    [[nodiscard]] bool criticalChainMarked() const { return m_criticalChain; }

    /// Recomputes the route after a card moved.
    void updatePath();
    /// What the arrow would be drawn from after setRoute(`points`) with its cards where they are.
    [[nodiscard]] ArrowEnds endsWithRoute(const QVector<QPointF> &points) const;
    /// What the arrow is drawn from now.
    [[nodiscard]] const ArrowEnds &ends() const { return m_pathEnds; }
    /// The drawn line (worked out when first asked for after a change).
    [[nodiscard]] const QPainterPath &path() const;
    /// The route as a polyline in scene coordinates: where the arrow leaves the predecessor's
    /// card, the ends of each run past a column, and the arrowhead's tip on the successor's card
    /// (what an export drawn with straight segments follows).
    [[nodiscard]] const QPolygonF &route() const { return m_route; }

    /// The "+N d lag" label's rectangle in item coordinates (null without a lag): centred just
    /// above a point of the drawn arrow about half way along its route.
    [[nodiscard]] const QRectF &lagLabelRect() const { return m_lagRect; }

    /// Leaves its plain line and head to `layer` wherever drawnByLayer() says so (null: always
    /// draws them itself). The layer must outlive the arrow or be set back to null first.
    void setLayer(ArrowLayer *layer);
    /// True when, drawn by `painter`, a plain arrow's line is a pixel wide or less on screen (a
    /// large map fitted to the window): then the arrow layer draws it (see arrow_layer.h).
    [[nodiscard]] static bool drawnByLayer(const QPainter *painter);
    /// The layer draws this arrow's line and head in the view showing it (ArrowLayer decides,
    /// as it paints there): then an arrow with nothing of its own to draw on top (not selected,
    /// not marked, no lag label) is left out of the paint altogether (ItemHasNoContents), which
    /// at 10,000 capabilities was a third of every repaint. It is still hit, hovered and selected
    /// as before. Asks for no repaint: the layer says so as it paints (the arrow is reached
    /// later in the same paint) or when it repaints itself.
    void setLineLeftToLayer(bool leftToLayer);
    [[nodiscard]] bool lineLeftToLayer() const { return m_lineLeftToLayer; }
    /// The line and head as an arrow neither critical nor selected shows them.
    void paintPlainLine(QPainter *painter) const;
    /// The width of that line, in scene units.
    [[nodiscard]] static double plainLineWidth();
    /// The colour of that line and head.
    [[nodiscard]] QColor plainColor() const;
    /// The arrowhead, in scene coordinates like path().
    [[nodiscard]] const QPolygonF &head() const { return m_head; }

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    /// Shown, hidden or faded: the layer that draws its line draws it again.
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /// Left out of the paint exactly when the layer draws its line and it has nothing else to
    /// draw; with `repaint`, the view repaints where it lies when that changes.
    void updateContents(bool repaint = true);

    CapabilityCard *m_from;
    CapabilityCard *m_to;
    const MapStyle *m_style;
    ArrowLayer *m_layer = nullptr;
    int m_lag = 0;
    QVector<QPointF> m_routePoints;
    QPointF m_routedFrom; ///< the cards' positions the route was computed for
    QPointF m_routedTo;
    bool m_criticalPath = false;
    bool m_criticalChain = false;
    bool m_lineLeftToLayer = false;

    ArrowEnds m_pathEnds;          ///< what m_path is worked out from
    mutable QPainterPath m_path;
    mutable bool m_pathStale = true;
    QPolygonF m_route;
    QPolygonF m_head;
    QStaticText m_lagText;
    QRectF m_lagRect;
    QRectF m_bounds;
};

} // namespace waveplan::ui::map
