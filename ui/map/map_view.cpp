#include "ui/map/map_view.h"

#include "ui/graphics/item_painting.h"
#include "ui/map/map_legend.h"

#include "ui/map/capability_card.h"
#include "ui/map/map_scene.h"

#include <QAction>
#include <QPaintDevice>
#include <QGraphicsItem>
#include <QCursor>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::map {

MapView::MapView(MapScene *scene, QWidget *parent)
    : ZoomableView(scene, parent)
    , m_scene(scene)
{
    setAccessibleName(tr("Dependency map"));
    setAccessibleDescription(tr("Capabilities as cards in wave columns, dependencies as arrows"));
    // Contained, not intersected: a rubber band over cards must not pick up long arrows passing by.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    viewport()->grabGesture(Qt::PinchGesture);
    createActions();
}

void MapView::createActions()
{
    m_addAction = addViewAction(tr("&Add capability"), {QKeySequence(Qt::Key_Insert)},
                                [this] { addCapabilityAtCursor(); });
    m_deleteAction = addViewAction(tr("&Delete"), {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)},
                                   [this] { m_scene->deleteSelection(); });
    m_connectAction = addViewAction(tr("&Connect from selected..."),
                                    {QKeySequence(Qt::Key_C), QKeySequence(Qt::CTRL | Qt::Key_L)},
                                    [this] { m_scene->beginKeyboardConnect(); });
    m_connectSelectedAction = addViewAction(tr("Connect &selected"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                                            [this] { m_scene->connectSelected(); });
    m_zoomInAction = addViewAction(tr("Zoom &in"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                                   [this] { zoomIn(); });
    m_zoomOutAction = addViewAction(tr("Zoom &out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { zoomOut(); });
    m_fitAction = addViewAction(tr("Fit ma&p"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { fitAll(); });
    m_criticalPathAction = addViewAction(tr("Show dri&ving path (sets the end date)"), {},
                                         [this](bool on) {
                                             m_scene->setShowCriticalPath(on);
                                             viewport()->update(); // the legend lists what is shown
                                         });
    m_criticalPathAction->setCheckable(true);
    m_criticalChainAction = addViewAction(tr("Show dependency pat&h (unlimited teams)"), {},
                                          [this](bool on) {
                                              m_scene->setShowCriticalChain(on);
                                              viewport()->update();
                                          });
    m_criticalChainAction->setCheckable(true);
    m_legendAction = addViewAction(tr("Show &legend"), {}, [this] { viewport()->update(); });
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    m_focusAction = addViewAction(tr("&Focus on selection"), {QKeySequence(Qt::Key_F)}, [this] { toggleFocus(); });
    m_focusAction->setCheckable(true);
    m_manualLayoutAction = addViewAction(tr("&Manual layout"), {}, [this](bool on) {
        m_scene->setLayoutMode(on ? MapScene::LayoutMode::Manual : MapScene::LayoutMode::Auto);
    });
    m_manualLayoutAction->setCheckable(true);
    m_tidyUpAction = addViewAction(tr("&Tidy up map"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                                   [this] { m_scene->tidyUp(); });
    m_tidyUpAction->setToolTip(tr("Lay the map out afresh. After an edit, cards the edit did not touch stay where they were."));
}

void MapView::addCapabilityAtCursor()
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    const QPoint at = viewport()->rect().contains(cursor) ? cursor : viewport()->rect().center();
    m_scene->addCapabilityAt(mapToScene(at));
}

void MapView::drawForeground(QPainter *painter, const QRectF &rect)
{
    ZoomableView::drawForeground(painter, rect);
    m_legendRect = {};
    if (!m_legendAction->isChecked())
        return;
    // In viewport pixels, whatever the zoom: a key stays the size of text.
    painter->save();
    painter->resetTransform();
    const MapLegendContent content{m_scene->showCriticalPath(), m_scene->showCriticalChain(), m_scene->showsMovedCards(),
                                   m_scene->showsMilestones()};
    const MapStyle &style = m_scene->mapStyle();
    const QPaintDevice *device = painter->device();
    if (device == nullptr || device->devType() != QInternal::Widget) { // an image of the view: drawn
        m_legendRect = paintMapLegend(painter, style, content, legendPlace(mapLegendSize(style, content)).bottomLeft());
        painter->restore();
        return;
    }
    const double ratio = device->devicePixelRatioF();
    if (m_legendPicture.size.isEmpty() || !(m_legendPicture.content == content) || !(m_legendPicture.style == style)
        || m_legendPicture.ratio != ratio)
        m_legendPicture = {QPixmap(), content, style, ratio, mapLegendSize(style, content), QPointF()};
    const QSizeF size = m_legendPicture.size;
    const QRectF place = legendPlace(size);
    const QPointF corner(std::floor(place.left()), std::floor(place.top()));
    const QPointF fraction = place.topLeft() - corner;
    if (m_legendPicture.pixmap.isNull() || m_legendPicture.fraction != fraction) {
        // A pixel of room around it for its outline, drawn where it falls between pixels.
        const QSize room(static_cast<int>(std::ceil(size.width())) + 3, static_cast<int>(std::ceil(size.height())) + 3);
        m_legendPicture.pixmap = pictureOf(room, ratio, painter->renderHints(), [&](QPainter &inPicture) {
            paintMapLegend(&inPicture, style, content, QPointF(1, 1) + fraction + QPointF(0, size.height()));
        });
        m_legendPicture.fraction = fraction;
    }
    painter->drawPixmap(corner - QPointF(1, 1), m_legendPicture.pixmap);
    m_legendRect = place;
    painter->restore();
}

QRectF MapView::legendPlace(const QSizeF &size) const
{
    // The bottom-left corner, or the bottom-right when a card is under the first and not the
    // second (the top corners hold the wave headers).
    const QRectF area = QRectF(viewport()->rect()).adjusted(10, 10, -10, -10);
    const QRectF corners[] = {
        QRectF(area.bottomLeft() - QPointF(0, size.height()), size),
        QRectF(area.bottomRight() - QPointF(size.width(), size.height()), size),
    };
    // The cards alone are looked at (asking the view for every item under a corner went
    // through every arrow and bend of the map on each repaint: at 10,000 capabilities, 25,000).
    const QList<CapabilityCard *> cards = m_scene->cards();
    for (const QRectF &corner : corners) {
        const QRectF inScene = mapToScene(corner.toAlignedRect()).boundingRect();
        if (std::none_of(cards.begin(), cards.end(), [&](const CapabilityCard *card) {
                return card->isVisible() && card->sceneBoundingRect().intersects(inScene);
            }))
            return corner;
    }
    return corners[0];
}

void MapView::scrollContentsBy(int dx, int dy)
{
    ZoomableView::scrollContentsBy(dx, dy);
    if (m_legendAction->isChecked())
        viewport()->update(); // the legend stays put while the map slides under it
}

void MapView::toggleFocus()
{
    const QStringList &selected = m_scene->selectedKeys();
    if (!m_scene->focusKey().isEmpty() || selected.isEmpty()) {
        m_scene->setFocusKey({});
        if (selected.isEmpty())
            emit m_scene->message(tr("Select a capability, then press F to see only what it needs and what needs it."));
    } else {
        m_scene->setFocusKey(selected.last());
        emit m_scene->message(tr("Showing what %1 needs and what needs it. Press F or Esc to show everything.")
                                  .arg(selected.last()));
    }
    m_focusAction->setChecked(!m_scene->focusKey().isEmpty());
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
        case Qt::Key_F: toggleFocus(); return;
        case Qt::Key_Escape:
            if (!m_scene->focusKey().isEmpty()) {
                m_scene->setFocusKey({});
                m_focusAction->setChecked(false);
                return;
            }
            break;
        case Qt::Key_Space:
            if (!event->isAutoRepeat())
                setLeftButtonPans(true); // Space+drag pans
            return;
        default: break;
        }
    }
    const bool control = modifiers == Qt::ControlModifier || modifiers == (Qt::ControlModifier | Qt::ShiftModifier);
    if (key == Qt::Key_L && control) {
        if (modifiers & Qt::ShiftModifier)
            m_scene->connectSelected();
        else
            m_scene->beginKeyboardConnect();
        return;
    }
    ZoomableView::keyPressEvent(event); // zoom keys
}

void MapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        setLeftButtonPans(false);
        return;
    }
    ZoomableView::keyReleaseEvent(event);
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    setLeftButtonPans(false);
    ZoomableView::focusOutEvent(event);
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
    return ZoomableView::viewportEvent(event);
}

} // namespace waveplan::ui::map
