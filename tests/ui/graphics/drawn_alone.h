#pragma once
// Shared by the card and bar tests: a plan of one capability, and one item of a scene drawn
// alone at a given zoom, into an image (what the screen shows) or recorded as drawing commands
// (what a vector file such as a PDF or SVG holds), to compare two items.

#include "core/model/plan.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPicture>

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

/// `item` (of `scene`) and whatever lies under it, drawn at `zoom` (1 = 100 %) on `device`.
inline void drawAlone(QGraphicsScene &scene, const QGraphicsItem *item, double zoom, QPaintDevice *device)
{
    const QRectF source = item->sceneBoundingRect();
    QPainter painter(device);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size() * zoom), source);
}

/// drawAlone() into an image, on white.
inline QImage drawnAlone(QGraphicsScene &scene, const QGraphicsItem *item, double zoom)
{
    QImage image((item->sceneBoundingRect().size() * zoom).toSize() + QSize(1, 1), QImage::Format_ARGB32);
    image.fill(Qt::white);
    drawAlone(scene, item, zoom, &image);
    return image;
}

/// drawAlone() recorded as vector drawing commands.
inline QByteArray recordedAlone(QGraphicsScene &scene, const QGraphicsItem *item, double zoom)
{
    QPicture picture;
    drawAlone(scene, item, zoom, &picture);
    return QByteArray(picture.data(), picture.size());
}

} // namespace waveplan::test
