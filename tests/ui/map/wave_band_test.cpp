// The wave bands behind the map: a wave past the plan's horizon is hatched, and on screen (where
// the hatching is pasted from a tile) the hatching is fixed to the map, as the cards are.

#include "map_test_support.h"

#include "graphics/differing_pixels.h"
#include "ui/map/wave_band.h"

#include <QAction>
#include <QScrollBar>

namespace waveplan::test {
namespace {

class WaveBandTest : public MapFixture {
protected:
    void SetUp() override
    {
        Plan plan = smallMapPlan(); // A (40 days), then B (60): B ends in wave 2
        plan.horizonWaves = 1;
        load(plan);
        view->legendAction()->setChecked(false); // it stays put while the map scrolls
        ASSERT_GE(scene->waveBands().size(), 2U);
        past = scene->waveBands()[1];
        ASSERT_FALSE(scene->waveBands()[0]->isBeyondHorizon());
        ASSERT_TRUE(past->isBeyondHorizon());
    }

    [[nodiscard]] QImage shown() const { return viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    /// Where the band past the horizon is on screen.
    [[nodiscard]] QRect pastPlace() const { return view->mapFromScene(past->rect()).boundingRect() & viewport()->rect(); }

    ui::map::WaveBand *past = nullptr;
};

TEST_F(WaveBandTest, AWavePastTheHorizonIsHatched)
{
    viewport()->repaint();
    const QRect place = pastPlace();
    const QImage hatched = shown().copy(place);
    // Its lines: pixels of a row darker than the band around them, eight pixels apart.
    const int row = hatched.height() - 3; // under the cards
    const auto darker = [&](int x, int than) { return qGray(hatched.pixel(x, row)) + 40 < qGray(hatched.pixel(than, row)); };
    int lines = 0;
    for (int x = 0; x + 8 < hatched.width(); ++x)
        if (darker(x, x + 4) && darker(x + 8, x + 4))
            ++lines;
    EXPECT_GE(lines, hatched.width() / 8 - 2) << "a line every 8 pixels along a row";

    past->setBeyondHorizon(false);
    viewport()->repaint();
    EXPECT_GT(differing(hatched, shown().copy(place), 2), hatched.width() * hatched.height() / 20)
        << "the same band within the horizon is plain";
}

TEST_F(WaveBandTest, TheHatchingScrollsWithTheMap)
{
    view->zoomBy(2.37, QRectF(pastPlace()).center()); // as a wheel would: far enough in to scroll
    QApplication::processEvents();
    for (const QPoint step : {QPoint(29, 13), QPoint(-5, 22), QPoint(3, -7)}) {
        viewport()->repaint();
        const QImage before = shown();
        const QPoint was = view->mapFromScene(QPointF(0, 0));
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + step.x());
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + step.y());
        ASSERT_EQ(view->mapFromScene(QPointF(0, 0)), was - step) << "the view scrolled by the step";
        viewport()->repaint();
        const QImage after = shown();
        // What is at a point now was `step` further on before (where both show the band).
        const QRect place = pastPlace() & viewport()->rect().translated(-step);
        ASSERT_GT(place.width() * place.height(), 10000) << "step " << step.x() << ", " << step.y();
        EXPECT_EQ(differing(after.copy(place), before.copy(place.translated(step)), 2), 0)
            << "scrolled by " << step.x() << ", " << step.y();
    }
}

} // namespace
} // namespace waveplan::test
