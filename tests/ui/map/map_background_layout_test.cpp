// A large map is laid out in the background: the window does not wait for it, the cards wait
// hidden for the first layout, edits made meanwhile are not lost, and closing does not hang.

#include "map_test_support.h"

#include "commands/command_test_support.h"
#include "core/edit/capability_edits.h"
#include "support/plan_generator.h"
#include "ui/map/wave_band.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

/// Just over the size laid out in the background: about 1.5 dependencies per capability over a
/// handful of waves, as the benchmarks' roadmaps.
Plan largePlan()
{
    test::GeneratorOptions options;
    options.capabilities = ui::map::MapScene::kBackgroundLayoutCards + 50;
    options.dependencyDensity = 3.0 / options.capabilities;
    options.teams = 5;
    options.fillOptionalFields = false;
    Plan plan = test::generatePlan(11, options);
    for (Team &team : plan.teams) {
        team.capacity = std::max(team.capacity, options.capabilities / 6);
        team.capacityByWave.clear();
        team.goLiveLimit.reset();
    }
    return plan;
}

class MapBackgroundLayoutTest : public test::MapFixture {
protected:
    /// Waits for the background layout (and any that follows it) to be in.
    void waitForLayout()
    {
        for (int tries = 0; scene->isLayingOut() && tries < 240; ++tries) {
            QSignalSpy laidOut(scene.get(), &ui::map::MapScene::layoutUpdated);
            laidOut.wait(500);
        }
        ASSERT_FALSE(scene->isLayingOut());
    }

    /// Every card is shown, inside the band of its wave, and no two overlap.
    void expectEveryCardPlaced()
    {
        const auto &bands = scene->waveBands();
        QList<QRectF> rects;
        for (const ui::map::CapabilityCard *c : scene->cards()) {
            ASSERT_TRUE(c->isVisible()) << c->key().toStdString();
            ASSERT_LE(c->wave(), static_cast<int>(bands.size()));
            const QRectF band = bands[static_cast<std::size_t>(c->wave() - 1)]->rect();
            const QRectF body = c->sceneCardRect();
            EXPECT_GE(body.left(), band.left()) << c->key().toStdString();
            EXPECT_LE(body.right(), band.right()) << c->key().toStdString();
            rects.append(body);
        }
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) {
            return std::pair(a.left(), a.top()) < std::pair(b.left(), b.top());
        });
        for (qsizetype i = 1; i < rects.size(); ++i) {
            if (rects[i].left() == rects[i - 1].left()) {
                EXPECT_FALSE(rects[i].intersects(rects[i - 1])) << "two cards overlap at " << rects[i].top();
            }
        }
    }
};

} // namespace

TEST_F(MapBackgroundLayoutTest, ALargeMapOpensAtOnceAndShowsItsCardsWhenTheLayoutIsIn)
{
    load(largePlan());

    ASSERT_TRUE(scene->isLayingOut()); // the window did not wait for it
    for (const ui::map::CapabilityCard *c : scene->cards())
        ASSERT_FALSE(c->isVisible()) << "cards wait, hidden, for their places";
    for (const ui::map::DependencyArrow *a : scene->arrows())
        ASSERT_FALSE(a->isVisible());

    waitForLayout();

    expectEveryCardPlaced();
    for (const ui::map::DependencyArrow *a : scene->arrows())
        EXPECT_TRUE(a->isVisible());
}

TEST_F(MapBackgroundLayoutTest, AnEditWhileTheLayoutRunsIsLaidOutToo)
{
    load(largePlan());
    ASSERT_TRUE(scene->isLayingOut());
    const Capability &first = document->plan().capabilities.front();
    Capability renamed = first;
    renamed.key = "RENAMED";
    const std::string oldKey = first.key;

    document->undoStack()->push(
        test::editCommand(document.get(), edit::editCapability(document->plan(), oldKey, renamed, "Rename")));
    Capability longer = *document->plan().findCapability("RENAMED");
    longer.durationDays += 120; // likely to change its wave: a layout after this one
    document->undoStack()->push(
        test::editCommand(document.get(), edit::editCapability(document->plan(), "RENAMED", longer, "Longer")));
    waitForLayout();

    ASSERT_NE(card("RENAMED"), nullptr);
    EXPECT_EQ(scene->card(QString::fromStdString(oldKey)), nullptr);
    expectEveryCardPlaced();
}

TEST_F(MapBackgroundLayoutTest, ARenameWhileTheLayoutRunsKeepsTheCardsPlaceFromIt)
{
    load(largePlan());
    ASSERT_TRUE(scene->isLayingOut());
    Capability renamed = document->plan().capabilities[7];
    renamed.key = "RENAMED";

    document->undoStack()->push(test::editCommand(
        document.get(), edit::editCapability(document->plan(), document->plan().capabilities[7].key, renamed, "Rename")));
    ASSERT_TRUE(scene->isLayingOut()); // a rename moves no wave: no second layout follows
    waitForLayout();
    const QPointF laidOut = card("RENAMED")->pos();

    // The layout that came in knew the card by its old key; replayed, the rename gave it that
    // card's place, so laying out again with nothing changed moves nothing.
    scene->relayout();

    EXPECT_EQ(card("RENAMED")->pos(), laidOut);
    expectEveryCardPlaced();
}

TEST_F(MapBackgroundLayoutTest, ASelectionMadeWhileTheCardsWaitShowsWhenTheyAppear)
{
    load(largePlan());
    ASSERT_TRUE(scene->isLayingOut());
    const QString key = QString::fromStdString(document->plan().capabilities[3].key);

    selection->setSelectedKeys({key}); // as from the table, before the map has its layout
    waitForLayout();

    EXPECT_TRUE(card(key.toLatin1().constData())->isSelected());
    EXPECT_EQ(scene->selectedKeys(), QStringList{key});
}

TEST_F(MapBackgroundLayoutTest, ALaterEditMovesTheCardOnceItsLayoutIsIn)
{
    load(largePlan());
    waitForLayout();
    // A capability of wave 1, told not to start before wave 3: its card changes column.
    const auto cards = scene->cards();
    const auto inWave1 = std::find_if(cards.begin(), cards.end(), [](const ui::map::CapabilityCard *c) { return c->wave() == 1; });
    ASSERT_NE(inWave1, cards.end());
    const QString key = (*inWave1)->key();
    Capability later = *document->plan().findCapability(key.toStdString());
    later.earliestWave = 3;

    document->undoStack()->push(test::editCommand(
        document.get(), edit::editCapability(document->plan(), later.key, later, "Not before wave 3")));

    EXPECT_GE(scene->card(key)->wave(), 3);
    EXPECT_TRUE(scene->isLayingOut()); // the edit did not wait for the layout
    waitForLayout();
    expectEveryCardPlaced();
}

TEST_F(MapBackgroundLayoutTest, ALayoutThatComesInDuringADragWaitsForTheDrop)
{
    load(largePlan());
    waitForLayout();
    scene->setLayoutMode(ui::map::MapScene::LayoutMode::Manual);
    const auto cards = scene->cards();
    const auto inWave = [&](int wave) {
        return *std::find_if(cards.begin(), cards.end(), [&](const ui::map::CapabilityCard *c) { return c->wave() == wave; });
    };
    ui::map::CapabilityCard *dragged = inWave(2);
    ui::map::CapabilityCard *pushed = inWave(1);
    const QString pushedKey = pushed->key();
    view->setTransform(QTransform::fromScale(0.5, 0.5)); // cards large enough to grab
    view->centerOn(dragged);
    const QPoint grab = view->mapFromScene(dragged->sceneCardRect().center());

    QTest::mousePress(viewport(), Qt::LeftButton, {}, grab);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport(), grab + QPoint(10 * i, 6 * i));
    const QPoint mouse = grab + QPoint(40, 24);
    const QPointF pushedAt = pushed->pos();
    // Meanwhile (a colleague's edit, a shortcut) a capability moves to a later wave.
    Capability later = *document->plan().findCapability(pushedKey.toStdString());
    later.earliestWave = 3;
    document->undoStack()->push(test::editCommand(
        document.get(), edit::editCapability(document->plan(), later.key, later, "Not before wave 3")));
    ASSERT_TRUE(scene->isLayingOut());
    QSignalSpy laidOut(scene.get(), &ui::map::MapScene::layoutUpdated);
    waitForLayout();

    EXPECT_EQ(laidOut.count(), 0); // held while the mouse is down: no card jumps
    EXPECT_EQ(pushed->pos(), pushedAt);
    EXPECT_TRUE(dragged->sceneCardRect().contains(view->mapToScene(mouse))); // still in hand

    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, mouse);

    EXPECT_EQ(laidOut.count(), 1);
    const QRectF band = scene->waveBands()[static_cast<std::size_t>(scene->card(pushedKey)->wave() - 1)]->rect();
    EXPECT_GE(scene->card(pushedKey)->sceneCardRect().left(), band.left());
    EXPECT_LE(scene->card(pushedKey)->sceneCardRect().right(), band.right());
}

TEST_F(MapBackgroundLayoutTest, ClosingWhileTheLayoutRunsLeavesNothingBehind)
{
    load(largePlan());
    ASSERT_TRUE(scene->isLayingOut());

    view.reset();
    scene.reset(); // cancels the layout and waits for its worker, which stops at its next step

    // Nothing is left behind that would call the gone scene: events still flow, and the
    // document takes edits with no scene to follow them.
    QTest::qWait(50);
    Capability renamed = document->plan().capabilities.front();
    renamed.name += " (after)";
    document->undoStack()->push(test::editCommand(
        document.get(), edit::editCapability(document->plan(), renamed.key, renamed, "Rename")));
    QTest::qWait(50);
    EXPECT_EQ(document->plan().capabilities.front().name, renamed.name);
}
