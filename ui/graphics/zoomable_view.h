#pragma once
/// @file zoomable_view.h
/// What the dependency map's view and the wave board's view share: zoom around a point
/// (Ctrl+wheel around the cursor, zoomIn()/zoomOut() around the centre), fit the whole scene
/// without blowing a small one up past 200 %, and pan by dragging with the middle mouse button
/// (or the left one while a subclass says so, e.g. the map while Space is held), and actions whose
/// shortcuts work while the view has focus. Antialiased, rubber-band selection, takes focus.
///
/// A view starts fitted and stays fitted, refitting when it is resized (a maximised window, a
/// moved splitter) and when the scene grows or shrinks (an edit), until the user zooms or pans;
/// fitAll() (Ctrl+0) makes it follow again. After an edit it keeps its zoom while the whole
/// scene still fits and fills most of the view (see followSceneChange).

#include <QAction>
#include <QGraphicsView>
#include <QKeySequence>
#include <QList>

namespace waveplan::ui {

class ZoomableView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ZoomableView(QGraphicsScene *scene, QWidget *parent = nullptr);

    /// The current zoom (1 = 100 %).
    [[nodiscard]] double zoom() const;
    /// Multiplies the zoom by `factor` (kept within 5 % and 600 %), keeping the scene point under
    /// `viewportPos` in place.
    void zoomBy(double factor, const QPointF &viewportPos);
    void zoomIn();
    void zoomOut();
    /// Shows the whole scene rectangle, never blown up past 200 %, and keeps it so on resizes
    /// and scene changes until the user zooms or pans.
    void fitAll();
    /// True while the view follows fitAll() (see the file comment).
    [[nodiscard]] bool isFitted() const { return m_fitted; }

protected:
    /// An action for menus and toolbars that runs `slot` (connected with this view as context);
    /// its shortcuts `keys` work while this view or a child of it has focus.
    template <typename Slot>
    QAction *addViewAction(const QString &text, const QList<QKeySequence> &keys, Slot slot)
    {
        QAction *action = newViewAction(text, keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    }

    /// Whether a left-button drag pans (as the middle button always does) and shows an open hand.
    void setLeftButtonPans(bool pans);
    [[nodiscard]] bool isPanning() const { return m_panButton != Qt::NoButton; }

    /// Ctrl+0 fits, Ctrl+= / Ctrl++ zooms in, Ctrl+- zooms out: the zoom actions' shortcuts, for
    /// when the shortcut system does not see them (window not active, keys sent to the view).
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QAction *newViewAction(const QString &text, const QList<QKeySequence> &keys);
    /// Fits the scene rectangle without changing whether the view follows the fit.
    void applyFit();
    /// After the scene rectangle changed in a fitted view: keeps the zoom while the whole scene
    /// still fits and fills most of the view, else fits it again (with room to grow when it grew).
    void followSceneChange();
    /// The zoom at which `bounds` just fits the viewport, at most kMaxFitZoom.
    [[nodiscard]] double fittingZoom(const QRectF &bounds) const;
    /// The user moved the view: it stops following the fit.
    void leaveFit() { m_fitted = false; }
    void showIdleCursor();

    bool m_fitted = true;
    bool m_fitPending = false; ///< a refit is queued for the scene's next change
    bool m_leftButtonPans = false;
    Qt::MouseButton m_panButton = Qt::NoButton; ///< the button dragging the view, if any
    QPoint m_panFrom;
};

} // namespace waveplan::ui
