#pragma once
/// @file board_view.h
/// The view on the wave board: zoom (Ctrl+wheel around the cursor, Ctrl+= / Ctrl+-, Ctrl+0
/// fits the whole board), pan (middle mouse, scroll bars), rubber-band and Ctrl-click selection,
/// and the keyboard: Left/Right select the previous/next bar in the lane, Up/Down the nearest bar
/// in the row or lane above/below, Alt+Left/Alt+Right pin the selected capability one wave
/// earlier/later, Esc cancels a drag. It scrolls to a bar selected in another view.
///
/// Its actions (actions()) can go in menus and toolbars; their shortcuts work while the board
/// has focus.

#include "ui/graphics/zoomable_view.h"

class QAction;

namespace waveplan::ui::board {

class BoardScene;
class CapabilityBar;

class BoardView : public ZoomableView {
    Q_OBJECT
public:
    explicit BoardView(BoardScene *scene, QWidget *parent = nullptr);

    [[nodiscard]] BoardScene *boardScene() const { return m_scene; }

    /// Selects the bar next to the current one in `direction` (an arrow key).
    void moveSelection(Qt::Key direction);

    // Actions for menus and toolbars -----------------------------------------------------------
    [[nodiscard]] QAction *showDependenciesAction() const { return m_dependenciesAction; }
    [[nodiscard]] QAction *showCriticalAction() const { return m_criticalAction; }
    [[nodiscard]] QAction *unpinAction() const { return m_unpinAction; }
    [[nodiscard]] QAction *pinEarlierAction() const { return m_pinEarlierAction; }
    [[nodiscard]] QAction *pinLaterAction() const { return m_pinLaterAction; }
    [[nodiscard]] QAction *zoomInAction() const { return m_zoomInAction; }
    [[nodiscard]] QAction *zoomOutAction() const { return m_zoomOutAction; }
    [[nodiscard]] QAction *fitAction() const { return m_fitAction; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /// The team names stay at the left edge when the board is scrolled or zoomed past them.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void createActions();
    void revealCurrent();
    [[nodiscard]] CapabilityBar *currentBar() const;

    BoardScene *m_scene;
    QString m_currentTeam; ///< the lane of the bar last reached with the keyboard

    QAction *m_dependenciesAction = nullptr;
    QAction *m_criticalAction = nullptr;
    QAction *m_unpinAction = nullptr;
    QAction *m_pinEarlierAction = nullptr;
    QAction *m_pinLaterAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
};

} // namespace waveplan::ui::board
