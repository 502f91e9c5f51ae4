#include "ui/map/map_style.h"

namespace waveplan::ui::map {

namespace {

/// `over` laid on `under` with opacity `amount` (0..1).
QColor blend(const QColor &under, const QColor &over, double amount)
{
    const auto mix = [amount](float a, float b) { return a + static_cast<float>(amount) * (b - a); };
    return QColor::fromRgbF(mix(under.redF(), over.redF()), mix(under.greenF(), over.greenF()),
                            mix(under.blueF(), over.blueF()));
}

/// A colour of hue `hue` (0..359) as saturated and as light as suits the palette's background.
QColor accent(int hue, bool dark)
{
    return QColor::fromHsl(hue, 190, dark ? 170 : 95);
}

/// `color` turned by `degrees` around the colour wheel (a grey gets a fixed hue instead).
QColor rotated(const QColor &color, int degrees, bool dark)
{
    const int hue = color.hslHue() < 0 ? 210 : color.hslHue();
    return accent((hue + degrees) % 360, dark);
}

} // namespace

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
