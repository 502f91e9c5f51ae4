#include "ui/teams/teams_editor.h"


#include "commands/command_test_support.h"
#include "schedule/plan_builder.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace waveplan;
using waveplan::test::documentWith;
using Column = waveplan::ui::TeamsEditor::Column;

namespace {

Plan teamPlan()
{
    return test::PlanBuilder()
        .team("Data", 2, 3)
        .team("Marketing", 3)
        .team("Legal", 1)
        .capability("DATA", 10, "Data")
        .capability("CDP", 20, "Data")
        .demand("CDP", "Marketing", 1)
        .build();
}

struct TeamsFixture {
    std::unique_ptr<ui::PlanDocument> document = documentWith(teamPlan());
    ui::TeamsEditor editor{document.get()};
    QTableWidget *table = editor.table();

    TeamsFixture() { editor.show(); }
    [[nodiscard]] int undoSteps() const { return document->undoStack()->count(); }
    void edit(int row, Column column, const QString &text) { table->item(row, column)->setText(text); }
};

} // namespace

TEST(TeamsEditor, ShowsOneRowPerTeam)
{
    TeamsFixture f;
    f.document->undoStack()->push(test::editCommand(f.document.get(), edit::editTeam(f.document->plan(), "Legal", Team{"Legal", 1, {{2, 3}, {4, 0}}, {}})));

    ASSERT_EQ(f.table->rowCount(), 3);
    EXPECT_EQ(f.table->item(0, Column::NameColumn)->text(), "Data");
    EXPECT_EQ(f.table->item(0, Column::CapacityColumn)->text(), "2");
    EXPECT_EQ(f.table->item(0, Column::ChangeLimitColumn)->text(), "3");
    EXPECT_EQ(f.table->item(1, Column::ChangeLimitColumn)->text(), "");
    EXPECT_EQ(f.table->item(2, Column::CapacityByWaveColumn)->text(), "w2=3; w4=0");
}

TEST(TeamsEditor, AddTeamAppendsAFreeNameAndUndoRemovesIt)
{
    TeamsFixture f;
    const Plan before = f.document->plan();

    QTest::mouseClick(f.editor.addButton(), Qt::LeftButton);
    QTest::mouseClick(f.editor.addButton(), Qt::LeftButton);

    ASSERT_EQ(f.undoSteps(), 2);
    ASSERT_EQ(f.document->plan().teams.size(), 5u);
    EXPECT_EQ(f.document->plan().teams[3].name, "Team 1");
    EXPECT_EQ(f.document->plan().teams[4].name, "Team 2");
    EXPECT_EQ(f.table->rowCount(), 5);
    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    EXPECT_TRUE(f.document->plan() == before);
    EXPECT_EQ(f.table->rowCount(), 3);
}

TEST(TeamsEditor, RenamingATeamRenamesItInEveryDemandAndUndoRestoresThePlan)
{
    TeamsFixture f;
    const Plan before = f.document->plan();

    f.edit(0, Column::NameColumn, "Analytics");

    ASSERT_EQ(f.undoSteps(), 1);
    EXPECT_EQ(f.document->plan().teams[0].name, "Analytics");
    EXPECT_EQ(demandOn(*f.document->plan().findCapability("CDP"), "Analytics"), 1);
    EXPECT_EQ(demandOn(*f.document->plan().findCapability("DATA"), "Analytics"), 1);
    f.document->undoStack()->undo();
    EXPECT_TRUE(f.document->plan() == before);
    EXPECT_EQ(f.table->item(0, Column::NameColumn)->text(), "Data");
}

TEST(TeamsEditor, RemovingATeamInUseIsRefusedWithTheCapabilitiesThatDemandIt)
{
    TeamsFixture f;
    const Plan before = f.document->plan();
    f.table->setCurrentCell(1, Column::NameColumn);

    QTest::mouseClick(f.editor.removeButton(), Qt::LeftButton);

    EXPECT_EQ(f.undoSteps(), 0);
    EXPECT_TRUE(f.document->plan() == before);
    EXPECT_TRUE(f.editor.message().contains("CDP")) << f.editor.message().toStdString();
    // The edit builder's own words.
    EXPECT_EQ(f.editor.message().toStdString(), edit::removeTeam(before, "Marketing").errors().front().message);
}

TEST(TeamsEditor, RemovingAnUnusedTeamIsOneUndoableStep)
{
    TeamsFixture f;
    const Plan before = f.document->plan();
    f.table->setCurrentCell(2, Column::NameColumn);

    QTest::mouseClick(f.editor.removeButton(), Qt::LeftButton);

    ASSERT_EQ(f.undoSteps(), 1);
    EXPECT_EQ(f.document->plan().findTeam("Legal"), nullptr);
    EXPECT_EQ(f.table->rowCount(), 2);
    f.document->undoStack()->undo();
    EXPECT_TRUE(f.document->plan() == before);
}

TEST(TeamsEditor, EditingCapacityLimitAndWaveOverridesAreEachOneStep)
{
    TeamsFixture f;
    const Plan before = f.document->plan();

    f.edit(1, Column::CapacityColumn, "5");
    f.edit(1, Column::ChangeLimitColumn, "2");
    f.edit(0, Column::ChangeLimitColumn, "");
    f.edit(1, Column::CapacityByWaveColumn, "w2=3; w4=1");

    ASSERT_EQ(f.undoSteps(), 4);
    const Team &marketing = *f.document->plan().findTeam("Marketing");
    EXPECT_EQ(marketing.capacity, 5);
    EXPECT_EQ(marketing.goLiveLimit, 2);
    EXPECT_EQ(marketing.capacityByWave, (std::map<int, int>{{2, 3}, {4, 1}}));
    EXPECT_EQ(f.document->plan().findTeam("Data")->goLiveLimit, std::nullopt);
    for (int i = 0; i < 4; ++i)
        f.document->undoStack()->undo();
    EXPECT_TRUE(f.document->plan() == before);
}

TEST(TeamsEditor, InvalidCellsShowAMessagePushNothingAndPutTheValueBack)
{
    TeamsFixture f;
    const Plan before = f.document->plan();

    f.edit(1, Column::CapacityColumn, "-1");
    f.edit(1, Column::ChangeLimitColumn, "100");
    f.edit(1, Column::CapacityByWaveColumn, "w0=2");
    f.edit(1, Column::NameColumn, "Data");
    const QString takenName = f.editor.message();
    f.edit(1, Column::NameColumn, "");

    EXPECT_EQ(f.undoSteps(), 0);
    EXPECT_TRUE(f.document->plan() == before);
    EXPECT_TRUE(takenName.contains("already")) << takenName.toStdString();
    EXPECT_FALSE(f.editor.message().isEmpty());
    EXPECT_EQ(f.table->item(1, Column::CapacityColumn)->text(), "3");
    EXPECT_EQ(f.table->item(1, Column::NameColumn)->text(), "Marketing");
}

TEST(TeamsEditor, EveryColumnHeaderFitsEvenInANarrowEditor)
{
    TeamsFixture f;
    f.editor.resize(220, 300);
    QApplication::processEvents();

    const QHeaderView *header = f.table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    for (int column = 0; column < Column::ColumnCount; ++column) {
        const QString title = f.table->horizontalHeaderItem(column)->text();
        EXPECT_GE(header->sectionSize(column), metrics.horizontalAdvance(title)) << title.toStdString();
    }
    // All of it in view: nothing hides behind a horizontal scroll bar either.
    EXPECT_LE(header->length(), f.table->viewport()->width());
}
