#pragma once
/// @file wave_spotlight.h
/// A shade over everything but the wave being presented, so the room sees at once which wave is
/// under discussion while its neighbours stay visible for context. It lies above every other
/// item of the scene, takes no mouse buttons and is not part of the plan.

#include <QGraphicsPathItem>

namespace waveplan::ui::presentation {

class WaveSpotlight : public QGraphicsPathItem {
public:
    /// Added on top of `scene`, which owns it; lights nothing (no shade) until light().
    explicit WaveSpotlight(QGraphicsScene *scene);

    /// Shades `around` (scene coordinates) except the vertical strip of `column`; an empty
    /// `column` removes the shade.
    void light(const QRectF &column, const QRectF &around);

private:
    QRectF m_column;
};

} // namespace waveplan::ui::presentation
