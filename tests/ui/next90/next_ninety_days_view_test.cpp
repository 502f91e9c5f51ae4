#include "ui/next90/next_ninety_days_view.h"

#include "commands/command_test_support.h"
#include "graphics/behind_a_tab.h"
#include "schedule/plan_builder.h"
#include "ui/capacity/capacity_view.h"
#include "ui/window/main_window.h"
#include "ui/next90/next_ninety_model.h"

#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace waveplan;
using waveplan::test::documentWith;
using Model = ui::next90::NextNinetyModel;

namespace {

/// 90-day waves from Mon 4 Jan 2027. DATA (30 days) -> CDP (40) -> MA (30) -> ATTR (20): DATA
/// starts on day 0, CDP on day 30 and goes live on day 69 (Mar 14), MA starts on day 70 and
/// goes live on day 99 (wave 2), ATTR starts on day 100 (wave 2). TRAIN may not start before
/// wave 2. So DATA, CDP and MA start in wave 1.
Plan nextPlan()
{
    Plan plan = test::PlanBuilder()
                    .capability("DATA", 30)
                    .capability("CDP", 40)
                    .capability("MA", 30)
                    .capability("ATTR", 20)
                    .capability("TRAIN", 10)
                    .dependency("DATA", "CDP")
                    .dependency("CDP", "MA")
                    .dependency("MA", "ATTR")
                    .earliest("TRAIN", 2)
                    .build();
    Capability &data = *plan.findCapability("DATA");
    data.name = "Clean customer data";
    data.owner = "Ana";
    data.kpi = "Match rate";
    data.readiness = {4, 4, 3};
    Capability &cdp = *plan.findCapability("CDP");
    cdp.name = "Customer data platform";
    cdp.readiness.technical = 2;
    cdp.readiness.skills = 3;
    Capability &ma = *plan.findCapability("MA");
    ma.kind = CapabilityKind::Additive;
    ma.kpi = "Qualified leads";
    return plan;
}

struct NextFixture {
    explicit NextFixture(const Plan &plan = nextPlan()) : document(documentWith(plan))
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        view = std::make_unique<ui::NextNinetyDaysView>(document.get(), &selection);
        view->resize(1400, 500);
        view->show();
    }
    ~NextFixture() { QLocale::setDefault(QLocale::system()); }

    [[nodiscard]] QStringList keys() const
    {
        QStringList out;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            out << view->model()->keyAt(row);
        return out;
    }
    [[nodiscard]] QString text(const QString &key, int column) const
    {
        return view->model()->index(view->model()->rowOf(key), column).data().toString();
    }
    [[nodiscard]] bool flagged(const QString &key, int column) const
    {
        return view->model()->index(view->model()->rowOf(key), column).data(Model::FlaggedRole).toBool();
    }
    [[nodiscard]] QStringList selectedRows() const
    {
        QStringList out;
        for (const QModelIndex &row : view->table()->selectionModel()->selectedRows())
            out << view->model()->keyAt(row.row());
        out.sort();
        return out;
    }

    std::unique_ptr<ui::PlanDocument> document;
    ui::SelectionModel selection;
    std::unique_ptr<ui::NextNinetyDaysView> view;
};

void push(ui::PlanDocument &document, const Capability &edited, const QString &text)
{
    QUndoCommand *command = test::editCommand(&document, edit::editCapability(document.plan(), edited.key, edited, text.toStdString()));
    ASSERT_NE(command, nullptr);
    document.undoStack()->push(command);
}

} // namespace

TEST(NextNinetyDaysView, ListsWhatStartsInWaveOneInStartOrder)
{
    NextFixture f;

    EXPECT_EQ(f.view->headingText(), "Next 90 days: Wave 1 – Jan 4 to Apr 3 2027");
    EXPECT_EQ(f.keys(), (QStringList{"DATA", "CDP", "MA"}));
    EXPECT_EQ(f.text("DATA", Model::CapabilityColumn), "DATA – Clean customer data");
    EXPECT_EQ(f.text("MA", Model::Kind), "Additive");
    EXPECT_EQ(f.text("CDP", Model::Starts), "Feb 3 (day 30)");
    EXPECT_EQ(f.text("CDP", Model::GoesLive), "Mar 14 (wave 1)");
    EXPECT_EQ(f.text("MA", Model::GoesLive), "Apr 13 (wave 2)");
    EXPECT_EQ(f.view->summaryText(), "3 start in wave 1 (2 also go live in it); 2 have no owner; 1 has no KPI; "
                                     "1 has low readiness (2 or less)");
}

TEST(NextNinetyDaysView, FlagsMissingOwnersAndKpisAndLowReadinessInWords)
{
    NextFixture f;

    EXPECT_EQ(f.text("DATA", Model::Owner), "Ana");
    EXPECT_FALSE(f.flagged("DATA", Model::Owner));
    EXPECT_EQ(f.text("CDP", Model::Owner), "! No owner");
    EXPECT_TRUE(f.flagged("CDP", Model::Owner));
    EXPECT_EQ(f.text("CDP", Model::Kpi), "! No KPI");
    EXPECT_TRUE(f.flagged("CDP", Model::Kpi));
    EXPECT_FALSE(f.flagged("MA", Model::Kpi));
    EXPECT_EQ(f.text("DATA", Model::ReadinessColumn), "T 4 · S 4 · P 3");
    EXPECT_FALSE(f.flagged("DATA", Model::ReadinessColumn));
    EXPECT_EQ(f.text("CDP", Model::ReadinessColumn), "! Low: T 2 · S 3 · P –");
    EXPECT_TRUE(f.flagged("CDP", Model::ReadinessColumn));
    EXPECT_EQ(f.text("MA", Model::ReadinessColumn), "T – · S – · P –");
    EXPECT_FALSE(f.flagged("MA", Model::ReadinessColumn)) << "not assessed is not low";
    // Flagged cells also have a warning fill (the words above make it not colour alone).
    const QModelIndex owner = f.view->model()->index(f.view->model()->rowOf("CDP"), Model::Owner);
    EXPECT_TRUE(owner.data(Qt::BackgroundRole).value<QColor>().isValid());
    EXPECT_FALSE(f.view->model()->index(0, Model::Owner).data(Qt::BackgroundRole).isValid());
}

TEST(NextNinetyDaysView, BlocksListsDirectSuccessorsAndCountsAllThatWait)
{
    NextFixture f;

    EXPECT_EQ(f.text("DATA", Model::Blocks), "CDP (3 in all)");
    EXPECT_EQ(f.text("CDP", Model::Blocks), "MA (2 in all)");
    EXPECT_EQ(f.text("MA", Model::Blocks), "ATTR");
    const QString tip =
        f.view->model()->index(f.view->model()->rowOf("DATA"), Model::Blocks).data(Qt::ToolTipRole).toString();
    EXPECT_EQ(tip, "Waiting on DATA: CDP directly; 3 in all, counting those that wait on them.");
}

TEST(NextNinetyDaysView, SelectingARowSelectsItEverywhere)
{
    NextFixture f;
    QTableView *table = f.view->table();
    const QModelIndex cdp = f.view->model()->index(f.view->model()->rowOf("CDP"), Model::Kind);

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cdp).center());

    EXPECT_EQ(f.selection.selectedKeys(), QStringList{"CDP"});
    const QModelIndex ma = f.view->model()->index(f.view->model()->rowOf("MA"), Model::Kind);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(ma).center());
    EXPECT_EQ(f.selection.selectedKeys(), (QStringList{"CDP", "MA"}));
}

TEST(NextNinetyDaysView, FollowsTheSharedSelection)
{
    NextFixture f;

    f.selection.setSelectedKeys({"MA", "DATA"});
    EXPECT_EQ(f.selectedRows(), (QStringList{"DATA", "MA"}));

    f.selection.setSelectedKeys({"ATTR"}); // not in wave 1
    EXPECT_TRUE(f.selectedRows().isEmpty());
    EXPECT_EQ(f.selection.selectedKeys(), QStringList{"ATTR"}) << "the view does not change a selection it cannot show";
}

TEST(NextNinetyDaysView, FollowsAnOwnerEditAndItsUndo)
{
    NextFixture f;
    Capability cdp = *f.document->plan().findCapability("CDP");
    cdp.owner = "Bea";

    push(*f.document, cdp, "Change owner of CDP");

    EXPECT_EQ(f.text("CDP", Model::Owner), "Bea");
    EXPECT_FALSE(f.flagged("CDP", Model::Owner));
    EXPECT_TRUE(f.view->summaryText().contains("; 1 has no owner;")) << f.view->summaryText().toStdString();
    f.document->undoStack()->undo();
    EXPECT_EQ(f.text("CDP", Model::Owner), "! No owner");
    EXPECT_TRUE(f.view->summaryText().contains("; 2 have no owner;")) << f.view->summaryText().toStdString();
}

TEST(NextNinetyDaysView, ColumnsFitTheirTextWhenShownAfterChangesMadeWhileHidden)
{
    // Edits made with another tab in front fit no columns then; shown, the table fits them to
    // what changed meanwhile.
    NextFixture f;
    QTableView *table = f.view->table();
    const int ownerBefore = table->columnWidth(Model::Owner);
    f.view->hide();
    Capability cdp = *f.document->plan().findCapability("CDP");
    cdp.owner = "Bartholomew Smythe"; // wider than "! No owner", under the 30-character cap
    push(*f.document, cdp, "Change owner of CDP");
    EXPECT_EQ(table->columnWidth(Model::Owner), ownerBefore) << "nothing measured while hidden";
    f.view->show();
    const int needed = table->fontMetrics().horizontalAdvance(QString::fromStdString(cdp.owner));
    EXPECT_GE(table->columnWidth(Model::Owner), needed);
    EXPECT_GT(table->columnWidth(Model::Owner), ownerBefore);
}

TEST(NextNinetyDaysView, FollowsAScheduleChangeAndKeepsTheSelection)
{
    NextFixture f;
    f.selection.setSelectedKeys({"DATA"});
    Capability data = *f.document->plan().findCapability("DATA");
    data.durationDays = 100; // CDP now starts on day 100, in wave 2

    push(*f.document, data, "Change duration of DATA");

    EXPECT_EQ(f.keys(), QStringList{"DATA"});
    EXPECT_EQ(f.selectedRows(), QStringList{"DATA"});
    EXPECT_EQ(f.view->summaryText(), "1 starts in wave 1 (none goes live in it)");
    f.document->undoStack()->undo();
    EXPECT_EQ(f.keys(), (QStringList{"DATA", "CDP", "MA"}));
    EXPECT_EQ(f.selectedRows(), QStringList{"DATA"});
}

TEST(NextNinetyDaysView, AHiddenTabCatchesUpWhenShownNotOnEveryEdit)
{
    const auto document = documentWith(nextPlan());
    ui::SelectionModel selection;
    auto *view = new ui::NextNinetyDaysView(document.get(), &selection);
    test::BehindATab tab(view);
    ASSERT_TRUE(tab.exposed());
    QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);
    Capability data = *document->plan().findCapability("DATA");
    data.durationDays = 100; // CDP and MA now start in wave 2
    push(*document, data, "Change duration of DATA");
    EXPECT_EQ(resets.count(), 0) << "not rebuilt behind another tab";

    tab.bringToFront();

    EXPECT_EQ(resets.count(), 1);
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->keyAt(0), "DATA");
    EXPECT_EQ(view->summaryText(), "1 starts in wave 1 (none goes live in it)");
}

TEST(NextNinetyDaysView, HeadingUsesThePlansWaveLengthAndYears)
{
    Plan sixty = nextPlan();
    sixty.waveLengthDays = 60;
    NextFixture f(sixty);
    EXPECT_EQ(f.view->headingText(), "Next 60 days: Wave 1 – Jan 4 to Mar 4 2027");

    Plan december = nextPlan();
    december.startDate = Date{std::chrono::year{2026}, std::chrono::December, std::chrono::day{1}};
    NextFixture g(december);
    EXPECT_EQ(g.view->headingText(), "Next 90 days: Wave 1 – Dec 1 2026 to Feb 28 2027");
}

TEST(NextNinetyDaysView, SaysWhenNothingStartsOrThereIsNoSchedule)
{
    NextFixture empty(test::PlanBuilder().build());
    EXPECT_EQ(empty.view->model()->rowCount(), 0);
    EXPECT_TRUE(empty.view->summaryText().startsWith("Nothing starts in wave 1")) << empty.view->summaryText().toStdString();

    NextFixture cycle(test::PlanBuilder().capability("A", 5).capability("B", 5).dependency("A", "B").dependency("B", "A").build());
    EXPECT_TRUE(cycle.view->summaryText().startsWith("No schedule")) << cycle.view->summaryText().toStdString();
}

TEST(NextNinetyDaysView, MainWindowHasCapacityAndNextNinetyDaysTabsSharingTheSelection)
{
    ui::MainWindow window;
    window.showPlan(nextPlan());
    auto *tabs = window.findChild<QTabWidget *>("centralTabs");
    auto *capacity = window.findChild<ui::CapacityView *>("capacityView");
    auto *next = window.findChild<ui::NextNinetyDaysView *>("nextNinetyDaysView");
    ASSERT_NE(tabs, nullptr);
    ASSERT_NE(capacity, nullptr);
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(capacity)), "Capacit&y");
    EXPECT_EQ(tabs->tabText(tabs->indexOf(next)), "&Next 90 days");
    EXPECT_EQ(tabs->indexOf(next), tabs->indexOf(capacity) + 1);
    EXPECT_EQ(next->model()->rowCount(), 3);

    // A row chosen in Next 90 days is the window's selection: the capability table follows.
    next->table()->selectRow(next->model()->rowOf("CDP"));
    const QModelIndexList rows = window.capabilityTable()->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.front().data().toString(), "CDP");
}

// Issue 15: as of Monday 1 March (day 56), DATA is done (4 January to 2 February) and CDP has
// been under way since 3 February: 26 of its 40 days are worked, 14 are left (1 to 14 March).
// MA follows (15 March to 13 April), TRAIN starts with wave 2 (4 April), ATTR after MA (14 April).
// The 90 days from 1 March run to 29 May: CDP, MA, TRAIN and ATTR are in them; DATA is done.
TEST(NextNinetyDaysView, RollsToTheNinetyDaysFromTheAsOfDate)
{
    Plan plan = nextPlan();
    plan.asOf = test::on(2027, 3, 1);
    Capability &data = *plan.findCapability("DATA");
    data.status = WorkStatus::Done;
    data.actualStart = test::on(2027, 1, 4);
    data.actualFinish = test::on(2027, 2, 2);
    Capability &cdp = *plan.findCapability("CDP");
    cdp.status = WorkStatus::InProgress;
    cdp.actualStart = test::on(2027, 2, 3);
    NextFixture f(plan);

    EXPECT_EQ(f.view->headingText(), "Next 90 days: Mar 1 to May 29 2027 (as of Mar 1)");
    EXPECT_EQ(f.keys(), (QStringList{"CDP", "MA", "TRAIN", "ATTR"}));
    EXPECT_EQ(f.text("CDP", Model::GoesLive), "Mar 14 (wave 1)");
    EXPECT_EQ(f.view->summaryText(),
              "4 under way or starting in these 90 days (4 go live in them); 4 without an owner; 3 without a KPI; "
              "1 with low readiness (2 or less)");

    // Without the as-of date it is wave 1 again.
    plan.asOf.reset();
    NextFixture draft(plan);
    EXPECT_EQ(draft.view->headingText(), "Next 90 days: Wave 1 – Jan 4 to Apr 3 2027");
}
