// What a schedule does not read: changing it leaves every schedule as it was, so the app need
// not plan again; changing anything else is a scheduling input.

#include "core/schedule/schedule.h"
#include "core/schedule/schedule_inputs.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

namespace waveplan::test {
namespace {

/// `c` with every descriptive field changed.
Capability described(Capability c)
{
    c.name += " (renamed)";
    c.owner = c.owner.empty() ? "Someone" : std::string();
    c.approach = c.approach == Approach::Buy ? Approach::Build : Approach::Buy;
    c.kpi += " per quarter";
    c.readiness.technical = c.readiness.technical == 1 ? 5 : 1;
    c.readiness.skills = c.readiness.skills == 2 ? 4 : 2;
    c.value = c.value.value_or(0) + 10;
    c.cost = c.cost ? std::nullopt : std::optional<double>(5);
    c.retires = "Legacy mailer";
    c.notes += " See the workshop notes.";
    c.position = MapPosition{12, 34};
    return c;
}

TEST(ScheduleInputs, DescriptiveFieldsAreNotSchedulingInputs)
{
    Capability c;
    c.key = "CDP";
    c.durationDays = 30;
    EXPECT_TRUE(sameSchedulingInputs(c, c));
    EXPECT_TRUE(sameSchedulingInputs(c, described(c)));
}

TEST(ScheduleInputs, EverythingElseIs)
{
    Capability c;
    c.key = "CDP";
    c.durationDays = 30;
    const auto differs = [&](auto change) {
        Capability d = c;
        change(d);
        return !sameSchedulingInputs(c, d);
    };
    EXPECT_TRUE(differs([](Capability &d) { d.key = "CDP2"; }));
    EXPECT_TRUE(differs([](Capability &d) { d.kind = CapabilityKind::Additive; }));
    EXPECT_TRUE(differs([](Capability &d) { d.durationDays = 31; }));
    EXPECT_TRUE(differs([](Capability &d) { d.demand.push_back({"Data", 2}); }));
    EXPECT_TRUE(differs([](Capability &d) { d.earliestWave = 2; }));
    EXPECT_TRUE(differs([](Capability &d) { d.deadlineWave = 3; }));
    EXPECT_TRUE(differs([](Capability &d) { d.pinnedWave = 2; }));
    EXPECT_TRUE(differs([](Capability &d) { d.status = WorkStatus::InProgress; }));
    EXPECT_TRUE(differs([](Capability &d) { d.remainingDays = 4; }));
}

TEST(ScheduleInputs, ChangingOnlyDescriptiveFieldsLeavesGeneratedSchedulesAsTheyWere)
{
    // Property: on generated plans with teams, limits, pins and waves, every capability's
    // descriptive fields changed at once give the same schedule, field for field.
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        GeneratorOptions options;
        options.capabilities = 20 + static_cast<int>(seed) * 5;
        const Plan plan = generatePlan(seed, options);
        Plan redescribed = plan;
        for (Capability &c : redescribed.capabilities) {
            c = described(c);
            ASSERT_TRUE(sameSchedulingInputs(plan.capabilities[&c - redescribed.capabilities.data()], c));
        }
        const Schedule before = computeSchedule(plan);
        EXPECT_FALSE(before.capabilities.empty()) << "seed " << seed;
        EXPECT_TRUE(computeSchedule(redescribed) == before) << "seed " << seed;
    }
}

} // namespace
} // namespace waveplan::test
