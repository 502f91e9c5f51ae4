// waveplan scenario and FILE#SCENARIO: variants of one plan kept in one file, each read by
// every command as its own plan (checked against the same plan on its own), and wrong names
// refused with the file left as it was.
#include "plan_files.h"
#include "run_command.h"

#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "core/store/plan_store.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace waveplan;
using test::bytesOf;
using test::runWaveplan;
using test::runWaveplanJson;
using test::TempDir;

namespace {

/// The sample as plan.waveplan with a second scenario "Buy the CDP", a copy of "Main plan".
struct TwoScenarios {
    TempDir dir;
    std::filesystem::path plan = dir.file("plan.waveplan");

    TwoScenarios() {
        EXPECT_EQ(runWaveplan({"import", test::kSampleCaps, "--teams", test::kSampleTeams, "-o",
                               plan.string(), "--start", "2027-01-04"})
                      .exitCode,
                  0);
        const auto copied =
            runWaveplan({"scenario", plan.string(), "--copy", "Main plan", "Buy the CDP"});
        EXPECT_EQ(copied.exitCode, 0) << copied.err;
    }
};

} // namespace

TEST(ScenarioCommand, ListsCopiesRenamesAndChoosesTheCurrentOne) {
    TwoScenarios file;

    auto listed = runWaveplanJson({"scenario", file.plan.string(), "--list", "--json"});
    ASSERT_EQ(listed.at("scenarios").size(), 2u);
    EXPECT_EQ(listed.at("scenarios")[0].at("name"), "Main plan");
    EXPECT_EQ(listed.at("scenarios")[0].at("current"), true);
    EXPECT_EQ(listed.at("scenarios")[1].at("name"), "Buy the CDP");
    EXPECT_EQ(listed.at("scenarios")[1].at("current"), false);

    ASSERT_EQ(
        runWaveplan({"scenario", file.plan.string(), "--rename", "Main plan", "Build the CDP"})
            .exitCode,
        0);
    ASSERT_EQ(runWaveplan({"scenario", file.plan.string(), "--current", "Buy the CDP"}).exitCode,
              0);
    listed = runWaveplanJson({"scenario", file.plan.string(), "--list", "--json"});
    EXPECT_EQ(listed.at("scenarios")[0].at("name"), "Build the CDP");
    EXPECT_EQ(listed.at("scenarios")[1].at("current"), true);

    ASSERT_EQ(runWaveplan({"scenario", file.plan.string(), "--delete", "Buy the CDP"}).exitCode, 0);
    listed = runWaveplanJson({"scenario", file.plan.string(), "--list", "--json"});
    ASSERT_EQ(listed.at("scenarios").size(), 1u);
    EXPECT_EQ(listed.at("scenarios")[0].at("current"), true);
}

TEST(ScenarioCommand, EveryCommandReadsAScenarioAsThePlanItHolds) {
    const TempDir dir;
    const Plan sample = importPlanFromCsvFiles(test::kSampleCaps, test::kSampleTeams).value();
    Plan halved = sample;
    halved.findCapability("CDP")->durationDays /= 2;
    ScenarioSet set;
    set.scenarios = {{"Main plan", withIds(sample), {}}, {"Halve CDP", withIds(halved), {}}};
    const auto file = dir.file("plan.waveplan");
    ASSERT_TRUE(saveScenarios(set, PlanLocation::ofFile(file)).ok());
    const auto sampleAlone = dir.write("sample.json", planToJson(sample));
    const auto halvedAlone = dir.write("halved.json", planToJson(halved));

    const auto scenario = runWaveplanJson({"schedule", file.string() + "#Halve CDP", "--json"});
    const auto current = runWaveplanJson({"schedule", file.string(), "--json"});

    EXPECT_EQ(scenario.at("capabilities"),
              runWaveplanJson({"schedule", halvedAlone.string(), "--json"}).at("capabilities"));
    EXPECT_EQ(current.at("capabilities"),
              runWaveplanJson({"schedule", sampleAlone.string(), "--json"}).at("capabilities"))
        << "no name: the current scenario";
    EXPECT_NE(scenario.at("makespan_days"), current.at("makespan_days"));
    const auto exported = dir.file("halved-export.json");
    ASSERT_EQ(
        runWaveplan({"export", file.string() + "#Halve CDP", "-o", exported.string()}).exitCode, 0);
    EXPECT_EQ(readPlanJsonFile(exported).value(), halved);
    EXPECT_EQ(runWaveplan({"validate", file.string() + "#Halve CDP"}).exitCode,
              runWaveplan({"validate", halvedAlone.string()}).exitCode);

    const auto missing = runWaveplan({"schedule", file.string() + "#Nope", "--json"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("has no scenario called 'Nope' (it has: Main plan, Halve CDP)"),
              std::string::npos)
        << missing.err;
    const auto notAPlanFile = runWaveplan({"schedule", halvedAlone.string() + "#Main plan"});
    EXPECT_EQ(notAPlanFile.exitCode, 1);
    EXPECT_NE(notAPlanFile.err.find("only a .waveplan file holds scenarios"), std::string::npos)
        << notAPlanFile.err;
    const auto baseline = runWaveplan({"schedule", file.string() + "@Board approved"});
    EXPECT_EQ(baseline.exitCode, 1);
    EXPECT_NE(baseline.err.find("only 'waveplan compare' reads a baseline"), std::string::npos)
        << baseline.err;
}

TEST(ScenarioCommand, CompareTwoScenariosOfOneFileAndABaselineOfOne) {
    TwoScenarios file;
    // Freeze a baseline in "Buy the CDP" only; the current scenario has none.
    const auto frozen = runWaveplan(
        {"baseline", file.plan.string() + "#Buy the CDP", "--freeze", "Board approved"});
    ASSERT_EQ(frozen.exitCode, 0) << frozen.err;
    const auto scenarios = runWaveplanJson({"scenario", file.plan.string(), "--list", "--json"});
    EXPECT_EQ(scenarios.at("scenarios")[0].at("baselines"), 0);
    EXPECT_EQ(scenarios.at("scenarios")[1].at("baselines"), 1);
    EXPECT_EQ(scenarios.at("scenarios")[0].at("current"), true)
        << "freezing in a scenario keeps the current one";

    const auto compared =
        runWaveplanJson({"compare", file.plan.string() + "#Main plan",
                         file.plan.string() + "#Buy the CDP@Board approved", "--json"});
    EXPECT_EQ(compared.at("moved"), nlohmann::json::array()) << "two copies of one plan";
    EXPECT_EQ(compared.at("to").at("baseline"), "Board approved");
    EXPECT_EQ(compared.at("end").at("from_day"), compared.at("end").at("to_day"));

    const auto noBaselineHere = runWaveplan(
        {"compare", file.plan.string() + "#Main plan@Board approved", file.plan.string()});
    EXPECT_EQ(noBaselineHere.exitCode, 1);
    EXPECT_NE(noBaselineHere.err.find("has no baseline called 'Board approved' (it has none)"),
              std::string::npos)
        << noBaselineHere.err;
}

TEST(ScenarioCommand, WrongNamesAreErrorsThatLeaveTheFileAsItWas) {
    TwoScenarios file;
    const std::string before = bytesOf(file.plan);

    const auto taken =
        runWaveplan({"scenario", file.plan.string(), "--copy", "Main plan", "Buy the CDP"});
    EXPECT_EQ(taken.exitCode, 1);
    EXPECT_NE(taken.err.find("already a scenario called 'Buy the CDP'"), std::string::npos)
        << taken.err;
    const auto hash =
        runWaveplan({"scenario", file.plan.string(), "--rename", "Main plan", "Plan #2"});
    EXPECT_EQ(hash.exitCode, 1);
    EXPECT_NE(hash.err.find("cannot hold '#' or '@'"), std::string::npos) << hash.err;
    const auto unknown = runWaveplan({"scenario", file.plan.string(), "--delete", "Nope"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("has no scenario called 'Nope' (it has: Main plan, Buy the CDP)"),
              std::string::npos)
        << unknown.err;
    EXPECT_EQ(bytesOf(file.plan), before);

    ASSERT_EQ(runWaveplan({"scenario", file.plan.string(), "--delete", "Buy the CDP"}).exitCode, 0);
    const auto last = runWaveplan({"scenario", file.plan.string(), "--delete", "Main plan"});
    EXPECT_EQ(last.exitCode, 1);
    EXPECT_NE(last.err.find("the only scenario"), std::string::npos) << last.err;
}
