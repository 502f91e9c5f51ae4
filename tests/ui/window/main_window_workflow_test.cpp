// A whole session in the main window, driven the way a user drives it: add a capability on
// the map, connect two cards, edit a table cell through its editor, change a team, undo it all
// from the Edit menu, redo it all, save, open the file in a new window. And a cycle drawn by
// the user is refused with a message.

#include "ui/table/capability_table_model.h"
#include "ui/document/plan_document.h"
#include "ui/window/main_window.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_view.h"
#include "ui/teams/teams_editor.h"

#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

Plan smallPlan()
{
    test::GeneratorOptions options;
    options.capabilities = 6;
    options.teams = 2;
    return test::generatePlan(42, options);
}

/// The Edit menu's action named `objectName` (undoAction, redoAction).
QAction *editMenuAction(ui::MainWindow &window, const QString &objectName)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu() || menu->text() != QObject::tr("&Edit"))
            continue;
        for (QAction *action : menu->menu()->actions())
            if (action->objectName() == objectName)
                return action;
    }
    return nullptr;
}

bool hasDependency(const Plan &plan, const std::string &from, const std::string &to)
{
    for (const Dependency &d : plan.dependencies)
        if (d.predecessor == from && d.successor == to)
            return true;
    return false;
}

class Workflow : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_window.showPlan(m_original);
        m_window.show();
        m_window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_window));
    }

    /// Edit > Undo (or Redo) until it is disabled; returns how many steps it took.
    int triggerUntilDisabled(const QString &objectName)
    {
        QAction *action = editMenuAction(m_window, objectName);
        EXPECT_NE(action, nullptr) << objectName.toStdString();
        int steps = 0;
        while (action && action->isEnabled() && steps < 100) {
            action->trigger();
            ++steps;
        }
        return steps;
    }

    const Plan m_original = smallPlan();
    ui::MainWindow m_window;
};

} // namespace

TEST_F(Workflow, EditUndoAllRedoAllSaveAndReopen)
{
    const std::string first = m_original.capabilities[0].key;
    auto *tabs = m_window.findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    ASSERT_NE(tabs, nullptr);

    // 1. Insert on the focused map adds a capability (NEW1, selected).
    tabs->setCurrentWidget(m_window.mapView());
    m_window.mapView()->setFocus();
    QTest::keyClick(m_window.mapView(), Qt::Key_Insert);
    ASSERT_NE(m_window.plan().findCapability("NEW1"), nullptr);
    EXPECT_EQ(m_window.plan().capabilities.size(), m_original.capabilities.size() + 1);

    // 2. Connect the first capability to the new one.
    ASSERT_TRUE(m_window.mapView()->mapScene()->connectCapabilities(QString::fromStdString(first),
                                                                     QStringLiteral("NEW1")));
    EXPECT_TRUE(hasDependency(m_window.plan(), first, "NEW1"));

    // 3. F2 on the name cell of row 0, type a new name, Enter.
    QTableView *table = m_window.capabilityTable();
    tabs->setCurrentWidget(table->parentWidget()); // the Capabilities page: filter and table
    const QModelIndex nameCell = table->model()->index(0, ui::CapabilityTableModel::Name);
    table->setFocus();
    table->setCurrentIndex(nameCell);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>())
        if (candidate->isVisible())
            editor = candidate;
    ASSERT_NE(editor, nullptr) << "F2 did not open a line editor on the name";
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Clean customer data"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits from a queued call once Enter has been handled.
    EXPECT_TRUE(QTest::qWaitFor([this] { return m_window.plan().capabilities[0].name == "Clean customer data"; }))
        << "the name is still " << m_window.plan().capabilities[0].name;

    // 4. The teams editor: the first team gets 5 more people.
    auto *teams = m_window.findChild<ui::TeamsEditor *>();
    ASSERT_NE(teams, nullptr);
    const int capacity = m_original.teams[0].capacity + 5;
    teams->table()->item(0, ui::TeamsEditor::CapacityColumn)->setText(QString::number(capacity));
    EXPECT_EQ(m_window.plan().teams[0].capacity, capacity);

    const Plan edited = m_window.plan();
    EXPECT_TRUE(m_window.document()->isModified());

    EXPECT_EQ(triggerUntilDisabled(QStringLiteral("undoAction")), 4);
    EXPECT_TRUE(m_window.plan() == withIds(m_original));
    EXPECT_FALSE(m_window.document()->isModified());

    EXPECT_EQ(triggerUntilDisabled(QStringLiteral("redoAction")), 4);
    EXPECT_TRUE(m_window.plan() == withIds(edited));

    test::TempDir dir;
    ASSERT_TRUE(m_window.saveTo(dir.file("session.waveplan")));
    EXPECT_FALSE(m_window.document()->isModified());
    ASSERT_TRUE(m_window.close()); // as a user would, so the file is not open in two windows
    ui::MainWindow reopened;
    ASSERT_TRUE(reopened.openFile(dir.file("session.waveplan")));
    EXPECT_TRUE(reopened.plan() == withIds(edited));
}

TEST_F(Workflow, ACycleDrawnByTheUserIsRefusedWithAMessage)
{
    const QString a = QString::fromStdString(m_original.capabilities[0].key);
    const QString b = QString::fromStdString(m_original.capabilities[1].key);
    ui::map::MapScene *scene = m_window.mapView()->mapScene();
    if (!hasDependency(m_original, a.toStdString(), b.toStdString())) {
        ASSERT_TRUE(scene->connectCapabilities(a, b));
    }
    const Plan before = m_window.plan();
    const int steps = m_window.document()->undoStack()->count();
    QSignalSpy messages(scene, &ui::map::MapScene::message);

    EXPECT_FALSE(scene->connectCapabilities(b, a));

    EXPECT_TRUE(m_window.plan() == withIds(before));
    EXPECT_EQ(m_window.document()->undoStack()->count(), steps);
    ASSERT_EQ(messages.count(), 1);
    const QString text = messages.front().front().toString();
    EXPECT_TRUE(text.contains(a) && text.contains(b)) << text.toStdString();
    EXPECT_EQ(m_window.statusBar()->currentMessage(), text);
}
