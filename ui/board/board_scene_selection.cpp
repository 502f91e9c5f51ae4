// BoardScene: two-way sync of the selected bars with the document's SelectionModel. Selecting
// one bar of a capability selects all its bars; Ctrl+click on one of them deselects them all.

#include "ui/board/board_scene.h"
#include "ui/board/capability_bar.h"
#include "ui/document/plan_document.h"

#include <QSet>

#include <algorithm>

namespace waveplan::ui::board {

void BoardScene::onSceneSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QHash<QString, int> selectedBars;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == CapabilityBar::Type)
            ++selectedBars[static_cast<CapabilityBar *>(item)->key()];
    }
    QStringList order;
    for (const QString &key : std::as_const(m_selectionOrder)) {
        // A plain click on one of its bars leaves only that bar selected: still selected. A
        // Ctrl+click that turns one bar off deselects the capability.
        const int selectedCount = selectedBars.value(key);
        if (selectedCount > 0 && (!m_toggleClick || selectedCount == bars(key).size()))
            order.append(key);
    }
    QList<CapabilityBar *> added;
    for (auto it = selectedBars.cbegin(); it != selectedBars.cend(); ++it) {
        if (!m_selectionOrder.contains(it.key()))
            added.append(firstBar(it.key()));
    }
    // Several at once (rubber band): left to right, top to bottom.
    std::sort(added.begin(), added.end(), [](const CapabilityBar *a, const CapabilityBar *b) {
        if (a->pos().x() != b->pos().x())
            return a->pos().x() < b->pos().x();
        if (a->pos().y() != b->pos().y())
            return a->pos().y() < b->pos().y();
        return a->key() < b->key();
    });
    for (const CapabilityBar *b : std::as_const(added))
        order.append(b->key());
    m_syncingSelection = true;
    selectKeys(order); // the other bars of each capability follow
    m_syncingSelection = false;
    m_selection->setSelectedKeys(order);
}

void BoardScene::onModelSelectionChanged(const QStringList &keys)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    selectKeys(keys);
    m_syncingSelection = false;
}

void BoardScene::selectKeys(const QStringList &keys)
{
    const QSet<QString> wanted(keys.begin(), keys.end());
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != CapabilityBar::Type || !wanted.contains(static_cast<CapabilityBar *>(item)->key()))
            item->setSelected(false);
    }
    m_selectionOrder.clear();
    for (const QString &key : keys) {
        const QList<CapabilityBar *> found = bars(key);
        if (found.isEmpty())
            continue;
        for (CapabilityBar *b : found)
            b->setSelected(true);
        m_selectionOrder.append(key);
    }
}

} // namespace waveplan::ui::board
