#pragma once
/// @file board_backdrop.h
/// What the wave board's bars sit on: one column per wave (shaded alternately, its header with
/// the wave's number and calendar dates, hatched past the plan's horizon) and one lane per team
/// (its label at the left and a rule under it). Neither takes mouse buttons.

#include <QGraphicsItem>
#include <QStaticText>
#include <QString>

namespace waveplan::ui::board {

struct BoardStyle;

/// One wave column, from the top of its header to the bottom of the last lane.
class WaveColumn : public QGraphicsItem {
public:
    enum { Type = UserType + 104 };

    WaveColumn(int wave, const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] int wave() const { return m_wave; }

    /// "Wave 2" and "Apr 4 to Jul 2 2027".
    void setTexts(const QString &name, const QString &dates);
    [[nodiscard]] QString name() const { return m_name.text(); }
    [[nodiscard]] QString dates() const { return m_dates.text(); }
    void setBeyondHorizon(bool beyond);
    void setRect(const QRectF &rect);
    [[nodiscard]] const QRectF &rect() const { return m_rect; }

    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_wave;
    const BoardStyle *m_style;
    QString m_nameSource;  ///< the texts and room m_name and m_dates were elided from
    QString m_datesSource;
    double m_textRoom = -1;
    QStaticText m_name;
    QStaticText m_dates;
    bool m_beyondHorizon = false;
    QRectF m_rect;
};

/// One team's lane across the whole board, its label in the column at the left.
class LaneBand : public QGraphicsItem {
public:
    enum { Type = UserType + 105 };

    explicit LaneBand(const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }

    /// `team` empty = the "No team" lane; `note` is the line under the name ("4 people").
    void setTexts(const QString &team, const QString &note);
    [[nodiscard]] const QString &team() const { return m_team; }
    [[nodiscard]] QString label() const { return m_label.text(); }
    void setRect(const QRectF &rect);
    [[nodiscard]] const QRectF &rect() const { return m_rect; }

    [[nodiscard]] QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// Paints the team's label (name, note, fill and rule) with its left edge at scene x `left`:
    /// where the band draws it, or at a view's left edge when the board is scrolled (frozen).
    void paintLabel(QPainter *painter, double left) const;

private:
    void layoutTexts();

    const BoardStyle *m_style;
    QString m_team;
    QString m_noteSource;
    QStaticText m_label;
    QStaticText m_note;
    QRectF m_rect;
};

/// The as-of ("today") line: a dashed vertical line on the first day of the re-plan, from the
/// header through the lanes, labelled in the header ("As of Apr 5") beside the line where no
/// wave name is. Above the bars, so it is never hidden.
class AsOfLine : public QGraphicsItem {
public:
    enum { Type = UserType + 106 };

    explicit AsOfLine(const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }

    /// The line at scene x `x` from `top` to `bottom`, its label in `labelBox`.
    void place(double x, double top, double bottom, const QRectF &labelBox, const QString &label);
    /// The size `label` takes as this line draws it.
    [[nodiscard]] QSizeF labelSize(const QString &label) const;
    [[nodiscard]] const QRectF &labelBox() const { return m_labelBox; }
    [[nodiscard]] double x() const { return m_x; }
    [[nodiscard]] QString label() const { return m_label; }

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const BoardStyle *m_style;
    double m_x = 0;
    double m_top = 0;
    double m_bottom = 0;
    QRectF m_labelBox;
    QString m_label;
};

} // namespace waveplan::ui::board
