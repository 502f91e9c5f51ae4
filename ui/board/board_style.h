#pragma once
/// @file board_style.h
/// Sizes, fonts and colours of the wave board. Colours derive from a QPalette (light, dark or a
/// high-contrast presentation palette) and every size follows the base font, so a board made
/// with a huge base font is a scaled-up board, not a cramped one. Kinds and marks differ by
/// shape and line style as well as by colour.

#include <QColor>
#include <QFont>
#include <QPalette>

namespace waveplan::ui::board {

/// Colours of the board for one palette.
struct BoardColors {
    QColor background;       ///< scene background (the palette's Base)
    QColor text;
    QColor mutedText;
    QColor headerText;
    QColor waveFill;         ///< odd wave columns
    QColor waveAlternateFill;///< even wave columns
    QColor beyondHorizon;    ///< hatching of waves past the plan's horizon
    QColor laneLabelFill;    ///< the team label column
    QColor laneRule;         ///< line between lanes
    QColor foundationalAccent;
    QColor foundationalFill; ///< solid, strong fill
    QColor additiveAccent;
    QColor additiveFill;     ///< lighter fill
    QColor outline;
    QColor selection;
    QColor criticalPath;     ///< dependency critical path (solid heavy outline)
    QColor criticalChain;    ///< critical chain of the schedule (dashed heavy outline)
    QColor pin;
    QColor arrow;
    QColor ghost;            ///< the drop target shown while dragging a bar
    QColor ghostText;        ///< text on the ghost's label (the palette's HighlightedText)
    QColor baseline;         ///< the shown baseline's shadow under each bar
    QColor asOf;             ///< the as-of ("today") line

    [[nodiscard]] static BoardColors fromPalette(const QPalette &palette);
};

/// Everything the board's items draw with; the scene owns one and its items keep a pointer.
struct BoardStyle {
    BoardColors colors;
    QFont font;       ///< capability names, lane notes
    QFont keyFont;    ///< bold capability keys, team names
    QFont smallFont;  ///< glyph labels, dates in tooltips-like texts
    QFont headerFont; ///< wave headers

    double dayWidth = 4;         ///< scene pixels per day
    double barHeight = 26;       ///< height of one capability bar
    double rowGap = 12;          ///< vertical gap between two rows of bars in a lane
    double lanePadding = 10;     ///< above the first and below the last row of a lane
    double laneLabelWidth = 170; ///< the team label column at the left
    double headerHeight = 56;    ///< wave headers above the lanes
    double padding = 6;          ///< inside bars and headers
    double accentWidth = 6;      ///< the foundational bar's thick left accent

    /// Distance between the tops of two rows of bars.
    [[nodiscard]] double laneRowHeight() const { return barHeight + rowGap; }

    /// Fonts scaled from `base` (point or pixel sized), sizes from its height, colours from
    /// `palette`.
    [[nodiscard]] static BoardStyle make(const QFont &base, const QPalette &palette);
};

} // namespace waveplan::ui::board
