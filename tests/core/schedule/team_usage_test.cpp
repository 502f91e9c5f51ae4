// TeamUsage keeps each team's people as steps, not one entry per day: checked day by day
// against a plain per-day count on generated plans, and on a schedule 137,000 years long
// that a per-day count could not hold (200 teams x 50 million days).
#include "core/schedule/team_usage.h"

#include "core/model/plan_limits.h"
#include "core/schedule/schedule.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace waveplan;

namespace {

/// People of each team on each day, and go-lives per team and wave, counted the plain way.
struct PerDay {
    std::vector<std::vector<int>> people; ///< [team][day]
    std::vector<std::vector<int>> goLives; ///< [team][wave]
};

PerDay countPerDay(const Plan &plan, const std::vector<int> &starts, int days, int waves)
{
    PerDay count{std::vector<std::vector<int>>(plan.teams.size(), std::vector<int>(static_cast<std::size_t>(days), 0)),
                 std::vector<std::vector<int>>(plan.teams.size(), std::vector<int>(static_cast<std::size_t>(waves) + 2, 0))};
    for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
        const Capability &c = plan.capabilities[i];
        for (const TeamDemand &d : c.demand)
            for (std::size_t t = 0; t < plan.teams.size(); ++t)
                if (plan.teams[t].name == d.team) {
                    for (int day = starts[i]; day < starts[i] + c.durationDays; ++day)
                        count.people[t][static_cast<std::size_t>(day)] += d.people;
                    ++count.goLives[t][static_cast<std::size_t>(
                        waveOfDay(starts[i] + c.durationDays - 1, plan.waveLengthDays))];
                }
    }
    return count;
}

} // namespace

TEST(TeamUsage, AgreesDayByDayWithAPlainCountOnGeneratedPlans)
{
    int shortened = 0; // teams whose list past `upTo` left waves out
    for (std::uint64_t seed = 1; seed <= 25; ++seed) {
        Plan plan = test::generatePlan(seed, {.capabilities = 40, .teams = 4});
        plan.waveLengthDays = 10 + static_cast<int>(seed % 5) * 7;
        std::mt19937 random(static_cast<unsigned>(seed));
        std::vector<int> starts;
        for (std::size_t i = 0; i < plan.capabilities.size(); ++i)
            starts.push_back(std::uniform_int_distribution<int>(0, 300)(random));
        const detail::TeamUsage usage(plan, starts);
        const int days = usage.horizonDays() + 20;
        const int waves = waveOfDay(days, plan.waveLengthDays);
        const PerDay plain = countPerDay(plan, starts, days, waves);

        for (std::size_t t = 0; t < plan.teams.size(); ++t) {
            std::set<int> busy;
            for (int day = 0; day < days; ++day) {
                ASSERT_EQ(usage.peopleOn(t, day), plain.people[t][static_cast<std::size_t>(day)])
                    << "seed " << seed << " team " << t << " day " << day;
                if (plain.people[t][static_cast<std::size_t>(day)] > 0)
                    busy.insert(waveOfDay(day, plan.waveLengthDays));
            }
            EXPECT_EQ(usage.busyWaves(t, kMaxWave), std::vector<int>(busy.begin(), busy.end())) << "seed " << seed;
            // Listing every wave only up to `upTo`, past it at least the wave where each run of the
            // same people starts: a check of the listed waves still finds every day above a capacity.
            const int upTo = std::uniform_int_distribution<int>(0, waves)(random);
            const std::vector<int> listed = usage.busyWaves(t, upTo);
            EXPECT_TRUE(std::is_sorted(listed.begin(), listed.end()) &&
                        std::adjacent_find(listed.begin(), listed.end()) == listed.end());
            const auto isListed = [&](int wave) { return std::binary_search(listed.begin(), listed.end(), wave); };
            for (const int wave : listed)
                EXPECT_TRUE(busy.contains(wave)) << "seed " << seed << " wave " << wave;
            for (const int wave : busy)
                if (wave <= upTo)
                    EXPECT_TRUE(isListed(wave)) << "seed " << seed << " wave " << wave;
            const int pastUpTo = firstDayOfWave(upTo + 1, plan.waveLengthDays);
            for (int day = pastUpTo; day < days; ++day) {
                const std::vector<int> &people = plain.people[t];
                if (people[static_cast<std::size_t>(day)] == 0)
                    continue;
                int runStart = day;
                while (runStart > pastUpTo && people[static_cast<std::size_t>(runStart - 1)] == people[static_cast<std::size_t>(day)])
                    --runStart;
                EXPECT_TRUE(isListed(waveOfDay(runStart, plan.waveLengthDays)))
                    << "seed " << seed << " day " << day << " upTo " << upTo;
            }
            if (upTo < waves && listed.size() < busy.size())
                ++shortened;
            std::vector<int> goLiveWaves;
            for (int wave = 1; wave <= waves; ++wave) {
                EXPECT_EQ(usage.goLivesIn(t, wave), plain.goLives[t][static_cast<std::size_t>(wave)]);
                if (plain.goLives[t][static_cast<std::size_t>(wave)] > 0)
                    goLiveWaves.push_back(wave);
            }
            EXPECT_EQ(usage.goLiveWaves(t), goLiveWaves);
            for (int probe = 0; probe < 30; ++probe) {
                const int first = std::uniform_int_distribution<int>(0, days - 1)(random);
                const int end = std::uniform_int_distribution<int>(first, days)(random);
                const int capacity = std::uniform_int_distribution<int>(0, 4)(random);
                std::int64_t sum = 0;
                int above = -1;
                for (int day = first; day < end; ++day) {
                    sum += plain.people[t][static_cast<std::size_t>(day)];
                    if (above < 0 && plain.people[t][static_cast<std::size_t>(day)] > capacity)
                        above = day;
                }
                EXPECT_EQ(usage.peopleDays(t, first, end), sum) << "days " << first << ".." << end;
                EXPECT_EQ(usage.firstDayAbove(t, first, end, capacity), above) << "days " << first << ".." << end;
            }
        }
    }
    EXPECT_GT(shortened, 10) << "the generated plans must exercise the shortened list";
}

TEST(TeamUsage, AScheduleOf137000YearsOnTwoHundredTeamsCostsWhatItsCapabilitiesDo)
{
    // 499 capabilities of 100,000 days in one chain (49.9 million days, within the limits), each
    // on one of 200 teams: a count per team and day would need 40 GB; the run used 14 GB and
    // was still going after two minutes before the steps.
    Plan plan;
    for (int t = 0; t < 200; ++t)
        plan.teams.push_back(Team{"T" + std::to_string(t), 1, {}, std::nullopt});
    for (int i = 0; i < 499; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i);
        c.name = c.key;
        c.durationDays = 100000;
        c.demand = {{"T" + std::to_string(i % 200), 1}};
        plan.capabilities.push_back(c);
        if (i > 0)
            plan.dependencies.push_back({"C" + std::to_string(i - 1), c.key, 0});
    }

    const Schedule schedule = computeSchedule(plan, {.budgetSchedules = 1});

    EXPECT_EQ(schedule.makespanDays, 49'900'000);
    // Each team's load is listed up to wave 999, the last a plan can name, not to wave 554,445.
    EXPECT_EQ(schedule.load.size(), 200u * 999u);
    EXPECT_EQ(std::max_element(schedule.load.begin(), schedule.load.end(),
                               [](const auto &a, const auto &b) { return a.wave < b.wave; })
                  ->wave,
              999);
    // Team T0 works the first 100,000 days: every day of its first 1,111 waves of 90 days.
    const auto t0wave5 = std::find_if(schedule.load.begin(), schedule.load.end(),
                                      [](const auto &l) { return l.team == "T0" && l.wave == 5; });
    ASSERT_NE(t0wave5, schedule.load.end());
    EXPECT_EQ(t0wave5->peopleDaysUsed, 90);
    EXPECT_TRUE(std::any_of(schedule.problems.begin(), schedule.problems.end(),
                            [](const Problem &p) { return p.code == "past-horizon"; }));
    EXPECT_FALSE(std::any_of(schedule.problems.begin(), schedule.problems.end(),
                             [](const Problem &p) { return p.severity == Severity::Error; }));
}
