#include "ui/map/arrow_layer.h"

#include "ui/map/dependency_arrow.h"
#include "ui/map/hairlines.h"
#include "ui/map/layer_members.h"

#include <QList>
#include <QPaintDevice>
#include <QtConcurrent/QtConcurrentRun>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace waveplan::ui::map {

namespace {

/// The largest image the layer keeps: 96 MB.
constexpr double kMostKeptPixels = 24.0e6;
/// An image smaller than this is drawn in one slice: another thread would cost more than it saves.
constexpr double kSlicedFromPixels = 250000;
/// Slices of a larger image: enough for the threads that take them to finish close together.
constexpr int kSlices = 3;

} // namespace

/// The slices of one image: each drawn by the first thread to take it. The lines come first
/// (setLines, once); until then there is nothing to take.
class ArrowLayer::SliceWork {
public:
    SliceWork(const QTransform &zoom, double ratio)
        : m_zoom(zoom)
        , m_ratio(ratio)
    {
    }

    void setLines(std::shared_ptr<const std::vector<Line>> lines, const QRect &area)
    {
        m_lines = std::move(lines);
        m_area = area;
        m_rows = slicesOf(area, m_ratio);
        m_images.resize(m_rows.size());
        m_ready.store(true, std::memory_order_release); // publishes the above to the takers
    }

    /// Draws, on this thread, the slices no thread has taken yet (none before setLines).
    void drawUntaken()
    {
        if (!m_ready.load(std::memory_order_acquire))
            return;
        for (;;) {
            const std::size_t k = m_next.fetch_add(1);
            if (k >= m_rows.size())
                return;
            QImage image = sliceOf(*m_lines, m_zoom, m_area, m_ratio, m_rows[k]);
            {
                const std::lock_guard lock(m_mutex);
                m_images[k] = std::move(image);
                ++m_drawn;
            }
            m_allDrawn.notify_all();
        }
    }

    /// Every slice, drawing those not taken and waiting for the others (after setLines); empty
    /// when one could not be drawn (out of memory).
    [[nodiscard]] std::vector<QImage> finish()
    {
        drawUntaken();
        std::unique_lock lock(m_mutex);
        m_allDrawn.wait(lock, [this] { return m_drawn == m_rows.size(); });
        // No slice reads the lines now: they are let go here, on the thread that finishes the
        // image (a pool's, for a prepared one), not in the paint that takes it.
        m_lines.reset();
        if (std::any_of(m_images.begin(), m_images.end(), [](const QImage &slice) { return slice.isNull(); }))
            return {};
        return m_images;
    }

private:
    const QTransform m_zoom;
    const double m_ratio;
    std::shared_ptr<const std::vector<Line>> m_lines;
    QRect m_area;
    std::vector<std::pair<int, int>> m_rows;
    std::atomic<bool> m_ready{false};
    std::atomic<std::size_t> m_next{0};
    std::mutex m_mutex;
    std::condition_variable m_allDrawn;
    std::vector<QImage> m_images; ///< guarded by m_mutex until all are drawn
    std::size_t m_drawn = 0;
};

ArrowLayer::ArrowLayer()
{
    setZValue(1); // with the arrows, under the cards
    setFlag(ItemUsesExtendedStyleOption); // paint() is told what is exposed
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    m_pool.setMaxThreadCount(1);
    m_slicePool.setMaxThreadCount(1);
}

ArrowLayer::~ArrowLayer()
{
    const QList<DependencyArrow *> arrows = m_arrows.keys();
    m_arrows.clear();
    for (DependencyArrow *arrow : arrows)
        arrow->setLayer(nullptr); // finds itself gone from the layer: nothing to invalidate
}

bool ArrowLayer::draws(const QPainter *painter) const
{
    return !m_arrows.isEmpty() && DependencyArrow::drawnByLayer(painter);
}

void ArrowLayer::add(DependencyArrow *arrow)
{
    m_arrows.insert(arrow, m_added++);
    arrow->setLineLeftToLayer(m_arrowsLeftOut);
    invalidate();
}

void ArrowLayer::remove(DependencyArrow *arrow)
{
    if (m_arrows.remove(arrow))
        invalidate();
}

void ArrowLayer::leaveArrowsOut(bool out)
{
    if (out == m_arrowsLeftOut)
        return;
    m_arrowsLeftOut = out;
    for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it)
        it.key()->setLineLeftToLayer(out);
}

void ArrowLayer::invalidate()
{
    if (m_routing)
        m_routedChanges = true; // the generation moves on once, in routesSet()
    else
        ++m_generation;
    if (m_drawnIn.isEmpty()) {
        // No view shows the layer's lines (none has painted it zoomed out): nothing on screen
        // to repaint, so a card dragged in a zoomed-in view repaints only around itself. The
        // bounds are worked out again when a view next paints the layer (the scene keeps no
        // index of them).
        m_boundsStale = true;
        return;
    }
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
    return inOrderAdded(m_arrows);
}

bool ArrowLayer::drawsLineOf(const DependencyArrow *arrow)
{
    // A dashed arrow draws its own line, with nothing under its dashes.
    return arrow->isVisible() && !arrow->criticalChainMarked();
}

void ArrowLayer::drawArrows(QPainter *painter, const QRectF &exposed) const
{
    for (DependencyArrow *arrow : arrowsInOrder()) {
        if (!drawsLineOf(arrow) || !arrow->boundingRect().intersects(exposed))
            continue;
        painter->setOpacity(arrow->effectiveOpacity());
        arrow->paintPlainLine(painter);
    }
    painter->setOpacity(1.0);
}

std::vector<ArrowLayer::Planned> ArrowLayer::planned(const QHash<const DependencyArrow *, QVector<QPointF>> *routes) const
{
    std::vector<Planned> planned;
    planned.reserve(static_cast<std::size_t>(m_arrows.size()));
    for (DependencyArrow *arrow : arrowsInOrder())
        if (drawsLineOf(arrow))
            planned.push_back({routes != nullptr ? arrow->endsWithRoute(routes->value(arrow)) : arrow->ends(),
                               arrow->plainColor(), arrow->effectiveOpacity()});
    return planned;
}

QImage ArrowLayer::sliceOf(const std::vector<Line> &lines, const QTransform &zoom, const QRect &area, double ratio,
                           std::pair<int, int> rows)
{
    QImage image((area.size() * ratio).width(), rows.second - rows.first, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::transparent);
    const QTransform toImage = zoom * QTransform::fromTranslate(-area.left(), -area.top())
                               * QTransform::fromScale(ratio, ratio) * QTransform::fromTranslate(0, -rows.first);
    // The lines pixel by pixel (hairlines.h); the heads, a few pixels each, by the painter.
    // A line thinner than a pixel is drawn one pixel wide and as much fainter, as QPainter
    // draws it.
    const double width = DependencyArrow::plainLineWidth() * QStyleOptionGraphicsItem::levelOfDetailFromTransform(toImage);
    const double faintness = std::min(1.0, width);
    Hairlines hairlines(image);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(toImage);
    painter.setPen(Qt::NoPen);
    const QRectF slice(0, 0, image.width(), image.height());
    for (const Line &line : lines) {
        if (!toImage.mapRect(line.bounds).intersects(slice))
            continue; // wholly in another slice
        hairlines.setColor(line.color, line.opacity * faintness);
        hairlines.drawPath(line.path, toImage);
        painter.setOpacity(line.opacity);
        painter.setBrush(line.color);
        painter.drawPolygon(line.head);
    }
    painter.end();
    // Only now: a painter on an image of a higher ratio scales what it draws by that ratio
    // again, on top of `toImage`, and the heads came out twice as far from the corner.
    image.setDevicePixelRatio(ratio);
    return image;
}

std::vector<std::pair<int, int>> ArrowLayer::slicesOf(const QRect &area, double ratio)
{
    const int height = (area.size() * ratio).height();
    if (static_cast<double>(area.width()) * area.height() * ratio * ratio < kSlicedFromPixels || height < 2)
        return {{0, height}};
    const int count = std::min(kSlices, height);
    std::vector<std::pair<int, int>> rows;
    for (int k = 0; k < count; ++k)
        rows.emplace_back(height * k / count, height * (k + 1) / count);
    return rows;
}

std::vector<QImage> ArrowLayer::drawSlices(QThreadPool *pool, const std::shared_ptr<const std::vector<Line>> &lines,
                                           const QTransform &zoom, const QRect &area, double ratio)
{
    const auto work = std::make_shared<SliceWork>(zoom, ratio);
    work->setLines(lines, area);
    return drawSlices(pool, work);
}

std::vector<QImage> ArrowLayer::drawSlices(QThreadPool *pool, const std::shared_ptr<SliceWork> &work)
{
    // The pool's thread takes slices too when it comes free (it may still be drawing an image
    // since dropped); this one does not wait for it.
    (void)QtConcurrent::run(pool, [work] { work->drawUntaken(); });
    return work->finish();
}

std::vector<ArrowLayer::Line> ArrowLayer::linesOf(const std::vector<Planned> &planned)
{
    std::vector<Line> lines;
    lines.reserve(planned.size());
    for (const Planned &arrow : planned) {
        ArrowShape shape = arrowShapeOf(arrow.ends);
        const QRectF bounds = shape.bounds();
        lines.push_back({std::move(shape.path), std::move(shape.head), arrow.color, arrow.opacity, bounds});
    }
    return lines;
}

QRect ArrowLayer::areaOf(const std::vector<Line> &lines, const QTransform &zoom)
{
    QRectF area;
    for (const Line &line : lines)
        area = area.united(line.bounds);
    return zoom.mapRect(area).toAlignedRect();
}

bool ArrowLayer::canPrepare() const
{
    if (m_drawnIn.isEmpty() || m_cache.slices.empty())
        return false; // no view draws the lines, or none has yet: no zoom to draw them at
    const QRect area = m_cache.transform.mapRect(boundingRect()).toAlignedRect();
    // Past this, the paint draws the arrows where exposed instead.
    return static_cast<double>(area.width()) * area.height() * m_cache.ratio * m_cache.ratio <= kMostKeptPixels;
}

void ArrowLayer::prepare()
{
    if (!canPrepare())
        return;
    if ((m_prepared && m_prepared->generation == m_generation) || m_cache.generation == m_generation)
        return; // what is kept or being drawn is still right
    startPreparing(planned());
}

void ArrowLayer::prepareRoutes(const QHash<const DependencyArrow *, QVector<QPointF>> &routes)
{
    if (!canPrepare())
        return;
    startPreparing(planned(&routes));
    m_routing = true;
    m_routedChanges = false;
}

void ArrowLayer::startPreparing(std::vector<Planned> planned)
{
    // Earlier images still being drawn finish on their own; their results are dropped.
    const QTransform zoom = m_cache.transform;
    const double ratio = m_cache.ratio;
    // The lines and where they lie on the pool's thread; the slices there, on the slice pool's
    // and on the GUI thread when its paint needs them before they are done.
    const auto work = std::make_shared<SliceWork>(zoom, ratio);
    m_prepared = Prepared{QtConcurrent::run(&m_pool, [planned = std::move(planned), zoom, work, pool = &m_slicePool] {
                              auto lines = std::make_shared<const std::vector<Line>>(linesOf(planned));
                              const QRect area = areaOf(*lines, zoom);
                              work->setLines(std::move(lines), area);
                              return Drawn{area, drawSlices(pool, work)};
                          }),
                          work, zoom, ratio, m_generation};
}

void ArrowLayer::routesSet()
{
    if (!m_routing)
        return;
    m_routing = false;
    if (!m_routedChanges)
        return; // no arrow changed: the kept image and the prepared one are both right
    ++m_generation;
    if (m_prepared)
        m_prepared->generation = m_generation; // drawn for the routes just set
}

void ArrowLayer::forgetImage()
{
    m_cache = {};
    m_prepared.reset(); // an image still being drawn is dropped when done
}

void ArrowLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (!draws(painter)) {
        // Zoomed in, each arrow draws itself, and the image is not kept for nothing. (A PDF or
        // SVG of the map draws its arrows itself too; the view's image stays.) Arrows left out
        // of the paint are given back before the paint reaches them.
        leaveArrowsOut(false);
        const QPaintDevice *target = painter->device();
        if (target != nullptr && target->devType() == QInternal::Widget) {
            m_drawnIn.remove(widget);
            forgetImage();
        }
        return;
    }
    // Where no image is kept: the arrows that reach into what is exposed, drawn directly.
    const auto drawUnkept = [&] {
        forgetImage();
        drawArrows(painter, option->exposedRect);
    };
    if (widget != nullptr)
        m_drawnIn.insert(widget);
    QPaintDevice *device = painter->device();
    if (device == nullptr || device->devType() != QInternal::Widget) {
        drawArrows(painter, option->exposedRect); // an image of the map: drawn once; the view's image stays
        return;
    }
    if (widget != nullptr)
        leaveArrowsOut(true); // this view's paint draws their lines below: they need not be visited
    // The image holds the whole layer at the view's zoom, so scrolling pastes another part of
    // it. Its pixels line up with the screen's when the view's offset has the same fraction of a
    // pixel, so that fraction is part of what the image was drawn for.
    const QTransform world = painter->worldTransform();
    const QPointF offset(world.dx(), world.dy());
    const QPointF whole(std::floor(offset.x()), std::floor(offset.y()));
    const QTransform zoom(world.m11(), world.m12(), world.m21(), world.m22(), offset.x() - whole.x(),
                          offset.y() - whole.y());
    const QRect area = zoom.mapRect(boundingRect()).toAlignedRect();
    const double ratio = device->devicePixelRatioF();
    // Zoomed in on a large map, the whole layer would be a huge image: past two screens' worth
    // of device pixels, and never over 24 million (96 MB), it is drawn where exposed instead.
    const double screen = static_cast<double>(device->width()) * device->height() * ratio * ratio;
    const double pixels = static_cast<double>(area.width()) * area.height() * ratio * ratio;
    if (pixels > std::min(std::max(2 * screen, 4.0e6), kMostKeptPixels)) {
        drawUnkept();
        return;
    }
    if (m_prepared) { // drawn on the side since the last relayout: taken when it is for this paint
        const Prepared prepared = std::move(*m_prepared);
        m_prepared.reset();
        if (prepared.transform == zoom && prepared.ratio == ratio && prepared.generation == m_generation) {
            prepared.slices->drawUntaken(); // what no thread has started yet, here rather than wait
            if (Drawn drawn = prepared.image.result(); !drawn.slices.empty()) // waits for the rest of it
                m_cache = Cache{std::move(drawn.slices), ratio, zoom, drawn.area, m_generation};
        }
    }
    // The image is right for its generation, zoom and ratio: where it lies follows from those.
    if (m_cache.transform != zoom || m_cache.generation != m_generation || m_cache.ratio != ratio || m_cache.slices.empty()) {
        ++m_drawnInPaint;
        m_cache = Cache{drawSlices(&m_slicePool, std::make_shared<const std::vector<Line>>(linesOf(planned())), zoom, area,
                                   ratio),
                        ratio, zoom, area, m_generation};
        if (m_cache.slices.empty()) { // out of memory: the arrows are drawn, only not kept
            drawUnkept();
            return;
        }
    }
    painter->save();
    painter->resetTransform();
    painter->setOpacity(1.0);
    const std::vector<std::pair<int, int>> rows = slicesOf(m_cache.area, ratio);
    for (std::size_t k = 0; k < m_cache.slices.size() && k < rows.size(); ++k)
        painter->drawImage(whole + QPointF(m_cache.area.topLeft()) + QPointF(0, rows[k].first / ratio), m_cache.slices[k]);
    painter->restore();
}

} // namespace waveplan::ui::map
