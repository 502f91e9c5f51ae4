#pragma once
/// @file baseline_shadow.h
/// Where the shown baseline had a capability: a thin grey bar just under its bar, from the
/// baseline's start to its finish, so drift reads at a glance (a shadow to the left: it has
/// slipped). The tooltip says by how much, in the baseline's name.

#include <QGraphicsItem>

namespace waveplan::ui::board {

struct BoardStyle;

class BaselineShadow : public QGraphicsItem {
public:
    enum { Type = UserType + 108 };

    /// `rect`: the baseline's dates in the bar's lane and row (scene coordinates).
    BaselineShadow(const QRectF &rect, const QString &key, const QString &toolTip,
                   const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF shadowRect() const { return m_rect; }
    [[nodiscard]] const QString &key() const { return m_key; }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const BoardStyle *m_style;
    QRectF m_rect;
    QString m_key;
};

/// The board's key to the shadows, in the corner above the team labels: a sample shadow and
/// "Baseline", the name below (elided to fit), and when it was frozen in the tooltip.
class BaselineKey : public QGraphicsItem {
public:
    enum { Type = UserType + 109 };

    /// `rect`: the free corner (scene coordinates); `frozenOn`: "2027-01-15".
    BaselineKey(const QRectF &rect, const QString &name, const QString &frozenOn,
                const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] const QString &text() const { return m_text; }

    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const BoardStyle *m_style;
    QRectF m_rect;
    QString m_text; ///< "Baseline: NAME", for tests and accessibility
    QString m_name;
};

} // namespace waveplan::ui::board
