#pragma once
// Shared by the card and bar tests: a plan of one capability, and one item of a scene drawn
// alone into an image at a given zoom, to compare what two items look like on screen.

#include "core/model/plan.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

#include <string>

namespace waveplan::test {

/// One capability of `kind`, `key`, named after it, 30 days, on no team.
inline Plan planOfOne(const char *key, CapabilityKind kind = CapabilityKind::Foundational)
{
    Capability only;
    only.key = key;
    only.name = std::string("Name of ") + key;
    only.kind = kind;
    only.durationDays = 30;
    Plan plan;
    plan.capabilities.push_back(only);
    return plan;
}

/// `item` (of `scene`) and whatever lies under it, drawn at `zoom` (1 = 100 %) on white.
inline QImage drawnAlone(QGraphicsScene &scene, const QGraphicsItem *item, double zoom)
{
    const QRectF source = item->sceneBoundingRect();
    QImage image((source.size() * zoom).toSize() + QSize(1, 1), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size() * zoom), source);
    return image;
}

} // namespace waveplan::test
