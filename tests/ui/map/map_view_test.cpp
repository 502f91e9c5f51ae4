// The map view: selection shared with other views, fit and zoom.

#include "map_test_support.h"

#include "graphics/differing_pixels.h"

#include "support/plan_generator.h"

#include <QFontInfo>
#include <QPainter>

namespace waveplan::test {
namespace {

class MapViewTest : public MapFixture {};

TEST_F(MapViewTest, SelectingInTheModelSelectsOnTheMap)
{
    load(smallMapPlan());

    selection->setSelectedKeys({"B", "E"});

    EXPECT_TRUE(card("B")->isSelected());
    EXPECT_TRUE(card("E")->isSelected());
    EXPECT_FALSE(card("A")->isSelected());

    selection->setSelectedKeys({"A"});

    EXPECT_FALSE(card("B")->isSelected());
    EXPECT_TRUE(card("A")->isSelected());
}

TEST_F(MapViewTest, ClickingOnTheMapSelectsInTheModel)
{
    load(smallMapPlan());

    QTest::mouseClick(viewport(), Qt::LeftButton, {}, bodyOf("C"));
    EXPECT_EQ(selection->selectedKeys(), QStringList{"C"});

    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, bodyOf("A"));
    EXPECT_EQ(selection->selectedKeys(), (QStringList{"C", "A"}));

    const std::optional<QPoint> empty = emptyPoint();
    ASSERT_TRUE(empty);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, *empty);
    EXPECT_TRUE(selection->selectedKeys().isEmpty());
}

TEST_F(MapViewTest, RubberBandSelectsTheCardsInside)
{
    load(smallMapPlan());
    QRectF around = card("A")->sceneCardRect().united(card("D")->sceneCardRect()).adjusted(-30, -30, 30, 30);
    ASSERT_TRUE(view->mapToScene(viewport()->rect()).boundingRect().contains(around));
    // Start on empty space above-left of A (the band is empty space).
    drag(Qt::LeftButton, toView(around.topLeft()), toView(around.bottomRight()), 5);

    QStringList selected = selection->selectedKeys();
    selected.sort();
    QStringList expected;
    for (const ui::map::CapabilityCard *c : scene->cards())
        if (around.contains(c->sceneCardRect()))
            expected.append(c->key());
    expected.sort();
    EXPECT_TRUE(expected.contains(QStringLiteral("A")));
    EXPECT_EQ(selected, expected);
}

TEST_F(MapViewTest, FitMakesAllCardsVisible)
{
    GeneratorOptions options;
    options.capabilities = 80;
    load(generatePlan(11, options));
    view->zoomBy(4, QPointF(10, 10));
    view->setFocus();

    QTest::keyClick(view.get(), Qt::Key_0, Qt::ControlModifier);

    const QRect visible = viewport()->rect();
    for (const ui::map::CapabilityCard *c : scene->cards()) {
        const QRect onView = view->mapFromScene(c->sceneCardRect()).boundingRect();
        EXPECT_TRUE(visible.contains(onView)) << c->key().toStdString();
    }
}

TEST_F(MapViewTest, ZoomKeysZoomInAndOut)
{
    load(smallMapPlan());
    const double start = view->zoom();

    QTest::keyClick(view.get(), Qt::Key_Equal, Qt::ControlModifier);
    const double zoomedIn = view->zoom();
    QTest::keyClick(view.get(), Qt::Key_Minus, Qt::ControlModifier);

    EXPECT_GT(zoomedIn, start);
    EXPECT_NEAR(view->zoom(), start, 1e-9);
}

TEST_F(MapViewTest, WheelZoomKeepsThePointUnderTheCursor)
{
    load(smallMapPlan());
    const QPoint cursor = bodyOf("B");
    const QPointF under = view->mapToScene(cursor);

    view->zoomBy(3, cursor);

    const QPointF after = view->mapToScene(cursor);
    EXPECT_NEAR(after.x(), under.x(), 2 / view->zoom());
    EXPECT_NEAR(after.y(), under.y(), 2 / view->zoom());
}

TEST_F(MapViewTest, HasAnAccessibleName)
{
    load(smallMapPlan());
    EXPECT_FALSE(view->accessibleName().isEmpty());
}

TEST_F(MapViewTest, FFocusesOnTheSelectedCapabilityAndFOrEscShowsEverythingAgain)
{
    load(smallMapPlan());
    selection->setSelectedKeys({QStringLiteral("B")});

    QTest::keyClick(view.get(), Qt::Key_F);
    EXPECT_EQ(scene->focusKey(), QStringLiteral("B"));
    EXPECT_TRUE(view->focusAction()->isChecked());
    EXPECT_EQ(card("D")->opacity(), ui::map::MapScene::kDimmedOpacity);

    QTest::keyClick(view.get(), Qt::Key_Escape);
    EXPECT_TRUE(scene->focusKey().isEmpty());
    EXPECT_FALSE(view->focusAction()->isChecked());

    QTest::keyClick(view.get(), Qt::Key_F);
    QTest::keyClick(view.get(), Qt::Key_F);
    EXPECT_TRUE(scene->focusKey().isEmpty()) << "F again ends the focus";
    EXPECT_EQ(card("D")->opacity(), 1.0);
}

TEST_F(MapViewTest, TheLegendSitsInTheCornerAtTheSameSizeWhateverTheZoomAndListsWhatIsShown)
{
    load(smallMapPlan());
    view->viewport()->repaint();
    const QRectF first = view->legendRect();
    ASSERT_FALSE(first.isEmpty());
    EXPECT_NEAR(first.left(), 10, 1);
    EXPECT_NEAR(first.bottom(), view->viewport()->height() - 10, 1);

    view->zoomIn();
    view->zoomIn();
    view->viewport()->repaint();
    EXPECT_EQ(view->legendRect().size(), first.size()) << "text-sized, not scaled with the map";

    view->showCriticalPathAction()->trigger(); // the driving path: one more line in the key
    view->viewport()->repaint();
    EXPECT_GT(view->legendRect().height(), first.height());

    view->legendAction()->trigger();
    view->viewport()->repaint();
    EXPECT_TRUE(view->legendRect().isEmpty());
}

TEST_F(MapViewTest, TheLegendOnScreenIsTheLegendDrawnForWhatIsShown)
{
    // On screen the legend is a picture kept between repaints; an image of the view draws it.
    load(smallMapPlan());
    const auto shownAndDrawn = [&] {
        view->viewport()->repaint();
        const QRect place = view->legendRect().toAlignedRect().adjusted(-1, -1, 1, 1);
        const QImage shown = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QImage drawn(shown.size(), QImage::Format_RGB32);
        drawn.fill(Qt::white);
        {
            QPainter painter(&drawn);
            painter.setRenderHints(view->renderHints()); // as the view paints itself
            view->render(&painter, QRectF(drawn.rect()), view->viewport()->rect());
        }
        return std::pair{shown.copy(place), drawn.copy(place)};
    };
    const auto [shown, drawn] = shownAndDrawn();
    EXPECT_EQ(differing(shown, drawn, 2), 0);

    view->showCriticalPathAction()->trigger(); // a line more: the picture is drawn again
    const auto [longer, longerDrawn] = shownAndDrawn();
    EXPECT_NE(longer.size(), shown.size());
    EXPECT_EQ(differing(longer, longerDrawn, 2), 0);

    ui::map::MapStyle larger = scene->mapStyle();
    larger.smallFont.setPixelSize(QFontInfo(larger.smallFont).pixelSize() * 3 / 2);
    scene->setMapStyle(larger); // as the presentation's style does: the picture is drawn again in it
    const auto [restyled, restyledDrawn] = shownAndDrawn();
    EXPECT_NE(restyled.size(), longer.size());
    EXPECT_EQ(differing(restyled, restyledDrawn, 2), 0);
}

TEST_F(MapViewTest, TheLegendMovesToTheOtherBottomCornerRatherThanCoverACard)
{
    load(smallMapPlan());
    const auto cardsUnder = [&](const QRectF &rect) {
        int count = 0;
        for (const ui::map::CapabilityCard *c : scene->cards())
            count += view->mapFromScene(c->sceneCardRect()).boundingRect().intersects(rect.toAlignedRect()) ? 1 : 0;
        return count;
    };
    // A view of the map's own shape, fitted: wave 1's lowest card is in the bottom-left corner.
    view->resize((scene->sceneRect().size() * 0.6).toSize() + (view->size() - view->viewport()->size()));
    view->fitAll();
    view->viewport()->repaint();
    const QRectF bottomLeft(QPointF(10, view->viewport()->height() - 10 - view->legendRect().height()),
                            view->legendRect().size());
    ASSERT_GT(cardsUnder(bottomLeft), 0) << "the test needs a card under the bottom-left corner";

    const QRectF legend = view->legendRect();
    EXPECT_EQ(cardsUnder(legend), 0);
    EXPECT_NEAR(legend.right(), view->viewport()->width() - 10, 1);
    EXPECT_NEAR(legend.bottom(), view->viewport()->height() - 10, 1);

    view->resize(1200, 1400); // tall: room under the map, the legend goes back to the left
    view->viewport()->repaint();
    EXPECT_NEAR(view->legendRect().left(), 10, 1);
    EXPECT_EQ(cardsUnder(view->legendRect()), 0);
}

} // namespace
} // namespace waveplan::test
