#include "ui/map/dependency_arrow.h"

#include "ui/graphics/item_painting.h"
#include "ui/map/arrow_layer.h"
#include "ui/map/capability_card.h"
#include "ui/map/map_style.h"

#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <numbers>

namespace waveplan::ui::map {

namespace {

constexpr double kHeadLength = 13;
constexpr double kLegibleLagPixels = 5; ///< a lag label's text shorter than this is not drawn
constexpr double kHeadHalfWidth = 6.5;
constexpr double kLineWidth = 1.6; ///< a plain arrow's line

/// A smooth horizontal S-curve from `a` to `b`, as arrows cross the gap between two layers.
/// It leaves and arrives level and stays within the x range from `a` to `b` (the curve lies in
/// the hull of its control points), so it never reaches into the cards on either side.
std::pair<QPointF, QPointF> curveControls(const QPointF &a, const QPointF &b)
{
    const double sign = b.x() >= a.x() ? 1.0 : -1.0;
    const double dx = std::max(30.0, std::abs(b.x() - a.x()) / 2);
    return {a + QPointF(sign * dx, 0), b - QPointF(sign * dx, 0)};
}

/// A point on the drawn line about half way along it, given the ends of its pieces (`ends`:
/// where the line starts, and where each S-curve or straight run ends): the middle of the piece
/// in which half the length of `ends` as a polyline is reached. An S-curve's middle is the middle
/// of its chord, so the point is on the drawn line either way, and finding it costs a few square
/// roots instead of measuring the curves.
QPointF middleOf(const QPolygonF &ends)
{
    if (ends.size() < 2)
        return ends.isEmpty() ? QPointF() : ends.front();
    double total = 0;
    for (qsizetype i = 1; i < ends.size(); ++i)
        total += QLineF(ends[i - 1], ends[i]).length();
    double walked = 0;
    for (qsizetype i = 1; i < ends.size(); ++i) {
        walked += QLineF(ends[i - 1], ends[i]).length();
        if (walked >= total / 2)
            return (ends[i - 1] + ends[i]) / 2;
    }
    return (ends[ends.size() - 2] + ends.back()) / 2;
}

/// Where the segment from the centre of `rect` towards `towards` leaves the rectangle.
QPointF exitPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const double sx = d.x() == 0 ? 1e9 : (rect.width() / 2) / std::abs(d.x());
    const double sy = d.y() == 0 ? 1e9 : (rect.height() / 2) / std::abs(d.y());
    return c + d * std::min({sx, sy, 1.0});
}

} // namespace

DependencyArrow::DependencyArrow(CapabilityCard *predecessor, CapabilityCard *successor, const MapStyle *style)
    : m_from(predecessor)
    , m_to(successor)
    , m_style(style)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
    m_from->attach(this);
    m_to->attach(this);
    updatePath();
}

DependencyArrow::~DependencyArrow()
{
    if (m_layer)
        m_layer->remove(this);
    m_from->detach(this);
    m_to->detach(this);
}

QString DependencyArrow::predecessorKey() const
{
    return m_from->key();
}

QString DependencyArrow::successorKey() const
{
    return m_to->key();
}

void DependencyArrow::setLag(int lagDays)
{
    if (lagDays == m_lag && (lagDays == 0 || !m_lagText.text().isEmpty()))
        return;
    m_lag = lagDays;
    m_lagText = QStaticText(lagDays > 0 ? QObject::tr("+%1 d lag").arg(lagDays) : QString());
    m_lagText.setTextFormat(Qt::PlainText);
    m_lagText.prepare(QTransform(), m_style->smallFont);
    setToolTip(QObject::tr("%1 → %2%3")
                   .arg(predecessorKey(), successorKey(),
                        lagDays > 0 ? QObject::tr(", %1 days lag").arg(lagDays) : QString()));
    updatePath();
    updateContents();
}

void DependencyArrow::setRoute(const QVector<QPointF> &points)
{
    if (points == m_routePoints && m_from->pos() == m_routedFrom && m_to->pos() == m_routedTo && !m_route.isEmpty())
        return; // the same route between cards that did not move: nothing to redraw
    m_routePoints = points;
    m_routedFrom = m_from->pos();
    m_routedTo = m_to->pos();
    updatePath();
}

void DependencyArrow::setLayer(ArrowLayer *layer)
{
    if (layer == m_layer)
        return;
    if (m_layer)
        m_layer->remove(this);
    m_layer = layer;
    if (m_layer)
        m_layer->add(this); // which tells it whether the layer draws its line
    else
        setLineLeftToLayer(false);
}

bool DependencyArrow::drawnByLayer(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() == QPaintEngine::Raster
           && kLineWidth * QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) <= 1.0;
}

void DependencyArrow::paintPlainLine(QPainter *painter) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(m_style->colors.arrow, kLineWidth));
    painter->drawPath(path());
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style->colors.arrow);
    painter->drawPolygon(m_head);
}

QVariant DependencyArrow::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (m_layer && (change == ItemVisibleHasChanged || change == ItemOpacityHasChanged))
        m_layer->invalidate();
    if (change == ItemSelectedHasChanged)
        updateContents();
    return QGraphicsItem::itemChange(change, value);
}

void DependencyArrow::setLineLeftToLayer(bool leftToLayer)
{
    if (leftToLayer == m_lineLeftToLayer)
        return;
    m_lineLeftToLayer = leftToLayer;
    updateContents(false); // the layer says so as it paints, or repaints itself: no repaint needed here
}

void DependencyArrow::updateContents(bool repaint)
{
    const bool nothingToDraw = m_lineLeftToLayer && !isSelected() && !m_criticalPath && !m_criticalChain && m_lag <= 0;
    if (nothingToDraw == static_cast<bool>(flags() & ItemHasNoContents))
        return;
    setFlag(ItemHasNoContents, nothingToDraw);
    // An item without contents asks for no repaint: the scene repaints where it lies, so a
    // highlight it no longer draws goes, and one it draws again comes.
    if (QGraphicsScene *shown = scene(); shown != nullptr && repaint)
        shown->update(sceneBoundingRect());
}

double DependencyArrow::plainLineWidth()
{
    return kLineWidth;
}

QColor DependencyArrow::plainColor() const
{
    return m_style->colors.arrow;
}

void DependencyArrow::setCriticalMarks(bool criticalPath, bool criticalChain)
{
    if (criticalPath == m_criticalPath && criticalChain == m_criticalChain)
        return;
    const bool dashesChanged = criticalChain != m_criticalChain;
    m_criticalPath = criticalPath;
    m_criticalChain = criticalChain;
    update();
    updateContents();
    // The layer leaves out a dashed arrow (its grey line would show between the dashes); the
    // driving path's solid line covers the grey one, so it changing (after most edits) leaves
    // the layer's image as it is.
    if (m_layer && dashesChanged)
        m_layer->invalidate();
}

ArrowShape arrowShapeOf(const ArrowEnds &ends, bool withPath)
{
    ArrowShape shape;
    QRectF &controls = shape.controlPoints;
    QPainterPath &path = shape.path;
    QPolygonF &route = shape.route;
    QPolygonF &pieceEnds = shape.pieceEnds;
    QPointF tip;
    QPointF end; // where the line meets the arrowhead's base
    const QVector<QPointF> &points = ends.routePoints;
    const auto outPoint = [](const QRectF &card) { return QPointF(card.right(), card.center().y()); };
    const auto inPoint = [](const QRectF &card) { return QPointF(card.left(), card.center().y()); };
    if (points.size() >= 2) {
        // Gap crossings (segments 0-1, 2-3, ...) are S-curves, runs through a layer straight.
        const bool forward = points.back().x() > points.front().x();
        const QPointF start = forward ? outPoint(ends.from) : inPoint(ends.from);
        tip = forward ? inPoint(ends.to) : outPoint(ends.to);
        end = tip - QPointF(forward ? kHeadLength : -kHeadLength, 0);
        if (withPath) {
            path.moveTo(start);
            path.reserve(static_cast<int>(3 * (points.size() - 1) + 1));
        }
        const qsizetype last = points.size() - 1;
        route.reserve(last + 1);
        pieceEnds.reserve(last + 1);
        route << start;
        pieceEnds << start;
        QPointF at = start;
        double left = start.x();
        double right = start.x();
        double top = start.y();
        double bottom = start.y();
        const auto take = [&](const QPointF &p) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        };
        for (qsizetype i = 1; i <= last; ++i) {
            const QPointF next = i == last ? end : points[i];
            if (i % 2 == 1) {
                const auto [c1, c2] = curveControls(at, next);
                take(c1);
                take(c2);
                if (withPath)
                    path.cubicTo(c1, c2, next);
            } else if (withPath) {
                path.lineTo(next);
            }
            take(next);
            route << (i == last ? tip : next);
            pieceEnds << next;
            at = next;
        }
        controls = QRectF(QPointF(left, top), QPointF(right, bottom));
    } else {
        // Placed by hand, or no route: a straight line between the facing card edges.
        const QPointF start = exitPoint(ends.from, ends.to.center());
        tip = exitPoint(ends.to, ends.from.center());
        QPointF d = tip - start;
        const double length = std::hypot(d.x(), d.y());
        d = length > 0 ? d / length : QPointF(1, 0);
        end = tip - d * kHeadLength;
        if (withPath) {
            path.moveTo(start);
            path.lineTo(end);
        }
        route << start << tip;
        pieceEnds << start << end;
        controls = QRectF(start, end).normalized();
    }
    // Arrowhead along the last tangent.
    QPointF dir = tip - end;
    const double length = std::hypot(dir.x(), dir.y());
    dir = length > 0 ? dir / length : QPointF(1, 0);
    const QPointF normal(-dir.y(), dir.x());
    shape.head = QPolygonF({tip, end + normal * kHeadHalfWidth, end - normal * kHeadHalfWidth});
    return shape;
}

const QPainterPath &DependencyArrow::path() const
{
    if (m_pathStale) {
        m_path = arrowShapeOf(m_pathEnds).path;
        m_pathStale = false;
    }
    return m_path;
}

ArrowEnds DependencyArrow::endsWithRoute(const QVector<QPointF> &points) const
{
    return {m_from->sceneCardRect(), m_to->sceneCardRect(), points.size() >= 2 ? points : QVector<QPointF>{}};
}

void DependencyArrow::updatePath()
{
    prepareGeometryChange();
    // The layout's route holds while both cards stay where it was computed for.
    const bool routed = m_routePoints.size() >= 2 && m_from->pos() == m_routedFrom && m_to->pos() == m_routedTo;
    m_pathEnds = endsWithRoute(routed ? m_routePoints : QVector<QPointF>{});
    // The curves themselves are worked out when first drawn or asked for (path()): after a
    // relayout a fitted map's arrow layer draws them on its own thread, from the same ends.
    ArrowShape shape = arrowShapeOf(m_pathEnds, false);
    m_pathStale = true;
    const QRectF lineBounds = shape.bounds();
    m_route = std::move(shape.route);
    m_head = std::move(shape.head);
    const QPolygonF &pieceEnds = shape.pieceEnds;

    m_lagRect = QRectF();
    if (m_lag > 0) {
        const QSizeF size = m_lagText.size() + QSizeF(8, 4);
        const QPointF middle = middleOf(pieceEnds);
        m_lagRect = QRectF(middle - QPointF(size.width() / 2, size.height() + 4), size);
    }
    m_bounds = lineBounds.united(m_lagRect);
    update();
    if (m_layer)
        m_layer->invalidate();
}

QRectF DependencyArrow::boundingRect() const
{
    return m_bounds;
}

QPainterPath DependencyArrow::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath result = stroker.createStroke(path());
    result.addPolygon(m_head);
    if (!m_lagRect.isNull())
        result.addRect(m_lagRect);
    return result;
}

void DependencyArrow::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapColors &colors = m_style->colors;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    QColor headColor; // a marked arrow's head takes its mark's colour
    if (isSelected()) {
        painter->setPen(QPen(colors.selection, 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path());
    }
    if (m_criticalPath) {
        painter->setPen(QPen(colors.criticalPath, 5, Qt::SolidLine, Qt::FlatCap));
        painter->drawPath(path());
        headColor = colors.criticalPath;
    }
    if (m_criticalChain) {
        QPen pen(colors.criticalChain, m_criticalPath ? 2.5 : 4, Qt::DashLine, Qt::FlatCap);
        pen.setDashPattern({2.5, 1.5});
        painter->setPen(pen);
        painter->drawPath(path());
        if (!m_criticalPath)
            headColor = colors.criticalChain;
    }
    if (m_criticalPath || m_criticalChain) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(headColor);
        painter->drawPolygon(m_head);
    } else if (!m_layer || !m_layer->draws(painter) || isSelected()) {
        // Unless the layer has drawn them under this item; a selected arrow draws them again
        // over its highlight.
        paintPlainLine(painter);
    }

    // The lag label, where its text can be read: smaller, it would be a speck, and a fitted
    // map of 10,000 capabilities spent a sixth of each repaint drawing thousands of them.
    if (m_lag > 0 && !tooSmallToSee(painter, m_lagText.size().height(), kLegibleLagPixels)) {
        painter->setPen(QPen(colors.outline, 1));
        painter->setBrush(colors.cardFill);
        painter->drawRoundedRect(m_lagRect, 3, 3);
        painter->setPen(colors.text);
        painter->setFont(m_style->smallFont);
        painter->drawStaticText(m_lagRect.topLeft() + QPointF(4, 2), m_lagText);
    }
}

} // namespace waveplan::ui::map
