// BoardScene: pinning by dragging a bar to another wave, by the context menu and from the
// keyboard; each pin or unpin is one undo command on the document's stack. A read-only scene
// (no document) pins nothing: no drag starts, no menu opens, pinToWave() and unpin() refuse.

#include "ui/board/board_scene.h"
#include "ui/board/capability_bar.h"
#include "ui/board/drop_ghost.h"
#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"

#include "core/edit/capability_edits.h"
#include "ui/text/qt_text.h"

#include <QApplication>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::board {

namespace {

constexpr double kDraggedOpacity = 0.45;

} // namespace

// Pinning ---------------------------------------------------------------------------------------

int BoardScene::currentWaveOf(const QString &key) const
{
    if (const ScheduledCapability *entry = schedule().find(str(key)))
        return entry->wave;
    const Capability *capability = plan().findCapability(str(key));
    return capability && capability->pinnedWave ? *capability->pinnedWave : 0;
}

bool BoardScene::pinToWave(const QString &key, int wave)
{
    if (isReadOnly())
        return false;
    const Capability *capability = plan().findCapability(str(key));
    if (!capability || wave < 1)
        return false;
    if (capability->pinnedWave == wave) {
        emit message(tr("%1 is already pinned to wave %2.").arg(key).arg(wave));
        return false;
    }
    Capability pinned = *capability;
    pinned.pinnedWave = wave;
    const QString refused = pushEdit(m_document, edit::editCapability(plan(), str(key), pinned,
                                                                      str(tr("Pin %1 to wave %2").arg(key).arg(wave))));
    if (!refused.isEmpty()) {
        emit message(refused);
        return false;
    }
    if (currentWaveOf(key) == wave)
        emit message(tr("Pinned %1 to wave %2.").arg(key).arg(wave));
    else
        emit message(tr("%1 is pinned to wave %2 but cannot start there; the Problems panel says why.").arg(key).arg(wave));
    return true;
}

int BoardScene::unpin(const QStringList &keys)
{
    if (isReadOnly())
        return 0;
    QStringList pinned;
    for (const QString &key : keys) {
        const Capability *capability = plan().findCapability(str(key));
        if (capability && capability->pinnedWave && !pinned.contains(key))
            pinned.append(key);
    }
    if (pinned.isEmpty()) {
        emit message(tr("Nothing to unpin: the selected capabilities are not pinned."));
        return 0;
    }
    QUndoStack *stack = m_document->undoStack();
    if (pinned.size() > 1)
        stack->beginMacro(tr("Unpin %n capabilities", nullptr, static_cast<int>(pinned.size())));
    for (const QString &key : std::as_const(pinned)) {
        Capability free = *plan().findCapability(str(key));
        free.pinnedWave.reset();
        if (const QString refused = pushEdit(m_document, edit::editCapability(plan(), str(key), free,
                                                                              str(tr("Unpin %1").arg(key))));
            !refused.isEmpty())
            emit message(refused);
    }
    if (pinned.size() > 1)
        stack->endMacro();
    return static_cast<int>(pinned.size());
}

bool BoardScene::pinCurrentBy(int waves)
{
    if (m_selectionOrder.isEmpty()) {
        emit message(tr("Select a capability to pin it to another wave."));
        return false;
    }
    const QString key = m_selectionOrder.last();
    const int current = std::max(1, currentWaveOf(key));
    const int target = std::clamp(current + waves, 1, std::max(1, waveCount()));
    if (target == current)
        return false;
    return pinToWave(key, target);
}

// Dragging --------------------------------------------------------------------------------------

void BoardScene::startDrag()
{
    m_dragging = true;
    m_dragTarget = 0;
    for (CapabilityBar *b : bars(m_pressBar->key()))
        b->setOpacity(kDraggedOpacity);
    m_ghost = new DropGhost(m_style.get());
    addItem(m_ghost);
}

void BoardScene::updateDrag(const QPointF &scenePos)
{
    const QRectF from = m_pressBar->sceneBarRect();
    const WaveGrid waves = waveGrid(plan());
    // Where the bar's start lands, snapped to the first day of that wave.
    const double startDay = (from.left() + scenePos.x() - m_pressScenePos.x() - xOfDay(0)) / m_style->dayWidth;
    const int target = std::clamp(waves.waveOf(static_cast<int>(std::lround(startDay))), 1, std::max(1, waveCount()));
    if (target == m_dragTarget)
        return;
    m_dragTarget = target;
    const QString key = m_pressBar->key();
    const bool changes = target != currentWaveOf(key);
    const QRectF at(xOfDay(waves.firstDay(target)), from.top(), from.width(), from.height());
    const QString label = changes ? tr("Pin %1 to wave %2").arg(key).arg(target) : tr("Wave %1: no change").arg(target);
    m_ghost->show(at, label, changes);
    emit message(changes ? tr("Release to pin %1 to wave %2 (Esc cancels).").arg(key).arg(target)
                         : tr("%1 is in wave %2 already: releasing here changes nothing.").arg(key).arg(target));
}

void BoardScene::cancelDrag()
{
    if (m_pressBar) {
        for (CapabilityBar *b : bars(m_pressBar->key()))
            b->setOpacity(1);
    }
    delete m_ghost;
    m_ghost = nullptr;
    m_dragging = false;
    m_dragTarget = 0;
    m_pressBar = nullptr;
}

void BoardScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    cancelDrag();
    m_toggleClick = event->modifiers().testFlag(Qt::ControlModifier);
    if (event->button() == Qt::LeftButton && !isReadOnly()) {
        m_pressBar = barAt(event->scenePos());
        m_pressScenePos = event->scenePos();
    }
    QGraphicsScene::mousePressEvent(event);
}

void BoardScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_pressBar && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging) {
            const QPointF moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
            if (std::abs(moved.x()) >= QApplication::startDragDistance())
                startDrag();
        }
        if (m_dragging) {
            updateDrag(event->scenePos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void BoardScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const bool dropped = m_dragging && event->button() == Qt::LeftButton;
    const QString key = m_pressBar ? m_pressBar->key() : QString();
    const int target = m_dragTarget;
    if (event->button() == Qt::LeftButton)
        cancelDrag(); // the ghost goes; the pin below moves the bar itself
    QGraphicsScene::mouseReleaseEvent(event);
    m_toggleClick = false;
    if (dropped && target > 0 && target != currentWaveOf(key))
        pinToWave(key, target);
}

void BoardScene::keyPressEvent(QKeyEvent *event)
{
    if (m_dragging && event->key() == Qt::Key_Escape) {
        cancelDrag();
        emit message(tr("Drag cancelled: nothing changed."));
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void BoardScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    CapabilityBar *clicked = isReadOnly() ? nullptr : barAt(event->scenePos());
    if (!clicked) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    const QString key = clicked->key();
    if (!m_selectionOrder.contains(key))
        m_selection->setSelectedKeys({key});
    const Capability *capability = plan().findCapability(str(key));
    if (!capability)
        return;
    QMenu menu;
    QMenu *pinMenu = menu.addMenu(tr("&Pin %1 to wave").arg(key));
    for (int wave = 1; wave <= waveCount(); ++wave) {
        QAction *action = pinMenu->addAction(waveTitle(wave));
        action->setCheckable(true);
        action->setChecked(capability->pinnedWave == wave);
        connect(action, &QAction::triggered, this, [this, key, wave] { pinToWave(key, wave); });
    }
    QAction *unpinAction = menu.addAction(tr("&Unpin %1").arg(key));
    unpinAction->setEnabled(capability->pinnedWave.has_value());
    connect(unpinAction, &QAction::triggered, this, [this, key] { unpin({key}); });
    if (m_selectionOrder.size() > 1) {
        QAction *unpinAll = menu.addAction(tr("Unpin all &selected"));
        connect(unpinAll, &QAction::triggered, this, [this] { unpinSelected(); });
    }
    menu.exec(event->screenPos());
    event->accept();
}

} // namespace waveplan::ui::board
