/// Colour helpers shared by the map, the wave board and presentation mode: blends and accents
/// derived from the palette so every view reads in both light and dark palettes.
#pragma once

#include <QColor>

namespace waveplan::ui {

/// `over` laid on `under` with opacity `amount` (0..1).
[[nodiscard]] QColor blend(const QColor &under, const QColor &over, double amount);

/// A colour of hue `hue` (0..359), as saturated and as light as suits the palette's background.
[[nodiscard]] QColor accent(int hue, bool dark);

/// `color` turned by `degrees` around the colour wheel (a grey gets a fixed hue instead).
[[nodiscard]] QColor rotated(const QColor &color, int degrees, bool dark);

} // namespace waveplan::ui
