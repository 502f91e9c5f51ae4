#pragma once
/// @file map_scene.h
/// The dependency map: a QGraphicsScene that mirrors a PlanDocument. One card per capability
/// (kept through a rename: cards follow the capability's id),
/// one arrow per dependency, one band per wave. It follows the document's planChanged (only the
/// items named by the change; everything on Reset) and scheduleChanged (waves, critical flags),
/// and every edit made on the map is an undo command pushed on the document's stack.
///
/// Mouse and keyboard on the map (the view forwards keys, see MapView):
/// - connect: drag from a card's round handle on its right edge with the left button, or drag
///   from anywhere on a card with the right button, and drop on the successor; or select the
///   predecessor, press C (or Ctrl+L), choose the successor with the arrow keys and press Enter;
///   or select two cards (predecessor first) and use connectSelected().
/// - a refused connection (self link, duplicate, cycle) is not made; message() says why.
/// - double-click on empty space (or Insert in the view) adds a capability there.
/// - layout: in Auto mode the layout owns the positions and cards cannot be dragged (switch to
///   Manual to place cards by hand); in Manual mode cards sit at Capability::position (cards
///   without one where the auto layout puts them) and a drag is one "Move" undo step.
///
/// Read-only form: built from a plan and its schedule (a report, a picture), the scene keeps its
/// own copy of both, has no document and no undo stack, and every edit above does nothing: adding,
/// connecting and deleting are refused, cards cannot be dragged.

#include "core/layout/map_layout.h"
#include "core/model/plan.h"
#include "core/schedule/schedule.h"
#include "ui/map/map_style.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QPair>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QThreadPool;
template <typename T> class QFutureWatcher;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;
struct PlanSnapshot;
enum class PlanChange;

namespace map {

class ArrowLayer;
class CardLayer;
class CapabilityCard;
class DependencyArrow;
class WaveBand;

class MapScene : public QGraphicsScene {
    Q_OBJECT
public:
    enum class LayoutMode { Auto, Manual };

    /// Mirrors `document`; selection is shared through `selection` (when null, the scene keeps
    /// its own). Both must outlive the scene.
    MapScene(PlanDocument *document, SelectionModel *selection, QObject *parent = nullptr);
    /// Shows `plan` with `schedule`, read-only: the scene copies both (the caller's may go) and
    /// keeps its own selection. document() is null.
    MapScene(const Plan &plan, const Schedule &schedule, QObject *parent = nullptr);
    ~MapScene() override;

    /// The document mirrored, or null for a read-only scene.
    [[nodiscard]] PlanDocument *document() const { return m_document; }
    [[nodiscard]] bool isReadOnly() const { return !m_document; }
    [[nodiscard]] SelectionModel *selectionModel() const { return m_selection; }

    // Items ---------------------------------------------------------------------------------
    [[nodiscard]] CapabilityCard *card(const QString &key) const { return m_cards.value(key); }
    /// Some card shows the "moved by the last change" pill (the legend then explains it).
    [[nodiscard]] bool showsMovedCards() const { return m_showsMovedCards; }
    /// Some card is a milestone (the legend then shows the diamond).
    [[nodiscard]] bool showsMilestones() const;
    [[nodiscard]] DependencyArrow *arrow(const QString &predecessor, const QString &successor) const;
    [[nodiscard]] QList<CapabilityCard *> cards() const { return m_cards.values(); }
    [[nodiscard]] QList<DependencyArrow *> arrows() const { return m_arrows.values(); }
    [[nodiscard]] const std::vector<WaveBand *> &waveBands() const { return m_bands; }
    /// The card under `scenePos`, or null.
    [[nodiscard]] CapabilityCard *cardAt(const QPointF &scenePos) const;
    /// The union of all cards' rectangles (what "fit" shows).
    [[nodiscard]] QRectF cardsBoundingRect() const;

    // Layout ---------------------------------------------------------------------------------
    void setLayoutMode(LayoutMode mode);
    [[nodiscard]] LayoutMode layoutMode() const { return m_layoutMode; }
    /// Lays the map out now, and waits for it (normally it happens by itself after changes that
    /// need it). A layout running in the background is dropped.
    void relayout();
    /// Lays the whole map out afresh, as when the plan was opened. After an edit the map keeps
    /// every card and arrow the edit did not touch where the user saw it (layout::layoutMap with
    /// a previous layout), so after many edits arrows can bend more than a fresh layout needs.
    /// In the background for a large map, as after an edit.
    void tidyUp();
    /// A map of more cards than this (in a document's scene) is laid out in the background after
    /// a change, so the window never waits for it: until the new layout is in, the cards stay
    /// where they were (a new card at the top of its wave, a new arrow straight), and a map
    /// opened with that many cards shows "Laying out the map…" instead of its cards.
    static constexpr int kBackgroundLayoutCards = 2000;
    /// True while a layout runs in the background (layoutUpdated() follows when it is in).
    [[nodiscard]] bool isLayingOut() const;

    // Style and waves ------------------------------------------------------------------------------
    /// Draws with `style` from now on (the presentation's large type and high contrast) instead of
    /// the style made from the scene's font and palette; later font or palette changes keep it.
    void setMapStyle(const MapStyle &style);
    [[nodiscard]] const MapStyle &mapStyle() const { return *m_style; }
    /// The header of 1-based `wave` and its cards, in scene coordinates; empty when there is no
    /// such wave band.
    [[nodiscard]] QRectF waveRect(int wave) const;

    // Critical path and chain ------------------------------------------------------------------
    void setShowCriticalPath(bool show);
    [[nodiscard]] bool showCriticalPath() const { return m_showCriticalPath; }
    void setShowCriticalChain(bool show);
    [[nodiscard]] bool showCriticalChain() const { return m_showCriticalChain; }

    // Focus --------------------------------------------------------------------------------------
    /// Focuses the map on `key`: its card, everything upstream and downstream of it and the
    /// arrows among them stay as they are, everything else is dimmed. An empty key ends the focus;
    /// so does an edit that removes the capability (a rename keeps it).
    void setFocusKey(const QString &key);
    [[nodiscard]] const QString &focusKey() const { return m_focusKey; }
    /// Opacity of what the focus dims.
    static constexpr double kDimmedOpacity = 0.15;

    // Editing (each is one undo step on the document's stack) ------------------------------------
    /// Adds "New capability" (foundational, 30 days, key NEW1, NEW2...) centred on `scenePos`
    /// and selects it. Returns its key, or an empty string when refused.
    QString addCapabilityAt(const QPointF &scenePos);
    /// Makes `successor` depend on `predecessor`, or emits message() with the reason it may not.
    bool connectCapabilities(const QString &predecessor, const QString &successor);
    /// Connects the two selected cards, the first selected as predecessor.
    bool connectSelected();
    /// Deletes the selected cards (with their dependencies) and the selected arrows.
    void deleteSelection();
    /// Selected capability keys in the order they were selected.
    [[nodiscard]] const QStringList &selectedKeys() const { return m_selectionOrder; }

    // Connecting from the keyboard -------------------------------------------------------------
    /// Starts from the current (last selected) card; false with a message when none is selected.
    bool beginKeyboardConnect();
    [[nodiscard]] bool isKeyboardConnecting() const { return !m_keyboardFrom.isEmpty(); }
    /// Moves the would-be successor to the nearest card in `direction` (an arrow key).
    void moveKeyboardTarget(Qt::Key direction);
    [[nodiscard]] QString keyboardTarget() const { return m_keyboardTarget; }
    /// Connects to the chosen successor; ends the keyboard connect either way.
    bool finishKeyboardConnect();
    void cancelKeyboardConnect();

signals:
    /// Something the user should read in the status bar or a tooltip (why a connection was
    /// refused, how to finish a keyboard connect...).
    void message(const QString &text);
    /// A card was double-clicked (the window may open the inspector on it).
    void cardActivated(const QString &key);
    /// addCapabilityAt added `key` and selected it (the window puts the cursor in its name).
    void capabilityAdded(const QString &key);
    /// Cards were laid out again (positions may have moved).
    void layoutUpdated();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    using ArrowKey = QPair<QString, QString>;

    /// The one constructor the public ones share: exactly one of `document` and `snapshot`.
    MapScene(PlanDocument *document, std::unique_ptr<const PlanSnapshot> snapshot, SelectionModel *selection,
             QObject *parent);
    /// What the scene shows: the document's plan and schedule, or the read-only copy.
    [[nodiscard]] const Plan &plan() const;
    [[nodiscard]] const Schedule &schedule() const;

    // Sync from the document (map_scene.cpp)
    void onPlanChanged(PlanChange change, const QStringList &keys);
    void rebuild();
    /// Cards whose key left the plan while their capability (same id) stayed take its new key:
    /// a rename keeps the card, its arrows and its place in the layout.
    void followRenames(const QStringList &keys);
    void syncCapabilities(const QStringList &keys);
    void syncArrowsTouching(const QStringList &keys);
    void syncPositions(const QStringList &keys);
    void applySchedule();
    void applyCriticalMarks();
    /// Marks the cards the last change moved to another wave (document mode only).
    void applyMoves();
    void applyFocus();
    void updateBands();
    void updateSceneRect();
    CapabilityCard *createCard(const QString &key);
    void removeCard(const QString &key);
    /// The card of plan().capabilities[index] (null for none), from m_planOrder when it still
    /// holds it (compared by id: one integer, not a look-up by key; at 10,000 capabilities the
    /// look-ups were a tenth of an edit).
    [[nodiscard]] CapabilityCard *cardInPlanOrder(std::size_t index) const;
    DependencyArrow *createArrow(CapabilityCard *from, CapabilityCard *to, int lag);
    void removeArrow(DependencyArrow *arrow);
    void placeCards();
    void applyStyle();
    void refreshStyledItems();

    // Selection (map_scene_selection.cpp)
    void onSceneSelectionChanged();
    void onModelSelectionChanged(const QStringList &keys);
    void selectKeys(const QStringList &keys);

    // Editing (map_scene_editing.cpp)
    void startConnectDrag(CapabilityCard *from, const QPointF &scenePos);
    void updateConnectLine(const QPointF &scenePos, CapabilityCard *target);
    void endConnectLine();
    void setConnectTarget(CapabilityCard *target);
    bool pushMove(bool startsNewDrag);

    PlanDocument *m_document;
    bool m_showsMovedCards = false;
    /// The cards marked as moved (applyMoves), by key: the wave each came from.
    QHash<QString, int> m_movedFrom;
    /// The keys and arrows last given the critical marks (applyCriticalMarks).
    struct Marked {
        QSet<QString> pathKeys;
        QSet<QString> chainKeys;
        QSet<ArrowKey> pathLinks;
        QSet<ArrowKey> chainLinks;
    };
    Marked m_marked;
    std::unique_ptr<const PlanSnapshot> m_snapshot; ///< read-only form only
    SelectionModel *m_selection;
    std::unique_ptr<MapStyle> m_style;
    bool m_customStyle = false; ///< set by setMapStyle: palette and font changes leave it alone
    QHash<QString, CapabilityCard *> m_cards;
    /// m_cards by the plan's order as last looked up, kept between edits; emptied when a card goes.
    mutable std::vector<CapabilityCard *> m_planOrder;
    QHash<ArrowKey, DependencyArrow *> m_arrows;
    ArrowLayer *m_arrowLayer; ///< the arrows' plain lines when zoomed out (owned by the scene)
    CardLayer *m_cardLayer;   ///< pastes the cards on screen (owned by the scene)
    std::vector<WaveBand *> m_bands;

    LayoutMode m_layoutMode = LayoutMode::Auto;
    /// The layout's spacing, in scene units, from MapGeometry.
    [[nodiscard]] static layout::LayoutOptions layoutOptions();
    /// The most cards the layout puts in one layer of a wave for a map of `cards` cards.
    [[nodiscard]] static int cardsPerLayer(int cards);
    /// Fewer ordering sweeps and polishing rounds for the first layout of a map of many cards.
    static void scaleLayoutEffort(layout::LayoutOptions &options, int cards);
    /// A layout without cards that places waves as the map's layouts do.
    [[nodiscard]] static layout::MapLayout blankLayout();

    // Laying out (map_scene_layout.cpp)
    [[nodiscard]] layout::LayoutInput layoutInput() const;
    [[nodiscard]] layout::LayoutOptions layoutOptionsFor(int cards) const;
    [[nodiscard]] bool laysOutInBackground() const;
    /// Lays out after a change: at once, or in the background for a large map.
    void requestLayout();
    void startBackgroundLayout();
    void finishBackgroundLayout();
    void cancelBackgroundLayout();
    /// After a background layout: lays out again when a change came while it ran.
    void layOutAgainIfChanged();
    /// A card is being moved or an arrow drawn with the mouse.
    [[nodiscard]] bool isDragging() const;
    /// Shows a background layout that came in during a drag, once the drag is over.
    void applyHeldLayout();
    /// Puts the cards and arrows where m_layout says, shows them, and tells the views.
    void showLayout();
    void updateBusyNote();

    /// Shared, never changed in place: a layout in the background reads it while the scene
    /// goes on (at 10,000 capabilities, copying it took as long as the rest of an edit's sync).
    std::shared_ptr<const layout::MapLayout> m_layout = std::make_shared<const layout::MapLayout>(blankLayout());
    bool m_hasLayout = false;
    bool m_tidyNext = false; ///< the next layout starts afresh (tidyUp)
    bool m_layoutDirty = true;
    /// A layout running in the background, with the renames made since it started (its result
    /// is in the keys it was given).
    struct BackgroundLayout {
        QFutureWatcher<layout::MapLayout> *watcher = nullptr;
        std::shared_ptr<std::atomic<bool>> cancel;
        std::vector<std::pair<std::string, std::string>> renames;
    };
    QThreadPool *m_layoutPool;
    std::unique_ptr<BackgroundLayout> m_background;
    bool m_layoutAgain = false; ///< a change came while it ran: lay out again when it is in
    bool m_itemsHidden = false; ///< cards and arrows wait, hidden, for the map's first layout
    /// A background layout that came in during a drag, shown when the drag ends.
    std::optional<layout::MapLayout> m_heldLayout;
    QGraphicsSimpleTextItem *m_busyNote = nullptr; ///< "Laying out the map…" meanwhile
    bool m_showCriticalPath = false;
    bool m_showCriticalChain = false;

    QString m_focusKey;
    bool m_focusShown = false; ///< some item is dimmed by a focus (applyFocus)

    bool m_syncingSelection = false;
    QStringList m_selectionOrder;

    // Connecting by mouse or keyboard.
    QGraphicsPathItem *m_connectLine = nullptr;
    QString m_dragFrom;
    CapabilityCard *m_connectTarget = nullptr;
    QString m_keyboardFrom;
    QString m_keyboardTarget;

    // Moving cards in manual mode: one undo step per drag.
    bool m_movingCards = false;
    bool m_moveStarted = false;
};

} // namespace map
} // namespace waveplan::ui
