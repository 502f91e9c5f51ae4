#include "ui/window/main_window.h"

#include "ui/document/plan_document.h"

#include "core/store/plan_store.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsView>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QListWidget>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <QLineEdit>
#include <gtest/gtest.h>

using namespace waveplan;

TEST(MainWindow, ShowsEveryCapabilityAndTheProblems)
{
    ui::MainWindow window;
    Plan plan = test::generatePlan(7);
    plan.capabilities[0].owner.clear(); // guarantees at least one "missing owner" warning

    window.showPlan(plan);

    QAbstractItemModel *model = window.capabilityTable()->model();
    ASSERT_EQ(model->rowCount(), static_cast<int>(plan.capabilities.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->index(row, 0).data().toString().toStdString(), plan.capabilities[row].key);
    // Repeated advice is one line to open; the filter finds each of its lines, as a user would.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("problemFilter"));
    ASSERT_NE(filter, nullptr);
    filter->setText(QString::fromStdString("'" + plan.capabilities[0].key + "'"));
    bool ownerWarning = false;
    for (int i = 0; i < window.problemList()->count(); ++i)
        ownerWarning = ownerWarning ||
                       (!window.problemList()->item(i)->isHidden() &&
                        window.problemList()->item(i)->text().contains(
                            QString::fromStdString("'" + plan.capabilities[0].key + "'")) &&
                        window.problemList()->item(i)->text().contains("no owner"));
    EXPECT_TRUE(ownerWarning);
    EXPECT_TRUE(window.windowTitle().contains(QString::fromStdString(plan.name)));
}

TEST(MainWindow, OpensASavedPlanFile)
{
    test::TempDir dir;
    const Plan plan = test::generatePlan(11);
    ASSERT_TRUE(savePlan(plan, PlanLocation::ofFile(dir.file("p.waveplan"))));

    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(dir.file("p.waveplan")));

    EXPECT_EQ(window.plan(), withIds(plan));
    EXPECT_EQ(window.capabilityTable()->model()->rowCount(), static_cast<int>(plan.capabilities.size()));
}

TEST(MainWindow, AFileThatIsNotAPlanIsRefusedAndTheCurrentPlanKept)
{
    test::TempDir dir;
    const auto bad = dir.write("notes.waveplan", "this is not a plan");
    ui::MainWindow window;
    const Plan plan = test::generatePlan(3);
    window.showPlan(plan);
    window.show();

    EXPECT_FALSE(window.openFile(bad));

    EXPECT_EQ(window.plan(), withIds(plan));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("openErrorBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->informativeText().contains(QString::fromStdString(bad.string())))
        << box->informativeText().toStdString();
    box->close();
}

TEST(MainWindow, TheStatusBarSaysWhenThePlanEndsInWordsAndCountsTheProblems)
{
    Plan plan; // starts Monday 4 January 2027, waves of 90 days
    plan.teams = {Team{"Data", 1, {}, {}}};
    Capability data;
    data.key = "DATA";
    data.name = "Clean data";
    data.durationDays = 30;
    data.demand = {{"Data", 1}};
    plan.capabilities = {data};
    ui::MainWindow window;

    window.showPlan(plan);

    const auto *summary = window.findChild<QLabel *>(QStringLiteral("planSummary"));
    ASSERT_NE(summary, nullptr);
    // 30 days from 4 January: the last one is 2 February, in wave 1; DATA has no owner or KPI.
    EXPECT_TRUE(summary->text().contains(QStringLiteral("ends 2 Feb 2027 (wave 1, 30 days), driven by DATA")))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->toolTip().contains(QStringLiteral("DATA"))) << summary->toolTip().toStdString();
    EXPECT_FALSE(summary->text().contains(QStringLiteral("makespan")));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("| 2 problems"))) << summary->text().toStdString();
    // One capability alone: nothing can end sooner, and the status bar says so.
    EXPECT_TRUE(summary->text().contains(QStringLiteral(", shortest possible"))) << summary->text().toStdString();
    EXPECT_TRUE(summary->toolTip().contains(QStringLiteral("Proven as short as the plan allows")))
        << summary->toolTip().toStdString();
}

TEST(MainWindow, TheStatusBarClaimsNoShortestPlanThatItCannotProve)
{
    // Five 4-day capabilities for a team of 2: 20 person-days need at least 10 days, but whole
    // capabilities cannot be split, so the best schedule takes 12.
    Plan plan;
    plan.teams = {Team{"Data", 2, {}, {}}};
    for (int i = 0; i < 5; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i);
        c.name = "Capability " + std::to_string(i);
        c.durationDays = 4;
        c.demand = {{"Data", 1}};
        plan.capabilities.push_back(c);
    }
    ui::MainWindow window;

    window.showPlan(plan);

    const auto *summary = window.findChild<QLabel *>(QStringLiteral("planSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("12 days"))) << summary->text().toStdString();
    EXPECT_FALSE(summary->text().contains(QStringLiteral("shortest possible"))) << summary->text().toStdString();
    EXPECT_TRUE(summary->toolTip().contains(QStringLiteral("No schedule can end before day 10 (Data team's work needs that long); this one ends 2 "
                                                      "days later")))
        << summary->toolTip().toStdString();
}

TEST(MainWindow, ViewPanelsBringsBackAClosedPanel)
{
    ui::MainWindow window;
    window.show();
    auto *problems = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
    ASSERT_NE(problems, nullptr);
    problems->close();
    ASSERT_FALSE(problems->isVisible());
    const auto *panels = window.findChild<QMenu *>(QStringLiteral("panelsMenu"));
    ASSERT_NE(panels, nullptr);
    QAction *reopen = nullptr;
    for (QAction *action : panels->actions())
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Problems"))
            reopen = action;
    ASSERT_NE(reopen, nullptr);
    EXPECT_EQ(panels->actions().size(), 3) << "inspector, teams and problems";

    reopen->trigger();

    EXPECT_TRUE(problems->isVisible());
}

TEST(MainWindow, AFirstWindowFillsMostOfItsScreen)
{
    QSettings().remove(QStringLiteral("window/geometry"));
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();

    const ui::MainWindow window;

    EXPECT_NEAR(window.width(), screen.width() * 0.8, 2);
    EXPECT_NEAR(window.height(), screen.height() * 0.8, 2);
}

TEST(MainWindow, InsertOnTheMapAddsACapabilityWithItsNameReadyToType)
{
    ui::MainWindow window;
    window.showPlan(test::generatePlan(3));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *view = window.findChild<QGraphicsView *>(QStringLiteral("mapView"));
    ASSERT_NE(view, nullptr);
    view->setFocus();
    const std::size_t before = window.plan().capabilities.size();

    QTest::keyClick(view, Qt::Key_Insert);
    QApplication::processEvents();
    QTest::keyClicks(QApplication::focusWidget(), "Consent platform");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    ASSERT_EQ(window.plan().capabilities.size(), before + 1);
    EXPECT_EQ(window.plan().capabilities.back().name, "Consent platform");
}

TEST(MainWindow, SelectingElsewhereBringsTheRowIntoTheTable)
{
    ui::MainWindow window;
    window.showPlan(test::generatePlan(21, {.capabilities = 200}));
    window.resize(1200, 700);
    window.show();
    QTableView *table = window.capabilityTable();
    const std::string last = window.plan().capabilities.back().key;

    window.selection()->setSelectedKeys({QString::fromStdString(last)}); // on the map
    window.findChild<QTabWidget *>(QStringLiteral("centralTabs"))->setCurrentIndex(2); // then the table
    QApplication::processEvents();

    QModelIndex shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString().toStdString() == last)
            shown = table->model()->index(row, 0);
    ASSERT_TRUE(shown.isValid());
    const QRect where = table->visualRect(shown);
    // Vertically in view (the key itself is in the frozen column, whatever the sideways scroll).
    EXPECT_TRUE(where.top() >= 0 && where.bottom() <= table->viewport()->height())
        << "row " << shown.row() << " at y " << where.y() << " in a viewport " << table->viewport()->height() << " high, visible " << table->isVisible();
}
