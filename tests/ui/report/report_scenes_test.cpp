// The scenes a report and a picture draw: the schedule comes from core with the deterministic
// budget, the map and board are read-only projections of (plan, schedule), and there is no
// document behind them.

#include "ui/board/board_scene.h"
#include "ui/map/map_scene.h"
#include "ui/report/image_export.h"
#include "ui/report/report_scenes.h"
#include "ui/report/report_writer.h"

#include "report_test_support.h"

#include <gtest/gtest.h>

using namespace waveplan;
using namespace waveplan::ui;
using namespace waveplan::ui::report;

namespace {

ScheduleOptions deterministicBudget(std::int64_t schedules)
{
    ScheduleOptions options;
    options.budgetSchedules = schedules;
    options.budgetMilliseconds = 0;
    return options;
}

} // namespace

TEST(ReportScenes, ScheduleIsCoresWithTheDeterministicBudget)
{
    const Plan plan = test::reportTestPlan(20);

    const ReportScenes standard(plan, 5000);
    const ReportScenes quick(plan, 50);

    EXPECT_EQ(standard.schedule(), computeSchedule(plan, deterministicBudget(5000))) << "as 'waveplan schedule'";
    EXPECT_EQ(quick.schedule(), computeSchedule(plan, deterministicBudget(50)))
        << "as 'waveplan schedule --budget-schedules 50'";
    EXPECT_EQ(reportSchedule(plan, 5000), standard.schedule());
    EXPECT_EQ(standard.plan(), plan);
}

TEST(ReportScenes, AShownScheduleIsDrawnAsItIs)
{
    // A schedule the user saw (the app's, or a .waveplan's saved one) that a fresh search would
    // not give: the plan's stable re-plan after pinning one capability a wave later.
    const Plan plan = test::reportTestPlan(20);
    const Schedule before = computeSchedule(plan, deterministicBudget(200));
    for (const ScheduledCapability &c : before.capabilities) {
        Plan edited = plan;
        edited.findCapability(c.key)->pinnedWave = c.wave + 1;
        const ScheduleReference reference = referenceOf(before);
        ScheduleOptions options = deterministicBudget(200);
        options.reference = &reference;
        const Schedule shown = computeSchedule(edited, options);
        if (!shown.feasible || shown.capabilities == computeSchedule(edited, deterministicBudget(5000)).capabilities)
            continue;

        const ReportScenes scenes(edited, 5000, true, referenceOf(shown));

        EXPECT_EQ(scenes.schedule().capabilities, shown.capabilities);
        return;
    }
    FAIL() << "no pin gave a stable schedule different from a fresh one";
}

TEST(ReportScenes, MapAndBoardAreReadOnlyWithNoDocumentBehindThem)
{
    const Plan plan = test::reportTestPlan(20);

    const ReportScenes scenes(plan, 50);

    const auto *map = dynamic_cast<const map::MapScene *>(scenes.map());
    const auto *board = dynamic_cast<const board::BoardScene *>(scenes.board());
    ASSERT_NE(map, nullptr);
    ASSERT_NE(board, nullptr);
    EXPECT_EQ(map->document(), nullptr);
    EXPECT_EQ(board->document(), nullptr);
    EXPECT_TRUE(map->isReadOnly());
    EXPECT_TRUE(board->isReadOnly());
    EXPECT_EQ(map->cards().size(), static_cast<qsizetype>(plan.capabilities.size()));
    EXPECT_TRUE(map->showCriticalPath());
    EXPECT_TRUE(map->showCriticalChain());
    EXPECT_EQ(ReportScenes(plan, 50, false).board(), nullptr) << "no board asked for, none built";
}

TEST(ReportScenes, AScheduleHandedInDrawsTheSameReportAsOneComputedHere)
{
    const Plan plan = test::reportTestPlan(20);
    ReportOptions options;
    options.reportDate = *parseIsoDate("2027-01-01");

    const ReportScenes computed(plan, 200);
    const ReportScenes handed(plan, reportSchedule(plan, 200));

    int computedPages = 0;
    int handedPages = 0;
    EXPECT_FALSE(reportPdf(computed, options, &computedPages).isEmpty());
    EXPECT_FALSE(reportPdf(handed, options, &handedPages).isEmpty());
    EXPECT_GT(computedPages, 2);
    EXPECT_EQ(handedPages, computedPages);
    const ImageOptions svg{ImageFormat::Svg, ReportView::Map, 1200, 800, 96, 200, {}, {}, false, false};
    EXPECT_EQ(sceneSvg(handed.map(), svg, "map"), sceneSvg(computed.map(), svg, "map"));
    EXPECT_EQ(sceneSvg(handed.board(), svg, "board"), sceneSvg(computed.board(), svg, "board"));
}

TEST(ReportScenes, AnEmptyPlanStillGivesAReport)
{
    const ReportScenes scenes(Plan{}, 5000);

    int pages = 0;
    EXPECT_FALSE(reportPdf(scenes, ReportOptions{}, &pages).isEmpty());
    EXPECT_GE(pages, 1);
    EXPECT_TRUE(scenes.schedule().capabilities.empty());
}
