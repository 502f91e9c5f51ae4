#pragma once
/// @file map_view.h
/// The view on the dependency map: zoom (Ctrl+wheel around the cursor, pinch, Ctrl+= / Ctrl+-,
/// Ctrl+0 fits every card), pan (middle mouse, Space+drag, scroll bars), rubber-band and
/// Ctrl-click selection, and the map's keyboard edits: Insert adds a capability at the cursor,
/// Del/Backspace deletes the selection, C or Ctrl+L connects from the selected card (arrow keys
/// choose the successor, Enter connects, Esc cancels).
///
/// The same commands are available as actions (actions()) the window can put in its menus and
/// toolbars; their shortcuts work while the map has focus.

#include "ui/graphics/zoomable_view.h"
#include "ui/map/map_legend.h"
#include "ui/map/map_style.h"

#include <QPixmap>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QAction;
class QGestureEvent;

namespace waveplan::ui::map {

class MapScene;

class MapView : public ZoomableView {
    Q_OBJECT
public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);

    [[nodiscard]] MapScene *mapScene() const { return m_scene; }

    /// Adds a capability under the mouse cursor, or at the centre when the cursor is elsewhere.
    void addCapabilityAtCursor();

    // Actions for menus and toolbars ---------------------------------------------------------------
    [[nodiscard]] QAction *addCapabilityAction() const { return m_addAction; }
    [[nodiscard]] QAction *deleteAction() const { return m_deleteAction; }
    [[nodiscard]] QAction *connectAction() const { return m_connectAction; }
    [[nodiscard]] QAction *connectSelectedAction() const { return m_connectSelectedAction; }
    [[nodiscard]] QAction *zoomInAction() const { return m_zoomInAction; }
    [[nodiscard]] QAction *zoomOutAction() const { return m_zoomOutAction; }
    [[nodiscard]] QAction *fitAction() const { return m_fitAction; }
    [[nodiscard]] QAction *showCriticalPathAction() const { return m_criticalPathAction; }
    [[nodiscard]] QAction *showCriticalChainAction() const { return m_criticalChainAction; }
    [[nodiscard]] QAction *manualLayoutAction() const { return m_manualLayoutAction; }
    /// Lays the map out afresh (MapScene::tidyUp): Ctrl+Shift+T.
    [[nodiscard]] QAction *tidyUpAction() const { return m_tidyUpAction; }
    /// F: focus on the selected capability (what it needs and what needs it), F or Esc again to
    /// show everything.
    [[nodiscard]] QAction *focusAction() const { return m_focusAction; }
    /// What the focus action does: focus on the current capability, or end the focus.
    void toggleFocus();
    /// Shows or hides the key to the map in the view's bottom-left corner (shown by default).
    [[nodiscard]] QAction *legendAction() const { return m_legendAction; }
    /// Where the legend was last drawn (viewport pixels); empty when hidden.
    [[nodiscard]] QRectF legendRect() const { return m_legendRect; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void createActions();
    /// Where the legend of `size` goes in the viewport: a bottom corner clear of cards.
    [[nodiscard]] QRectF legendPlace(const QSizeF &size) const;
    bool handleGesture(QGestureEvent *event);

    MapScene *m_scene;

    QAction *m_addAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_connectSelectedAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_criticalPathAction = nullptr;
    QAction *m_criticalChainAction = nullptr;
    QAction *m_manualLayoutAction = nullptr;
    QAction *m_tidyUpAction = nullptr;
    QAction *m_focusAction = nullptr;
    QAction *m_legendAction = nullptr;
    QRectF m_legendRect;
    /// The legend as last drawn, pasted while what it shows, its style, the screen's ratio and
    /// where it falls between pixels stay the same (its text took a tenth of a repaint).
    struct LegendPicture {
        QPixmap pixmap;
        MapLegendContent content;
        MapStyle style;
        double ratio = 0;
        QSizeF size;      ///< mapLegendSize() of the above
        QPointF fraction; ///< of a pixel, where the legend's corner is
    };
    LegendPicture m_legendPicture;
};

} // namespace waveplan::ui::map
