#pragma once
/// @file capability_bar.h
/// One capability in one team's lane of the wave board: a bar from its start day to its finish
/// day, with its key and name (elided to the bar), and marks that differ by shape as well as
/// colour. Foundational: solid fill, square ends, a thick accent at the left. Additive: lighter
/// fill, rounded ends, dashed outline and a "+" glyph. Critical: a heavy outline (solid for the
/// dependency critical path, dashed for the critical chain) and a triangle glyph. Pinned: a pin
/// glyph. A milestone (0 days): a diamond on its day, filled or dashed by kind, its key after it. Not scheduled (the plan has a cycle or errors): hatched. A capability that demands on
/// several teams has one bar in each of their lanes, all with the same key.

#include "core/model/capability.h"
#include "core/model/date.h"
#include "core/schedule/schedule.h"

#include <QGraphicsItem>
#include <QStaticText>
#include <QString>

namespace waveplan::ui::board {

struct BoardStyle;

/// What a bar shows; the scene fills it from the plan and the schedule.
struct BarContent {
    Capability capability;
    ScheduledCapability scheduled; ///< key empty when the schedule does not place it
    Date planStart;                ///< the plan's start date and calendar, for the dates in the tooltip
    WorkCalendar calendar;
    bool done = false;             ///< done by the plan's as-of date: a tick and a washed-out body
    /// Under way: the plan day of the as-of date; the part of the bar before it (the work done)
    /// is washed out. -1 otherwise.
    int underWayAsOfDay = -1;
    QString team;                  ///< the lane's team, empty for "No team"
    int people = 0;                ///< the demand on that team
    bool criticalPath = false;     ///< shown on the dependency critical path
    bool criticalChain = false;    ///< shown on the critical chain

    bool operator==(const BarContent &) const = default;
};

class CapabilityBar : public QGraphicsItem {
public:
    enum { Type = UserType + 101 };

    /// `style` belongs to the scene and outlives the bar.
    CapabilityBar(const QString &key, const QString &team, const BoardStyle *style);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] const QString &key() const { return m_key; }
    /// The team of the lane the bar is in; empty for the "No team" lane.
    [[nodiscard]] const QString &team() const { return m_team; }

    /// Takes what to show; lays the texts out again and repaints only when something it draws
    /// changed (a new slack or reason only changes the tooltip, which is made when asked).
    void setContent(const BarContent &content);
    [[nodiscard]] const BarContent &content() const { return m_content; }
    [[nodiscard]] CapabilityKind kind() const { return m_content.capability.kind; }
    [[nodiscard]] bool isPinned() const { return m_content.capability.pinnedWave.has_value(); }
    [[nodiscard]] bool isScheduled() const { return !m_content.scheduled.key.empty(); }
    /// Under way: the share of the bar before the as-of date (0 to 1); 0 otherwise.
    [[nodiscard]] double workedFraction() const;
    [[nodiscard]] bool criticalMarked() const { return m_content.criticalPath || m_content.criticalChain; }

    /// Places the bar's body at `rect` (scene coordinates).
    void setBarRect(const QRectF &rect);
    /// The bar's body in scene coordinates (without outlines).
    [[nodiscard]] QRectF sceneBarRect() const { return QRectF(pos(), m_size); }
    /// The texts drawn on the bar after elision (empty when the bar is too short for them).
    [[nodiscard]] QString shownText() const;

    /// Lays the texts out again, when next drawn legibly or asked for (after the style's fonts,
    /// the bar's size or what it shows changed).
    void refresh();
    /// What the bar's tooltip says: key, name, kind, team, dates, why then, owner, pin and
    /// critical marks. Made when asked (the scene shows it on a help event), not on every sync.
    [[nodiscard]] QString toolTipText() const;

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintMarks(QPainter *painter, const QRectF &body) const;
    /// `fine`: the bar is large enough on screen for dashes, rounded ends and the "+" strokes.
    void paintBody(QPainter *painter, const QRectF &body, bool fine) const;
    void paintGlyphs(QPainter *painter, const QRectF &body) const;
    [[nodiscard]] double glyphSize() const;
    [[nodiscard]] double textLeft() const;
    [[nodiscard]] double glyphsWidth() const;
    [[nodiscard]] double cornerRadius() const;
    /// Elides key and name to the room the bar has, once per refresh().
    void layOutTexts() const;

    QString m_key;
    QString m_team;
    const BoardStyle *m_style;
    BarContent m_content;
    QSizeF m_size{1, 1};
    bool m_hasContent = false;
    double m_keyLineHeight = 0;
    mutable bool m_textsLaidOut = false;
    mutable QStaticText m_keyText;
    mutable QStaticText m_nameText;
};

} // namespace waveplan::ui::board
