// The shared selection follows key renames: renaming a selected capability keeps it selected
// under its new key, and undoing the rename selects the old key again.

#include "ui/document/plan_document.h"
#include "ui/window/main_window.h"
#include "ui/map/capability_card.h"
#include "ui/map/map_scene.h"
#include "ui/map/map_view.h"

#include "commands/command_test_support.h"
#include "support/plan_generator.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>

using namespace waveplan;
using waveplan::test::documentWith;

namespace {

QUndoCommand *renameCommand(ui::PlanDocument &doc, const std::string &from, const std::string &to)
{
    Capability c = *doc.plan().findCapability(from);
    c.key = to;
    return test::editCommand(&doc, edit::editCapability(doc.plan(), from, c, "Rename"));
}

QStringList selectedTableKeys(const QTableView *table)
{
    QStringList keys;
    for (const QModelIndex &row : table->selectionModel()->selectedRows(0))
        keys << row.data().toString();
    return keys;
}

QStringList selectedCardKeys(ui::map::MapScene *scene)
{
    QStringList keys;
    for (QGraphicsItem *item : scene->selectedItems())
        if (item->type() == ui::map::CapabilityCard::Type)
            keys << static_cast<ui::map::CapabilityCard *>(item)->key();
    return keys;
}

} // namespace

TEST(SelectionRename, SelectionFollowsARenameItsUndoAndItsRedo)
{
    const Plan plan = test::generatePlan(3);
    auto doc = documentWith(plan);
    ui::SelectionModel selection(doc.get(), nullptr);
    const QString first = QString::fromStdString(plan.capabilities[0].key);
    const QString second = QString::fromStdString(plan.capabilities[1].key);
    selection.setSelectedKeys({first, second});

    doc->undoStack()->push(renameCommand(*doc, plan.capabilities[1].key, "RENAMED"));
    EXPECT_EQ(selection.selectedKeys(), (QStringList{first, QStringLiteral("RENAMED")}));

    doc->undoStack()->undo();
    EXPECT_EQ(selection.selectedKeys(), (QStringList{first, second}));

    doc->undoStack()->redo();
    EXPECT_EQ(selection.selectedKeys(), (QStringList{first, QStringLiteral("RENAMED")}));
}

TEST(SelectionRename, AnUnselectedRenameLeavesTheSelectionAlone)
{
    const Plan plan = test::generatePlan(3);
    auto doc = documentWith(plan);
    ui::SelectionModel selection(doc.get(), nullptr);
    const QString first = QString::fromStdString(plan.capabilities[0].key);
    selection.setSelectedKeys({first});
    QSignalSpy spy(&selection, &ui::SelectionModel::selectionChanged);

    doc->undoStack()->push(renameCommand(*doc, plan.capabilities[1].key, "RENAMED"));

    EXPECT_EQ(selection.selectedKeys(), QStringList{first});
    EXPECT_EQ(spy.count(), 0);
}

TEST(SelectionRename, TheRenameIsAnnouncedAroundThePlanChange)
{
    const Plan plan = test::generatePlan(3);
    auto doc = documentWith(plan);
    QStringList order;
    QObject context;
    const auto holds = [&doc](const QString &key) { return doc->plan().findCapability(key.toStdString()) != nullptr; };
    QObject::connect(doc.get(), &ui::PlanDocument::capabilityAboutToBeRenamed, &context,
                     [&](const QString &from, const QString &to) {
                         EXPECT_TRUE(holds(from) && !holds(to)); // not renamed yet
                         order << QStringLiteral("about to rename %1 %2").arg(from, to);
                     });
    QObject::connect(doc.get(), &ui::PlanDocument::capabilityRenamed, &context,
                     [&](const QString &from, const QString &to) {
                         EXPECT_TRUE(!holds(from) && holds(to));
                         order << QStringLiteral("renamed %1 %2").arg(from, to);
                     });
    QObject::connect(doc.get(), &ui::PlanDocument::planChanged, &context,
                     [&order](ui::PlanChange, const QStringList &) { order << QStringLiteral("changed"); });
    const QString old = QString::fromStdString(plan.capabilities[0].key);

    doc->undoStack()->push(renameCommand(*doc, plan.capabilities[0].key, "NEW"));
    doc->undoStack()->undo();

    EXPECT_EQ(order, (QStringList{QStringLiteral("about to rename %1 NEW").arg(old), QStringLiteral("changed"),
                                  QStringLiteral("renamed %1 NEW").arg(old),
                                  QStringLiteral("about to rename NEW %1").arg(old), QStringLiteral("changed"),
                                  QStringLiteral("renamed NEW %1").arg(old)}));
}

TEST(SelectionRename, ASelectionDroppedByAViewDuringTheRenameComesBackRenamed)
{
    // What the map and the table do: their card or row for the old key goes away, and with it
    // the selection, while they follow planChanged.
    const Plan plan = test::generatePlan(3);
    auto doc = documentWith(plan);
    ui::SelectionModel selection(doc.get(), nullptr);
    QObject context;
    QObject::connect(doc.get(), &ui::PlanDocument::planChanged, &context,
                     [&selection](ui::PlanChange, const QStringList &) { selection.clear(); });
    const QString old = QString::fromStdString(plan.capabilities[0].key);
    selection.setSelectedKeys({old});

    doc->undoStack()->push(renameCommand(*doc, plan.capabilities[0].key, "NEW"));
    EXPECT_EQ(selection.selectedKeys(), QStringList{QStringLiteral("NEW")});

    doc->undoStack()->undo();
    EXPECT_EQ(selection.selectedKeys(), QStringList{old});
}

TEST(SelectionRename, TheWindowsTableAndMapKeepTheRenamedCapabilitySelected)
{
    ui::MainWindow window;
    const Plan plan = test::generatePlan(4);
    window.showPlan(plan);
    window.show();
    const QString old = QString::fromStdString(plan.capabilities[2].key);
    QTableView *table = window.capabilityTable();
    table->selectRow(2);
    ASSERT_EQ(selectedTableKeys(table), QStringList{old});

    window.document()->undoStack()->push(renameCommand(*window.document(), old.toStdString(), "RENAMED"));
    EXPECT_EQ(selectedTableKeys(table), QStringList{QStringLiteral("RENAMED")});
    EXPECT_EQ(selectedCardKeys(window.mapView()->mapScene()), QStringList{QStringLiteral("RENAMED")});

    window.document()->undoStack()->undo();
    EXPECT_EQ(selectedTableKeys(table), QStringList{old});
    EXPECT_EQ(selectedCardKeys(window.mapView()->mapScene()), QStringList{old});
}
