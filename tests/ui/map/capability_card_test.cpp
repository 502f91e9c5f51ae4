// A card of the dependency map as drawn: its key where it can be read, no text below.

#include "map_test_support.h"

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
    // Exports paint the cards without their cache (see report_scenes.cpp), as a PDF or SVG.
    for (CapabilityCard *card : {sceneA.card("AAAA"), sceneZ.card("ZZZZ")})
        card->setCacheMode(QGraphicsItem::NoCache);
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

} // namespace
} // namespace waveplan::test
