// The wave board's view: selection shared with other views by mouse and keyboard, fit and zoom,
// and its place in the main window.

#include "board_test_support.h"

#include "ui/window/main_window.h"
#include "ui/map/map_view.h"

#include <QMenuBar>
#include <QTabWidget>

namespace waveplan::test {
namespace {

class BoardViewTest : public BoardFixture {};

TEST_F(BoardViewTest, ClickingABarSelectsItsCapabilityEverywhere)
{
    load(boardPlan());

    QTest::mouseClick(viewport(), Qt::LeftButton, {}, middleOf(bar("C", "Web")));
    EXPECT_EQ(selection->selectedKeys(), QStringList{"C"});

    // One of B's two bars: the capability is selected, so both its bars are.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, middleOf(bar("B", "Web")));
    EXPECT_EQ(selection->selectedKeys(), QStringList{"B"});
    EXPECT_TRUE(bar("B", "Data")->isSelected());
    EXPECT_TRUE(bar("B", "Web")->isSelected());
    EXPECT_FALSE(bar("C", "Web")->isSelected());

    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, middleOf(bar("A", "Data")));
    EXPECT_EQ(selection->selectedKeys(), (QStringList{"B", "A"}));

    // A plain click on a bar of a selected capability selects just that capability.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, middleOf(bar("B", "Data")));
    EXPECT_EQ(selection->selectedKeys(), QStringList{"B"});
    EXPECT_TRUE(bar("B", "Web")->isSelected());

    // Ctrl+click on one of its bars deselects the capability, all its bars.
    QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, middleOf(bar("B", "Web")));
    EXPECT_TRUE(selection->selectedKeys().isEmpty());
    EXPECT_FALSE(bar("B", "Data")->isSelected());
}

TEST_F(BoardViewTest, ClickingEmptySpaceClearsTheSelection)
{
    load(boardPlan());
    selection->setSelectedKeys({"A"});
    // Below the last lane, inside the scene.
    const QRectF lane = scene->laneRect(scene->laneCount() - 1);
    const QPoint empty = toView(QPointF(scene->xOfDay(300), lane.top() + 2));
    ASSERT_EQ(scene->barAt(view->mapToScene(empty)), nullptr);

    QTest::mouseClick(viewport(), Qt::LeftButton, {}, empty);
    EXPECT_TRUE(selection->selectedKeys().isEmpty());
}

TEST_F(BoardViewTest, ArrowKeysMoveTheSelectionBetweenBars)
{
    load(boardPlan());
    view->setFocus();

    QTest::keyClick(view.get(), Qt::Key_Right); // nothing selected: the top-left bar
    EXPECT_EQ(selection->selectedKeys(), QStringList{"A"});
    QTest::keyClick(view.get(), Qt::Key_Right); // along the Data lane: B starts where A ends
    EXPECT_EQ(selection->selectedKeys(), QStringList{"B"});
    QTest::keyClick(view.get(), Qt::Key_Down); // E, under B in the Data lane
    EXPECT_EQ(selection->selectedKeys(), QStringList{"E"});
    QTest::keyClick(view.get(), Qt::Key_Down); // B's bar in the Web lane, below
    EXPECT_EQ(selection->selectedKeys(), QStringList{"B"});
    QTest::keyClick(view.get(), Qt::Key_Right); // C follows B in the Web lane
    EXPECT_EQ(selection->selectedKeys(), QStringList{"C"});
    QTest::keyClick(view.get(), Qt::Key_Left);
    EXPECT_EQ(selection->selectedKeys(), QStringList{"B"});
}

TEST_F(BoardViewTest, FitShowsTheWholeBoard)
{
    load(boardPlan());
    view->zoomBy(4, QPointF(10, 10));
    view->setFocus();

    QTest::keyClick(view.get(), Qt::Key_0, Qt::ControlModifier);

    const QRect visible = viewport()->rect();
    for (const ui::board::CapabilityBar *b : scene->allBars())
        EXPECT_TRUE(visible.contains(view->mapFromScene(b->sceneBarRect()).boundingRect())) << b->key().toStdString();
    for (int wave = 1; wave <= scene->waveCount(); ++wave)
        EXPECT_TRUE(visible.contains(view->mapFromScene(scene->waveRect(wave)).boundingRect()));
}

TEST_F(BoardViewTest, ZoomKeysAndWheelZoom)
{
    load(boardPlan());
    const double start = view->zoom();
    view->setFocus();

    QTest::keyClick(view.get(), Qt::Key_Equal, Qt::ControlModifier);
    const double zoomedIn = view->zoom();
    QTest::keyClick(view.get(), Qt::Key_Minus, Qt::ControlModifier);

    EXPECT_GT(zoomedIn, start);
    EXPECT_NEAR(view->zoom(), start, 1e-9);

    // Zoomed in far enough that the board overflows the view both ways (a fitted board cannot
    // scroll), the scene point under the cursor stays under it.
    view->zoomBy(4, viewport()->rect().center());
    const QPoint cursor(viewport()->width() / 3, viewport()->height() / 3);
    const QPointF under = view->mapToScene(cursor);
    view->zoomBy(1.5, cursor);
    const QPointF after = view->mapToScene(cursor);
    EXPECT_NEAR(after.x(), under.x(), 2 / view->zoom());
    EXPECT_NEAR(after.y(), under.y(), 2 / view->zoom());
}

TEST_F(BoardViewTest, ShowDependenciesActionTogglesArrows)
{
    load(boardPlan());
    view->showDependenciesAction()->trigger();
    EXPECT_TRUE(scene->showDependencies());
    EXPECT_EQ(scene->arrows().size(), 3);
    view->showDependenciesAction()->trigger();
    EXPECT_TRUE(scene->arrows().isEmpty());
}

TEST_F(BoardViewTest, HasAnAccessibleName)
{
    load(boardPlan());
    EXPECT_FALSE(view->accessibleName().isEmpty());
    for (QAction *action : view->actions())
        EXPECT_FALSE(action->text().isEmpty());
}

TEST(BoardInMainWindow, IsATabWithABoardMenu)
{
    ui::MainWindow window;
    window.setPrompt([](ui::MainWindow::Question, const QString &) { return QMessageBox::Discard; });
    window.showPlan(boardPlan());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    ASSERT_NE(tabs, nullptr);
    auto *boardView = window.findChild<ui::board::BoardView *>(QStringLiteral("boardView"));
    ASSERT_NE(boardView, nullptr);
    EXPECT_EQ(boardView, window.boardView());
    EXPECT_EQ(tabs->indexOf(boardView), tabs->indexOf(window.mapView()) + 1); // right after the map
    EXPECT_EQ(tabs->tabText(tabs->indexOf(boardView)), "&Wave board");
    EXPECT_EQ(boardView->boardScene()->bars("B").size(), 2);

    // The window's selection reaches the board.
    window.selection()->setSelectedKeys({"C"});
    EXPECT_TRUE(boardView->boardScene()->firstBar("C")->isSelected());

    bool hasBoardMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        hasBoardMenu = hasBoardMenu || menu->text() == "&Board";
    EXPECT_TRUE(hasBoardMenu);
}

} // namespace
} // namespace waveplan::test
