// waveplan compare: the JSON is checked against a diff computed here from the two plans'
// `schedule --json` outputs; the text names what moved; unreadable input exits 1.

#include "plan_files.h"
#include "run_command.h"
#include "two_plans.h"

#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <tuple>
#include <set>

using namespace waveplan;
using test::runWaveplan;
using test::runWaveplanJson;
using test::TempDir;
using test::TwoPlans;

TEST(Compare, JsonMatchesADiffOfTheTwoSchedules)
{
    TwoPlans plans;
    const auto from = runWaveplanJson({"schedule", plans.a.string(), "--json"});
    const auto to = runWaveplanJson({"schedule", plans.b.string(), "--json"});

    const auto compared = runWaveplanJson({"compare", plans.a.string(), plans.b.string(), "--json"});

    std::map<std::string, std::pair<int, int>> was; // key -> (wave, start_day)
    for (const auto &c : from.at("capabilities"))
        was[c.at("key")] = {c.at("wave").get<int>(), c.at("start_day").get<int>()};
    nlohmann::json moved = nlohmann::json::array();
    std::set<std::string> inB;
    for (const auto &c : to.at("capabilities")) {
        const std::string key = c.at("key");
        inB.insert(key);
        const auto found = was.find(key);
        if (found == was.end())
            continue;
        const std::pair<int, int> now{c.at("wave").get<int>(), c.at("start_day").get<int>()};
        if (now != found->second)
            moved.push_back({{"key", key},
                             {"from_wave", found->second.first},
                             {"to_wave", now.first},
                             {"from_start_day", found->second.second},
                             {"to_start_day", now.second}});
    }
    EXPECT_EQ(compared.at("moved"), moved);
    EXPECT_EQ(compared.at("added"), nlohmann::json::array({"NEWCAP"}));
    EXPECT_EQ(compared.at("removed"), nlohmann::json::array({plans.removed}));
    EXPECT_EQ(compared.at("end").at("from_day"), from.at("makespan_days"));
    EXPECT_EQ(compared.at("end").at("to_day"), to.at("makespan_days"));
    EXPECT_EQ(compared.at("driving_path").at("from"), from.at("critical_chain"));
    EXPECT_EQ(compared.at("driving_path").at("to"), to.at("critical_chain"));
    // Load: every team and wave of either schedule, with both sides' figures.
    std::map<std::pair<std::string, int>, std::pair<int, int>> used; // -> (from, to)
    for (const auto &team : from.at("load"))
        for (const auto &w : team.at("waves"))
            used[{team.at("team"), w.at("wave")}].first = w.at("people_days_used");
    for (const auto &team : to.at("load"))
        for (const auto &w : team.at("waves"))
            used[{team.at("team"), w.at("wave")}].second = w.at("people_days_used");
    ASSERT_EQ(compared.at("load").size(), used.size());
    for (const auto &cell : compared.at("load")) {
        const auto expected = used.at({cell.at("team"), cell.at("wave")});
        EXPECT_EQ(cell.at("from_people_days_used"), expected.first);
        EXPECT_EQ(cell.at("to_people_days_used"), expected.second);
        EXPECT_EQ(cell.at("people_days_used_delta"), expected.second - expected.first);
    }
    // Cost by wave: each capability's cost in the wave it starts in, summed here from the plans.
    const auto expectedCosts = [](const std::filesystem::path &planFile, const nlohmann::json &schedule) {
        std::ifstream in(planFile);
        const auto plan = nlohmann::json::parse(in);
        std::map<std::string, double> cost;
        for (const auto &c : plan.at("capabilities"))
            if (c.contains("cost") && !c.at("cost").is_null())
                cost[c.at("key")] = c.at("cost").get<double>();
        std::map<int, double> byWave;
        for (const auto &c : schedule.at("capabilities"))
            byWave[c.at("wave").get<int>()] += cost[c.at("key").get<std::string>()];
        return byWave;
    };
    for (const auto &[side, planFile, schedule] : {std::tuple{"from", plans.a, from}, std::tuple{"to", plans.b, to}}) {
        const auto expected = expectedCosts(planFile, schedule);
        for (const auto &w : compared.at("cost_by_wave").at(side)) {
            const auto found = expected.find(w.at("wave").get<int>());
            EXPECT_DOUBLE_EQ(w.at("cost").get<double>(), found == expected.end() ? 0.0 : found->second) << side;
        }
    }
}

TEST(Compare, APlanComparedWithItselfShowsNoDifference)
{
    TwoPlans plans;
    const auto compared = runWaveplanJson({"compare", plans.a.string(), plans.a.string(), "--json"});

    EXPECT_EQ(compared.at("moved"), nlohmann::json::array());
    EXPECT_EQ(compared.at("added"), nlohmann::json::array());
    EXPECT_EQ(compared.at("removed"), nlohmann::json::array());
    EXPECT_EQ(compared.at("end").at("from_day"), compared.at("end").at("to_day"));
    EXPECT_EQ(compared.at("cost_by_wave").at("from"), compared.at("cost_by_wave").at("to"));
}

TEST(Compare, TheTextSaysWhatMovedAndWhatWasAddedAndRemoved)
{
    TwoPlans plans;
    const auto result = runWaveplan({"compare", plans.a.string(), plans.b.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Comparing " + plans.a.string()), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("  " + plans.pinned + ": wave 1 -> 2"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Added: NEWCAP"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Removed: " + plans.removed), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Cost by wave"), std::string::npos) << result.out;
}

TEST(Compare, AnUnreadablePlanExitsOneAndNamesTheFile)
{
    TwoPlans plans;
    const auto broken = plans.dir.write("broken.json", "{ \"format\": ");

    const auto result = runWaveplan({"compare", plans.a.string(), broken.string(), "--json"});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.empty());
    EXPECT_NE(result.err.find("broken.json:1:"), std::string::npos) << result.err;
}
