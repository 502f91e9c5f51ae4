#include "ui/map/map_style.h"

#include "ui/graphics/palette_colors.h"

namespace waveplan::ui::map {

MapColors MapColors::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    const QColor highlight = palette.color(QPalette::Highlight);

    MapColors colors;
    colors.text = text;
    colors.mutedText = blend(base, text, 0.65);
    colors.cardFill = base;
    colors.foundationalAccent = rotated(highlight, 0, dark);
    colors.foundationalFill = blend(base, colors.foundationalAccent, 0.14);
    colors.additiveAccent = rotated(highlight, 285, dark); // green beside the blue: far from the red and violet marks
    colors.additiveFill = blend(base, colors.additiveAccent, 0.10);
    colors.outline = blend(base, text, 0.45);
    colors.selection = highlight;
    colors.criticalPath = accent(2, dark);   // red: the dependency critical path
    colors.criticalChain = accent(285, dark); // violet: the critical chain
    colors.moved = accent(35, dark);          // amber: moved by the last change
    colors.arrow = blend(base, text, 0.6);
    const QColor window = palette.color(QPalette::Window);
    colors.bandFill = blend(window, base, 0.5);
    colors.bandAlternateFill = blend(colors.bandFill, text, 0.05);
    colors.bandHeaderText = palette.color(QPalette::WindowText);
    return colors;
}

} // namespace waveplan::ui::map

namespace waveplan::ui::map {

MapStyle MapStyle::make(const QFont &base, const QPalette &palette)
{
    MapStyle style;
    style.colors = MapColors::fromPalette(palette);
    style.font = base;
    style.font.setPointSizeF(10.5);
    style.keyFont = style.font;
    style.keyFont.setBold(true);
    style.keyFont.setPointSizeF(12);
    style.smallFont = base;
    style.smallFont.setPointSizeF(8);
    style.smallFont.setBold(true);
    style.headerFont = base;
    style.headerFont.setPointSizeF(15);
    style.headerFont.setBold(true);
    return style;
}

} // namespace waveplan::ui::map
