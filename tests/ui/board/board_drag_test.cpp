// Pinning on the wave board: dragging a bar to another wave, Esc, same-wave drops, unpin and
// the keyboard, each one step on the undo stack.

#include "board_test_support.h"

namespace waveplan::test {
namespace {

class BoardDragTest : public BoardFixture {
protected:
    /// The view point that moves bar `b`'s start to the middle of `wave` when dragged from the
    /// bar's middle.
    QPoint dropPointFor(const ui::board::CapabilityBar *b, int wave) const
    {
        const QRectF r = b->sceneBarRect();
        const double targetStart = scene->xOfDay(firstDayOfWave(wave, 90) + 45);
        return toView(r.center() + QPointF(targetStart - r.left(), 0));
    }
};

TEST_F(BoardDragTest, DraggingABarToAnotherWavePinsItThereInOneUndoStep)
{
    load(boardPlan());
    ASSERT_EQ(scheduled("D").wave, 1);
    const int steps = document->undoStack()->count();
    ui::board::CapabilityBar *d = bar("D", "");

    drag(middleOf(d), dropPointFor(d, 3));

    EXPECT_EQ(capability("D").pinnedWave, 3);
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(document->undoStack()->undoText(), "Pin D to wave 3");
    // The schedule moved it: D has no dependency and no team, so it starts on wave 3's first day.
    EXPECT_EQ(scheduled("D").wave, 3);
    EXPECT_EQ(scheduled("D").startDay, 180);
    EXPECT_DOUBLE_EQ(bar("D", "")->sceneBarRect().left(), scene->xOfDay(180));
    EXPECT_TRUE(bar("D", "")->isPinned());
    EXPECT_EQ(scene->ghost(), nullptr);
    EXPECT_FALSE(scene->isDragging());
    EXPECT_DOUBLE_EQ(bar("D", "")->opacity(), 1);

    document->undoStack()->undo();
    EXPECT_FALSE(capability("D").pinnedWave.has_value());
    EXPECT_EQ(scheduled("D").wave, 1);
    EXPECT_DOUBLE_EQ(bar("D", "")->sceneBarRect().left(), scene->xOfDay(0));
}

TEST_F(BoardDragTest, AGhostShowsTheTargetWaveWhileDragging)
{
    load(boardPlan());
    ui::board::CapabilityBar *a = bar("A", "Data");
    const QPoint from = middleOf(a);
    const QPoint to = dropPointFor(a, 2);

    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport(), from + (to - from) * i / 4);

    ASSERT_TRUE(scene->isDragging());
    EXPECT_EQ(scene->dragTargetWave(), 2);
    ASSERT_NE(scene->ghost(), nullptr);
    // Snapped to the first day of wave 2, in A's row.
    EXPECT_DOUBLE_EQ(scene->ghost()->ghostRect().left(), scene->xOfDay(90));
    EXPECT_DOUBLE_EQ(scene->ghost()->ghostRect().top(), a->sceneBarRect().top());
    EXPECT_EQ(scene->ghost()->label(), "Pin A to wave 2");
    EXPECT_LT(a->opacity(), 1);

    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    EXPECT_EQ(capability("A").pinnedWave, 2);
}

TEST_F(BoardDragTest, DroppingInTheSameWaveChangesNothing)
{
    load(boardPlan());
    const int steps = document->undoStack()->count();
    ui::board::CapabilityBar *d = bar("D", "");
    const QPoint from = middleOf(d);
    // 30 days later: D's start (day 0) lands on day 30, still wave 1.
    const QPoint to = toView(d->sceneBarRect().center() + QPointF(30 * scene->style().dayWidth, 0));

    drag(from, to);

    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_FALSE(capability("D").pinnedWave.has_value());
    EXPECT_EQ(scene->ghost(), nullptr);
}

TEST_F(BoardDragTest, EscapeCancelsADrag)
{
    load(boardPlan());
    const int steps = document->undoStack()->count();
    ui::board::CapabilityBar *d = bar("D", "");
    const QPoint from = middleOf(d);
    const QPoint to = dropPointFor(d, 3);
    view->setFocus();

    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport(), from + (to - from) * i / 4);
    ASSERT_TRUE(scene->isDragging());
    QTest::keyClick(view.get(), Qt::Key_Escape);
    EXPECT_FALSE(scene->isDragging());
    EXPECT_EQ(scene->ghost(), nullptr);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);

    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_FALSE(capability("D").pinnedWave.has_value());
}

TEST_F(BoardDragTest, DraggingOneBarOfAMultiTeamCapabilityMovesAllItsBars)
{
    load(boardPlan());
    ui::board::CapabilityBar *webBar = bar("B", "Web");
    ASSERT_EQ(scheduled("B").wave, 1);

    drag(middleOf(webBar), dropPointFor(webBar, 2));

    EXPECT_EQ(capability("B").pinnedWave, 2);
    EXPECT_EQ(scheduled("B").wave, 2);
    EXPECT_DOUBLE_EQ(bar("B", "Data")->sceneBarRect().left(), scene->xOfDay(scheduled("B").startDay));
    EXPECT_DOUBLE_EQ(bar("B", "Web")->sceneBarRect().left(), scene->xOfDay(scheduled("B").startDay));
    EXPECT_GE(scheduled("B").startDay, 90);
}

TEST_F(BoardDragTest, UnpinIsOneUndoStepForAllSelected)
{
    Plan plan = boardPlan();
    plan.capabilities[3].pinnedWave = 2; // D
    plan.capabilities[4].pinnedWave = 2; // E
    load(plan);
    QUndoStack *stack = document->undoStack();
    const int steps = stack->count();

    selection->setSelectedKeys({"D", "E", "A"});
    EXPECT_EQ(scene->unpinSelected(), 2);

    EXPECT_FALSE(capability("D").pinnedWave.has_value());
    EXPECT_FALSE(capability("E").pinnedWave.has_value());
    EXPECT_EQ(stack->count(), steps + 1);
    EXPECT_EQ(stack->undoText(), "Unpin 2 capabilities");
    // Unpinned, D stays where it was: nothing forces it to move and moving it would not end the
    // plan sooner (stable re-planning; Schedule > Optimise Whole Plan reshuffles freely).
    EXPECT_EQ(scheduled("D").wave, 2);

    stack->undo();
    EXPECT_EQ(capability("D").pinnedWave, 2);
    EXPECT_EQ(capability("E").pinnedWave, 2);

    // Nothing pinned in the selection: nothing pushed, a message says why.
    selection->setSelectedKeys({"A"});
    EXPECT_EQ(scene->unpinSelected(), 0);
    EXPECT_EQ(stack->index(), steps);
    EXPECT_FALSE(messages.isEmpty());
}

TEST_F(BoardDragTest, AltArrowsPinTheSelectedCapabilityAWaveLaterOrEarlier)
{
    load(boardPlan());
    view->setFocus();
    selection->setSelectedKeys({"D"});

    QTest::keyClick(view.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(capability("D").pinnedWave, 2);
    EXPECT_EQ(scheduled("D").wave, 2);
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(capability("D").pinnedWave, 3);
    QTest::keyClick(view.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(capability("D").pinnedWave, 2);

    QTest::keyClick(view.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(capability("D").pinnedWave, 1);

    // Wave 1 is the first: Alt+Left there pushes nothing.
    const int steps = document->undoStack()->count();
    QTest::keyClick(view.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_EQ(capability("D").pinnedWave, 1);
}

} // namespace
} // namespace waveplan::test
