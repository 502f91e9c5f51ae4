// MapScene: edits made on the map (add, connect, delete, move), each one undo step. A read-only
// scene (no document) refuses them all: each entry point returns before touching anything.

#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"
#include "ui/map/capability_card.h"
#include "ui/map/dependency_arrow.h"
#include "ui/map/map_scene.h"
#include "ui/text/qt_text.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QUndoCommand>
#include <QUndoStack>

#include "core/edit/capability_edits.h"
#include "core/edit/dependency_edits.h"

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace waveplan::ui::map {

namespace {

using G = MapGeometry;

/// The first key NEW1, NEW2... the plan does not use yet.
std::string unusedNewKey(const Plan &plan)
{
    for (int i = 1;; ++i) {
        std::string key = "NEW" + std::to_string(i);
        if (!plan.findCapability(key))
            return key;
    }
}

/// "1 capability", "3 capabilities".
QString countOf(qsizetype count, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

} // namespace

// Adding and deleting ------------------------------------------------------------------------

QString MapScene::addCapabilityAt(const QPointF &scenePos)
{
    if (isReadOnly())
        return {};
    Capability capability;
    capability.key = unusedNewKey(plan());
    capability.name = tr("New capability").toStdString();
    capability.kind = CapabilityKind::Foundational;
    capability.durationDays = 30;
    capability.position = MapPosition{scenePos.x() - G::cardWidth / 2, scenePos.y() - G::cardHeight / 2};
    if (const QString refused = pushEdit(m_document, edit::addCapability(plan(), capability));
        !refused.isEmpty()) {
        emit message(tr("Could not add a capability here: %1").arg(refused));
        return {};
    }
    const QString key = QString::fromStdString(capability.key);
    m_selection->setSelectedKeys({key});
    emit capabilityAdded(key);
    return key;
}

void MapScene::deleteSelection()
{
    if (isReadOnly())
        return;
    QStringList keys = m_selectionOrder;
    QList<QPair<QString, QString>> links;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != DependencyArrow::Type)
            continue;
        const auto *a = static_cast<DependencyArrow *>(item);
        // Dependencies of deleted capabilities go with them.
        if (!keys.contains(a->predecessorKey()) && !keys.contains(a->successorKey()))
            links.append({a->predecessorKey(), a->successorKey()});
    }
    std::sort(links.begin(), links.end());
    const qsizetype steps = links.size() + (keys.isEmpty() ? 0 : 1);
    if (steps == 0)
        return;
    QUndoStack *stack = m_document->undoStack();
    if (steps > 1) {
        const QString text = keys.isEmpty()
                                 ? tr("Delete %1 dependencies").arg(links.size())
                                 : tr("Delete %1 and %2").arg(countOf(keys.size(), tr("capability"), tr("capabilities")),
                                                              countOf(links.size(), tr("dependency"), tr("dependencies")));
        stack->beginMacro(text);
    }
    // Each edit is built on the plan the previous one left.
    for (const auto &[from, to] : std::as_const(links))
        if (const QString refused = pushEdit(m_document, edit::disconnect(plan(), str(from), str(to)));
            !refused.isEmpty())
            emit message(refused);
    if (!keys.isEmpty()) {
        std::vector<std::string> doomed;
        for (const QString &key : std::as_const(keys))
            doomed.push_back(str(key));
        if (const QString refused = pushEdit(m_document, edit::removeCapabilities(plan(), doomed));
            !refused.isEmpty())
            emit message(refused);
    }
    if (steps > 1)
        stack->endMacro();
}

// Connecting ---------------------------------------------------------------------------------

bool MapScene::connectCapabilities(const QString &predecessor, const QString &successor)
{
    if (isReadOnly())
        return false;
    Dependency dependency;
    dependency.predecessor = str(predecessor);
    dependency.successor = str(successor);
    if (const QString refused = pushEdit(m_document, edit::connect(plan(), dependency)); !refused.isEmpty()) {
        emit message(tr("Cannot connect %1 → %2: %3").arg(predecessor, successor, refused));
        return false;
    }
    emit message(tr("%1 now waits for %2.").arg(successor, predecessor));
    return true;
}

bool MapScene::connectSelected()
{
    if (m_selectionOrder.size() != 2) {
        emit message(tr("Select two capabilities to connect: first the predecessor, then the successor."));
        return false;
    }
    return connectCapabilities(m_selectionOrder[0], m_selectionOrder[1]);
}

void MapScene::startConnectDrag(CapabilityCard *from, const QPointF &scenePos)
{
    m_dragFrom = from->key();
    updateConnectLine(scenePos, nullptr);
}

void MapScene::updateConnectLine(const QPointF &scenePos, CapabilityCard *target)
{
    const QString fromKey = m_keyboardFrom.isEmpty() ? m_dragFrom : m_keyboardFrom;
    CapabilityCard *from = card(fromKey);
    if (!from)
        return;
    if (!m_connectLine) {
        m_connectLine = new QGraphicsPathItem;
        m_connectLine->setZValue(5);
        m_connectLine->setAcceptedMouseButtons(Qt::NoButton);
        addItem(m_connectLine);
    }
    const QPointF start = from->outPoint();
    const QPointF end = target ? target->inPoint() : scenePos;
    QPainterPath path(start);
    const double dx = std::max(30.0, std::abs(end.x() - start.x()) / 2);
    path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
    m_connectLine->setPath(path);
    const bool refused = target && edit::whyCannotConnect(plan(), str(fromKey), str(target->key())).has_value();
    const MapColors &colors = m_style->colors;
    m_connectLine->setPen(QPen(refused ? colors.criticalPath : colors.selection, 2.5,
                               refused ? Qt::DotLine : Qt::DashLine, Qt::RoundCap));
}

void MapScene::setConnectTarget(CapabilityCard *target)
{
    if (target == m_connectTarget)
        return;
    if (m_connectTarget)
        m_connectTarget->setConnectTarget(false);
    m_connectTarget = target;
    if (!target)
        return;
    target->setConnectTarget(true);
    const QString fromKey = m_keyboardFrom.isEmpty() ? m_dragFrom : m_keyboardFrom;
    // Say why before the drop, so the room sees it while the card is still held.
    if (const std::optional<std::string> reason = edit::whyCannotConnect(plan(), str(fromKey), str(target->key())))
        emit message(tr("Cannot connect %1 → %2: %3").arg(fromKey, target->key(), qs(*reason)));
    else
        emit message(tr("Drop to make %1 wait for %2.").arg(target->key(), fromKey));
}

void MapScene::endConnectLine()
{
    setConnectTarget(nullptr);
    delete m_connectLine;
    m_connectLine = nullptr;
    m_dragFrom.clear();
}

bool MapScene::beginKeyboardConnect()
{
    if (isReadOnly())
        return false;
    const QString from = m_selection->currentKey();
    if (!card(from)) {
        emit message(tr("Select the predecessor first, then press C to connect it."));
        return false;
    }
    endConnectLine();
    m_keyboardFrom = from;
    m_keyboardTarget.clear();
    moveKeyboardTarget(Qt::Key_Right);
    if (m_keyboardTarget.isEmpty())
        moveKeyboardTarget(Qt::Key_Down);
    emit message(tr("Connect from %1: choose the successor with the arrow keys, Enter to connect, Esc to cancel.")
                     .arg(from));
    return true;
}

void MapScene::moveKeyboardTarget(Qt::Key direction)
{
    if (m_keyboardFrom.isEmpty())
        return;
    const CapabilityCard *current = card(m_keyboardTarget.isEmpty() ? m_keyboardFrom : m_keyboardTarget);
    if (!current)
        return;
    QPointF axis;
    switch (direction) {
    case Qt::Key_Left: axis = {-1, 0}; break;
    case Qt::Key_Right: axis = {1, 0}; break;
    case Qt::Key_Up: axis = {0, -1}; break;
    case Qt::Key_Down: axis = {0, 1}; break;
    default: return;
    }
    const QPointF origin = current->sceneCardRect().center();
    CapabilityCard *best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (CapabilityCard *c : std::as_const(m_cards)) {
        if (c == current || c->key() == m_keyboardFrom)
            continue;
        const QPointF d = c->sceneCardRect().center() - origin;
        const double along = d.x() * axis.x() + d.y() * axis.y();
        if (along <= 1)
            continue;
        const double across = std::abs(d.x() * axis.y() - d.y() * axis.x());
        const double score = along + 2 * across; // prefer cards straight ahead
        if (score < bestScore || (score == bestScore && best && c->key() < best->key())) {
            bestScore = score;
            best = c;
        }
    }
    if (!best)
        return;
    m_keyboardTarget = best->key();
    setConnectTarget(best);
    updateConnectLine(best->inPoint(), best);
    for (QGraphicsView *view : views())
        view->ensureVisible(best, 40, 40);
}

bool MapScene::finishKeyboardConnect()
{
    const QString from = m_keyboardFrom;
    const QString to = m_keyboardTarget;
    cancelKeyboardConnect();
    if (from.isEmpty() || to.isEmpty())
        return false;
    return connectCapabilities(from, to);
}

void MapScene::cancelKeyboardConnect()
{
    m_keyboardFrom.clear();
    m_keyboardTarget.clear();
    endConnectLine();
}

// Mouse --------------------------------------------------------------------------------------

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (isReadOnly()) { // selecting only: no connect drag, no move
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    if (isKeyboardConnecting())
        cancelKeyboardConnect();
    CapabilityCard *c = cardAt(event->scenePos());
    const bool onHandle = c && c->handleContains(c->mapFromScene(event->scenePos()));
    if (c && (event->button() == Qt::RightButton || (event->button() == Qt::LeftButton && onHandle))) {
        startConnectDrag(c, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && c && m_layoutMode == LayoutMode::Manual && c->isSelected()) {
        m_movingCards = true;
        m_moveStarted = false;
    }
}

void MapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragFrom.isEmpty()) {
        CapabilityCard *target = cardAt(event->scenePos());
        if (target && target->key() == m_dragFrom)
            target = nullptr;
        setConnectTarget(target);
        updateConnectLine(event->scenePos(), target);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (m_movingCards && pushMove(!m_moveStarted))
        m_moveStarted = true;
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragFrom.isEmpty()) {
        const QString from = m_dragFrom;
        CapabilityCard *target = cardAt(event->scenePos());
        endConnectLine();
        if (target && target->key() != from)
            connectCapabilities(from, target->key());
        event->accept();
        applyHeldLayout();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_movingCards) {
        m_movingCards = false;
        m_moveStarted = false;
        updateBands();
        updateSceneRect();
    }
    applyHeldLayout();
}

bool MapScene::pushMove(bool startsNewDrag)
{
    if (isReadOnly())
        return false;
    const Plan &plan = this->plan();
    std::map<std::string, MapPosition> positions;
    for (const QString &key : std::as_const(m_selectionOrder)) {
        const CapabilityCard *c = card(key);
        const Capability *capability = plan.findCapability(key.toStdString());
        if (!c || !capability)
            continue;
        // Every selected card, moved or not, so each step of the drag names the same keys and merges.
        positions.emplace(capability->key, MapPosition{c->pos().x(), c->pos().y()});
    }
    const Result<edit::PlanEdit> move = edit::moveCapabilities(plan, positions);
    if (!move || move->empty())
        return false;
    pushEdit(m_document, move, startsNewDrag);
    return true;
}

void MapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (CapabilityCard *c = cardAt(event->scenePos())) {
        emit cardActivated(c->key());
        event->accept();
        return;
    }
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == DependencyArrow::Type) {
            QGraphicsScene::mouseDoubleClickEvent(event);
            return;
        }
    }
    addCapabilityAt(event->scenePos());
    event->accept();
}

} // namespace waveplan::ui::map
