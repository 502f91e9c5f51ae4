// validate: exit 0 when the plan can be scheduled (warnings allowed), 1 with errors.

#include "plan_files.h"
#include "run_command.h"

#include "core/io/plan_json.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>

using namespace waveplan;
using test::runWaveplan;
using test::TempDir;

namespace {

Plan twoStepPlan()
{
    Plan plan;
    plan.name = "Two steps";
    plan.teams = {{"Data", 2, {}, std::nullopt}};
    const Capability data = test::cleanData();
    Capability cdp = data;
    cdp.key = "CDP";
    cdp.name = "Customer data platform";
    plan.capabilities = {data, cdp};
    plan.dependencies = {{"DATA", "CDP", 0}};
    return plan;
}

} // namespace

TEST(Validate, TheSamplePlanCanBeScheduled)
{
    const auto result = runWaveplan({"validate", std::string(WAVEPLAN_SAMPLE_DIR) + "/capabilities.csv", "--teams",
                                     std::string(WAVEPLAN_SAMPLE_DIR) + "/teams.csv"});
    EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
    EXPECT_NE(result.out.find("The plan can be scheduled."), std::string::npos) << result.out;
    // The sample deliberately has a capability with no owner and one with no KPI.
    EXPECT_NE(result.out.find("has no owner"), std::string::npos) << result.out;
}

TEST(Validate, ACycleIsAnErrorNamingTheKeysAroundIt)
{
    TempDir dir;
    Plan plan = twoStepPlan();
    plan.dependencies.push_back({"CDP", "DATA", 0});
    const auto file = dir.write("cycle.json", planToJson(plan));

    const auto result = runWaveplan({"validate", file.string()});

    EXPECT_EQ(result.exitCode, 1);
    const bool named = result.out.find("DATA -> CDP -> DATA") != std::string::npos ||
                       result.out.find("CDP -> DATA -> CDP") != std::string::npos;
    EXPECT_TRUE(named) << result.out;
}

TEST(Validate, DemandAboveCapacityIsAnError)
{
    TempDir dir;
    Plan plan = twoStepPlan();
    plan.capabilities[1].demand = {{"Data", 5}};
    const auto file = dir.write("over.json", planToJson(plan));

    const auto result = runWaveplan({"validate", file.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.out.find("CDP needs 5 people from Data"), std::string::npos) << result.out;
}

TEST(Validate, WarningsAloneKeepExitCodeZero)
{
    TempDir dir;
    Plan plan = twoStepPlan();
    plan.capabilities[1].owner.clear();
    const auto file = dir.write("warn.json", planToJson(plan));

    const auto result = runWaveplan({"validate", file.string()});

    EXPECT_EQ(result.exitCode, 0) << result.out;
    EXPECT_NE(result.out.find("warning: 'CDP' (Customer data platform) has no owner"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("0 errors, 1 warning"), std::string::npos) << result.out;
}

TEST(Validate, JsonOutputListsProblemsWithKeys)
{
    TempDir dir;
    Plan plan = twoStepPlan();
    plan.capabilities[0].readiness.skills = 1;
    const auto file = dir.write("p.json", planToJson(plan));

    const auto result = runWaveplan({"validate", file.string(), "--json"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto doc = nlohmann::json::parse(result.out);
    EXPECT_TRUE(doc.at("schedulable").get<bool>());
    ASSERT_EQ(doc.at("problems").size(), 1u);
    EXPECT_EQ(doc["problems"][0]["code"], "low-readiness");
    EXPECT_EQ(doc["problems"][0]["keys"], nlohmann::json::array({"DATA"}));
}

TEST(Validate, AnUnreadableFileIsBadInput)
{
    TempDir dir;
    const auto file = dir.write("junk.waveplan", "not sqlite at all");

    const auto result = runWaveplan({"validate", file.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("junk.waveplan"), std::string::npos) << result.err;
}

TEST(Validate, APipeOrADeviceGivenAsAFileIsRefusedAtOnceForEveryFormat)
{
    const test::TempDir dir;
    for (const std::string name : {"plan.csv", "plan.json"}) {
        const auto fifo = dir.file(name);
        ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
        const auto result = runWaveplan({"validate", fifo.string()});
        EXPECT_EQ(result.exitCode, 1) << name;
        EXPECT_NE(result.err.find("not a regular file"), std::string::npos) << result.err;
    }
    const auto withDevice = runWaveplan(
        {"validate", std::string(WAVEPLAN_SAMPLE_DIR) + "/capabilities.csv", "--teams", "/dev/zero"});
    EXPECT_EQ(withDevice.exitCode, 1);
    EXPECT_NE(withDevice.err.find("/dev/zero"), std::string::npos) << withDevice.err;
    EXPECT_NE(withDevice.err.find("not a regular file"), std::string::npos) << withDevice.err;
}
