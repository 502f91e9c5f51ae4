// Editing on the map with the mouse and keyboard: every edit one undo step, refusals explained.

#include "map_test_support.h"

#include "core/edit/dependency_edits.h"

namespace waveplan::test {
namespace {

using ui::map::MapScene;

bool hasDependency(const Plan &plan, const std::string &from, const std::string &to)
{
    for (const Dependency &d : plan.dependencies)
        if (d.predecessor == from && d.successor == to)
            return true;
    return false;
}

class MapEditingTest : public MapFixture {};

TEST_F(MapEditingTest, DoubleClickOnEmptySpaceAddsACapabilityThereAndUndoRemovesIt)
{
    load(smallMapPlan());
    const Plan before = document->plan();
    const std::optional<QPoint> empty = emptyPoint();
    ASSERT_TRUE(empty);
    const QPointF clicked = view->mapToScene(*empty);

    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, *empty);

    ASSERT_EQ(document->plan().capabilities.size(), before.capabilities.size() + 1);
    const Capability &added = document->plan().capabilities.back();
    EXPECT_EQ(added.key, "NEW1");
    EXPECT_EQ(added.name, "New capability");
    EXPECT_EQ(added.kind, CapabilityKind::Foundational);
    EXPECT_EQ(added.durationDays, 30);
    ASSERT_TRUE(added.position);
    EXPECT_NEAR(added.position->x + ui::map::MapGeometry::cardWidth / 2, clicked.x(), 2);
    EXPECT_NEAR(added.position->y + ui::map::MapGeometry::cardHeight / 2, clicked.y(), 2);
    ASSERT_NE(card("NEW1"), nullptr);
    EXPECT_EQ(selection->selectedKeys(), QStringList{"NEW1"});
    EXPECT_TRUE(card("NEW1")->isSelected());

    document->undoStack()->undo();

    EXPECT_TRUE(document->plan() == before);
    EXPECT_EQ(card("NEW1"), nullptr);
}

TEST_F(MapEditingTest, DoubleClickOnACardAddsNothing)
{
    load(smallMapPlan());
    const Plan before = document->plan();

    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, bodyOf("A"));

    EXPECT_TRUE(document->plan() == before);
}

TEST_F(MapEditingTest, DraggingFromTheHandleOntoACardConnectsThemAndUndoDisconnects)
{
    load(smallMapPlan());
    const Plan before = document->plan();
    ASSERT_FALSE(hasDependency(before, "A", "D"));

    drag(Qt::LeftButton, handleOf("A"), bodyOf("D"));

    EXPECT_TRUE(hasDependency(document->plan(), "A", "D")) << messages.join("; ").toStdString();
    EXPECT_NE(scene->arrow("A", "D"), nullptr);
    EXPECT_EQ(document->undoStack()->count(), 1);

    document->undoStack()->undo();

    EXPECT_TRUE(document->plan() == before);
    EXPECT_EQ(scene->arrow("A", "D"), nullptr);
}

TEST_F(MapEditingTest, RightButtonDragFromACardConnectsToo)
{
    load(smallMapPlan());

    drag(Qt::RightButton, bodyOf("D"), bodyOf("C"));

    EXPECT_TRUE(hasDependency(document->plan(), "D", "C"));
}

TEST_F(MapEditingTest, ADragThatWouldCloseACycleIsRefusedWithAMessage)
{
    load(smallMapPlan());
    const Plan before = document->plan();

    drag(Qt::LeftButton, handleOf("C"), bodyOf("A")); // A -> B -> C already

    EXPECT_TRUE(document->plan() == before);
    EXPECT_EQ(document->undoStack()->count(), 0);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.last().contains(QStringLiteral("Cannot connect C"))) << messages.last().toStdString();
    // The edit builder's own reason, word for word.
    const std::string why = *edit::whyCannotConnect(before, "C", "A");
    EXPECT_TRUE(messages.last().endsWith(QString::fromStdString(why))) << messages.last().toStdString();
    EXPECT_EQ(scene->arrow("C", "A"), nullptr);
}

TEST_F(MapEditingTest, DroppingOnEmptySpaceConnectsNothing)
{
    load(smallMapPlan());
    const Plan before = document->plan();
    const std::optional<QPoint> empty = emptyPoint();
    ASSERT_TRUE(empty);

    drag(Qt::LeftButton, handleOf("D"), *empty);

    EXPECT_TRUE(document->plan() == before);
}

TEST_F(MapEditingTest, ConnectSelectedUsesSelectionOrder)
{
    load(smallMapPlan());
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, bodyOf("D"));
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, bodyOf("E"));
    ASSERT_EQ(scene->selectedKeys(), (QStringList{"D", "E"}));

    view->connectSelectedAction()->trigger();

    EXPECT_TRUE(hasDependency(document->plan(), "D", "E"));
    EXPECT_FALSE(hasDependency(document->plan(), "E", "D"));
}

TEST_F(MapEditingTest, KeyboardConnectPicksTheSuccessorWithArrowKeysAndEnter)
{
    load(smallMapPlan());
    selection->setSelectedKeys({"D"});
    view->setFocus();

    QTest::keyClick(view.get(), Qt::Key_C);
    ASSERT_TRUE(scene->isKeyboardConnecting());
    const QString target = scene->keyboardTarget();
    ASSERT_FALSE(target.isEmpty());
    ASSERT_NE(target, QStringLiteral("D"));
    QTest::keyClick(view.get(), Qt::Key_Return);

    EXPECT_FALSE(scene->isKeyboardConnecting());
    EXPECT_TRUE(hasDependency(document->plan(), "D", target.toStdString()));
}

TEST_F(MapEditingTest, EscapeCancelsAKeyboardConnect)
{
    load(smallMapPlan());
    const Plan before = document->plan();
    selection->setSelectedKeys({"D"});

    QTest::keyClick(view.get(), Qt::Key_C);
    QTest::keyClick(view.get(), Qt::Key_Escape);
    QTest::keyClick(view.get(), Qt::Key_Return);

    EXPECT_FALSE(scene->isKeyboardConnecting());
    EXPECT_TRUE(document->plan() == before);
}

TEST_F(MapEditingTest, DeleteRemovesTheSelectedCardsAndUndoRestoresThePlanExactly)
{
    load(smallMapPlan());
    const Plan before = document->plan();
    selection->setSelectedKeys({"B", "D"});

    QTest::keyClick(view.get(), Qt::Key_Delete);

    EXPECT_EQ(document->plan().findCapability("B"), nullptr);
    EXPECT_EQ(document->plan().findCapability("D"), nullptr);
    EXPECT_EQ(document->plan().capabilities.size(), 3U);
    EXPECT_FALSE(hasDependency(document->plan(), "A", "B"));
    EXPECT_EQ(scene->cards().size(), 3);
    EXPECT_EQ(scene->arrows().size(), 1);
    EXPECT_EQ(document->undoStack()->count(), 1) << "one undo step";

    document->undoStack()->undo();

    EXPECT_TRUE(document->plan() == before);
    EXPECT_EQ(scene->cards().size(), 5);
    EXPECT_EQ(scene->arrows().size(), 3);
}

TEST_F(MapEditingTest, DeleteRemovesASelectedArrowWithTheSelectedCardsInOneStep)
{
    load(smallMapPlan());
    const Plan before = document->plan();
    selection->setSelectedKeys({"D"});
    scene->arrow("A", "E")->setSelected(true);

    QTest::keyClick(view.get(), Qt::Key_Backspace);

    EXPECT_EQ(document->plan().findCapability("D"), nullptr);
    EXPECT_FALSE(hasDependency(document->plan(), "A", "E"));
    EXPECT_NE(document->plan().findCapability("E"), nullptr);
    EXPECT_EQ(document->undoStack()->count(), 1);

    document->undoStack()->undo();

    EXPECT_TRUE(document->plan() == before);
}

TEST_F(MapEditingTest, MovingCardsInManualModeIsOneUndoStep)
{
    load(smallMapPlan());
    scene->setLayoutMode(MapScene::LayoutMode::Manual);
    const Plan before = document->plan();
    const QPointF start = card("D")->pos();
    const QPoint from = bodyOf("D");
    const QPoint to = from + QPoint(60, 40);

    drag(Qt::LeftButton, from, to, 6);

    const Capability *moved = document->plan().findCapability("D");
    ASSERT_TRUE(moved->position);
    EXPECT_NE(card("D")->pos(), start);
    EXPECT_EQ(QPointF(moved->position->x, moved->position->y), card("D")->pos());
    EXPECT_EQ(document->undoStack()->count(), 1);

    document->undoStack()->undo();

    EXPECT_TRUE(document->plan() == before);
    EXPECT_EQ(card("D")->pos(), start);
}

TEST_F(MapEditingTest, CardsCannotBeDraggedInAutoMode)
{
    load(smallMapPlan());
    const QPointF start = card("D")->pos();

    drag(Qt::LeftButton, bodyOf("D"), bodyOf("D") + QPoint(60, 40));

    EXPECT_EQ(card("D")->pos(), start);
    EXPECT_EQ(document->undoStack()->count(), 0);
}

} // namespace
} // namespace waveplan::test
