#include "ui/map/card_layer.h"

#include "ui/map/capability_card.h"
#include "ui/map/layer_members.h"

#include <QList>
#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace waveplan::ui::map {

CardLayer::CardLayer()
{
    setZValue(2); // with the cards, above the arrows
    setFlag(ItemUsesExtendedStyleOption); // paint() is told what is exposed
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

CardLayer::~CardLayer()
{
    // Cards that outlive the layer draw themselves again and forget it.
    const QList<CapabilityCard *> cards = m_cards.keys();
    m_cards.clear();
    m_ordered.clear();
    for (CapabilityCard *card : cards)
        card->setLayer(nullptr);
}

void CardLayer::add(CapabilityCard *card)
{
    m_cards.insert(card, m_added++);
    m_orderStale = true;
    card->setLeftToLayer(m_cardsLeftOut);
    // Only where the card is is repainted (Qt does not, for a card left out), and the bounds
    // grow to hold it: one card added to a large map repaints that card, not the map.
    cardCovers(card->sceneBoundingRect());
    card->repaintArea();
}

void CardLayer::remove(CapabilityCard *card)
{
    if (!m_cards.remove(card))
        return;
    m_orderStale = true;
    m_ordered.clear(); // no pointer to a card that may be going
    // Where it was is repainted; the bounds stay (larger than the cards is harmless).
    card->repaintArea();
    card->setLeftToLayer(false);
}

void CardLayer::cardCovers(const QRectF &sceneRect)
{
    if (!m_boundsStale && !m_bounds.contains(sceneRect))
        boundsChanged();
}

void CardLayer::boundsChanged()
{
    if (m_boundsStale)
        return;
    prepareGeometryChange(); // reads the bounds before this change (and repaints them)
    m_boundsStale = true;
}

QRectF CardLayer::boundingRect() const
{
    if (m_boundsStale) {
        QRectF bounds;
        for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
            bounds = bounds.united(it.key()->sceneBoundingRect());
        m_bounds = bounds;
        m_boundsStale = false;
    }
    return m_bounds;
}

const std::vector<CapabilityCard *> &CardLayer::cardsInOrder() const
{
    if (m_orderStale) {
        m_ordered = inOrderAdded(m_cards);
        m_orderStale = false;
    }
    return m_ordered;
}

void CardLayer::leaveCardsOut(bool out)
{
    if (out == m_cardsLeftOut)
        return;
    m_cardsLeftOut = out;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        it.key()->setLeftToLayer(out);
}

void CardLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // On screen, scaled and scrolled but not turned, every card is pasted from its picture;
    // anywhere else (a PDF, an SVG, an image of the map) each card draws itself, from this
    // paint on: the cards come after the layer.
    if (!CapabilityCard::pastedAsPictures(painter)) {
        leaveCardsOut(false);
        m_lastPasted = 0;
        return;
    }
    leaveCardsOut(true);
    const QTransform world = painter->worldTransform();
    const double ratio = painter->device()->devicePixelRatioF();
    const double opacity = painter->opacity();
    const QRectF exposed = option->exposedRect;
    painter->setWorldTransform(QTransform());
    int pasted = 0;
    for (CapabilityCard *card : cardsInOrder()) {
        if (!card->isVisible())
            continue;
        const double cardOpacity = card->effectiveOpacity();
        if (cardOpacity <= 0 || !card->sceneBoundingRect().intersects(exposed))
            continue;
        painter->setOpacity(cardOpacity);
        card->pasteInto(painter, card->sceneTransform() * world, ratio);
        ++pasted;
    }
    painter->setOpacity(opacity);
    painter->setWorldTransform(world);
    m_lastPasted = pasted;
}

} // namespace waveplan::ui::map
