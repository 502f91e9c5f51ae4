#pragma once
// Shared by the wave board tests: a plan with two teams and a capability on no team, and a
// fixture with a document, a selection, a board scene and a shown view on the offscreen platform.

#include "ui/board/board_arrow.h"
#include "ui/board/board_backdrop.h"
#include "ui/board/board_scene.h"
#include "ui/board/board_view.h"
#include "ui/board/capability_bar.h"
#include "ui/board/drop_ghost.h"
#include "ui/document/plan_document.h"
#include "ui/document/schedule_runner.h"

#include <QLocale>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace waveplan::test {

/// Teams Data and Web (2 people each). A -> B -> C (lag 5), A -> E. B demands on both teams,
/// D on none. Starts Monday 4 January 2027, four waves of 90 days.
inline Plan boardPlan()
{
    Plan plan;
    plan.name = "Board test";
    plan.teams = {Team{"Data", 2, {}, {}}, Team{"Web", 2, {}, {}}};
    const auto add = [&plan](const char *key, const char *name, CapabilityKind kind, int days,
                             std::vector<TeamDemand> demand) {
        Capability c;
        c.key = key;
        c.name = name;
        c.kind = kind;
        c.durationDays = days;
        c.demand = std::move(demand);
        c.owner = "Owner of " + std::string(key);
        plan.capabilities.push_back(c);
    };
    add("A", "Clean customer data", CapabilityKind::Foundational, 40, {{"Data", 1}});
    add("B", "Customer data platform", CapabilityKind::Foundational, 60, {{"Data", 1}, {"Web", 1}});
    add("C", "Customer journeys", CapabilityKind::Additive, 30, {{"Web", 1}});
    add("D", "Attribution model", CapabilityKind::Additive, 20, {});
    add("E", "Training", CapabilityKind::Additive, 10, {{"Data", 1}});
    plan.dependencies = {{"A", "B", 0}, {"B", "C", 5}, {"A", "E", 0}};
    return plan;
}

class BoardFixture : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }

    /// A board on a document holding `plan`, shown in a `width` x `height` view fitted to it.
    void load(const Plan &plan, int width = 1400, int height = 700)
    {
        document = std::make_unique<ui::PlanDocument>();
        document->scheduleRunner()->setImprovementEnabled(false);
        document->resetPlan(plan);
        selection = std::make_unique<ui::SelectionModel>();
        scene = std::make_unique<ui::board::BoardScene>(document.get(), selection.get());
        show(width, height);
    }

    /// A read-only board of `plan` and its schedule: no document, no selection model of ours.
    void loadReadOnly(const Plan &plan, int width = 1400, int height = 700)
    {
        scene = std::make_unique<ui::board::BoardScene>(plan, computeSchedule(plan));
        show(width, height);
    }

    void show(int width, int height)
    {
        view = std::make_unique<ui::board::BoardView>(scene.get());
        view->resize(width, height);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        view->fitAll();
        QObject::connect(scene.get(), &ui::board::BoardScene::message, scene.get(),
                         [this](const QString &text) { messages.append(text); });
    }

    [[nodiscard]] QWidget *viewport() const { return view->viewport(); }
    [[nodiscard]] QPoint toView(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    [[nodiscard]] ui::board::CapabilityBar *bar(const char *key, const char *team) const
    {
        return scene->bar(QString::fromLatin1(key), QString::fromLatin1(team));
    }
    /// A point on a bar clear of its ends (the middle of the body).
    [[nodiscard]] QPoint middleOf(const ui::board::CapabilityBar *b) const { return toView(b->sceneBarRect().center()); }
    [[nodiscard]] const ScheduledCapability &scheduled(const char *key) const
    {
        const ScheduledCapability *entry = document->schedule().find(key);
        EXPECT_NE(entry, nullptr) << key;
        static const ScheduledCapability none;
        return entry ? *entry : none;
    }
    [[nodiscard]] const Capability &capability(const char *key) const { return *document->plan().findCapability(key); }

    /// Presses at `from`, moves in `steps` steps and releases at `to`, as a user's drag.
    void drag(QPoint from, QPoint to, int steps = 5)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / steps);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    }

    std::unique_ptr<ui::PlanDocument> document;
    std::unique_ptr<ui::SelectionModel> selection;
    std::unique_ptr<ui::board::BoardScene> scene;
    std::unique_ptr<ui::board::BoardView> view;
    QStringList messages;
};

} // namespace waveplan::test
