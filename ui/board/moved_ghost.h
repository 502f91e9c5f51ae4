#pragma once
/// @file moved_ghost.h
/// Where a bar was before the last change moved it to another wave: a dashed outline at its
/// old dates, in its lane and row, labelled "was W2". Gone with the next change or when the
/// change summary is dismissed.

#include <QGraphicsItem>
#include <QStaticText>

namespace waveplan::ui::board {

struct BoardStyle;

class MovedGhost : public QGraphicsItem {
public:
    enum { Type = UserType + 107 };

    /// `rect`: the old place of the bar (scene coordinates); `fromWave`: the wave it was in.
    MovedGhost(const QRectF &rect, int fromWave, const QString &key, const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF ghostRect() const { return m_rect; }
    [[nodiscard]] const QString &key() const { return m_key; }
    [[nodiscard]] QString label() const { return m_label.text(); }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const BoardStyle *m_style;
    QRectF m_rect;
    QString m_key;
    QStaticText m_label;
};

} // namespace waveplan::ui::board
