#include "ui/presentation/framing.h"

#include <algorithm>

namespace waveplan::ui::presentation {

namespace {

QSizeF usable(const QSizeF &viewport)
{
    const double keep = 1 - 2 * kFrameMargin;
    return QSizeF(std::max(1.0, viewport.width() * keep), std::max(1.0, viewport.height() * keep));
}

double fitScale(const QRectF &content, const QSizeF &room)
{
    if (content.width() <= 0 || content.height() <= 0)
        return 1;
    return std::min(room.width() / content.width(), room.height() / content.height());
}

} // namespace

Framing frameWhole(const QRectF &content, const QSizeF &viewport, double maxScale)
{
    Framing framing;
    framing.scale = std::min(fitScale(content, usable(viewport)), maxScale);
    framing.centre = content.center();
    return framing;
}

Framing frameWave(const QRectF &content, const QSizeF &viewport, double legibleScale, double maxScale)
{
    const QSizeF room = usable(viewport);
    Framing framing;
    framing.scale = std::clamp(fitScale(content, room), legibleScale, std::max(legibleScale, maxScale));
    framing.centre = content.center();
    const double halfWidth = room.width() / (2 * framing.scale);
    const double halfHeight = room.height() / (2 * framing.scale);
    if (content.width() > 2 * halfWidth)
        framing.centre.setX(content.left() + halfWidth);
    if (content.height() > 2 * halfHeight)
        framing.centre.setY(content.top() + halfHeight);
    return framing;
}

} // namespace waveplan::ui::presentation
