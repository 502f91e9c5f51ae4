#include "ui/graphics/palette_colors.h"

namespace waveplan::ui {

QColor blend(const QColor &under, const QColor &over, double amount)
{
    const auto mix = [amount](float a, float b) { return a + static_cast<float>(amount) * (b - a); };
    return QColor::fromRgbF(mix(under.redF(), over.redF()), mix(under.greenF(), over.greenF()),
                            mix(under.blueF(), over.blueF()));
}

QColor accent(int hue, bool dark)
{
    return QColor::fromHsl(hue, 190, dark ? 170 : 95);
}

QColor rotated(const QColor &color, int degrees, bool dark)
{
    const int hue = color.hslHue() < 0 ? 210 : color.hslHue();
    return accent((hue + degrees) % 360, dark);
}

} // namespace waveplan::ui
