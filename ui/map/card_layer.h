#pragma once
/// @file card_layer.h
/// The cards of the map as the view shows them, pasted by one item. On screen every card is
/// pasted from its kept picture (CapabilityCard::pastePicture); what cost the time was not the
/// pasting but Qt visiting each card item as it paints (its transform, its style option, the
/// painter's state saved and restored): at 10,000 capabilities, two thirds of a repaint. The
/// layer sits with the cards (the same z, added to the scene before any), so it paints just
/// before them and decides for the paint under way: in a view, on a plain zoom (scaled and
/// scrolled, not turned), it pastes every card in the cards' own stacking order and the cards
/// are left out of the paint (ItemHasNoContents); anywhere else (a PDF, an SVG, an image of the
/// map) it gives them back and they draw themselves, as before the layer.
///
/// A card left out is still hit, hovered, selected and dragged as before; what it would have
/// asked Qt to repaint (a new picture, a move, a selection, a fade) it asks of the scene
/// (CapabilityCard::repaintArea), since Qt repaints nothing for an item without contents.

#include <QGraphicsItem>
#include <QHash>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace waveplan::ui::map {

class CapabilityCard;

class CardLayer : public QGraphicsItem {
public:
    enum { Type = UserType + 6 };

    CardLayer();
    ~CardLayer() override;
    CardLayer(const CardLayer &) = delete;
    CardLayer &operator=(const CardLayer &) = delete;
    [[nodiscard]] int type() const override { return Type; }

    /// Cards register in the order they are added to the scene (their stacking order).
    void add(CapabilityCard *card);
    void remove(CapabilityCard *card);
    /// `card` now covers `sceneRect` (it moved or was shown): the layer's bounds grow to hold it.
    void cardCovers(const QRectF &sceneRect);
    /// True while the cards are left out of the paint (the layer pastes them).
    [[nodiscard]] bool leavesCardsOut() const { return m_cardsLeftOut; }
    /// How many cards the last paint pasted (for tests).
    [[nodiscard]] int lastPasted() const { return m_lastPasted; }

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /// Tells every card whether the layer pastes it.
    void leaveCardsOut(bool out);
    /// The bounds are worked out again when next asked for (and the old ones repainted).
    void boundsChanged();
    [[nodiscard]] const std::vector<CapabilityCard *> &cardsInOrder() const;

    QHash<CapabilityCard *, std::uint64_t> m_cards; ///< card -> when it came (stacking order)
    std::uint64_t m_added = 0;
    mutable std::vector<CapabilityCard *> m_ordered; ///< cardsInOrder, kept until a card comes or goes
    mutable bool m_orderStale = true;
    mutable QRectF m_bounds;
    mutable bool m_boundsStale = true;
    bool m_cardsLeftOut = false;
    int m_lastPasted = 0;
};

} // namespace waveplan::ui::map
