// The wave board's layout in days and rows (no graphics).

#include "ui/board/board_layout.h"

#include "board_test_support.h"
#include "support/plan_generator.h"

#include <algorithm>
#include <map>

namespace waveplan::test {
namespace {

using ui::board::BarPlacement;
using ui::board::BoardLayout;
using ui::board::computeBoardLayout;

ScheduledCapability entry(const char *key, int start, int finish)
{
    ScheduledCapability s;
    s.key = key;
    s.startDay = start;
    s.finishDay = finish;
    s.wave = waveOfDay(start, 90);
    s.goLiveWave = waveOfDay(finish - 1, 90);
    return s;
}

/// The bars of `layout` in lane `lane`, by key.
std::map<QString, BarPlacement> barsIn(const BoardLayout &layout, int lane)
{
    std::map<QString, BarPlacement> found;
    for (const BarPlacement &bar : layout.bars)
        if (bar.lane == lane)
            found[bar.key] = bar;
    return found;
}

TEST(BoardLayout, OneLanePerTeamInPlanOrderAndNoTeamLast)
{
    const Plan plan = boardPlan();
    Schedule schedule;
    schedule.capabilities = {entry("A", 0, 40), entry("B", 40, 100), entry("C", 105, 135), entry("D", 0, 20),
                             entry("E", 40, 50)};

    const BoardLayout layout = computeBoardLayout(plan, schedule);

    ASSERT_EQ(layout.lanes.size(), 3u);
    EXPECT_EQ(layout.lanes[0].team, "Data");
    EXPECT_EQ(layout.lanes[1].team, "Web");
    EXPECT_TRUE(layout.lanes[2].team.isEmpty());
    // B demands on both teams: a bar in each lane; D on none: the No team lane.
    const auto data = barsIn(layout, 0);
    const auto web = barsIn(layout, 1);
    const auto none = barsIn(layout, 2);
    EXPECT_EQ(data.size(), 3u);
    EXPECT_TRUE(data.count("A") && data.count("B") && data.count("E"));
    EXPECT_EQ(web.size(), 2u);
    EXPECT_TRUE(web.count("B") && web.count("C"));
    ASSERT_EQ(none.size(), 1u);
    EXPECT_EQ(none.begin()->first, "D");
    EXPECT_EQ(data.at("B").startDay, 40);
    EXPECT_EQ(data.at("B").finishDay, 100);
}

TEST(BoardLayout, OverlappingBarsStackInRowsAndTouchingOnesShareARow)
{
    const Plan plan = boardPlan();
    Schedule schedule;
    schedule.capabilities = {entry("A", 0, 40), entry("B", 40, 100), entry("C", 105, 135), entry("D", 0, 20),
                             entry("E", 40, 50)};

    const BoardLayout layout = computeBoardLayout(plan, schedule);

    // Data: A [0,40) then B [40,100) fits after A in row 0 (B comes before E in plan order);
    // E [40,50) overlaps B and goes to row 1.
    const auto data = barsIn(layout, 0);
    EXPECT_EQ(data.at("A").row, 0);
    EXPECT_EQ(data.at("B").row, 0);
    EXPECT_EQ(data.at("E").row, 1);
    EXPECT_EQ(layout.lanes[0].rows, 2);
    EXPECT_EQ(layout.lanes[1].rows, 1); // B [40,100) and C [105,135) do not overlap
    EXPECT_EQ(layout.lanes[2].rows, 1);
}

TEST(BoardLayout, AMilestoneKeepsRoomForItsDiamondAndKeyButAddsNoWave)
{
    Plan plan = boardPlan();
    plan.capabilities[4].durationDays = 0; // E: a milestone on Data
    Schedule schedule;
    schedule.capabilities = {entry("A", 0, 40), entry("B", 40, 100), entry("C", 105, 135), entry("D", 0, 20),
                             entry("E", 35, 35)};

    const BoardLayout layout = computeBoardLayout(plan, schedule);

    const auto data = barsIn(layout, 0);
    EXPECT_EQ(data.at("E").startDay, 35);
    EXPECT_EQ(data.at("E").finishDay, 67) << "room for the diamond and the key";
    EXPECT_EQ(data.at("E").row, 1) << "A runs until day 40: the milestone's key would cover it";
    EXPECT_EQ(data.at("B").row, 0);

    // On the horizon's last day, the milestone's room does not open a fifth wave.
    schedule.capabilities[4] = entry("E", 359, 359);
    EXPECT_EQ(computeBoardLayout(plan, schedule).waveCount, 4);
}

TEST(BoardLayout, WaveCountCoversTheHorizonAndTheLastBar)
{
    Plan plan = boardPlan();
    Schedule schedule;
    schedule.capabilities = {entry("A", 0, 40), entry("B", 40, 100), entry("C", 105, 135), entry("D", 0, 20),
                             entry("E", 40, 50)};
    EXPECT_EQ(computeBoardLayout(plan, schedule).waveCount, 4); // the horizon

    // C's last day is 450: wave 6 (days 450..539).
    schedule.capabilities[2] = entry("C", 400, 451);
    EXPECT_EQ(computeBoardLayout(plan, schedule).waveCount, 6);
    // Finishing exactly at the end of wave 5 (day 450 exclusive) stays in wave 5.
    schedule.capabilities[2] = entry("C", 400, 450);
    EXPECT_EQ(computeBoardLayout(plan, schedule).waveCount, 5);
}

TEST(BoardLayout, WaveCountStopsAtWave999AndLaterBarsKeepTheirDays)
{
    Plan plan = boardPlan();
    Schedule schedule;
    schedule.capabilities = {entry("A", 0, 40), entry("B", 40, 100), entry("C", 100000, 100030), entry("D", 0, 20),
                             entry("E", 40, 50)};
    ASSERT_EQ(schedule.capabilities[2].goLiveWave, 1112);

    const BoardLayout layout = computeBoardLayout(plan, schedule);

    EXPECT_EQ(layout.waveCount, 999); // a column per wave a plan can name, not 1,112
    const auto c = std::find_if(layout.bars.begin(), layout.bars.end(), [](const BarPlacement &bar) { return bar.key == "C"; });
    ASSERT_NE(c, layout.bars.end());
    EXPECT_EQ(c->startDay, 100000);
    EXPECT_EQ(c->finishDay, 100030);
}

TEST(BoardLayout, UnscheduledCapabilitiesStillGetABarAtDayZero)
{
    const Plan plan = boardPlan();
    const BoardLayout layout = computeBoardLayout(plan, Schedule{}); // e.g. the plan has a cycle

    ASSERT_EQ(layout.bars.size(), 6u); // B twice
    for (const BarPlacement &bar : layout.bars) {
        EXPECT_FALSE(bar.scheduled);
        EXPECT_EQ(bar.startDay, 0);
        EXPECT_EQ(bar.finishDay, plan.findCapability(bar.key.toStdString())->durationDays);
    }
}

TEST(BoardLayout, GeneratedPlansNeverOverlapBarsWithinARow)
{
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        GeneratorOptions options;
        options.capabilities = 50;
        options.teams = 3;
        const Plan plan = generatePlan(seed, options);
        ScheduleOptions first;
        first.firstScheduleOnly = true;
        const BoardLayout layout = computeBoardLayout(plan, computeSchedule(plan, first));

        std::map<std::pair<int, int>, std::vector<BarPlacement>> rows;
        for (const BarPlacement &bar : layout.bars) {
            ASSERT_LT(bar.row, layout.lanes[static_cast<std::size_t>(bar.lane)].rows) << "seed " << seed;
            rows[{bar.lane, bar.row}].push_back(bar);
        }
        for (const auto &[where, bars] : rows)
            for (std::size_t i = 0; i < bars.size(); ++i)
                for (std::size_t j = i + 1; j < bars.size(); ++j)
                    EXPECT_TRUE(bars[i].finishDay <= bars[j].startDay || bars[j].finishDay <= bars[i].startDay)
                        << "seed " << seed << ": " << bars[i].key.toStdString() << " and " << bars[j].key.toStdString();
    }
}

} // namespace
} // namespace waveplan::test
