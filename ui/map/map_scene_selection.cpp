// MapScene: two-way sync of the selected cards with the document's SelectionModel.

#include "ui/document/plan_document.h"
#include "ui/map/capability_card.h"
#include "ui/map/map_scene.h"

#include <QSet>

namespace waveplan::ui::map {

void MapScene::onSceneSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QSet<QString> selected;
    QList<CapabilityCard *> added;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != CapabilityCard::Type)
            continue;
        auto *c = static_cast<CapabilityCard *>(item);
        selected.insert(c->key());
        if (!m_selectionOrder.contains(c->key()))
            added.append(c);
    }
    QStringList order;
    for (const QString &key : std::as_const(m_selectionOrder)) {
        if (selected.contains(key))
            order.append(key);
    }
    // Several cards at once (rubber band): top to bottom, left to right.
    std::sort(added.begin(), added.end(), [](const CapabilityCard *a, const CapabilityCard *b) {
        if (a->pos().x() != b->pos().x())
            return a->pos().x() < b->pos().x();
        if (a->pos().y() != b->pos().y())
            return a->pos().y() < b->pos().y();
        return a->key() < b->key();
    });
    for (const CapabilityCard *c : std::as_const(added))
        order.append(c->key());
    m_selectionOrder = order;
    m_syncingSelection = true;
    m_selection->setSelectedKeys(order);
    m_syncingSelection = false;
}

void MapScene::onModelSelectionChanged(const QStringList &keys)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    selectKeys(keys);
    m_syncingSelection = false;
}

void MapScene::selectKeys(const QStringList &keys)
{
    const QSet<QString> wanted(keys.begin(), keys.end());
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() != CapabilityCard::Type || !wanted.contains(static_cast<CapabilityCard *>(item)->key()))
            item->setSelected(false);
    }
    m_selectionOrder.clear();
    for (const QString &key : keys) {
        if (CapabilityCard *c = card(key)) {
            c->setSelected(true);
            m_selectionOrder.append(key);
        }
    }
}

} // namespace waveplan::ui::map
