#include "ui/problems/problems_panel.h"

#include "ui/document/plan_document.h"

#include "commands/command_test_support.h"
#include "table/table_test_support.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

/// The row of the first problem with this code, or -1.
int rowOfCode(const ui::ProblemsPanel &panel, const std::string &code)
{
    for (std::size_t i = 0; i < panel.problems().size(); ++i)
        if (panel.problems()[i].code == code)
            return static_cast<int>(i);
    return -1;
}

} // namespace

TEST(ProblemsPanel, ListsValidationAndScheduleProblemsOnce)
{
    Plan plan = test::tablePlan();
    plan.capabilities[2].deadlineWave = 1; // JOURNEYS cannot finish in wave 1
    auto document = test::documentWith(plan);
    ui::SelectionModel selection;

    ui::ProblemsPanel panel(document.get(), &selection);

    ASSERT_EQ(panel.list()->count(), static_cast<int>(panel.problems().size()));
    EXPECT_GE(rowOfCode(panel, "missing-owner"), 0);
    for (const Problem &p : document->schedule().problems) {
        int seen = 0;
        for (const Problem &shown : panel.problems())
            seen += shown.code == p.code && shown.keys == p.keys ? 1 : 0;
        EXPECT_EQ(seen, 1) << p.message;
    }
    EXPECT_FALSE(document->schedule().problems.empty());
    for (int i = 0; i < panel.list()->count(); ++i)
        EXPECT_EQ(panel.list()->item(i)->text().toStdString(), panel.problems()[static_cast<std::size_t>(i)].message);
}

TEST(ProblemsPanel, ClickingAProblemSelectsItsCapabilities)
{
    auto document = test::documentWith(test::tablePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    QSignalSpy activated(&panel, &ui::ProblemsPanel::problemActivated);
    panel.resize(400, 300);
    panel.show();
    const int row = rowOfCode(panel, "missing-owner");
    ASSERT_GE(row, 0);
    QListWidgetItem *item = panel.list()->item(row);

    QTest::mouseClick(panel.list()->viewport(), Qt::LeftButton, {}, panel.list()->visualItemRect(item).center());

    EXPECT_EQ(selection.selectedKeys(), QStringList{QStringLiteral("ATTR")});
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated[0][0].toStringList(), QStringList{QStringLiteral("ATTR")});
}

TEST(ProblemsPanel, FollowsEditsToThePlan)
{
    auto document = test::documentWith(test::tablePlan());
    ui::SelectionModel selection;
    ui::ProblemsPanel panel(document.get(), &selection);
    ASSERT_GE(rowOfCode(panel, "missing-owner"), 0);
    Capability attr = *document->plan().findCapability("ATTR");
    attr.owner = "Dana";

    document->undoStack()->push(
        test::editCommand(document.get(), edit::editCapability(document->plan(), "ATTR", attr, "Change owner")));

    EXPECT_EQ(rowOfCode(panel, "missing-owner"), -1);
}
