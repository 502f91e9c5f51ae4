#include "ui/capacity/status_colors.h"

namespace waveplan::ui::capacity {

StatusColors StatusColors::fromPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    StatusColors c;
    // Red and amber keep their meaning in both themes; text on them is chosen for contrast.
    c.overFill = dark ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xc6, 0x28, 0x28);
    c.overText = Qt::white;
    c.nearFill = dark ? QColor(0xff, 0xc1, 0x07) : QColor(0xff, 0xb3, 0x00);
    c.nearText = Qt::black;
    c.flagFill = dark ? QColor(0x6d, 0x4c, 0x00) : QColor(0xff, 0xe0, 0xb2);
    c.flagText = dark ? QColor(0xff, 0xf3, 0xe0) : QColor(0x3e, 0x27, 0x00);
    c.bar = palette.color(QPalette::Highlight);
    c.barTrack = palette.color(QPalette::Text);
    c.barTrack.setAlpha(40);
    return c;
}

} // namespace waveplan::ui::capacity
