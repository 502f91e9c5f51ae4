#pragma once
/// @file presentation_style.h
/// How presentation mode looks: large type that scales with the screen (28 px body text on a
/// 1080-pixel-high screen, 56 px at 2160) and a high-contrast palette (white and light grey on
/// black, yellow and cyan accents) whose text colours reach WCAG AAA contrast (7:1) on the
/// background. Kinds and marks keep their shapes and line styles, so colour is never the only cue.

#include "ui/board/board_style.h"
#include "ui/map/map_style.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace waveplan::ui::presentation {

/// The colours of presentation mode.
struct PresentationColors {
    QColor background;    ///< black
    QColor alternateFill; ///< every other wave column, barely lighter than the background
    QColor text;          ///< white
    QColor mutedText;     ///< light grey: dates, hints
    QColor outline;       ///< card outlines, rules
    QColor foundational;  ///< yellow: foundational cards, the caption's current position
    QColor additive;      ///< cyan: additive cards
    QColor selection;     ///< white ring around selected cards
    QColor criticalPath;  ///< magenta, heavy solid outline
    QColor criticalChain; ///< orange, dashed outline
    QColor arrow;

    [[nodiscard]] static PresentationColors highContrast();
};

/// The WCAG 2 contrast ratio of two colours (1 to 21).
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);

/// Pixel size of body text on a screen `screenHeight` pixels high: round(28 * height / 1080),
/// never below 16 (a small laptop screen still gets large type).
[[nodiscard]] int bodyPixelSize(int screenHeight);
/// Pixel size of headings (plan name, wave captions) for the same screen.
[[nodiscard]] int headingPixelSize(int screenHeight);

/// A palette of the high-contrast colours, for the window, its labels and the wave board.
[[nodiscard]] QPalette highContrastPalette();

/// Pixel size of the map's body text in scene units. The map's cards have a fixed size in the
/// scene, so its type is made as large as a card holds and the view's zoom does the rest.
inline constexpr int kMapBodyPixels = 16;
/// The dependency map drawn in the high-contrast colours, with the largest type its cards hold.
[[nodiscard]] map::MapStyle mapStyle(const QFont &base);

/// The wave board drawn in the high-contrast colours with body text of `bodyPixels` (the board
/// sizes everything from its type, so its text is legible at a zoom of 1).
[[nodiscard]] board::BoardStyle boardStyle(const QFont &base, int bodyPixels);

/// The least zoom at which a scene whose body text is `sceneBodyPixels` high shows it at
/// bodyPixelSize(screenHeight) on screen.
[[nodiscard]] double legibleScale(int screenHeight, double sceneBodyPixels);

} // namespace waveplan::ui::presentation
