#include "ui/window/main_window.h"

#include "core/store/plan_store.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QTableView>
#include <QTest>

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
    bool ownerWarning = false;
    for (int i = 0; i < window.problemList()->count(); ++i)
        ownerWarning = ownerWarning ||
                       (window.problemList()->item(i)->text().contains(
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
