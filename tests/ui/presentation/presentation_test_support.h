#pragma once
// Shared by the presentation tests: a document holding the small map plan and a presentation
// window on it, shown at a given size on the offscreen platform.

#include "map/map_test_support.h"

#include "ui/board/board_scene.h"
#include "ui/presentation/caption_bar.h"
#include "ui/presentation/presentation_view.h"
#include "ui/presentation/presentation_window.h"

#include <QLabel>

namespace waveplan::test {

class PresentationFixture : public ::testing::Test {
protected:
    void open(const Plan &plan = smallMapPlan(), QSize size = QSize(1920, 1080))
    {
        document = std::make_unique<ui::PlanDocument>();
        document->scheduleRunner()->setImprovementEnabled(false);
        document->resetPlan(plan);
        selection = std::make_unique<ui::SelectionModel>();
        window = std::make_unique<ui::presentation::PresentationWindow>(document.get(), selection.get());
        window->resize(size);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->showWave(0);
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) { QTest::keyClick(window.get(), key, modifiers); }
    [[nodiscard]] double zoom() const { return window->activeView()->zoom(); }
    [[nodiscard]] QString position() const { return window->captionBar()->positionLabel()->text(); }
    /// The scene rectangle on screen in the active view.
    [[nodiscard]] QRectF visibleScene() const
    {
        const ui::presentation::PresentationView *view = window->activeView();
        return view->mapToScene(view->viewport()->rect()).boundingRect();
    }

    std::unique_ptr<ui::PlanDocument> document;
    std::unique_ptr<ui::SelectionModel> selection;
    std::unique_ptr<ui::presentation::PresentationWindow> window;
};

} // namespace waveplan::test
