#include "ui/map/map_view.h"

#include "ui/map/map_scene.h"

#include <QAction>
#include <QCursor>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::map {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 6.0;
constexpr double kZoomStep = 1.25;
constexpr double kMaxFitZoom = 2.0; // a small plan is not blown up to poster size

} // namespace

MapView::MapView(MapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAccessibleName(tr("Dependency map"));
    setAccessibleDescription(tr("Capabilities as cards in wave columns, dependencies as arrows"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    // Contained, not intersected: a rubber band over cards must not pick up long arrows passing by.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(NoAnchor);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    createActions();
}

void MapView::createActions()
{
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addAction = make(tr("&Add capability"), {QKeySequence(Qt::Key_Insert)}, [this] { addCapabilityAtCursor(); });
    m_deleteAction = make(tr("&Delete"), {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)},
                          [this] { m_scene->deleteSelection(); });
    m_connectAction = make(tr("&Connect from selected..."), {QKeySequence(Qt::Key_C), QKeySequence(Qt::CTRL | Qt::Key_L)},
                           [this] { m_scene->beginKeyboardConnect(); });
    m_connectSelectedAction = make(tr("Connect &selected"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                                   [this] { m_scene->connectSelected(); });
    m_zoomInAction = make(tr("Zoom &in"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                          [this] { zoomIn(); });
    m_zoomOutAction = make(tr("Zoom &out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { zoomOut(); });
    m_fitAction = make(tr("&Fit map"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { fitAll(); });
    m_criticalPathAction = make(tr("Show critical &path"), {}, [this](bool on) { m_scene->setShowCriticalPath(on); });
    m_criticalPathAction->setCheckable(true);
    m_criticalChainAction = make(tr("Show critical c&hain"), {}, [this](bool on) { m_scene->setShowCriticalChain(on); });
    m_criticalChainAction->setCheckable(true);
    m_manualLayoutAction = make(tr("&Manual layout"), {}, [this](bool on) {
        m_scene->setLayoutMode(on ? MapScene::LayoutMode::Manual : MapScene::LayoutMode::Auto);
    });
    m_manualLayoutAction->setCheckable(true);
}

double MapView::zoom() const
{
    return transform().m11();
}

void MapView::zoomBy(double factor, const QPointF &viewportPos)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (target == zoom())
        return;
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    setTransform(QTransform::fromScale(target, target));
    // Scroll so the scene point that was under viewportPos is under it again.
    const QPointF moved = mapFromScene(anchor);
    const QPointF delta = moved - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + static_cast<int>(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + static_cast<int>(std::lround(delta.y())));
}

void MapView::zoomIn()
{
    zoomBy(kZoomStep, viewport()->rect().center());
}

void MapView::zoomOut()
{
    zoomBy(1 / kZoomStep, viewport()->rect().center());
}

void MapView::fitAll()
{
    // The scene rectangle holds every card and the wave bands: fitting it needs no scroll bars,
    // so nothing ends up hidden under them.
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > kMaxFitZoom)
        setTransform(QTransform::fromScale(kMaxFitZoom, kMaxFitZoom));
    centerOn(bounds.center());
}

void MapView::addCapabilityAtCursor()
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    const QPoint at = viewport()->rect().contains(cursor) ? cursor : viewport()->rect().center();
    m_scene->addCapabilityAt(mapToScene(at));
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    // The same keys as the actions' shortcuts, for when the shortcut system does not see them
    // (the window is not active, or a test sends keys straight to the view).
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (m_scene->isKeyboardConnecting()) {
        switch (key) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            m_scene->moveKeyboardTarget(static_cast<Qt::Key>(key));
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_scene->finishKeyboardConnect();
            return;
        case Qt::Key_Escape:
            m_scene->cancelKeyboardConnect();
            return;
        default:
            break;
        }
    }
    if (modifiers == Qt::NoModifier) {
        switch (key) {
        case Qt::Key_Insert: addCapabilityAtCursor(); return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace: m_scene->deleteSelection(); return;
        case Qt::Key_C: m_scene->beginKeyboardConnect(); return;
        case Qt::Key_Space:
            if (!event->isAutoRepeat()) {
                m_spaceHeld = true;
                viewport()->setCursor(Qt::OpenHandCursor);
            }
            return;
        default: break;
        }
    }
    if (modifiers == Qt::ControlModifier || modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        switch (key) {
        case Qt::Key_0: fitAll(); return;
        case Qt::Key_Equal:
        case Qt::Key_Plus: zoomIn(); return;
        case Qt::Key_Minus: zoomOut(); return;
        case Qt::Key_L:
            if (modifiers & Qt::ShiftModifier)
                m_scene->connectSelected();
            else
                m_scene->beginKeyboardConnect();
            return;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    QGraphicsView::focusOutEvent(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool MapView::handleGesture(QGestureEvent *event)
{
    auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture));
    if (!pinch)
        return false;
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
        const QPointF centre = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
        zoomBy(pinch->scaleFactor(), centre);
    }
    event->accept(pinch);
    return true;
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture && handleGesture(static_cast<QGestureEvent *>(event)))
        return true;
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace waveplan::ui::map
