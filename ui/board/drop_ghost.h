#pragma once
/// @file drop_ghost.h
/// While a bar is dragged on the wave board: an outline of the bar where it will be pinned
/// (snapped to the first day of the target wave) and a label saying what releasing does.

#include <QGraphicsItem>
#include <QStaticText>

namespace waveplan::ui::board {

struct BoardStyle;

class DropGhost : public QGraphicsItem {
public:
    enum { Type = UserType + 106 };

    explicit DropGhost(const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }

    /// The bar's outline at `rect` (scene coordinates) with `label` above it; `changes` false
    /// when releasing there changes nothing (drawn dotted).
    void show(const QRectF &rect, const QString &label, bool changes);
    [[nodiscard]] QRectF ghostRect() const { return m_rect; }
    [[nodiscard]] QString label() const { return m_label.text(); }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const BoardStyle *m_style;
    QRectF m_rect;
    QStaticText m_label;
    bool m_changes = true;
};

} // namespace waveplan::ui::board
