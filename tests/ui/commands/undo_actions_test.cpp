// The main window's Edit menu drives the document's undo stack.

#include "ui/document/plan_document.h"

#include "commands/command_test_support.h"
#include "ui/window/main_window.h"

#include "support/plan_generator.h"

#include <QAction>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace waveplan;

TEST(UndoActions, TheEditMenuUndoesAndRedoesTheLastEdit)
{
    ui::MainWindow window;
    const Plan plan = test::generatePlan(17);
    window.showPlan(plan);
    ui::PlanDocument *doc = window.document();
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    ASSERT_TRUE(undo && redo);
    EXPECT_FALSE(undo->isEnabled());

    doc->undoStack()->push(test::editCommand(doc, edit::removeCapabilities(doc->plan(), test::keysOf(QStringList{QString::fromStdString(plan.capabilities[0].key)}))));
    ASSERT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains("Delete " + QString::fromStdString(plan.capabilities[0].key)));
    EXPECT_EQ(window.capabilityTable()->model()->rowCount(), static_cast<int>(plan.capabilities.size()) - 1);
    EXPECT_TRUE(window.isWindowModified());

    undo->trigger();
    EXPECT_TRUE(window.plan() == withIds(plan));
    EXPECT_EQ(window.capabilityTable()->model()->rowCount(), static_cast<int>(plan.capabilities.size()));
    EXPECT_FALSE(window.isWindowModified());

    redo->trigger();
    EXPECT_EQ(window.plan().capabilities.size(), plan.capabilities.size() - 1);
    EXPECT_TRUE(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
}

TEST(UndoActions, OpeningAPlanStartsAFreshHistory)
{
    ui::MainWindow window;
    window.showPlan(test::generatePlan(18));
    ui::PlanDocument *doc = window.document();
    doc->undoStack()->push(test::editCommand(doc, edit::removeCapabilities(doc->plan(), test::keysOf(QStringList{QString::fromStdString(doc->plan().capabilities[0].key)}))));

    window.showPlan(test::generatePlan(19));

    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_FALSE(window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled());
}
