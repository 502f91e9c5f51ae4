// The arrows of a large map fitted to the window, drawn once into the arrow layer's image and
// pasted: what the view shows must be what the arrows drawing themselves would show, and
// follow every change to them (an arrow hidden, dimmed by a focus, rerouted).

#include "map_test_support.h"

#include "graphics/differing_pixels.h"

#include "core/edit/capability_edits.h"
#include "ui/commands/plan_edit_command.h"
#include "ui/map/arrow_layer.h"

#include <QImage>
#include <QPainter>
#include <QPaintEvent>
#include <QPdfWriter>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdint>
#include <map>

namespace waveplan::test {
namespace {

/// Over 2,000 dependencies (the layer's threshold) among 1,400 capabilities over a few waves.
Plan manyArrows()
{
    constexpr int kCapabilities = 1400;
    Plan plan = generatedRoadmap(5, kCapabilities, 3.2, 5);
    freeTeams(plan, kCapabilities / 6);
    return plan;
}

/// The map's arrow layer.
ui::map::ArrowLayer *arrowLayerOf(const ui::map::MapScene &scene)
{
    return layerOf<ui::map::ArrowLayer>(scene);
}

/// A fitted map's view, as shown and as drawn into an image.
class FittedArrowsTest : public MapFixture {
protected:
    /// What the view shows now (its own paint, through the layer's kept image).
    QImage onScreen() const { return viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }

    /// The same view drawn into an image: the layer draws the arrows directly, nothing kept.
    QImage drawnDirectly() const
    {
        QImage image(viewport()->size(), QImage::Format_RGB32);
        image.fill(view->palette().color(QPalette::Base));
        QPainter painter(&image);
        view->render(&painter, QRectF(image.rect()), viewport()->rect());
        return image;
    }
};

class ArrowLayerTest : public FittedArrowsTest {
protected:
    void SetUp() override
    {
        loadReadOnly(manyArrows());
        ASSERT_GE(scene->arrows().size(), 2000);
    }
};

/// 80 capabilities fitted to the view: lines about half a pixel wide, dark enough on screen for
/// a piece of the layer's image pasted out of place to show.
class SlicedArrowsTest : public FittedArrowsTest {
protected:
    void SetUp() override
    {
        Plan plan = generatedRoadmap(11, 80, 3.2, 5);
        freeTeams(plan, 15);
        loadReadOnly(plan);
    }
};

TEST_F(SlicedArrowsTest, TheImageIsDrawnInSlicesPastedWhereTheirArrowsAre)
{
    const double lineWidth = view->transform().m11() * ui::map::DependencyArrow::plainLineWidth();
    ASSERT_LT(lineWidth, 1.0) << "the layer draws the lines";
    ASSERT_GT(lineWidth, 0.3) << "strong enough to tell where they are";
    // Large enough on screen to be drawn as slices, at once (ArrowLayer::slicesOf).
    const ui::map::ArrowLayer *layer = arrowLayerOf(*scene);
    ASSERT_NE(layer, nullptr);
    const QRectF lines = view->mapFromScene(layer->sceneBoundingRect()).boundingRect();
    ASSERT_GT(lines.width() * lines.height(), 250000);
    const QImage screen = onScreen();
    EXPECT_LT(differing(screen, drawnDirectly(), 24), screen.width() * screen.height() / 500);
}

TEST(ArrowLayerImage, OnAScreenOfTwiceThePixelsLinesAndHeadsAreWhereTheyAreOnOne)
{
    // One arrow: a line along y = 40 and its head, tip at x = 100.
    ui::map::ArrowLayer::Line line;
    line.path.moveTo(10, 40);
    line.path.lineTo(87, 40);
    line.head = QPolygonF({QPointF(100, 40), QPointF(87, 33.5), QPointF(87, 46.5)});
    line.color = Qt::black;
    line.bounds = QRectF(10, 33.5, 90, 13);
    const QRect area(0, 0, 120, 80);
    // The dark pixels' extent, in the image's own pixels.
    const auto darkExtent = [&](double ratio) {
        const QImage image = ui::map::ArrowLayer::sliceOf({line}, QTransform(), area, ratio,
                                                          {0, static_cast<int>(area.height() * ratio)});
        QRect extent;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) > 128)
                    extent |= QRect(x, y, 1, 1);
        EXPECT_EQ(image.devicePixelRatio(), ratio);
        return extent;
    };
    const QRect single = darkExtent(1.0);
    const QRect twice = darkExtent(2.0);
    ASSERT_FALSE(single.isEmpty());
    EXPECT_NEAR(single.right(), 99, 1) << "the head's tip";
    EXPECT_NEAR(twice.left(), 2 * single.left(), 2);
    EXPECT_NEAR(twice.right(), 2 * single.right(), 2) << "the head where the line ends, not twice as far";
    EXPECT_NEAR(twice.top(), 2 * single.top(), 2);
    EXPECT_NEAR(twice.bottom(), 2 * single.bottom(), 2);
}

TEST_F(ArrowLayerTest, TheKeptImageShowsWhatTheArrowsWouldDraw)
{
    // Fitted to 1200 x 800, a plain arrow's 1.6-unit line is well under a pixel.
    ASSERT_LT(view->transform().m11() * 1.6, 1.0);
    const QImage screen = onScreen();
    EXPECT_LT(differing(screen, drawnDirectly(), 24), screen.width() * screen.height() / 500)
        << "the pasted image and the arrows drawn directly look the same";
    EXPECT_EQ(differing(screen, onScreen(), 0), 0) << "a repaint pastes the same image";
}

TEST_F(ArrowLayerTest, ScrolledAndZoomedTheLinesStayWhereTheArrowsAre)
{
    // Zoomed in to 30 % (lines still under a pixel) and scrolled: the kept image is pasted at
    // the view's offset, including a fraction of a pixel.
    view->resetTransform();
    view->scale(0.3, 0.3);
    QApplication::processEvents();
    for (const QPoint step : {QPoint(0, 0), QPoint(137, 0), QPoint(0, 93), QPoint(-61, 40)}) {
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + step.x());
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + step.y());
        QApplication::processEvents();
        const QImage screen = onScreen();
        EXPECT_LT(differing(screen, drawnDirectly(), 24), screen.width() * screen.height() / 500)
            << "scrolled by " << step.x() << ", " << step.y();
    }
    view->scale(1.013, 1.013); // an offset with a fraction of a pixel
    QApplication::processEvents();
    const QImage screen = onScreen();
    EXPECT_LT(differing(screen, drawnDirectly(), 24), screen.width() * screen.height() / 500);
}

TEST_F(ArrowLayerTest, ANewStyleRedrawsTheLinesInItsColours)
{
    const auto reddish = [](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                count += qRed(p) > qGreen(p) + 20 && qRed(p) > qBlue(p) + 20 ? 1 : 0;
            }
        return count;
    };
    // No lags: no arrow has a label to lay out again, so nothing but the style tells the layer.
    Plan plan = manyArrows();
    for (Dependency &dependency : plan.dependencies)
        dependency.lagDays = 0;
    loadReadOnly(plan);
    const int before = reddish(onScreen());
    ui::map::MapStyle style = scene->mapStyle();
    style.colors.arrow = Qt::red;
    scene->setMapStyle(style); // as the presentation's style, or a palette change, does
    QApplication::processEvents();
    EXPECT_GT(reddish(onScreen()), before + 1000) << "the kept image was drawn again, in red";
}

TEST_F(ArrowLayerTest, ItFollowsArrowsHiddenDimmedAndRerouted)
{
    const QImage before = onScreen();
    // Every arrow hidden: the view shows no line at all, only cards and waves.
    for (ui::map::DependencyArrow *arrow : scene->arrows())
        arrow->hide();
    QApplication::processEvents();
    const QImage hidden = onScreen();
    EXPECT_GT(differing(before, hidden, 0), 1000) << "the lines went with their arrows";
    for (ui::map::DependencyArrow *arrow : scene->arrows())
        arrow->show();
    QApplication::processEvents();
    EXPECT_EQ(differing(before, onScreen(), 0), 0) << "and came back";

    // A focus dims the arrows outside it (the cards are hidden: only the lines are compared).
    const QString key = scene->arrows().front()->predecessorKey();
    for (ui::map::CapabilityCard *c : scene->cards())
        c->hide();
    QApplication::processEvents();
    const QImage linesOnly = onScreen();
    scene->setFocusKey(key);
    QApplication::processEvents();
    const QImage focused = onScreen();
    EXPECT_GT(differing(linesOnly, focused, 0), 1000) << "lines outside the focus are dimmed";
    for (ui::map::CapabilityCard *c : scene->cards())
        c->show();
    scene->setFocusKey({});
    QApplication::processEvents();
    EXPECT_EQ(differing(before, onScreen(), 0), 0);

    // An arrow that passes other waves' columns, drawn straight instead of along its route,
    // shows where it now runs.
    ui::map::DependencyArrow *arrow = nullptr;
    for (ui::map::DependencyArrow *a : scene->arrows())
        if (a->route().size() >= 4 && (!arrow || a->route().boundingRect().height() > arrow->route().boundingRect().height()))
            arrow = a;
    ASSERT_NE(arrow, nullptr);
    arrow->setRoute({});
    QApplication::processEvents();
    const QImage straight = onScreen();
    EXPECT_GT(differing(before, straight, 2), 20);
    EXPECT_LT(differing(straight, drawnDirectly(), 24), straight.width() * straight.height() / 500);
}

/// True when the paint leaves `arrow` out (the layer draws its line).
bool leftOut(const ui::map::DependencyArrow *arrow)
{
    return (arrow->flags() & QGraphicsItem::ItemHasNoContents) != 0;
}

TEST_F(ArrowLayerTest, PlainArrowsAreLeftOutOfThePaintYetHitAndSelectedAsBefore)
{
    // Fitted, the layer draws every plain line: the arrows with nothing else to draw are not
    // visited by the paint at all; a marked arrow or one with a lag label still is.
    int plain = 0;
    for (const ui::map::DependencyArrow *arrow : scene->arrows()) {
        const bool hasOwn = arrow->isSelected() || arrow->criticalPathMarked() || arrow->criticalChainMarked() || arrow->lag() > 0;
        EXPECT_EQ(leftOut(arrow), !hasOwn) << arrow->predecessorKey().toStdString() << " -> " << arrow->successorKey().toStdString();
        plain += hasOwn ? 0 : 1;
    }
    ASSERT_GT(plain, 1000);

    ui::map::DependencyArrow *arrow = nullptr;
    for (ui::map::DependencyArrow *a : scene->arrows())
        if (leftOut(a) && a->route().size() >= 4 && (!arrow || a->route().boundingRect().height() > arrow->route().boundingRect().height()))
            arrow = a;
    ASSERT_NE(arrow, nullptr);
    const QPointF onLine = arrow->path().pointAtPercent(0.5);
    EXPECT_TRUE(scene->items(onLine).contains(arrow)) << "still found where its line runs (clicks, hover, tooltips)";

    const QImage before = onScreen();
    arrow->setSelected(true);
    QApplication::processEvents();
    EXPECT_FALSE(leftOut(arrow)) << "a selected arrow draws its highlight";
    EXPECT_GT(differing(before, shown(), 0), 20) << "and it shows";
    EXPECT_EQ(differing(shown(), fresh(), 0), 0);
    arrow->setSelected(false);
    QApplication::processEvents();
    EXPECT_TRUE(leftOut(arrow));
    EXPECT_EQ(differing(before, shown(), 0), 0) << "the highlight went, the line stayed";

    // Zoomed in, the lines are wider than a pixel and every arrow draws itself again, from the
    // first paint at that zoom.
    view->zoomBy(1.0 / view->transform().m11(), QPointF(viewport()->rect().center())); // 100 %, as the user zooms
    view->centerOn(arrowLayerOf(*scene)->sceneBoundingRect().center()); // where lines are
    QApplication::processEvents();
    ASSERT_NEAR(view->transform().m11(), 1.0, 1e-6);
    const QImage zoomedIn = onScreen();
    const auto arrows = scene->arrows(); // a copy: one list for both ends
    EXPECT_TRUE(std::none_of(arrows.begin(), arrows.end(), leftOut));
    for (ui::map::DependencyArrow *a : scene->arrows())
        a->hide();
    QApplication::processEvents();
    EXPECT_GT(differing(zoomedIn, onScreen(), 0), 1000) << "the first paint zoomed in drew the lines";
}

TEST_F(MapFixture, AnArrowRoutedAgainInAZoomedInViewRepaintsOnlyAroundIt)
{
    // Zoomed in, every arrow draws itself and the layer draws nothing, so an arrow that changes
    // (a card dragged in the manual layout) repaints its own area, not the whole map's.
    load(generatedRoadmap(11, 200, 2.0, 3));
    const auto zoomTo = [&](double scale) {
        view->zoomBy(scale / view->transform().m11(), QPointF(viewport()->rect().center()));
        QApplication::processEvents();
        ASSERT_NEAR(view->transform().m11(), scale, 1e-6);
    };
    zoomTo(1.0); // lines 1.6 pixels wide, the map larger than the view
    QRectF layer;
    for (const QGraphicsItem *item : scene->items())
        if (item->type() == ui::map::ArrowLayer::Type)
            layer = item->sceneBoundingRect();
    view->centerOn(layer.center());
    QApplication::processEvents();
    const qint64 viewportArea = static_cast<qint64>(viewport()->width()) * viewport()->height();
    const auto areaOf = [](const QRectF &r) { return r.width() * r.height(); };
    ASSERT_GT(areaOf(view->mapFromScene(layer).boundingRect().intersected(viewport()->rect())), static_cast<double>(viewportArea) * 0.9)
        << "the arrows cover the view";
    ui::map::DependencyArrow *arrow = nullptr; // the smallest on screen
    for (ui::map::DependencyArrow *a : scene->arrows()) {
        const QRect onScreen = view->mapFromScene(a->sceneBoundingRect()).boundingRect();
        if (a->route().size() >= 2 && viewport()->rect().contains(onScreen)
            && (!arrow || areaOf(a->sceneBoundingRect()) < areaOf(arrow->sceneBoundingRect())))
            arrow = a;
    }
    ASSERT_NE(arrow, nullptr);
    RepaintSpy spy(viewport());
    arrow->setRoute({}); // drawn straight between its cards
    QApplication::processEvents();
    ASSERT_FALSE(spy.painted.isEmpty());
    EXPECT_LT(area(spy.painted), viewportArea / 4);

    // Zoomed out, the layer draws the lines, and arrows that go take their lines with them.
    zoomTo(0.3);
    const QImage before = viewport()->grab().toImage();
    spy.painted = {};
    for (ui::map::DependencyArrow *a : scene->arrows())
        a->hide();
    QApplication::processEvents();
    EXPECT_GT(area(spy.painted), viewportArea / 2);
    EXPECT_GT(differing(before, viewport()->grab().toImage(), 0), 1000) << "the hidden arrows' lines went";
}

/// A 300-capability roadmap, and a duration edit that moves some of it to other waves.
class PreparedArrowsTest : public MapFixture {
protected:
    void SetUp() override
    {
        load(generatedRoadmap(7, 300, 3.0, 5));
        layer = arrowLayerOf(*scene);
        ASSERT_NE(layer, nullptr);
        ASSERT_LT(view->transform().m11() * 1.6, 1.0) << "fitted, the lines are the layer's";
        QApplication::processEvents();
        view->legendAction()->setChecked(false); // it tells of the last change: only the map is compared
        viewport()->repaint(); // the layer keeps the image of a view that painted it
    }

    /// Makes the first capability with successors last 90 days longer; false when no card moved.
    bool lengthenWork()
    {
        std::map<QString, QPointF> before;
        for (const ui::map::CapabilityCard *c : scene->cards())
            before[c->key()] = c->pos();
        const Plan &plan = document->plan();
        const auto hasSuccessor = [&](const Capability &c) {
            return std::any_of(plan.dependencies.begin(), plan.dependencies.end(),
                               [&](const Dependency &d) { return d.predecessor == c.key; });
        };
        const auto it = std::find_if(plan.capabilities.begin(), plan.capabilities.end(), hasSuccessor);
        if (it == plan.capabilities.end())
            return false;
        Capability longer = *it;
        longer.durationDays += 90;
        ui::pushEdit(document.get(), edit::editCapability(plan, longer.key, longer, "Longer"));
        const auto cards = scene->cards();
        return std::any_of(cards.begin(), cards.end(), [&](const ui::map::CapabilityCard *c) { return before[c->key()] != c->pos(); });
    }

    /// What the view shows once the layer has drawn its lines again in place. Painted at once,
    /// so that nothing else the edit started (the moved cards' marks fading) comes in between.
    QImage redrawnInPlace()
    {
        layer->invalidate();
        return onScreen();
    }
    QImage onScreen() const { return viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }

    ui::map::ArrowLayer *layer = nullptr;
};

TEST_F(PreparedArrowsTest, AfterARelayoutTheLinesDrawnOnTheSideAreTheOnesShown)
{
    ASSERT_TRUE(lengthenWork()) << "the edit moved cards: the arrows were routed again";
    EXPECT_TRUE(layer->hasPrepared()) << "their image is being drawn on another thread";
    const int drawnInPaint = layer->imagesDrawnInPaint();
    viewport()->repaint(); // the view repaints, taking the prepared image
    EXPECT_FALSE(layer->hasPrepared());
    EXPECT_EQ(layer->imagesDrawnInPaint(), drawnInPaint) << "the paint took it rather than draw its own";
    const QImage shown = onScreen();
    EXPECT_EQ(differing(shown, redrawnInPlace(), 0), 0) << "the same pixels as drawn in place";
}

TEST_F(PreparedArrowsTest, AViewZoomedBeforeItRepaintsDrawsTheLinesAtItsNewZoom)
{
    ASSERT_TRUE(lengthenWork());
    ASSERT_TRUE(layer->hasPrepared());
    view->scale(1.1, 1.1); // before the repaint: the prepared image is for the old zoom
    viewport()->repaint();
    const QImage shown = onScreen();
    EXPECT_EQ(differing(shown, redrawnInPlace(), 0), 0);
}

TEST_F(PreparedArrowsTest, AnImageOfTheMapLeavesTheViewsImageOfItsLines)
{
    // Exporting the map (a picture, a PDF) draws every arrow itself. The view keeps its image of
    // the lines (the zoom it shows them at), so the next relayout's lines are drawn on the side
    // as before.
    QImage exported(viewport()->size(), QImage::Format_RGB32);
    exported.fill(Qt::white);
    {
        QPainter painter(&exported);
        view->render(&painter);
    }
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    {
        QPdfWriter pdf(folder.filePath(QStringLiteral("map.pdf")));
        QPainter painter(&pdf);
        view->render(&painter); // as a PDF: every arrow drawn as a vector line
    }
    ASSERT_TRUE(lengthenWork());
    EXPECT_TRUE(layer->hasPrepared());
    viewport()->repaint();
    EXPECT_EQ(differing(onScreen(), redrawnInPlace(), 0), 0);
}

} // namespace
} // namespace waveplan::test
