// A bar of the wave board as drawn: its texts at a zoom where they can be read, none below.

#include "board_test_support.h"

#include "graphics/drawn_alone.h"

namespace waveplan::test {
namespace {

using ui::board::CapabilityBar;

/// One capability of `kind` in one team's lane: `key`, named after it.
Plan planOf(const char *key, CapabilityKind kind = CapabilityKind::Foundational)
{
    Plan plan = planOfOne(key, kind);
    plan.teams = {Team{"Data", 2, {}, {}}};
    plan.capabilities.front().demand = {{"Data", 1}};
    return plan;
}

TEST(CapabilityBar, ShowsItsTextsWhereTheyCanBeReadAndNoneBelow)
{
    // Two boards alike but for the key and name of their one bar.
    const Plan planA = planOf("AAAA");
    const Plan planZ = planOf("ZZZZ");
    ui::board::BoardScene sceneA(planA, computeSchedule(planA));
    ui::board::BoardScene sceneZ(planZ, computeSchedule(planZ));
    const CapabilityBar *a = sceneA.bar("AAAA", "Data");
    const CapabilityBar *z = sceneZ.bar("ZZZZ", "Data");
    ASSERT_TRUE(a && z);
    ASSERT_EQ(a->sceneBoundingRect(), z->sceneBoundingRect());

    EXPECT_NE(drawnAlone(sceneA, a, 1.0), drawnAlone(sceneZ, z, 1.0)) << "their keys and names tell them apart";
    // A large plan fitted to the window: the text would be a smudge one or two pixels high.
    EXPECT_EQ(drawnAlone(sceneA, a, 0.1), drawnAlone(sceneZ, z, 0.1)) << "no text drawn, so nothing tells them apart";
    EXPECT_NE(recordedAlone(sceneA, a, 0.1), recordedAlone(sceneZ, z, 0.1)) << "a PDF or SVG keeps the texts: it zooms";
    EXPECT_TRUE(a->shownText().startsWith("AAAA")) << "what the bar shows when zoomed in";
}

TEST(CapabilityBar, KindsStillDifferWhenDrawnCoarse)
{
    const Plan foundational = planOf("CDP", CapabilityKind::Foundational);
    const Plan additive = planOf("CDP", CapabilityKind::Additive);
    ui::board::BoardScene sceneF(foundational, computeSchedule(foundational));
    ui::board::BoardScene sceneA(additive, computeSchedule(additive));
    const CapabilityBar *f = sceneF.bar("CDP", "Data");
    const CapabilityBar *a = sceneA.bar("CDP", "Data");
    ASSERT_TRUE(f && a);

    // At 10 % the bars are a few pixels high: no dashes or rounded ends, but fill and accent.
    EXPECT_NE(drawnAlone(sceneF, f, 0.1), drawnAlone(sceneA, a, 0.1));
    EXPECT_NE(drawnAlone(sceneF, f, 1.0), drawnAlone(sceneA, a, 1.0));
}

TEST(CapabilityBar, AMilestoneIsADiamondAndItsTooltipSaysSo)
{
    Plan plan = planOf("LIVE");
    plan.capabilities.front().durationDays = 0;
    ui::board::BoardScene scene(plan, computeSchedule(plan));
    const CapabilityBar *bar = scene.bar("LIVE", "Data");
    ASSERT_TRUE(bar);

    EXPECT_TRUE(bar->toolTipText().contains("milestone (0 days)")) << bar->toolTipText().toStdString();
    EXPECT_TRUE(bar->shownText().startsWith("LIVE")) << "the key follows the diamond";
    // The diamond: the bar's middle row is drawn at its left end, its corners are not.
    const QImage image = drawnAlone(scene, bar, 1.0);
    const QRectF r = bar->sceneBarRect();
    ASSERT_FALSE(image.isNull());
    const int middle = image.height() / 2;
    const int margin = (image.height() - static_cast<int>(r.height())) / 2; // the marks' margin around the bar
    const QColor centre = image.pixelColor(margin + static_cast<int>(r.height() / 2), middle);
    const QColor corner = image.pixelColor(margin + 3, margin + 3);
    EXPECT_NE(centre, corner) << "a diamond fills its centre, not the top-left corner of its box";
}

} // namespace
} // namespace waveplan::test
