// The one-page roadmap's packing on generated plans: every capability once, in the lane of the
// team giving it most people, and no two bars (with the room their labels take) in one row at
// the same time.

#include "core/layout/roadmap_layout.h"

#include "core/schedule/schedule.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <set>

using namespace waveplan;

TEST(RoadmapLayout, EveryCapabilityOnceInItsBusiestTeamsLaneWithNoOverlapInARow)
{
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        SCOPED_TRACE(seed);
        test::GeneratorOptions options;
        options.capabilities = 60;
        options.teams = 4;
        Plan plan = test::generatePlan(seed, options);
        plan.capabilities[0].demand.clear(); // one capability no team works on
        ScheduleOptions scheduleOptions;
        scheduleOptions.budgetSchedules = 50;
        const Schedule schedule = computeSchedule(plan, scheduleOptions);
        ASSERT_EQ(schedule.capabilities.size(), plan.capabilities.size());
        // Labels as long as a capability's index in days: some longer than their bars.
        const int end = schedule.makespanDays + 10;
        const RoadmapLayout layout = roadmapLayout(plan, schedule, [](int i) { return i % 40; }, end);

        std::multiset<int> seen;
        std::size_t teamLane = 0;
        for (const RoadmapLane &lane : layout.lanes) {
            if (!lane.team.empty()) { // team lanes in the plan's order, the lane of no team last
                while (teamLane < plan.teams.size() && plan.teams[teamLane].name != lane.team)
                    ++teamLane;
                ASSERT_LT(teamLane, plan.teams.size()) << lane.team << " out of order";
            } else {
                EXPECT_EQ(&lane, &layout.lanes.back());
            }
            for (const std::vector<RoadmapBar> &row : lane.rows) {
                for (std::size_t b = 0; b < row.size(); ++b) {
                    const RoadmapBar &bar = row[b];
                    seen.insert(bar.capability);
                    const Capability &c = plan.capabilities[static_cast<std::size_t>(bar.capability)];
                    const ScheduledCapability &s = schedule.capabilities[static_cast<std::size_t>(bar.capability)];
                    EXPECT_EQ(bar.startDay, s.startDay);
                    EXPECT_EQ(bar.finishDay, s.finishDay);
                    EXPECT_GE(bar.endDay, std::max(bar.finishDay, bar.labelDay + bar.capability % 40));
                    EXPECT_LE(bar.labelDay + bar.capability % 40, std::max(end, bar.startDay + bar.capability % 40))
                        << "a label ends by the timeline's end when it can";
                    EXPECT_LE(bar.labelDay, bar.startDay);
                    EXPECT_EQ(bar.fromDay, std::min(bar.startDay, bar.labelDay));
                    int most = 0;
                    for (const TeamDemand &d : c.demand)
                        most = std::max(most, d.people);
                    if (c.demand.empty()) {
                        EXPECT_TRUE(lane.team.empty());
                    } else {
                        EXPECT_EQ(demandOn(c, lane.team), most) << c.key << " in " << lane.team;
                    }
                    EXPECT_GE(layout.lastDay, bar.endDay);
                    if (b + 1 < row.size()) {
                        EXPECT_LE(bar.endDay, row[b + 1].fromDay) << "overlap in a row of " << lane.team;
                    }
                }
            }
        }
        EXPECT_GE(layout.lastDay, schedule.makespanDays);
        EXPECT_EQ(seen.size(), plan.capabilities.size());
        EXPECT_EQ(std::set<int>(seen.begin(), seen.end()).size(), plan.capabilities.size()) << "each once";
    }
}

TEST(RoadmapLayout, APlanWithoutAScheduleHasNoLanes)
{
    Plan plan = test::generatePlan(3);
    plan.dependencies.push_back({plan.capabilities[1].key, plan.capabilities[0].key, 0});
    plan.dependencies.push_back({plan.capabilities[0].key, plan.capabilities[1].key, 0});
    EXPECT_TRUE(roadmapLayout(plan, computeSchedule(plan), [](int) { return 1; }).lanes.empty());
}
