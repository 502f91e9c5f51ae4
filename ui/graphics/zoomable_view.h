#pragma once
/// @file zoomable_view.h
/// What the dependency map's view and the wave board's view share: zoom around a point
/// (Ctrl+wheel around the cursor, zoomIn()/zoomOut() around the centre), fit the whole scene
/// without blowing a small one up past 200 %, and pan by dragging with the middle mouse button
/// (or the left one while a subclass says so, e.g. the map while Space is held), and actions whose
/// shortcuts work while the view has focus. Antialiased, rubber-band selection, takes focus.

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
    /// Shows the whole scene rectangle, never blown up past 200 %.
    void fitAll();

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
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QAction *newViewAction(const QString &text, const QList<QKeySequence> &keys);
    void showIdleCursor();

    bool m_leftButtonPans = false;
    Qt::MouseButton m_panButton = Qt::NoButton; ///< the button dragging the view, if any
    QPoint m_panFrom;
};

} // namespace waveplan::ui
