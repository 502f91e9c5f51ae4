// The arrows of a large map fitted to the window, drawn once into the arrow layer's image and
// pasted: what the view shows must be what the arrows drawing themselves would show, and
// follow every change to them (an arrow hidden, dimmed by a focus, rerouted).

#include "map_test_support.h"

#include "support/plan_generator.h"
#include "ui/map/arrow_layer.h"

#include <QImage>
#include <QScrollBar>
#include <QPainter>

namespace waveplan::test {
namespace {

/// Over 2,000 dependencies (the layer's threshold) among 1,400 capabilities over a few waves.
Plan manyArrows()
{
    GeneratorOptions options;
    options.capabilities = 1400;
    options.dependencyDensity = 3.2 / options.capabilities;
    options.teams = 5;
    options.fillOptionalFields = false;
    Plan plan = generatePlan(5, options);
    for (Team &team : plan.teams) {
        team.capacity = std::max(team.capacity, options.capabilities / 6);
        team.capacityByWave.clear();
        team.goLiveLimit.reset();
    }
    return plan;
}

/// Pixels of two images of one size that differ by more than `tolerance` in a channel.
int differing(const QImage &a, const QImage &b, int tolerance)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance
                || std::abs(qBlue(p) - qBlue(q)) > tolerance)
                ++count;
        }
    return count;
}

class ArrowLayerTest : public MapFixture {
protected:
    void SetUp() override
    {
        loadReadOnly(manyArrows());
        ASSERT_GE(scene->arrows().size(), 2000);
    }

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

} // namespace
} // namespace waveplan::test
