#include "ui/board/board_style.h"

#include "ui/graphics/palette_colors.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::board {

namespace {

/// `base` scaled by `factor`, whether it is sized in points or in pixels.
QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(base.pixelSize() * factor))));
    font.setBold(bold);
    return font;
}

} // namespace

BoardColors BoardColors::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor window = palette.color(QPalette::Window);
    const QColor highlight = palette.color(QPalette::Highlight);
    const bool dark = base.lightness() < 128;

    BoardColors colors;
    colors.background = base;
    colors.text = text;
    colors.mutedText = blend(base, text, 0.65);
    colors.headerText = palette.color(QPalette::WindowText);
    colors.waveFill = blend(window, base, 0.6);
    colors.waveAlternateFill = blend(colors.waveFill, text, 0.05);
    colors.beyondHorizon = blend(base, text, 0.25);
    colors.laneLabelFill = window;
    colors.laneRule = blend(base, text, 0.3);
    colors.foundationalAccent = rotated(highlight, 0, dark);
    colors.foundationalFill = blend(base, colors.foundationalAccent, 0.38);
    colors.additiveAccent = rotated(highlight, 285, dark); // green beside the blue, as on the map
    colors.additiveFill = blend(base, colors.additiveAccent, 0.13);
    colors.outline = blend(base, text, 0.5);
    colors.selection = highlight;
    colors.criticalPath = accent(2, dark);    // red, as on the map
    colors.criticalChain = accent(285, dark); // violet, as on the map
    colors.pin = accent(35, dark);            // amber
    colors.arrow = blend(base, text, 0.6);
    colors.ghost = highlight;
    colors.ghostText = palette.color(QPalette::HighlightedText);
    colors.baseline = blend(base, text, 0.45); // neutral grey: the plan as it was, not a state
    colors.asOf = accent(20, dark);            // orange: the day the plan is re-planned from
    return colors;
}

BoardStyle BoardStyle::make(const QFont &base, const QPalette &palette)
{
    BoardStyle style;
    style.colors = BoardColors::fromPalette(palette);
    style.font = scaled(base, 1.0, false);
    style.keyFont = scaled(base, 1.0, true);
    style.smallFont = scaled(base, 0.85, false);
    style.headerFont = scaled(base, 1.1, true);

    // Everything else in proportion to the text: at a usual 10 pt desktop font the line is
    // about 16 px high, and a 90-day wave is 360 px wide.
    const double line = QFontMetricsF(style.font).height();
    const double unit = std::max(1.0, line / 16.0);
    style.dayWidth = 4 * unit;
    style.barHeight = std::ceil(line + 10 * unit);
    style.rowGap = std::ceil(12 * unit); // room for the outlines of critical and selected bars
    style.lanePadding = std::ceil(10 * unit);
    style.padding = std::ceil(6 * unit);
    style.accentWidth = std::ceil(6 * unit);
    style.laneLabelWidth = std::ceil(170 * unit);
    const double headerLine = QFontMetricsF(style.headerFont).height();
    const double smallLine = QFontMetricsF(style.smallFont).height();
    style.headerHeight = std::ceil(headerLine + smallLine + 3 * style.padding);
    return style;
}

} // namespace waveplan::ui::board
