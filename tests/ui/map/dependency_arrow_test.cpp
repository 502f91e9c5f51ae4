// An arrow of the dependency map as drawn: a line a pixel or two wide where it is shown at
// full size, and a faint thin line, never lost, where a large map fitted to the window makes it
// thinner than a pixel.

#include "map_test_support.h"

#include "graphics/drawn_alone.h"
#include "support/plan_generator.h"

#include <QColor>

namespace waveplan::test {
namespace {

using ui::map::DependencyArrow;

/// Pixels that differ between two images of the same size, counted per column.
std::vector<int> changedPerColumn(const QImage &with, const QImage &without)
{
    std::vector<int> columns(static_cast<std::size_t>(with.width()), 0);
    for (int y = 0; y < with.height(); ++y)
        for (int x = 0; x < with.width(); ++x)
            if (with.pixel(x, y) != without.pixel(x, y))
                ++columns[static_cast<std::size_t>(x)];
    return columns;
}

/// Columns the arrow changes, and the most pixels it changes in any one of them.
struct Trace {
    int columns = 0;
    int thickest = 0;
};

Trace traceOf(ui::map::MapScene &scene, DependencyArrow *arrow, double zoom)
{
    const QImage with = drawnAlone(scene, arrow, zoom);
    arrow->hide();
    const QImage without = drawnAlone(scene, arrow, zoom);
    arrow->show();
    Trace trace;
    for (const int changed : changedPerColumn(with, without)) {
        trace.columns += changed > 0 ? 1 : 0;
        trace.thickest = std::max(trace.thickest, changed);
    }
    return trace;
}

TEST(DependencyArrow, ZoomedFarOutItIsAFaintOnePixelLineStillSeen)
{
    // A then B, two waves apart: a long, level arrow with an S-curve at each end.
    Plan plan = smallMapPlan();
    plan.capabilities[0].durationDays = 100;
    ui::map::MapScene scene(plan, computeSchedule(plan));
    DependencyArrow *arrow = scene.arrow("A", "B");
    ASSERT_NE(arrow, nullptr);
    const double length = arrow->route().boundingRect().width();
    ASSERT_GT(length, 100);

    // At 10 % the line would be 0.16 pixels wide: it is still drawn along its whole length, and
    // stays thin.
    const Trace far = traceOf(scene, arrow, 0.1);
    EXPECT_GE(far.columns, static_cast<int>(length * 0.1 * 0.8)) << "the arrow is seen along its length";
    // The head (a few pixels) and a sloping stretch of the S-curves cover more than one row.
    EXPECT_LE(far.thickest, 3);

    // At 100 % it is a smooth 1.6-unit line, two pixels or more where it crosses a column.
    const Trace near = traceOf(scene, arrow, 1.0);
    EXPECT_GE(near.columns, static_cast<int>(length * 0.8));
    EXPECT_GE(near.thickest, 2);
}

TEST(DependencyArrow, FadedLinesAreLighterThanTheFullColour)
{
    Plan plan = smallMapPlan();
    ui::map::MapScene scene(plan, computeSchedule(plan));
    DependencyArrow *arrow = scene.arrow("A", "B");
    ASSERT_NE(arrow, nullptr);
    // Drawn alone on white, the darkest pixel of the line at 10 % is lighter than the arrow
    // colour at 100 %: it is faded, as a sub-pixel line is.
    const auto darkest = [&](double zoom) {
        const QImage with = drawnAlone(scene, arrow, zoom);
        arrow->hide();
        const QImage without = drawnAlone(scene, arrow, zoom);
        arrow->show();
        int least = 255;
        for (int y = 0; y < with.height(); ++y)
            for (int x = 0; x < with.width(); ++x)
                if (with.pixel(x, y) != without.pixel(x, y))
                    least = std::min(least, qGray(with.pixel(x, y)));
        return least;
    };
    EXPECT_GT(darkest(0.1), darkest(1.0));
    EXPECT_LT(darkest(0.1), 250) << "but still seen";
}

TEST(DependencyArrow, ALagLabelIsDrawnWhereItsTextCanBeRead)
{
    // B -> C has a 5-day lag. Its label changes the picture at 100 %; at 20 %, where its text
    // would be 3 pixels tall, the arrow looks as it would without a lag (no speck).
    Plan plan = smallMapPlan();
    ui::map::MapScene scene(plan, computeSchedule(plan));
    DependencyArrow *arrow = scene.arrow("B", "C");
    ASSERT_NE(arrow, nullptr);
    ASSERT_EQ(arrow->lag(), 5);
    const QRectF source = arrow->sceneBoundingRect(); // with its label: the larger
    const auto drawn = [&](double zoom) {
        QImage image((source.size() * zoom).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter, QRectF(image.rect()), source);
        return image;
    };
    const auto labelChanges = [&](double zoom) {
        const QImage with = drawn(zoom);
        arrow->setLag(0);
        const QImage without = drawn(zoom);
        arrow->setLag(5);
        int changed = 0;
        for (const int column : changedPerColumn(with, without))
            changed += column;
        return changed;
    };
    EXPECT_GT(labelChanges(1.0), 50);
    EXPECT_EQ(labelChanges(0.2), 0);
}

TEST(DependencyArrow, ItsBoundsHoldItsLineAndHeadWhereverItIsRouted)
{
    // The bounds come from the route's points and curves' control points, the line itself is
    // worked out only when drawn or asked for: it must lie within them, or part of it would not
    // be repainted when it changes.
    GeneratorOptions options;
    options.capabilities = 120;
    options.dependencyDensity = 3.0 / 120;
    options.fillOptionalFields = false;
    const Plan plan = generatePlan(7, options);
    ui::map::MapScene scene(plan, computeSchedule(plan));
    // (QRectF::contains says no to a line's zero-height bounds, so the edges are compared.)
    const auto holds = [](const QRectF &outer, const QRectF &inner) {
        return outer.left() <= inner.left() && inner.right() <= outer.right() && outer.top() <= inner.top()
               && inner.bottom() <= outer.bottom();
    };
    int routed = 0;
    for (const DependencyArrow *arrow : scene.arrows()) {
        const QRectF bounds = arrow->boundingRect();
        EXPECT_TRUE(holds(bounds, arrow->path().boundingRect()))
            << arrow->predecessorKey().toStdString() << " -> " << arrow->successorKey().toStdString();
        EXPECT_TRUE(holds(bounds, arrow->head().boundingRect()));
        routed += arrow->route().size() > 2 ? 1 : 0;
    }
    EXPECT_GT(routed, 5) << "some arrows run past other columns";
}

} // namespace
} // namespace waveplan::test
