// ZoomableView, the base of the map and board views: zoom around a point, fit, and panning by
// dragging with the middle button (or the left one while a subclass allows it).

#include "ui/graphics/zoomable_view.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <memory>

namespace {

/// A view whose "Space held" switch a test can flip, as MapView does on Space.
class TestView : public waveplan::ui::ZoomableView {
public:
    using ZoomableView::ZoomableView;
    using ZoomableView::isPanning;
    using ZoomableView::setLeftButtonPans;
};

struct ViewFixture {
    QGraphicsScene scene{0, 0, 4000, 3000};
    TestView view{&scene};

    ViewFixture()
    {
        scene.addRect(0, 0, 4000, 3000);
        view.resize(400, 300);
        view.show();
        QApplication::processEvents();
        // A view starts fitted; these tests start at 100 %, scrolled into the middle.
        view.zoomBy(1 / view.zoom(), QPointF(0, 0));
        QApplication::processEvents();
        view.horizontalScrollBar()->setValue(1000);
        view.verticalScrollBar()->setValue(1000);
    }

    [[nodiscard]] QPoint scrolled() const
    {
        return {view.horizontalScrollBar()->value(), view.verticalScrollBar()->value()};
    }

    /// Sends a press, a move with `button` held, or a release of `button` at `at`.
    void mouse(QEvent::Type type, Qt::MouseButton button, QPoint at)
    {
        const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(button);
        const Qt::MouseButton changed = type == QEvent::MouseMove ? Qt::NoButton : button;
        QMouseEvent event(type, QPointF(at), view.viewport()->mapToGlobal(QPointF(at)), changed, held,
                          Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &event);
    }

    void drag(Qt::MouseButton button, QPoint from, QPoint to)
    {
        mouse(QEvent::MouseButtonPress, button, from);
        mouse(QEvent::MouseMove, button, to);
        mouse(QEvent::MouseButtonRelease, button, to);
    }
};

} // namespace

TEST(ZoomableView, MiddleDragMovesTheSceneWithTheMouse)
{
    ViewFixture f;
    const QPoint before = f.scrolled();

    f.mouse(QEvent::MouseButtonPress, Qt::MiddleButton, {200, 150});
    EXPECT_TRUE(f.view.isPanning());
    f.mouse(QEvent::MouseMove, Qt::MiddleButton, {160, 130});
    f.mouse(QEvent::MouseButtonRelease, Qt::MiddleButton, {160, 130});

    // Dragging 40 px left and 20 px up shows what was 40 px right and 20 px down.
    EXPECT_EQ(f.scrolled(), before + QPoint(40, 20));
    EXPECT_FALSE(f.view.isPanning());
}

TEST(ZoomableView, LeftDragPansOnlyWhileTheSubclassAllowsIt)
{
    ViewFixture f;
    const QPoint before = f.scrolled();

    f.drag(Qt::LeftButton, {200, 150}, {150, 150});
    EXPECT_EQ(f.scrolled(), before); // a rubber band, not a pan

    f.view.setLeftButtonPans(true);
    EXPECT_EQ(f.view.viewport()->cursor().shape(), Qt::OpenHandCursor);
    f.drag(Qt::LeftButton, {200, 150}, {150, 150});
    EXPECT_EQ(f.scrolled(), before + QPoint(50, 0));
    EXPECT_EQ(f.view.viewport()->cursor().shape(), Qt::OpenHandCursor); // still allowed after the drag

    f.view.setLeftButtonPans(false);
    EXPECT_EQ(f.view.viewport()->cursor().shape(), Qt::ArrowCursor);
}

TEST(ZoomableView, CtrlWheelZoomsAroundTheCursorAndThePlainWheelDoesNot)
{
    ViewFixture f;
    const QPoint cursor(100, 80);
    const QPointF under = f.view.mapToScene(cursor);
    const auto wheel = [&](Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(QPointF(cursor), f.view.viewport()->mapToGlobal(QPointF(cursor)), QPoint(), QPoint(0, 240),
                          Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(f.view.viewport(), &event);
    };

    wheel(Qt::ControlModifier); // two notches of 1.15 each

    EXPECT_NEAR(f.view.zoom(), 1.15 * 1.15, 1e-9);
    const QPointF after = f.view.mapToScene(cursor);
    EXPECT_NEAR(after.x(), under.x(), 1.0);
    EXPECT_NEAR(after.y(), under.y(), 1.0);

    wheel(Qt::NoModifier);
    EXPECT_NEAR(f.view.zoom(), 1.15 * 1.15, 1e-9);
}

TEST(ZoomableView, ZoomStaysBetweenFivePercentAndSixHundredPercent)
{
    ViewFixture f;
    f.view.zoomBy(100, {200, 150});
    EXPECT_DOUBLE_EQ(f.view.zoom(), 6.0);
    f.view.zoomBy(1e-6, {200, 150});
    EXPECT_DOUBLE_EQ(f.view.zoom(), 0.05);
    f.view.zoomIn();
    EXPECT_DOUBLE_EQ(f.view.zoom(), 0.05 * 1.25);
}

TEST(ZoomableView, FitShowsTheWholeSceneButBlowsASmallOneUpToTwiceAtMost)
{
    ViewFixture f;
    f.view.fitAll();
    QApplication::processEvents(); // the scroll bars, no longer needed, go
    const QRect onView = f.view.mapFromScene(f.scene.sceneRect()).boundingRect();
    EXPECT_TRUE(f.view.viewport()->rect().adjusted(-1, -1, 1, 1).contains(onView))
        << onView.x() << "," << onView.y() << " " << onView.width() << "x" << onView.height() << " in "
        << f.view.viewport()->width() << "x" << f.view.viewport()->height();

    QGraphicsScene small(0, 0, 40, 30);
    TestView view(&small);
    view.resize(400, 300);
    view.show();
    view.fitAll();
    EXPECT_DOUBLE_EQ(view.zoom(), 2.0);
}

namespace {

/// True when the whole scene rectangle is on the view's viewport (give or take a pixel).
bool showsWholeScene(const TestView &view)
{
    const QRect onView = view.mapFromScene(view.scene()->sceneRect()).boundingRect();
    return view.viewport()->rect().adjusted(-1, -1, 1, 1).contains(onView);
}

/// A 4000 x 3000 scene in a 400 x 300 view, shown as it starts: fitted.
struct FittedView {
    QGraphicsScene scene{0, 0, 4000, 3000};
    TestView view{&scene};

    FittedView()
    {
        view.resize(400, 300);
        view.show();
        QApplication::processEvents();
    }
};

} // namespace

TEST(ZoomableView, StartsFittedAndRefitsWhenResizedOrWhenTheSceneChanges)
{
    FittedView f;
    QGraphicsScene &scene = f.scene;
    TestView &view = f.view;
    ASSERT_TRUE(view.isFitted());
    EXPECT_TRUE(showsWholeScene(view));
    const double small = view.zoom();

    view.resize(1600, 1200); // maximised
    QApplication::processEvents();
    EXPECT_TRUE(showsWholeScene(view));
    EXPECT_GT(view.zoom(), 3 * small) << "the map fills the bigger window, not a tile in it";

    scene.setSceneRect(0, 0, 8000, 3000); // an edit widened the plan
    QApplication::processEvents();
    EXPECT_TRUE(showsWholeScene(view));
}

TEST(ZoomableView, AFittedViewKeepsItsZoomWhileTheChangedSceneStillFitsWell)
{
    FittedView f;
    QGraphicsScene &scene = f.scene;
    TestView &view = f.view;
    const double fitted = view.zoom();

    scene.setSceneRect(0, 0, 4000, 3030); // an edit lengthened the plan a little: it must shrink
    QApplication::processEvents();
    EXPECT_TRUE(showsWholeScene(view));
    const double roomy = view.zoom();
    EXPECT_LT(roomy, fitted);

    scene.setSceneRect(0, 0, 4000, 3060); // a little more, into the room left
    QApplication::processEvents();
    EXPECT_TRUE(showsWholeScene(view));
    EXPECT_DOUBLE_EQ(view.zoom(), roomy) << "every item cached at this zoom stays valid";

    scene.setSceneRect(0, 0, 4000, 2950); // a little shorter: still fills most of the view
    QApplication::processEvents();
    EXPECT_TRUE(showsWholeScene(view));
    EXPECT_DOUBLE_EQ(view.zoom(), roomy);

    scene.setSceneRect(0, 0, 2000, 1500); // half the size: zoomed in to fit again
    QApplication::processEvents();
    EXPECT_TRUE(showsWholeScene(view));
    EXPECT_NEAR(view.zoom(), 2 * fitted, 0.05 * fitted);
    EXPECT_TRUE(view.isFitted());
}

TEST(ZoomableView, ZoomingOrPanningStopsTheFitAndFitAllBringsItBack)
{
    FittedView f;
    TestView &view = f.view;

    view.zoomIn();
    const double zoomed = view.zoom();
    view.resize(800, 600);
    QApplication::processEvents();

    EXPECT_FALSE(view.isFitted());
    EXPECT_DOUBLE_EQ(view.zoom(), zoomed) << "the user's zoom is kept through a resize";

    view.fitAll();
    EXPECT_TRUE(view.isFitted());
    view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd); // as a click on the bar
    EXPECT_FALSE(view.isFitted());
}
