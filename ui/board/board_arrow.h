#pragma once
/// @file board_arrow.h
/// One dependency on the wave board, drawn on demand: a curve from the end of the predecessor's
/// bar to the start of the successor's, with an arrowhead. Dependencies on the critical path are
/// drawn heavier, so they stand out without colour too.

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace waveplan::ui::board {

struct BoardStyle;

class BoardArrow : public QGraphicsItem {
public:
    enum { Type = UserType + 103 };

    BoardArrow(const QString &predecessor, const QString &successor, const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] const QString &predecessorKey() const { return m_predecessor; }
    [[nodiscard]] const QString &successorKey() const { return m_successor; }

    /// From `from` (the predecessor bar's right middle) to `to` (the successor's left middle).
    void setEnds(const QPointF &from, const QPointF &to);
    [[nodiscard]] QPointF from() const { return m_from; }
    [[nodiscard]] QPointF to() const { return m_to; }
    void setCritical(bool critical);

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updatePath();

    QString m_predecessor;
    QString m_successor;
    const BoardStyle *m_style;
    QPointF m_from;
    QPointF m_to;
    bool m_critical = false;
    QPainterPath m_path;
    QPolygonF m_head;
};

} // namespace waveplan::ui::board
