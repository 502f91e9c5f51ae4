#include "ui/map/arrow_layer.h"

#include "ui/map/dependency_arrow.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace waveplan::ui::map {

ArrowLayer::ArrowLayer()
{
    setZValue(1); // with the arrows, under the cards
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

bool ArrowLayer::draws(const QPainter *painter) const
{
    return active() && DependencyArrow::drawnByLayer(painter);
}

void ArrowLayer::add(DependencyArrow *arrow)
{
    const bool was = active();
    m_arrows.insert(arrow, m_added++);
    if (was || active())
        invalidate();
}

void ArrowLayer::remove(DependencyArrow *arrow)
{
    const bool was = active();
    if (m_arrows.remove(arrow) && (was || active()))
        invalidate();
}

void ArrowLayer::invalidate()
{
    ++m_generation;
    if (!active() && m_bounds.isEmpty() && !m_boundsStale)
        return; // the arrows draw themselves, and nothing of the layer is on screen
    if (!m_boundsStale) {
        prepareGeometryChange(); // reads the bounds before this change
        m_boundsStale = true;
    }
    update();
}

QRectF ArrowLayer::boundingRect() const
{
    if (m_boundsStale) {
        QRectF bounds;
        if (active())
            for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it)
                if (it.key()->isVisible())
                    bounds = bounds.united(it.key()->boundingRect());
        m_bounds = bounds;
        m_boundsStale = false;
    }
    return m_bounds;
}

std::vector<DependencyArrow *> ArrowLayer::arrowsInOrder() const
{
    std::vector<std::pair<std::uint64_t, DependencyArrow *>> ordered;
    ordered.reserve(static_cast<std::size_t>(m_arrows.size()));
    for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it)
        ordered.emplace_back(it.value(), it.key());
    std::sort(ordered.begin(), ordered.end());
    std::vector<DependencyArrow *> arrows;
    arrows.reserve(ordered.size());
    for (const auto &[order, arrow] : ordered)
        arrows.push_back(arrow);
    return arrows;
}

void ArrowLayer::drawArrows(QPainter *painter) const
{
    for (DependencyArrow *arrow : arrowsInOrder()) {
        if (!arrow->isVisible())
            continue;
        painter->setOpacity(arrow->effectiveOpacity());
        arrow->paintPlainLine(painter);
    }
    painter->setOpacity(1.0);
}

void ArrowLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!draws(painter))
        return; // each arrow draws itself
    QPaintDevice *device = painter->device();
    if (device == nullptr || device->devType() != QInternal::Widget) {
        drawArrows(painter); // an image of the map: drawn once, nothing to keep
        return;
    }
    const QTransform transform = painter->worldTransform();
    const double ratio = device->devicePixelRatioF();
    const QSize size = QSize(device->width(), device->height()) * ratio;
    if (m_cache.image.size() != size || m_cache.transform != transform || m_cache.generation != m_generation) {
        m_cache.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        m_cache.image.setDevicePixelRatio(ratio);
        m_cache.image.fill(Qt::transparent);
        QPainter cache(&m_cache.image);
        cache.setRenderHints(painter->renderHints());
        cache.setTransform(transform);
        drawArrows(&cache);
        m_cache.transform = transform;
        m_cache.generation = m_generation;
    }
    painter->save();
    painter->resetTransform();
    painter->setOpacity(1.0);
    painter->drawImage(QPointF(0, 0), m_cache.image);
    painter->restore();
}

} // namespace waveplan::ui::map
