#include "ui/board/board_view.h"

#include "ui/board/board_scene.h"
#include "ui/board/capability_bar.h"
#include "ui/document/plan_document.h"

#include <QAction>
#include <QKeyEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace waveplan::ui::board {

BoardView::BoardView(BoardScene *scene, QWidget *parent)
    : ZoomableView(scene, parent)
    , m_scene(scene)
{
    setAccessibleName(tr("Wave board"));
    setAccessibleDescription(tr("Waves as columns, one lane per team, each capability a bar from its start to "
                                "its finish; drag a bar to another wave to pin it there"));
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    createActions();
    connect(m_scene->selectionModel(), &SelectionModel::selectionChanged, this, &BoardView::revealCurrent);
}

void BoardView::createActions()
{
    m_dependenciesAction = addViewAction(tr("Show &dependencies"), {QKeySequence(Qt::Key_D)},
                                         [this](bool on) { m_scene->setShowDependencies(on); });
    m_dependenciesAction->setCheckable(true);
    m_dependenciesAction->setChecked(m_scene->showDependencies());
    m_criticalAction = addViewAction(tr("Show &critical marks"), {QKeySequence(Qt::Key_K)},
                                     [this](bool on) { m_scene->setShowCritical(on); });
    m_criticalAction->setCheckable(true);
    m_criticalAction->setChecked(m_scene->showCritical());
    m_unpinAction = addViewAction(tr("&Unpin selected"), {QKeySequence(Qt::Key_U)},
                                  [this] { m_scene->unpinSelected(); });
    m_pinEarlierAction = addViewAction(tr("Pin one wave &earlier"), {QKeySequence(Qt::ALT | Qt::Key_Left)},
                                       [this] { m_scene->pinCurrentBy(-1); });
    m_pinLaterAction = addViewAction(tr("Pin one wave &later"), {QKeySequence(Qt::ALT | Qt::Key_Right)},
                                     [this] { m_scene->pinCurrentBy(1); });
    m_zoomInAction = addViewAction(tr("Zoom &in"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                                   [this] { zoomIn(); });
    m_zoomOutAction = addViewAction(tr("Zoom &out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { zoomOut(); });
    m_fitAction = addViewAction(tr("&Fit board"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { fitAll(); });
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
    ZoomableView::keyPressEvent(event); // zoom keys
}

void BoardView::drawForeground(QPainter *painter, const QRectF &rect)
{
    ZoomableView::drawForeground(painter, rect);
    m_scene->paintFrozenLaneLabels(painter, mapToScene(QPoint(0, 0)).x());
}

void BoardView::scrollContentsBy(int dx, int dy)
{
    ZoomableView::scrollContentsBy(dx, dy);
    if (dx != 0)
        viewport()->update(); // the frozen labels stay put while the rest slides: repaint them
}

} // namespace waveplan::ui::board
