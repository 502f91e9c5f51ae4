#pragma once
/// @file board_scene.h
/// The wave board: a QGraphicsScene that mirrors a PlanDocument as a timeline. Waves are
/// labelled columns ("Wave 1", "Jan 4 to Apr 3 2027"), each team has a swimlane, and each
/// capability is a bar from its start day to its finish day in every lane it demands on
/// (x = day x dayWidth from the plan start). It follows planChanged and scheduleChanged, shares
/// the selection with every other view through the SelectionModel (selecting one bar of a
/// capability selects all its bars), and its one edit, pinning, goes through the undo stack:
/// - drag a bar sideways: a ghost shows the wave it will be pinned to; release in another wave
///   pushes "Pin CDP to wave 3"; release in its own wave changes nothing; Esc cancels the drag.
/// - context menu on a bar, or pinSelectedBy(±1) (Alt+Left/Right in the view), or unpin().
/// Everything is drawn by items, so QGraphicsScene::render gives the whole board (PDF, images)
/// and the scene works on a document nobody shows.
///
/// Read-only form: built from a plan and its schedule (a report, a picture), the scene keeps its
/// own copy of both, has no document and no undo stack, and pinning does nothing: no drag starts,
/// no context menu opens, pinToWave() and unpin() refuse.

#include "ui/board/board_layout.h"
#include "ui/board/board_style.h"

#include "core/model/baseline.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPair>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;
struct PlanSnapshot;
enum class PlanChange;

namespace board {

class BoardArrow;
class CapabilityBar;
class DropGhost;
class MovedGhost;
class BaselineShadow;
class BaselineKey;
class LaneBand;
class WaveColumn;
class AsOfLine;

class BoardScene : public QGraphicsScene {
    Q_OBJECT
public:
    /// Mirrors `document`; selection is shared through `selection` (when null, the scene keeps
    /// its own). Both must outlive the scene. The style follows the scene's font and palette
    /// until setStyle() is called.
    BoardScene(PlanDocument *document, SelectionModel *selection, QObject *parent = nullptr);
    /// Shows `plan` with `schedule`, read-only: the scene copies both (the caller's may go) and
    /// keeps its own selection. document() is null.
    BoardScene(const Plan &plan, const Schedule &schedule, QObject *parent = nullptr);
    ~BoardScene() override;

    /// The document mirrored, or null for a read-only scene.
    [[nodiscard]] PlanDocument *document() const { return m_document; }

    /// True while the scene waits to show a new schedule: every view of it is a hidden tab of a
    /// shown window (a 10,000-capability board took a quarter of each edit behind the map). The
    /// first of its views to be shown brings it up to date before it paints.
    [[nodiscard]] bool isSyncPending() const { return m_syncPending; }
    [[nodiscard]] bool isReadOnly() const { return !m_document; }
    [[nodiscard]] SelectionModel *selectionModel() const { return m_selection; }

    // Style and what is shown -------------------------------------------------------------------
    /// Uses `style` from now on (no longer following the scene's palette) and lays out again.
    void setStyle(const BoardStyle &style);
    [[nodiscard]] const BoardStyle &style() const { return *m_style; }
    /// Dependency arrows (default off).
    void setShowDependencies(bool show);
    [[nodiscard]] bool showDependencies() const { return m_showDependencies; }
    /// Critical path and critical chain marks (default on).
    void setShowCritical(bool show);
    [[nodiscard]] bool showCritical() const { return m_showCritical; }

    // Geometry ----------------------------------------------------------------------------------
    /// Wave columns drawn: max(horizon, last wave a capability reaches).
    [[nodiscard]] int waveCount() const { return static_cast<int>(m_columns.size()); }
    /// Scene rectangle of 1-based `wave`'s column, header included; empty when out of range.
    [[nodiscard]] QRectF waveRect(int wave) const;
    /// "Wave 2 – Apr 4 to Jul 2 2027".
    [[nodiscard]] QString waveTitle(int wave) const;
    [[nodiscard]] int laneCount() const { return static_cast<int>(m_lanes.size()); }
    /// Scene rectangle of lane `lane` (0-based, label column included).
    [[nodiscard]] QRectF laneRect(int lane) const;
    /// The team of lane `lane`; empty for "No team".
    [[nodiscard]] QString laneTeam(int lane) const;
    /// Scene x of the start of `day` (day 0 = plan start).
    [[nodiscard]] double xOfDay(double day) const;
    /// The day whose column holds scene x `x` (may be negative or past the last wave).
    [[nodiscard]] int dayAt(double x) const;
    /// Every column and lane (what "fit" shows).
    [[nodiscard]] QRectF boardRect() const;
    /// The last layout in days and rows.
    [[nodiscard]] const BoardLayout &layout() const { return m_layout; }

    // Items -------------------------------------------------------------------------------------
    /// The bars of capability `key`, in lane order (one per team it demands on, or "No team").
    [[nodiscard]] QList<CapabilityBar *> bars(const QString &key) const;
    /// The bar of `key` in `team`'s lane (empty team: the "No team" lane), or null.
    [[nodiscard]] CapabilityBar *bar(const QString &key, const QString &team) const;
    /// The first bar of `key`, or null.
    [[nodiscard]] CapabilityBar *firstBar(const QString &key) const;
    [[nodiscard]] QList<CapabilityBar *> allBars() const { return m_bars.values(); }
    [[nodiscard]] CapabilityBar *barAt(const QPointF &scenePos) const;
    [[nodiscard]] QList<BoardArrow *> arrows() const { return m_arrows.values(); }
    [[nodiscard]] BoardArrow *arrow(const QString &predecessor, const QString &successor) const;
    [[nodiscard]] const std::vector<WaveColumn *> &columns() const { return m_columns; }
    [[nodiscard]] const std::vector<LaneBand *> &lanes() const { return m_lanes; }
    /// Paints every lane's team label at scene x `left` when the board's own labels are scrolled
    /// out of view to the left of it (views call this from drawForeground so the team names stay
    /// on screen); true when it painted.
    bool paintFrozenLaneLabels(QPainter *painter, double left) const;
    /// Selected capability keys in the order they were selected.
    [[nodiscard]] const QStringList &selectedKeys() const { return m_selectionOrder; }

    // Pinning (each one undo step) ------------------------------------------------------------------
    /// Pins `key` to `wave`: "Pin CDP to wave 3". False when nothing changes or it is refused.
    bool pinToWave(const QString &key, int wave);
    /// Removes the pins of `keys` in one step ("Unpin CDP", "Unpin 3 capabilities"); returns
    /// how many were pinned.
    int unpin(const QStringList &keys);
    int unpinSelected() { return unpin(m_selectionOrder); }
    /// Pins the current (last selected) capability to the wave before (-1) or after (+1) the
    /// one it is scheduled in.
    bool pinCurrentBy(int waves);

    // Dragging ----------------------------------------------------------------------------------
    [[nodiscard]] bool isDragging() const { return m_dragging; }
    /// The wave a release would pin to (0 when not dragging).
    [[nodiscard]] int dragTargetWave() const { return m_dragging ? m_dragTarget : 0; }
    [[nodiscard]] DropGhost *ghost() const { return m_ghost; }
    /// Where the bars the last change moved to another wave were (document mode only).
    [[nodiscard]] const std::vector<MovedGhost *> &movedGhosts() const { return m_movedGhosts; }
    /// The shown baseline's shadows under the bars (one per bar whose capability it holds).
    [[nodiscard]] const std::vector<BaselineShadow *> &baselineShadows() const { return m_baselineShadows; }
    /// The as-of line, or null when the plan has no as-of date.
    [[nodiscard]] const AsOfLine *asOfLine() const { return m_asOfLine; }
    /// Read-only form: the baseline whose shadows to draw under the bars (a comparison's other
    /// side), or none. The live form shows the document's shown baseline instead.
    void setFixedBaseline(std::optional<Baseline> baseline);
    /// The key to the shadows in the corner above the team labels, or null without a baseline.
    [[nodiscard]] const BaselineKey *baselineKey() const { return m_baselineKey; }
    /// Ends a drag without changing anything (Esc).
    void cancelDrag();

signals:
    /// Something the user should read in the status bar (what releasing a drag does, why a pin
    /// was refused).
    void message(const QString &text);
    /// Bars were created, removed or moved.
    void layoutUpdated();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    /// A bar's tooltip is made when it is asked for (see CapabilityBar::toolTipText).
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    bool event(QEvent *event) override;
    /// A view shown while a sync is pending (see isSyncPending).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using BarId = QPair<QString, QString>;     ///< key, team
    using ArrowId = QPair<QString, QString>;   ///< predecessor, successor

    /// The one constructor the public ones share: exactly one of `document` and `snapshot`.
    BoardScene(PlanDocument *document, std::unique_ptr<const PlanSnapshot> snapshot, SelectionModel *selection,
               QObject *parent);
    /// What the scene shows: the document's plan and schedule, or the read-only copy.
    [[nodiscard]] const Plan &plan() const;
    [[nodiscard]] const Schedule &schedule() const;

    // Sync from the document (board_scene.cpp)
    void onPlanChanged(PlanChange change, const QStringList &keys);
    void rebuild();
    /// sync() now, or once a view shows the scene when none can now (isSyncPending).
    void requestSync();
    void sync();
    void syncColumns(double height);
    void syncLanes(const std::vector<double> &laneTops, const std::vector<double> &laneHeights);
    /// The bar of each of the layout's placements, in its order: the one that showed it, else
    /// one whose capability (same id) took a new key (a rename keeps its bars), else a new one.
    /// Bars left without a placement go.
    std::vector<CapabilityBar *> placeBars();
    /// `asOfDay`: the plan day of the as-of date (asOfDay()), to draw work done and under way.
    void syncBars(const std::vector<double> &laneTops, std::optional<int> asOfDay);
    void syncArrows();
    void syncMovedGhosts();
    void deleteMovedGhosts();
    void syncBaselineShadows();
    /// The as-of line where the plan's as-of date is, through every lane; removed without one.
    void syncAsOfLine(double lanesBottom, std::optional<int> asOfDay);
    void deleteBaselineShadows();
    void clearItems();

    // Selection (board_scene_selection.cpp)
    void onSceneSelectionChanged();
    void onModelSelectionChanged(const QStringList &keys);
    void selectKeys(const QStringList &keys);

    // Dragging (board_scene_drag.cpp)
    void startDrag();
    void updateDrag(const QPointF &scenePos);
    [[nodiscard]] int currentWaveOf(const QString &key) const;

    PlanDocument *m_document;
    std::unique_ptr<const PlanSnapshot> m_snapshot; ///< read-only form only
    SelectionModel *m_selection;
    std::unique_ptr<BoardStyle> m_style;
    bool m_customStyle = false;
    bool m_showDependencies = false;
    bool m_showCritical = true;

    BoardLayout m_layout;
    bool m_syncPending = false; ///< see isSyncPending
    std::vector<WaveColumn *> m_columns;
    std::vector<LaneBand *> m_lanes;
    QHash<BarId, CapabilityBar *> m_bars;
    QHash<QString, QList<CapabilityBar *>> m_barsByKey;
    QHash<ArrowId, BoardArrow *> m_arrows;

    bool m_syncingSelection = false;
    bool m_toggleClick = false; ///< the mouse button went down with Ctrl (toggles selection)
    QStringList m_selectionOrder;

    // Dragging a bar to pin it.
    CapabilityBar *m_pressBar = nullptr;
    QPointF m_pressScenePos;
    bool m_dragging = false;
    int m_dragTarget = 0;
    DropGhost *m_ghost = nullptr;
    std::vector<MovedGhost *> m_movedGhosts;
    std::vector<BaselineShadow *> m_baselineShadows;
    AsOfLine *m_asOfLine = nullptr;
    BaselineKey *m_baselineKey = nullptr; ///< while a baseline is shown
    std::optional<Baseline> m_fixedBaseline; ///< read-only form only
};

} // namespace board
} // namespace waveplan::ui
