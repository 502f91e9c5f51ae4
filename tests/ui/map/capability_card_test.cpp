// A card of the dependency map as drawn: its key where it can be read, no text below.

#include "map_test_support.h"

#include "graphics/differing_pixels.h"
#include "graphics/drawn_alone.h"

namespace waveplan::test {
namespace {

using ui::map::CapabilityCard;

TEST(CapabilityCard, ShowsItsKeyWhereItCanBeReadAndNoTextBelow)
{
    // Two maps alike but for the key and name of their one card.
    const Plan planA = planOfOne("AAAA");
    const Plan planZ = planOfOne("ZZZZ");
    ui::map::MapScene sceneA(planA, computeSchedule(planA));
    ui::map::MapScene sceneZ(planZ, computeSchedule(planZ));
    const CapabilityCard *a = sceneA.card("AAAA");
    const CapabilityCard *z = sceneZ.card("ZZZZ");
    ASSERT_TRUE(a && z);
    ASSERT_EQ(a->sceneBoundingRect(), z->sceneBoundingRect());

    ASSERT_TRUE(CapabilityCard::compactAt(0.3));
    EXPECT_NE(drawnAlone(sceneA, a, 0.3), drawnAlone(sceneZ, z, 0.3)) << "zoomed out, the key alone tells them apart";
    // A large plan fitted to the window: even the key alone would be a smudge a pixel or two high.
    EXPECT_EQ(drawnAlone(sceneA, a, 0.04), drawnAlone(sceneZ, z, 0.04)) << "no text drawn, so nothing tells them apart";
    // A PDF or SVG gets the card drawn, not its on-screen picture: the key is there to zoom into.
    EXPECT_NE(recordedAlone(sceneA, a, 0.04), recordedAlone(sceneZ, z, 0.04)) << "a PDF or SVG keeps the key: it zooms";
}

TEST(CapabilityCard, AMilestoneHasADiamondBadgeAndSaysSo)
{
    Plan oneDay = planOfOne("LIVE");
    Plan milestone = oneDay;
    milestone.capabilities.front().durationDays = 0;
    ui::map::MapScene sceneDay(oneDay, computeSchedule(oneDay));
    ui::map::MapScene sceneMilestone(milestone, computeSchedule(milestone));
    const CapabilityCard *day = sceneDay.card("LIVE");
    const CapabilityCard *mark = sceneMilestone.card("LIVE");
    ASSERT_TRUE(day && mark);

    EXPECT_NE(drawnAlone(sceneDay, day, 1.0), drawnAlone(sceneMilestone, mark, 1.0));
    EXPECT_TRUE(mark->toolTip().contains("milestone (0 days)")) << mark->toolTip().toStdString();
    EXPECT_FALSE(day->toolTip().contains("milestone")) << day->toolTip().toStdString();
}

TEST(CapabilityCard, ANewWaveChangesItsPillAndTooltipAndNothingElse)
{
    Plan plan = planOfOne("CDP");
    plan.capabilities.front().owner = "Dana";
    ui::map::MapScene scene(plan, computeSchedule(plan));
    CapabilityCard *card = scene.card("CDP");
    ASSERT_TRUE(card);
    ASSERT_EQ(card->wave(), 1);
    const QImage inWave1 = drawnAlone(scene, card, 1.0);

    card->setWave(3);
    EXPECT_TRUE(card->toolTip().contains("wave 3")) << card->toolTip().toStdString();
    EXPECT_NE(drawnAlone(scene, card, 1.0), inWave1) << "the pill reads W3";
    card->setMovedFrom(1);
    EXPECT_TRUE(card->toolTip().contains("Moved from wave 1 by the last change")) << card->toolTip().toStdString();
    // The rest of the card is as it was: key, name, owner and kind, in the tooltip and drawn.
    EXPECT_EQ(card->shownKey(), "CDP");
    EXPECT_TRUE(card->toolTip().startsWith("CDP — Name of CDP\nfoundation, 30 days, wave 3\nOwner: Dana"))
        << card->toolTip().toStdString();
    card->setMovedFrom(0);
    card->setWave(1);
    EXPECT_EQ(drawnAlone(scene, card, 1.0), inWave1) << "back in wave 1, drawn as before";
}

/// A card on screen is a picture of it at the view's zoom, pasted where the card is.
class CardPictureTest : public MapFixture {
protected:
    void SetUp() override
    {
        load(smallMapPlan());
        view->resetTransform(); // 100 %: a card on whole pixels is pasted exactly where it would be drawn
        loner = card("D");      // no arrows reach it
        ASSERT_TRUE(loner);
        view->centerOn(loner);
        placeOnWholePixels(QPointF(0, 0));
        viewport()->repaint();
    }

    /// Moves the card by `by` (scene units, 100 %), then onto the nearest whole screen pixels.
    void placeOnWholePixels(QPointF by)
    {
        loner->setPos(loner->pos() + by);
        const QPointF onScreen = view->viewportTransform().map(loner->pos());
        loner->setPos(loner->pos() + QPointF(std::round(onScreen.x()), std::round(onScreen.y())) - onScreen);
    }

    /// The card's place on screen as the view shows it, against the same view drawn into an image
    /// (where the card is drawn, not pasted); soft edges pasted on the band differ by a level.
    [[nodiscard]] bool shownAsDrawn() const
    {
        const QImage shown = viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QImage drawn(shown.size(), QImage::Format_RGB32);
        drawn.fill(Qt::white);
        {
            QPainter painter(&drawn);
            view->render(&painter, QRectF(drawn.rect()), viewport()->rect());
        }
        const QRect place = view->mapFromScene(loner->sceneBoundingRect()).boundingRect() & viewport()->rect();
        return !place.isEmpty() && differing(shown.copy(place), drawn.copy(place), 2) == 0;
    }

    CapabilityCard *loner = nullptr;
};

TEST_F(CardPictureTest, AMovedCardIsPastedAgainAndNotDrawnAgain)
{
    ASSERT_TRUE(shownAsDrawn());
    const int draws = loner->pictureDraws();
    ASSERT_GT(draws, 0) << "on screen, the card is a picture";

    loner->setPos(loner->pos() + QPointF(0.4, 7.3)); // not on whole pixels
    viewport()->repaint();
    placeOnWholePixels(QPointF(0, 40));
    viewport()->repaint();
    EXPECT_EQ(loner->pictureDraws(), draws) << "a relayout moves every card: none is drawn again for it";
    EXPECT_TRUE(shownAsDrawn()) << "shown at its new place";
}

TEST_F(CardPictureTest, WhatChangesOnTheCardDrawsItsPictureAgain)
{
    const int draws = loner->pictureDraws();
    loner->setWave(4);
    viewport()->repaint();
    EXPECT_EQ(loner->pictureDraws(), draws + 1);
    EXPECT_TRUE(shownAsDrawn()) << "the pill reads W4 on screen";

    loner->setSelected(true);
    viewport()->repaint();
    EXPECT_EQ(loner->pictureDraws(), draws + 2);
    EXPECT_TRUE(shownAsDrawn()) << "the selection outline is on screen";

    loner->setCriticalMarks(true, false);
    viewport()->repaint();
    EXPECT_EQ(loner->pictureDraws(), draws + 3);
    EXPECT_TRUE(shownAsDrawn()) << "the critical outline is on screen";

    view->scale(1.5, 1.5); // a picture is for one zoom
    placeOnWholePixels(QPointF(0, 0));
    viewport()->repaint();
    EXPECT_EQ(loner->pictureDraws(), draws + 4);
}

} // namespace
} // namespace waveplan::test
