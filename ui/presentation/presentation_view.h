#pragma once
/// @file presentation_view.h
/// A read-only view for presentation mode: no scroll bars, no frame, no editing (the scene gets
/// no mouse events), no keyboard focus (the presentation window takes the keys). It shows a
/// Framing, zooms around its centre and pans up and down; Ctrl+wheel asks for a zoom, the wheel
/// alone pans.

#include "ui/presentation/framing.h"

#include <QGraphicsView>

namespace waveplan::ui::presentation {

class PresentationView : public QGraphicsView {
    Q_OBJECT
public:
    explicit PresentationView(QGraphicsScene *scene, QWidget *parent = nullptr);

    /// Zooms to `framing.scale` and centres `framing.centre` (as far as the scene allows).
    void applyFraming(const Framing &framing);
    /// The current zoom (1 = one scene pixel per screen pixel).
    [[nodiscard]] double zoom() const { return transform().m11(); }
    /// The scene point at the centre of the viewport.
    [[nodiscard]] QPointF centre() const;
    /// Scrolls by `fraction` of the viewport's height (negative: up).
    void panBy(double fraction);

signals:
    /// Ctrl+wheel: the user asks to zoom by `factor`.
    void zoomRequested(double factor);
    /// The viewport changed size: the window frames the content again.
    void resized();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// On the wave board, the team names stay at the left edge when a wave step shows a later
    /// wave.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
};

} // namespace waveplan::ui::presentation
