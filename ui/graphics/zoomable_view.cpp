#include "ui/graphics/zoomable_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace waveplan::ui {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 6.0;
constexpr double kZoomStep = 1.25;
constexpr double kWheelStep = 1.15; // per notch of the wheel
constexpr double kMaxFitZoom = 2.0; // a small plan is not blown up to poster size
/// After an edit a fitted view keeps its zoom while the scene still fits and fills at least this
/// share of the fitting zoom: the card and bar caches painted at that zoom stay valid, so the
/// edit repaints only what it changed instead of every item at a zoom 0.5 % off.
constexpr double kKeepZoomDownTo = 0.9;
/// A scene that outgrows the view is fitted with this much room to grow into, so the next
/// edits that lengthen the plan a little keep the zoom.
constexpr double kRoomToGrow = 0.96;
/// fitInView's margin, in pixels, on each side of the viewport.
constexpr int kFitMargin = 2;

} // namespace

ZoomableView::ZoomableView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(NoAnchor); // zoomBy() keeps the point under the cursor itself
    // One dirty rectangle, not a region: an edit that moves hundreds of cards or bars would
    // otherwise merge each one's rectangles into a region (quadratic) only to repaint their
    // bounding rectangle anyway.
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    // Scrolling by hand (bar, wheel, keys) is panning; scrolling done in code is not.
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, [this] { leaveFit(); });
    if (scene) {
        // Edits change the scene rectangle several times in one go: refit once, afterwards.
        connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
            if (!m_fitted || m_fitPending)
                return;
            m_fitPending = true;
            QTimer::singleShot(0, this, [this] {
                m_fitPending = false;
                if (m_fitted)
                    followSceneChange();
            });
        });
    }
}

QAction *ZoomableView::newViewAction(const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

double ZoomableView::zoom() const
{
    return transform().m11();
}

void ZoomableView::zoomBy(double factor, const QPointF &viewportPos)
{
    leaveFit();
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (target == zoom())
        return;
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    setTransform(QTransform::fromScale(target, target));
    // Scroll so the scene point that was under viewportPos is under it again.
    const QPointF delta = mapFromScene(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + static_cast<int>(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + static_cast<int>(std::lround(delta.y())));
}

void ZoomableView::zoomIn()
{
    zoomBy(kZoomStep, viewport()->rect().center());
}

void ZoomableView::zoomOut()
{
    zoomBy(1 / kZoomStep, viewport()->rect().center());
}

void ZoomableView::fitAll()
{
    m_fitted = true;
    applyFit();
}

void ZoomableView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        applyFit();
}

double ZoomableView::fittingZoom(const QRectF &bounds) const
{
    const QRectF room = QRectF(viewport()->rect()).adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin);
    return std::min({room.width() / bounds.width(), room.height() / bounds.height(), kMaxFitZoom});
}

void ZoomableView::applyFit()
{
    // The scene rectangle holds every item and the wave backdrop: fitting it needs no scroll bars,
    // so nothing ends up hidden under them.
    const QRectF bounds = sceneRect();
    if (bounds.isEmpty())
        return;
    const double fit = fittingZoom(bounds);
    setTransform(QTransform::fromScale(fit, fit));
    centerOn(bounds.center());
}

void ZoomableView::followSceneChange()
{
    const QRectF bounds = sceneRect();
    if (bounds.isEmpty())
        return;
    const double fit = fittingZoom(bounds);
    double target = fit;
    if (zoom() <= fit && zoom() >= fit * kKeepZoomDownTo)
        target = zoom(); // still all in view, and not lost in it
    else if (zoom() > fit)
        target = fit * kRoomToGrow;
    if (target != zoom())
        setTransform(QTransform::fromScale(target, target));
    centerOn(bounds.center());
}

void ZoomableView::setLeftButtonPans(bool pans)
{
    m_leftButtonPans = pans;
    if (!isPanning())
        showIdleCursor();
}

void ZoomableView::showIdleCursor()
{
    if (m_leftButtonPans)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void ZoomableView::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::ControlModifier || modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        switch (event->key()) {
        case Qt::Key_0: fitAll(); return;
        case Qt::Key_Equal:
        case Qt::Key_Plus: zoomIn(); return;
        case Qt::Key_Minus: zoomOut(); return;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void ZoomableView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(kWheelStep, steps), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ZoomableView::mousePressEvent(QMouseEvent *event)
{
    const bool pans = event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_leftButtonPans);
    if (pans && !isPanning()) {
        m_panButton = event->button();
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void ZoomableView::mouseMoveEvent(QMouseEvent *event)
{
    if (isPanning()) {
        leaveFit();
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ZoomableView::mouseReleaseEvent(QMouseEvent *event)
{
    if (isPanning() && event->button() == m_panButton) {
        m_panButton = Qt::NoButton;
        showIdleCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace waveplan::ui
