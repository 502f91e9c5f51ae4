// The limits of plan_limits.h, one row per limit: a plan at the limit has no structural error,
// one beyond it has exactly one, which names the value and the range.

#include "core/model/plan.h"
#include "core/model/plan_limits.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>
#include <string>

using namespace waveplan;

namespace {

Plan smallPlan()
{
    Plan plan = test::PlanBuilder().team("T", 2).capability("A", 10, "T").capability("B", 10, "T").build();
    plan.dependencies = {{"A", "B", 0}};
    return plan;
}

/// `count` holidays, one a day from 1 January 2027.
std::vector<Holiday> holidaysFrom2027(std::size_t count)
{
    std::vector<Holiday> holidays;
    for (std::size_t i = 0; i < count; ++i)
        holidays.push_back({addDays(Date{std::chrono::year{2027}, std::chrono::January, std::chrono::day{1}}, static_cast<int>(i)),
                            "Day off " + std::to_string(i + 1)});
    return holidays;
}

struct LimitCase {
    const char *what;
    std::function<void(Plan &)> atLimit;
    std::function<void(Plan &)> beyond;
    const char *message; ///< part of the one error beyond the limit
};

} // namespace

TEST(PlanLimits, EachLimitHoldsAtItsValueAndIsRefusedOneBeyond)
{
    const LimitCase cases[] = {
        {"duration", [](Plan &p) { p.capabilities[0].durationDays = kMaxDurationDays; },
         [](Plan &p) { p.capabilities[0].durationDays = kMaxDurationDays + 1; },
         "capability 'A': duration must be from 0 to 100000 (it is 100001) days"},
        {"lag", [](Plan &p) { p.dependencies[0].lagDays = kMaxLagDays; },
         [](Plan &p) { p.dependencies[0].lagDays = kMaxLagDays + 1; },
         "dependency A -> B: lag must be from 0 to 100000 (it is 100001) days"},
        {"pinned wave", [](Plan &p) { p.capabilities[0].pinnedWave = kMaxWave; },
         [](Plan &p) { p.capabilities[0].pinnedWave = kMaxWave + 1; },
         "capability 'A': pinned wave must be from 1 to 999 (it is 1000)"},
        {"wave length", [](Plan &p) { p.waveLengthDays = kMaxWaveLengthDays; },
         [](Plan &p) { p.waveLengthDays = kMaxWaveLengthDays + 1; }, "wave length must be from 1 to 3660 (it is 3661) days"},
        {"horizon", [](Plan &p) { p.horizonWaves = kMaxHorizonWaves; },
         [](Plan &p) { p.horizonWaves = kMaxHorizonWaves + 1; }, "horizon must be from 1 to 999 (it is 1000) waves"},
        {"start date", [](Plan &p) { p.startDate = Date{std::chrono::year{2200}, std::chrono::December, std::chrono::day{31}}; },
         [](Plan &p) { p.startDate = Date{std::chrono::year{2201}, std::chrono::January, std::chrono::day{1}}; },
         "start date must be in the years 1900 to 2200 (it is 2201-01-01)"},
        {"capacity", [](Plan &p) { p.teams[0].capacity = kMaxPeople; },
         [](Plan &p) { p.teams[0].capacity = kMaxPeople + 1; },
         "team 'T': capacity must be from 0 to 100000 (it is 100001) people"},
        {"capacity in a wave", [](Plan &p) { p.teams[0].capacityByWave = {{kMaxWave, kMaxPeople}}; },
         [](Plan &p) { p.teams[0].capacityByWave = {{kMaxWave + 1, 1}}; },
         "team 'T': capacity override for wave 1000, waves go up to 999"},
        {"go-live limit", [](Plan &p) { p.teams[0].goLiveLimit = kMaxGoLivesPerWave; },
         [](Plan &p) { p.teams[0].goLiveLimit = kMaxGoLivesPerWave + 1; },
         "team 'T': the change-load limit must be from 0 to 100000 (it is 100001) go-lives per wave"},
        {"demand", [](Plan &p) { p.capabilities[0].demand[0].people = kMaxPeople; },
         [](Plan &p) { p.capabilities[0].demand[0].people = kMaxPeople + 1; },
         "capability 'A': demand on team 'T' must be from 1 to 100000 (it is 100001) people"},
        {"cost", [](Plan &p) { p.capabilities[0].cost = -kMaxMoney; },
         [](Plan &p) { p.capabilities[0].cost = std::numeric_limits<double>::infinity(); },
         "capability 'A': cost must be a number from -10^15 to 10^15"},
        {"notes", [](Plan &p) { p.capabilities[0].notes = std::string(kMaxNotesLength, 'n'); },
         [](Plan &p) { p.capabilities[0].notes = std::string(kMaxNotesLength + 1, 'n'); },
         "capability 'A': the notes is 100001 bytes long, at most 100000 are allowed"},
        {"name", [](Plan &p) { p.teams[0].name = std::string(kMaxNameLength, 't'); p.capabilities[0].demand.clear(); p.capabilities[1].demand.clear(); },
         [](Plan &p) { p.teams[0].name = std::string(kMaxNameLength + 1, 't'); p.capabilities[0].demand.clear(); p.capabilities[1].demand.clear(); },
         "the name is 1001 bytes long, at most 1000 are allowed"},
        {"fiscal year", [](Plan &p) { p.fiscalYearStartMonth = 12; }, [](Plan &p) { p.fiscalYearStartMonth = 13; },
         "fiscal year start month must be from 1 to 12 (it is 13)"},
        {"worked weekdays", [](Plan &p) { p.calendar.worked = {false, false, false, false, false, false, true}; },
         [](Plan &p) { p.calendar.worked = {}; }, "the working calendar works no weekday"},
        {"holidays", [](Plan &p) { p.calendar.holidays = holidaysFrom2027(kMaxHolidays); },
         [](Plan &p) { p.calendar.holidays = holidaysFrom2027(kMaxHolidays + 1); },
         "the plan has 1001 holidays, at most 1000 are allowed"},
        {"holiday name", [](Plan &p) { p.calendar.holidays = {{Date{std::chrono::year{2027}, std::chrono::May, std::chrono::day{3}}, "x"}}; },
         [](Plan &p) { p.calendar.holidays = {{Date{std::chrono::year{2027}, std::chrono::May, std::chrono::day{3}}, ""}}; },
         "holiday 2027-05-03 has no name"},
        {"holiday twice", [](Plan &p) { p.calendar.holidays = holidaysFrom2027(2); },
         [](Plan &p) { p.calendar.holidays = holidaysFrom2027(2); p.calendar.holidays[1].date = p.calendar.holidays[0].date; },
         "holiday 2027-01-01 is listed more than once"},
        {"holiday date", [](Plan &p) { p.calendar.holidays = holidaysFrom2027(1); },
         [](Plan &p) { p.calendar.holidays = {{Date{std::chrono::year{2027}, std::chrono::February, std::chrono::day{29}}, "Leap"}}; },
         "holiday 'Leap' is not on a real calendar date"},
    };
    for (const LimitCase &c : cases) {
        Plan at = smallPlan();
        c.atLimit(at);
        EXPECT_EQ(structuralErrors(at), std::vector<std::string>{}) << c.what;
        Plan beyond = smallPlan();
        c.beyond(beyond);
        const std::vector<std::string> errors = structuralErrors(beyond);
        ASSERT_EQ(errors.size(), 1u) << c.what;
        EXPECT_NE(errors[0].find(c.message), std::string::npos) << c.what << ": " << errors[0];
    }
}

TEST(PlanLimits, DurationsAndLagsTogetherCannotPassTheTotalSoNoPathOverflows)
{
    Plan plan;
    plan.teams.push_back(Team{});
    plan.teams[0].name = "T";
    plan.teams[0].capacity = 1;
    for (int i = 0; i < 501; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i);
        c.name = c.key;
        c.durationDays = kMaxDurationDays; // 501 x 100,000 > 50,000,000
        plan.capabilities.push_back(c);
    }

    const std::vector<std::string> errors = structuralErrors(plan);

    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "the durations and lags of the plan add up to 50100000 days, at most 50000000 are allowed");
    plan.capabilities.pop_back();
    EXPECT_TRUE(structuralErrors(plan).empty());
}

TEST(PlanLimits, CountsOfCapabilitiesDependenciesAndTeamsHaveLimits)
{
    Plan plan;
    for (std::size_t t = 0; t < kMaxTeams; ++t)
        plan.teams.push_back(Team{"T" + std::to_string(t), 1, {}, std::nullopt});
    // Enough capabilities for kMaxDependencies distinct pairs, each from a lower to a higher one.
    for (std::size_t i = 0; i < 1415; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i);
        c.name = c.key;
        plan.capabilities.push_back(c);
    }
    for (std::size_t j = 1; j < plan.capabilities.size() && plan.dependencies.size() < kMaxDependencies; ++j)
        for (std::size_t i = 0; i < j && plan.dependencies.size() < kMaxDependencies; ++i)
            plan.dependencies.push_back({plan.capabilities[i].key, plan.capabilities[j].key, 0});
    ASSERT_EQ(plan.dependencies.size(), kMaxDependencies);
    EXPECT_EQ(structuralErrors(plan), std::vector<std::string>{});

    plan.teams.push_back(Team{"One more", 1, {}, std::nullopt});
    plan.dependencies.push_back({"C1413", "C1414", 0}); // the one pair the loop did not reach
    EXPECT_EQ(structuralErrors(plan),
              (std::vector<std::string>{"the plan has 1000001 dependencies, at most 1000000 are allowed",
                                        "the plan has 1001 teams, at most 1000 are allowed"}));

    Plan many;
    for (std::size_t i = 0; i <= kMaxCapabilities; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i);
        c.name = c.key;
        many.capabilities.push_back(std::move(c));
    }
    EXPECT_EQ(structuralErrors(many),
              std::vector<std::string>{"the plan has 200001 capabilities, at most 200000 are allowed"});
    many.capabilities.pop_back();
    EXPECT_TRUE(structuralErrors(many).empty());
}
