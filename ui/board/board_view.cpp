#include "ui/board/board_view.h"

#include "ui/board/board_scene.h"
#include "ui/board/capability_bar.h"
#include "ui/document/plan_document.h"

#include <QAction>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace waveplan::ui::board {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 6.0;
constexpr double kZoomStep = 1.25;
constexpr double kMaxFitZoom = 2.0;

} // namespace

BoardView::BoardView(BoardScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAccessibleName(tr("Wave board"));
    setAccessibleDescription(tr("Waves as columns, one lane per team, each capability a bar from its start to "
                                "its finish; drag a bar to another wave to pin it there"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(NoAnchor);
    setViewportUpdateMode(SmartViewportUpdate);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    createActions();
    connect(m_scene->selectionModel(), &SelectionModel::selectionChanged, this, &BoardView::revealCurrent);
}

void BoardView::createActions()
{
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_dependenciesAction = make(tr("Show &dependencies"), {QKeySequence(Qt::Key_D)},
                                [this](bool on) { m_scene->setShowDependencies(on); });
    m_dependenciesAction->setCheckable(true);
    m_dependenciesAction->setChecked(m_scene->showDependencies());
    m_criticalAction = make(tr("Show &critical marks"), {QKeySequence(Qt::Key_K)},
                            [this](bool on) { m_scene->setShowCritical(on); });
    m_criticalAction->setCheckable(true);
    m_criticalAction->setChecked(m_scene->showCritical());
    m_unpinAction = make(tr("&Unpin selected"), {QKeySequence(Qt::Key_U)}, [this] { m_scene->unpinSelected(); });
    m_pinEarlierAction = make(tr("Pin one wave &earlier"), {QKeySequence(Qt::ALT | Qt::Key_Left)},
                              [this] { m_scene->pinCurrentBy(-1); });
    m_pinLaterAction = make(tr("Pin one wave &later"), {QKeySequence(Qt::ALT | Qt::Key_Right)},
                            [this] { m_scene->pinCurrentBy(1); });
    m_zoomInAction = make(tr("Zoom &in"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                          [this] { zoomIn(); });
    m_zoomOutAction = make(tr("Zoom &out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { zoomOut(); });
    m_fitAction = make(tr("&Fit board"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { fitAll(); });
}

double BoardView::zoom() const
{
    return transform().m11();
}

void BoardView::zoomBy(double factor, const QPointF &viewportPos)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (target == zoom())
        return;
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    setTransform(QTransform::fromScale(target, target));
    const QPointF delta = mapFromScene(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + static_cast<int>(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + static_cast<int>(std::lround(delta.y())));
}

void BoardView::zoomIn()
{
    zoomBy(kZoomStep, viewport()->rect().center());
}

void BoardView::zoomOut()
{
    zoomBy(1 / kZoomStep, viewport()->rect().center());
}

void BoardView::fitAll()
{
    const QRectF bounds = m_scene->sceneRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > kMaxFitZoom)
        setTransform(QTransform::fromScale(kMaxFitZoom, kMaxFitZoom));
    centerOn(bounds.center());
}

CapabilityBar *BoardView::currentBar() const
{
    const QStringList &keys = m_scene->selectedKeys();
    if (keys.isEmpty())
        return nullptr;
    if (CapabilityBar *b = m_scene->bar(keys.last(), m_currentTeam))
        return b;
    return m_scene->firstBar(keys.last());
}

void BoardView::moveSelection(Qt::Key direction)
{
    const QList<CapabilityBar *> all = m_scene->allBars();
    if (all.isEmpty())
        return;
    CapabilityBar *from = currentBar();
    CapabilityBar *next = nullptr;
    if (!from) {
        // Nothing selected yet: start at the top-left bar.
        next = *std::min_element(all.begin(), all.end(), [](const CapabilityBar *a, const CapabilityBar *b) {
            return std::pair(a->pos().y(), a->pos().x()) < std::pair(b->pos().y(), b->pos().x());
        });
    } else if (direction == Qt::Key_Left || direction == Qt::Key_Right) {
        // Along the lane, in order of start then row.
        QList<CapabilityBar *> lane;
        for (CapabilityBar *b : all)
            if (b->team() == from->team())
                lane.append(b);
        std::sort(lane.begin(), lane.end(), [](const CapabilityBar *a, const CapabilityBar *b) {
            return std::pair(a->pos().x(), a->pos().y()) < std::pair(b->pos().x(), b->pos().y());
        });
        const qsizetype at = lane.indexOf(from) + (direction == Qt::Key_Right ? 1 : -1);
        if (at >= 0 && at < lane.size())
            next = lane[at];
    } else {
        // The nearest row above or below, then the bar closest to the current one's middle.
        const QRectF r = from->sceneBarRect();
        double bestDy = std::numeric_limits<double>::max();
        double bestDx = std::numeric_limits<double>::max();
        for (CapabilityBar *b : all) {
            const QRectF o = b->sceneBarRect();
            const double dy = direction == Qt::Key_Up ? r.top() - o.top() : o.top() - r.top();
            if (dy < 1)
                continue;
            const double dx = o.right() < r.center().x() ? r.center().x() - o.right()
                              : o.left() > r.center().x() ? o.left() - r.center().x() : 0;
            if (dy < bestDy - 0.5 || (std::abs(dy - bestDy) <= 0.5 && dx < bestDx)) {
                bestDy = dy;
                bestDx = dx;
                next = b;
            }
        }
    }
    if (!next)
        return;
    m_currentTeam = next->team();
    m_scene->selectionModel()->setSelectedKeys({next->key()});
}

void BoardView::revealCurrent()
{
    const CapabilityBar *b = currentBar();
    if (!b || !isVisible() || m_scene->isDragging())
        return;
    // The start of the bar (a long bar need not fit the view).
    const QRectF r = b->sceneBarRect();
    const double width = std::min(r.width(), viewport()->width() / std::max(zoom(), 0.01) / 2);
    ensureVisible(QRectF(r.left(), r.top(), width, r.height()), 40, 40);
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (key == Qt::Key_Escape && m_scene->isDragging()) {
        m_scene->cancelDrag();
        return;
    }
    if (modifiers == Qt::NoModifier) {
        switch (key) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down: moveSelection(static_cast<Qt::Key>(key)); return;
        default: break;
        }
    }
    if (modifiers == Qt::AltModifier && (key == Qt::Key_Left || key == Qt::Key_Right)) {
        m_scene->pinCurrentBy(key == Qt::Key_Left ? -1 : 1);
        return;
    }
    if (modifiers == Qt::ControlModifier || modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        switch (key) {
        case Qt::Key_0: fitAll(); return;
        case Qt::Key_Equal:
        case Qt::Key_Plus: zoomIn(); return;
        case Qt::Key_Minus: zoomOut(); return;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void BoardView::wheelEvent(QWheelEvent *event)
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

void BoardView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void BoardView::mouseMoveEvent(QMouseEvent *event)
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

void BoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace waveplan::ui::board
