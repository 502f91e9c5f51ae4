// The capabilities table as the window shows it: the schedule's columns after the name, the key
// column frozen at the left edge while the others scroll.
#include "ui/table/capability_table_view.h"

#include "ui/document/plan_document.h"
#include "ui/table/capability_table_model.h"

#include "commands/command_test_support.h"
#include "table/table_test_support.h"

#include <QApplication>
#include <QHeaderView>
#include <QPalette>
#include <QScrollBar>

#include <gtest/gtest.h>

using namespace waveplan;
using Model = ui::CapabilityTableModel;

namespace {

struct TableFixture {
    std::unique_ptr<ui::PlanDocument> document = test::documentWith(test::tablePlan());
    Model model{document.get()};
    ui::CapabilityTableView view;

    TableFixture()
    {
        view.setModel(&model);
        view.resize(600, 300);
        view.show();
        QApplication::processEvents();
    }
};

} // namespace

TEST(CapabilityTableView, WhenComesRightAfterTheNameAndTheReasonLast)
{
    TableFixture f;
    const QHeaderView *header = f.view.horizontalHeader();

    const int name = header->visualIndex(Model::Name);
    EXPECT_EQ(header->visualIndex(Model::Key), 0);
    EXPECT_EQ(header->visualIndex(Model::Wave), name + 1);
    EXPECT_EQ(header->visualIndex(Model::StartDate), name + 2);
    EXPECT_EQ(header->visualIndex(Model::FinishDate), name + 3);
    EXPECT_EQ(header->visualIndex(Model::Slack), name + 4);
    EXPECT_EQ(header->visualIndex(Model::Reason), Model::ColumnCount - 1);
}

TEST(CapabilityTableView, TheKeyColumnStaysInViewWhenTheOthersScroll)
{
    TableFixture f;
    const QTableView *frozen = f.view.frozenKeyView();
    for (int column = 0; column < Model::ColumnCount; ++column)
        EXPECT_EQ(frozen->isColumnHidden(column), column != Model::Key) << column;
    EXPECT_EQ(frozen->selectionModel(), f.view.selectionModel()) << "one selection for both";

    f.view.horizontalScrollBar()->setValue(f.view.horizontalScrollBar()->maximum());
    QApplication::processEvents();

    ASSERT_GT(f.view.horizontalScrollBar()->maximum(), 0) << "the table must be wider than the view";
    EXPECT_TRUE(frozen->isVisible());
    EXPECT_EQ(frozen->x(), f.view.frameWidth());
    EXPECT_EQ(frozen->width(), f.view.columnWidth(Model::Key));
    EXPECT_LT(f.view.columnViewportPosition(Model::Key), 0) << "the table's own key column scrolled away";
    EXPECT_GE(frozen->columnViewportPosition(Model::Key), 0);
    EXPECT_EQ(frozen->model()->index(0, Model::Key).data().toString(), QStringLiteral("DATA"));
}

TEST(CapabilityTableView, TheScheduleColumnsKeepFullContrastText)
{
    TableFixture f;
    const QModelIndex wave = f.model.index(0, Model::Wave);

    EXPECT_FALSE(wave.data(Qt::ForegroundRole).isValid()) << "not the disabled grey";
    EXPECT_EQ(wave.data(Qt::BackgroundRole).value<QBrush>(), QPalette().brush(QPalette::Window));
    EXPECT_FALSE(f.model.index(0, Model::Name).data(Qt::BackgroundRole).isValid());
}
