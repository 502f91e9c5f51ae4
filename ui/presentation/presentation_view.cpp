#include "ui/presentation/presentation_view.h"

#include "ui/board/board_scene.h"

#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace waveplan::ui::presentation {

PresentationView::PresentationView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setInteractive(false);
    setDragMode(NoDrag);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorViewCenter);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
}

void PresentationView::applyFraming(const Framing &framing)
{
    // Room to centre a wave even at the edge of the plan: the scene plus what this framing shows.
    const QSizeF half(viewport()->width() / (2 * framing.scale), viewport()->height() / (2 * framing.scale));
    const QRectF shown(framing.centre - QPointF(half.width(), half.height()), 2 * half);
    if (scene())
        setSceneRect(scene()->sceneRect().united(shown));
    setTransform(QTransform::fromScale(framing.scale, framing.scale));
    centerOn(framing.centre);
}

QPointF PresentationView::centre() const
{
    return mapToScene(viewport()->rect().center());
}

void PresentationView::panBy(double fraction)
{
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + static_cast<int>(std::lround(fraction * viewport()->height())));
}

void PresentationView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double notches = event->angleDelta().y() / 120.0;
        if (notches != 0)
            emit zoomRequested(std::pow(1.25, notches));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    emit resized();
}

void PresentationView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (const auto *board = qobject_cast<const board::BoardScene *>(scene()))
        board->paintFrozenLaneLabels(painter, mapToScene(QPoint(0, 0)).x());
}

void PresentationView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (dx != 0)
        viewport()->update();
}

} // namespace waveplan::ui::presentation
