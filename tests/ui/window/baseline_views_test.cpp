// Baselines as people see them: the board's grey shadows at the frozen dates, the table's
// "Go-live vs" column and the inspector's sentence, all following freeze, undo, rename, delete
// and Schedule > Show Baseline; the main window's Freeze Baseline action and the hidden column.

#include "commands/command_test_support.h"

#include "ui/board/baseline_shadow.h"
#include "ui/board/board_scene.h"
#include "ui/board/capability_bar.h"
#include "ui/inspector/capability_inspector.h"
#include "ui/table/capability_table_model.h"
#include "ui/table/capability_table_view.h"
#include "ui/window/baseline_actions.h"
#include "ui/window/main_window.h"

#include "core/edit/baseline_edits.h"
#include "core/schedule/baseline_drift.h"

#include <QAction>
#include <QLabel>
#include <QMenu>

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

const Date kFrozenOn{std::chrono::year{2027}, std::chrono::January, std::chrono::day{15}};

void freeze(ui::PlanDocument &doc, const std::string &name) {
    doc.undoStack()->push(test::editCommand(
        &doc,
        edit::freezeBaseline(doc.plan(), baselineOf(name, kFrozenOn, doc.plan(), doc.schedule()))));
}

void pinAToWave2(ui::PlanDocument &doc) {
    Capability a = *doc.plan().findCapability("A");
    a.pinnedWave = 2;
    doc.undoStack()->push(
        test::editCommand(&doc, edit::editCapability(doc.plan(), "A", a, "Pin A to wave 2")));
}

struct Views {
    explicit Views(Plan plan = test::dataAndMarketingPlan()) : doc(test::documentWith(std::move(plan))) {}

    std::unique_ptr<ui::PlanDocument> doc;
    ui::SelectionModel selection;
    ui::board::BoardScene board{doc.get(), &selection};
    ui::CapabilityTableModel table{doc.get()};
    ui::CapabilityInspector inspector{doc.get(), &selection};

    /// The table's drift cell of `key`.
    QString driftOf(const char *key) const {
        return table.index(table.rowOfKey(key), ui::CapabilityTableModel::Drift).data().toString();
    }
    const ui::board::BaselineShadow *shadowOf(const char *key) const {
        for (const ui::board::BaselineShadow *s : board.baselineShadows())
            if (s->key() == key)
                return s;
        return nullptr;
    }
};

} // namespace

TEST(BaselineViews, FreezingShowsAShadowUnderEveryBarAtItsOwnDates) {
    Views views;
    EXPECT_TRUE(views.board.baselineShadows().empty());
    EXPECT_EQ(views.doc->shownBaseline(), nullptr);

    freeze(*views.doc, "Board approved");

    ASSERT_NE(views.doc->shownBaseline(), nullptr);
    EXPECT_EQ(views.doc->shownBaseline()->name, "Board approved");
    ASSERT_EQ(views.board.baselineShadows().size(), 4u);
    for (const ui::board::BaselineShadow *shadow : views.board.baselineShadows()) {
        const QRectF bar = views.board.bars(shadow->key()).front()->sceneBarRect();
        EXPECT_NEAR(shadow->shadowRect().left(), bar.left(), 0.01) << shadow->key().toStdString();
        EXPECT_NEAR(shadow->shadowRect().right(), bar.right(), 0.01);
        EXPECT_GT(shadow->shadowRect().top(), bar.bottom()) << "under the bar, not over it";
    }
    EXPECT_EQ(views.driftOf("A"), "0 d");
    ASSERT_NE(views.board.baselineKey(), nullptr) << "the corner says what the grey lines are";
    EXPECT_EQ(views.board.baselineKey()->text(), "Baseline: Board approved");
    EXPECT_EQ(views.table.headerData(ui::CapabilityTableModel::Drift, Qt::Horizontal).toString(),
              "Go-live vs Board approved");
}

TEST(BaselineViews, AWorkingCalendarPlansShadowsLieUnderTheirBars) {
    // Baselines keep calendar days; the board counts worked days: the shadows must be placed
    // through dates, or on a Monday-to-Friday plan they land 7/5 as far to the right.
    Plan plan = test::dataAndMarketingPlan();
    plan.calendar = mondayToFriday();
    plan.calendar.holidays = {{plan.startDate, "Closed"}};
    Views views(plan);

    freeze(*views.doc, "Board approved");

    ASSERT_EQ(views.board.baselineShadows().size(), 4u);
    for (const ui::board::BaselineShadow *shadow : views.board.baselineShadows()) {
        const QRectF bar = views.board.bars(shadow->key()).front()->sceneBarRect();
        EXPECT_NEAR(shadow->shadowRect().left(), bar.left(), 0.01) << shadow->key().toStdString();
        EXPECT_NEAR(shadow->shadowRect().right(), bar.right(), 0.01) << shadow->key().toStdString();
    }
    EXPECT_EQ(views.driftOf("A"), "0 d");
}

TEST(BaselineViews, AfterAnEditTheShadowsStayWhereTheBarsWereAndDriftIsShown) {
    Views views;
    freeze(*views.doc, "Board approved");
    const QRectF aThen = views.board.bars("A").front()->sceneBarRect();
    const QRectF cThen = views.board.bars("C").front()->sceneBarRect();

    pinAToWave2(*views.doc);

    const QRectF aNow = views.board.bars("A").front()->sceneBarRect();
    ASSERT_GT(aNow.left(), aThen.left() + 1) << "A moved to wave 2";
    ASSERT_NE(views.shadowOf("A"), nullptr);
    EXPECT_NEAR(views.shadowOf("A")->shadowRect().left(), aThen.left(), 0.01);
    EXPECT_NEAR(views.shadowOf("C")->shadowRect().left(), cThen.left(), 0.01);
    const ScheduledCapability &a = *views.doc->schedule().find("A");
    EXPECT_EQ(views.driftOf("A"), QStringLiteral("+%1 d").arg(a.finishDay - 30)); // was days 0-29
    EXPECT_EQ(views.driftOf("C"), "0 d");
    EXPECT_TRUE(views.shadowOf("A")->toolTip().contains("later than in Board approved (was wave 1"))
        << views.shadowOf("A")->toolTip().toStdString();

    views.selection.setSelectedKeys({"A"});
    EXPECT_FALSE(views.inspector.driftLabel()->isHidden());
    EXPECT_TRUE(views.inspector.driftLabel()->text().startsWith(
        QStringLiteral("Goes live %1 days later than in Board approved").arg(a.finishDay - 30)))
        << views.inspector.driftLabel()->text().toStdString();
}

TEST(BaselineViews, UndoRenameDeleteAndShowNoneAreFollowed) {
    Views views;
    freeze(*views.doc, "First");
    freeze(*views.doc, "Second");
    EXPECT_EQ(views.doc->shownBaseline()->name, "Second") << "a new baseline is shown";

    views.doc->undoStack()->undo();
    EXPECT_EQ(views.doc->shownBaseline()->name, "First") << "the most recent one left";
    views.doc->undoStack()->redo();
    EXPECT_EQ(views.doc->shownBaseline()->name, "Second");

    views.doc->undoStack()->push(test::editCommand(
        views.doc.get(), edit::renameBaseline(views.doc->plan(), "Second", "Board")));
    EXPECT_EQ(views.doc->shownBaseline()->name, "Board");
    EXPECT_EQ(views.table.headerData(ui::CapabilityTableModel::Drift, Qt::Horizontal).toString(),
              "Go-live vs Board");
    EXPECT_EQ(views.board.baselineKey()->text(), "Baseline: Board");

    views.doc->showBaseline({});
    EXPECT_EQ(views.doc->shownBaseline(), nullptr);
    EXPECT_TRUE(views.board.baselineShadows().empty());
    EXPECT_EQ(views.board.baselineKey(), nullptr);
    EXPECT_TRUE(views.driftOf("A").isEmpty());
    views.selection.setSelectedKeys({"A"});
    EXPECT_TRUE(views.inspector.driftLabel()->isHidden());

    views.doc->showBaseline("First");
    views.doc->undoStack()->push(
        test::editCommand(views.doc.get(), edit::deleteBaseline(views.doc->plan(), "First")));
    EXPECT_EQ(views.doc->shownBaseline()->name, "Board");
    EXPECT_EQ(views.board.baselineShadows().size(), 4u);
}

TEST(BaselineViews, BaselineEditsLeaveTheScheduleAndItsChangesAlone) {
    Views views;
    pinAToWave2(*views.doc);
    const Schedule before = views.doc->schedule();
    const std::size_t moved = views.doc->lastChanges().moves.size();
    ASSERT_GT(moved, 0u);

    freeze(*views.doc, "Board approved");

    EXPECT_EQ(views.doc->schedule().capabilities, before.capabilities);
    EXPECT_EQ(views.doc->lastChanges().moves.size(), moved)
        << "freezing moved nothing and dismissed nothing";
}

TEST(BaselineViews, TheMainWindowHidesTheDriftColumnUntilABaselineIsShown) {
    ui::MainWindow window;
    window.showPlan(test::dataAndMarketingPlan());
    const int drift = ui::CapabilityTableModel::Drift;
    EXPECT_TRUE(window.capabilityTable()->isColumnHidden(drift));
    auto *freezeAction = window.findChild<QAction *>("freezeBaselineAction");
    ASSERT_NE(freezeAction, nullptr);
    EXPECT_EQ(freezeAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    EXPECT_TRUE(ui::suggestedBaselineName(*window.document()).startsWith("Baseline 20"));

    freeze(*window.document(), ui::suggestedBaselineName(*window.document()).toStdString());

    EXPECT_FALSE(window.capabilityTable()->isColumnHidden(drift));
    EXPECT_TRUE(ui::suggestedBaselineName(*window.document()).endsWith(" (2)"))
        << "never a name already taken";
    auto *menu = window.findChild<QMenu *>("showBaselineMenu");
    ASSERT_NE(menu, nullptr);
    emit menu->aboutToShow();
    ASSERT_EQ(menu->actions().size(), 2); // None, and the one baseline
    EXPECT_TRUE(menu->actions()[1]->isChecked());
    menu->actions()[0]->trigger();
    EXPECT_EQ(window.document()->shownBaseline(), nullptr);
    EXPECT_TRUE(window.capabilityTable()->isColumnHidden(drift));
}
