#include "ui/presentation/presentation_style.h"

#include "ui/graphics/palette_colors.h"

#include <algorithm>
#include <cmath>

namespace waveplan::ui::presentation {

namespace {

double relativeLuminance(const QColor &color)
{
    const auto linear = [](float channel) {
        const double c = channel;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

QFont pixelFont(const QFont &base, int pixels, bool bold)
{
    QFont font = base;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

PresentationColors PresentationColors::highContrast()
{
    PresentationColors colors;
    colors.background = QColor(0x00, 0x00, 0x00);
    colors.alternateFill = QColor(0x16, 0x16, 0x16);
    colors.text = QColor(0xFF, 0xFF, 0xFF);
    colors.mutedText = QColor(0xC8, 0xC8, 0xC8);
    colors.outline = QColor(0xA8, 0xA8, 0xA8);
    colors.foundational = QColor(0xFF, 0xE5, 0x00);
    colors.additive = QColor(0x00, 0xE5, 0xFF);
    colors.selection = QColor(0xFF, 0xFF, 0xFF);
    colors.criticalPath = QColor(0xFF, 0x66, 0xFF);
    colors.criticalChain = QColor(0xFF, 0xA0, 0x40);
    colors.arrow = QColor(0xD8, 0xD8, 0xD8);
    return colors;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

int bodyPixelSize(int screenHeight)
{
    return std::max(16, static_cast<int>(std::lround(28.0 * screenHeight / 1080.0)));
}

int headingPixelSize(int screenHeight)
{
    return static_cast<int>(std::lround(bodyPixelSize(screenHeight) * 1.35));
}

QPalette highContrastPalette()
{
    const PresentationColors c = PresentationColors::highContrast();
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, c.background);
        palette.setColor(group, QPalette::Base, c.background);
        palette.setColor(group, QPalette::AlternateBase, c.alternateFill);
        palette.setColor(group, QPalette::Button, c.background);
        palette.setColor(group, QPalette::WindowText, c.text);
        palette.setColor(group, QPalette::Text, c.text);
        palette.setColor(group, QPalette::ButtonText, c.text);
        palette.setColor(group, QPalette::BrightText, c.foundational);
        palette.setColor(group, QPalette::PlaceholderText, c.mutedText);
        palette.setColor(group, QPalette::Highlight, c.selection);
        palette.setColor(group, QPalette::HighlightedText, c.background);
        palette.setColor(group, QPalette::Mid, c.outline);
        palette.setColor(group, QPalette::Dark, c.alternateFill);
        palette.setColor(group, QPalette::Light, c.text);
        palette.setColor(group, QPalette::ToolTipBase, c.background);
        palette.setColor(group, QPalette::ToolTipText, c.text);
    }
    return palette;
}

map::MapStyle mapStyle(const QFont &base)
{
    const PresentationColors c = PresentationColors::highContrast();
    map::MapStyle style;
    map::MapColors &colors = style.colors;
    colors.text = c.text;
    colors.mutedText = c.mutedText;
    colors.cardFill = c.background;
    colors.foundationalAccent = c.foundational;
    colors.foundationalFill = blend(c.background, c.foundational, 0.16);
    colors.additiveAccent = c.additive;
    colors.additiveFill = blend(c.background, c.additive, 0.14);
    colors.outline = c.outline;
    colors.selection = c.selection;
    colors.criticalPath = c.criticalPath;
    colors.criticalChain = c.criticalChain;
    colors.arrow = c.arrow;
    colors.bandFill = c.background;
    colors.bandAlternateFill = c.alternateFill;
    colors.bandHeaderText = c.text;

    // As large as a card (MapGeometry::cardHeight) and a wave header hold: key, two name lines
    // and the owner line must not run into the wave label in the card's corner.
    style.font = pixelFont(base, kMapBodyPixels, false);
    style.keyFont = pixelFont(base, kMapBodyPixels + 2, true);
    style.smallFont = pixelFont(base, 11, true);
    style.headerFont = pixelFont(base, 24, true);
    return style;
}

board::BoardStyle boardStyle(const QFont &base, int bodyPixels)
{
    const PresentationColors c = PresentationColors::highContrast();
    board::BoardStyle style = board::BoardStyle::make(pixelFont(base, bodyPixels, false), highContrastPalette());
    board::BoardColors &colors = style.colors;
    colors.background = c.background;
    colors.text = c.text;
    colors.mutedText = c.mutedText;
    colors.headerText = c.text;
    colors.waveFill = c.background;
    colors.waveAlternateFill = c.alternateFill;
    colors.beyondHorizon = c.outline;
    colors.laneLabelFill = c.alternateFill;
    colors.laneRule = c.outline;
    colors.foundationalAccent = c.foundational;
    colors.foundationalFill = blend(c.background, c.foundational, 0.22);
    colors.additiveAccent = c.additive;
    colors.additiveFill = blend(c.background, c.additive, 0.14);
    colors.outline = c.outline;
    colors.selection = c.selection;
    colors.criticalPath = c.criticalPath;
    colors.criticalChain = c.criticalChain;
    colors.pin = c.foundational;
    colors.arrow = c.arrow;
    colors.ghost = c.selection;
    return style;
}

double legibleScale(int screenHeight, double sceneBodyPixels)
{
    return bodyPixelSize(screenHeight) / std::max(1.0, sceneBodyPixels);
}

} // namespace waveplan::ui::presentation
