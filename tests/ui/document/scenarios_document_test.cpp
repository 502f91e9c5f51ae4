// Scenarios in the app: a copy of the open plan under a new name, edited on its own with its
// own undo history, switched with the waves each was left with, saved in one file and opened
// again as they were; the window's title, chooser and menu follow.

#include "commands/command_test_support.h"

#include "ui/window/main_window.h"
#include "ui/window/scenario_actions.h"

#include "core/store/plan_store.h"

#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QAction>
#include <QLabel>
#include <QMenu>

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

/// Lengthens `key` by `days` as one undoable edit.
void lengthen(ui::PlanDocument &doc, const std::string &key, int days) {
    Capability c = *doc.plan().findCapability(key);
    c.durationDays += days;
    doc.undoStack()->push(test::editCommand(&doc, edit::editCapability(doc.plan(), key, c)));
}

} // namespace

TEST(ScenariosDocument, ACopyIsEditedOnItsOwnWithItsOwnUndoHistory) {
    auto doc = test::documentWith(test::generatePlan(3));
    const Plan original = doc->plan();
    const std::string key = original.capabilities.front().key;
    EXPECT_EQ(doc->scenarioName(), "Main plan");

    ASSERT_TRUE(doc->newScenarioFromCurrent("Buy the CDP").isEmpty());
    EXPECT_EQ(doc->scenarioName(), "Buy the CDP");
    EXPECT_EQ(doc->scenarioNames(), (QStringList{"Main plan", "Buy the CDP"}));
    EXPECT_EQ(doc->plan(), original);
    EXPECT_FALSE(doc->undoStack()->canUndo()) << "a new scenario starts with an empty history";
    lengthen(*doc, key, 40);
    const Plan changed = doc->plan();

    doc->switchToScenario("Main plan");
    EXPECT_EQ(doc->plan(), original) << "the other scenario is as it was";
    EXPECT_FALSE(doc->undoStack()->canUndo()) << "and undo does not reach into the copy";
    lengthen(*doc, key, 5);

    doc->switchToScenario("Buy the CDP");
    EXPECT_EQ(doc->plan(), changed);
    ASSERT_TRUE(doc->undoStack()->canUndo());
    doc->undoStack()->undo();
    EXPECT_EQ(doc->plan(), original);
    EXPECT_TRUE(doc->isModified());
}

TEST(ScenariosDocument, SavedInOneFileAndOpenedAsTheyWereLeft) {
    const test::TempDir dir;
    const auto path = dir.file("plan.waveplan");
    auto doc = test::documentWith(test::generatePlan(4));
    const std::string key = doc->plan().capabilities.front().key;
    ASSERT_TRUE(doc->newScenarioFromCurrent("Faster").isEmpty());
    lengthen(*doc, key, -1 * (doc->plan().findCapability(key)->durationDays / 2));
    const Plan faster = doc->plan();
    const Schedule fasterSchedule = doc->schedule();
    doc->switchToScenario("Main plan");
    const Plan main = doc->plan();

    ASSERT_TRUE(doc->saveAs(path).ok());
    EXPECT_FALSE(doc->isModified());

    ui::PlanDocument reopened;
    reopened.scheduleRunner()->setImprovementEnabled(false);
    ASSERT_TRUE(reopened.open(path).ok());
    EXPECT_EQ(reopened.scenarioNames(), (QStringList{"Main plan", "Faster"}));
    EXPECT_EQ(reopened.scenarioName(), "Main plan") << "it opens on the scenario that was open";
    EXPECT_EQ(reopened.plan(), main);
    reopened.switchToScenario("Faster");
    EXPECT_EQ(reopened.plan(), faster);
    for (const ScheduledCapability &s : fasterSchedule.capabilities)
        EXPECT_EQ(reopened.schedule().find(s.key)->startDay, s.startDay)
            << "the waves it was left with: " << s.key;
    EXPECT_FALSE(reopened.isModified()) << "switching changes nothing in the file";

    const Status json = reopened.saveAs(dir.file("plan.json"));
    EXPECT_FALSE(json.ok()) << "a plan .json holds one plan";
    EXPECT_NE(json.errorText().find("2 scenarios"), std::string::npos) << json.errorText();
}

TEST(ScenariosDocument, RenameAndDeleteAreRefusedWithAReason) {
    auto doc = test::documentWith(test::generatePlan(5));
    ASSERT_TRUE(doc->newScenarioFromCurrent("B").isEmpty());

    EXPECT_TRUE(doc->newScenarioFromCurrent("B").contains("already a scenario called 'B'"));
    EXPECT_TRUE(doc->renameScenario("B", "Main plan").contains("already a scenario"));
    EXPECT_TRUE(doc->renameScenario("B", "x@y").contains("'#' or '@'"));
    EXPECT_TRUE(doc->renameScenario("B", "Plan B").isEmpty());
    EXPECT_EQ(doc->scenarioName(), "Plan B");

    EXPECT_TRUE(doc->deleteScenario("Plan B").isEmpty());
    EXPECT_EQ(doc->scenarioName(), "Main plan") << "its neighbour opens";
    EXPECT_TRUE(doc->deleteScenario("Main plan").contains("only scenario"));
    EXPECT_TRUE(doc->isModified()) << "a deleted scenario is a change to the file";
}

TEST(ScenariosDocument, TheWindowShowsTheScenarioAndTheChooserSwitches) {
    ui::MainWindow window;
    window.showPlan(test::generatePlan(6));
    EXPECT_FALSE(window.windowTitle().contains("Main plan")) << "one scenario: no need to name it";
    auto *status = window.findChild<QLabel *>(QStringLiteral("planSummary"));
    ASSERT_NE(status, nullptr);
    EXPECT_FALSE(status->text().contains("Scenario")) << status->text().toStdString();
    auto *chooser = window.findChild<ui::ScenarioChooser *>("scenarioChooser");
    ASSERT_NE(chooser, nullptr);
    EXPECT_EQ(chooser->count(), 1);

    ASSERT_TRUE(window.document()->newScenarioFromCurrent("Buy the CDP").isEmpty());

    EXPECT_TRUE(window.windowTitle().contains("Buy the CDP")) << window.windowTitle().toStdString();
    EXPECT_TRUE(status->text().startsWith("Scenario: Buy the CDP | ")) << status->text().toStdString();
    EXPECT_EQ(chooser->count(), 2);
    EXPECT_EQ(chooser->currentText(), "Buy the CDP");
    chooser->setCurrentIndex(0);
    EXPECT_EQ(window.document()->scenarioName(), "Main plan");
    EXPECT_TRUE(window.windowTitle().contains("Main plan"));
    EXPECT_TRUE(status->text().startsWith("Scenario: Main plan | ")) << status->text().toStdString();
    auto *menu = window.findChild<QMenu *>("switchScenarioMenu");
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), 2);
    EXPECT_EQ(menu->actions()[1]->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    menu->actions()[1]->trigger();
    EXPECT_EQ(window.document()->scenarioName(), "Buy the CDP");
    auto *undo = window.findChild<QAction *>("undoAction");
    ASSERT_NE(undo, nullptr);
    EXPECT_FALSE(undo->isEnabled()) << "Undo follows the open scenario's own, empty, history";
}
