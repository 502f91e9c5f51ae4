// schedule: the text and JSON outputs, exit codes, inputs of every kind and budgets.

#include "plan_files.h"
#include "run_command.h"

#include "core/io/plan_json.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace waveplan;
using test::kProgressCapsCsv;
using test::kSampleCaps;
using test::kSampleTeams;
using test::runWaveplan;
using test::smallPlan;
using test::TempDir;

namespace {

const nlohmann::json *entry(const nlohmann::json &doc, const std::string &key)
{
    for (const auto &c : doc.at("capabilities"))
        if (c.at("key") == key)
            return &c;
    return nullptr;
}

} // namespace

TEST(Schedule, JsonHoldsEveryDependencyLagAndCapacity)
{
    TempDir dir;
    const auto file = dir.write("small.json", planToJson(smallPlan()));

    const auto result = runWaveplan({"schedule", file.string(), "--json"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto doc = nlohmann::json::parse(result.out); // stdout is only the JSON document
    EXPECT_TRUE(doc.at("feasible").get<bool>());
    const auto *data = entry(doc, "DATA");
    const auto *cdp = entry(doc, "CDP");
    const auto *web = entry(doc, "WEB");
    ASSERT_TRUE(data && cdp && web);
    // finish_day is exclusive: start + duration.
    EXPECT_EQ((*data)["finish_day"].get<int>(), (*data)["start_day"].get<int>() + 30);
    EXPECT_GE((*cdp)["start_day"].get<int>(), (*data)["finish_day"].get<int>() + 5);
    // One Data person: DATA and WEB never overlap.
    const bool apart = (*web)["finish_day"].get<int>() <= (*data)["start_day"].get<int>() ||
                       (*data)["finish_day"].get<int>() <= (*web)["start_day"].get<int>();
    EXPECT_TRUE(apart) << result.out;
    // Foundational DATA goes first when otherwise equal; WEB waits for the Data team.
    EXPECT_EQ((*data)["start_day"].get<int>(), 0);
    EXPECT_EQ((*web)["reason"]["kind"], "team-full") << (*web)["reason"].dump();
    EXPECT_EQ((*cdp)["reason"]["kind"], "predecessor");
    EXPECT_EQ((*cdp)["reason"]["predecessor"], "DATA");
    EXPECT_EQ(doc.at("makespan_days").get<int>(), 55);
    EXPECT_EQ(doc.at("critical_path"), nlohmann::json::array({"DATA", "CDP"}));
    EXPECT_TRUE((*cdp)["critical"].get<bool>());
    EXPECT_FALSE((*web)["critical"].get<bool>());
    EXPECT_EQ((*cdp)["slack_days"].get<int>(), 0);
    ASSERT_TRUE(doc.contains("load"));
    ASSERT_TRUE(doc.contains("critical_chain"));
    ASSERT_TRUE(doc.contains("problems"));
}

TEST(Schedule, JsonHasTheDrivingPathAndTheDependencyPath)
{
    // smallPlan: DATA (30 days, the one Data person) then CDP 5 days after it; WEB (10 days)
    // takes the Data person after DATA and can slip 15 days, so only DATA -> CDP drives the end.
    TempDir dir;
    const auto file = dir.write("small.json", planToJson(smallPlan()));

    const auto result = runWaveplan({"schedule", file.string(), "--json"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto doc = nlohmann::json::parse(result.out);
    const nlohmann::json expected = nlohmann::json::parse(R"([
        {"key": "DATA", "held_by": {"kind": "start"}},
        {"key": "CDP", "held_by": {"kind": "predecessor", "key": "DATA", "lag_days": 5}}])");
    EXPECT_EQ(doc.at("driving_path"), expected) << doc.at("driving_path").dump();
    EXPECT_EQ(doc.at("dependency_path"), nlohmann::json::array({"DATA", "CDP"}));
    EXPECT_EQ(doc.at("critical_path"), doc.at("dependency_path")); // kept for compatibility
    EXPECT_EQ(doc.at("critical_chain"), nlohmann::json::array({"DATA", "CDP"}));
    EXPECT_EQ((*entry(doc, "WEB"))["slack_days"].get<int>(), 15);
    for (const auto &c : doc.at("capabilities"))
        EXPECT_EQ(c.at("critical").get<bool>(), c.at("slack_days").get<int>() == 0) << c.at("key");
}

TEST(Schedule, JsonDrivingPathOfTheSamplePlanIsContiguousAndCritical)
{
    const auto result = runWaveplan({"schedule", kSampleCaps, "--teams", kSampleTeams, "--json"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto doc = nlohmann::json::parse(result.out);
    const auto &path = doc.at("driving_path");
    ASSERT_FALSE(path.empty());
    const auto *last = entry(doc, path.back().at("key").get<std::string>());
    EXPECT_EQ(last->at("finish_day"), doc.at("makespan_days"));
    for (std::size_t i = 0; i < path.size(); ++i) {
        const auto *c = entry(doc, path[i].at("key").get<std::string>());
        ASSERT_NE(c, nullptr);
        EXPECT_TRUE(c->at("critical").get<bool>()) << path[i].dump();
        EXPECT_EQ(c->at("slack_days").get<int>(), 0) << path[i].dump();
        const auto &held = path[i].at("held_by");
        if (i == 0) {
            EXPECT_FALSE(held.contains("key")) << held.dump();
            continue;
        }
        ASSERT_EQ(held.at("key"), path[i - 1].at("key")) << held.dump();
        const auto *before = entry(doc, held.at("key").get<std::string>());
        const std::string kind = held.at("kind");
        if (kind == "predecessor")
            EXPECT_EQ(c->at("start_day").get<int>(),
                      before->at("finish_day").get<int>() + held.at("lag_days").get<int>());
        else if (kind == "team-capacity")
            EXPECT_EQ(c->at("start_day"), before->at("finish_day"));
        else
            EXPECT_EQ(kind, "change-limit");
    }
}

TEST(Schedule, TextSaysTheDrivingPathInWords)
{
    TempDir dir;
    const auto file = dir.write("small.json", planToJson(smallPlan()));

    const auto result = runWaveplan({"schedule", file.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    // Day 54, the last day of CDP, is 2027-02-27; everything fits in wave 1.
    EXPECT_NE(result.out.find("Ends 2027-02-27 (wave 1), driven by CDP, which waits for DATA to finish plus 5 days "
                              "lag; DATA starts at the plan start."),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("If every team had unlimited capacity it could take 55 days, along the dependency "
                              "path DATA -> CDP"),
              std::string::npos)
        << result.out;
    EXPECT_EQ(result.out.find("Critical chain"), std::string::npos) << result.out;
}

TEST(Schedule, TextOutputIsAWaveByWaveTable)
{
    TempDir dir;
    const auto file = dir.write("small.json", planToJson(smallPlan()));

    const auto result = runWaveplan({"schedule", file.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Wave 1 (2027-01-04 to 2027-04-03)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("waits for DATA to finish"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("It takes 55 days."), std::string::npos) << result.out;
}

TEST(Schedule, TextSaysOnceForARunOfWavesThatNothingStartsIn)
{
    TempDir dir;
    Plan plan = smallPlan(); // horizon 4 waves of 90 days from 2027-01-04
    plan.capabilities.resize(2);
    plan.capabilities[0].durationDays = 1000; // DATA: days 0-999, so CDP starts on day 1005, in wave 12
    const auto file = dir.write("long.json", planToJson(plan));

    const auto result = runWaveplan({"schedule", file.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Wave 1 (2027-01-04 to 2027-04-03)\n  DATA"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("\nWaves 2 to 4 (2027-04-04 to 2027-12-29): nothing starts\n"
                              "Waves 5 to 11 (2027-12-30 to 2029-09-19), past the horizon: nothing starts\n"
                              "Wave 12 (2029-09-20 to 2029-12-18), past the horizon\n  CDP"),
              std::string::npos)
        << result.out;
    EXPECT_EQ(result.out.find("Wave 3 "), std::string::npos) << result.out;
}

TEST(Schedule, QuarterWavesAreTitledByTheirFiscalQuarterWithTheirNumber)
{
    TempDir dir;
    Plan plan = smallPlan(); // every day worked, from Monday 2027-01-04, horizon 4 waves
    plan.capabilities.resize(2);
    plan.capabilities[0].durationDays = 400; // DATA: days 0-399, to 2028-02-07; CDP from day 405
    plan.waveScheme = WaveScheme::Quarters;
    plan.fiscalYearStartMonth = 4; // FY2027 ends in March 2027
    const auto file = dir.write("quarters.json", planToJson(plan));

    const auto result = runWaveplan({"schedule", file.string()});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Q4 2027 (wave 1, 2027-01-04 to 2027-03-31)\n  DATA"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("\nQ1 2028 to Q3 2028 (waves 2 to 4, 2027-04-01 to 2027-12-31): nothing starts\n"
                              "Q4 2028 (wave 5, 2028-01-01 to 2028-03-31), past the horizon\n  CDP"),
              std::string::npos)
        << result.out;
}

TEST(Schedule, AClashExitsOneAndStillPrintsTheClosestScheduleAsJson)
{
    TempDir dir;
    Plan plan = smallPlan();
    plan.waveLengthDays = 40;
    plan.capabilities[1].deadlineWave = 1; // CDP cannot finish before day 55 > 40
    const auto file = dir.write("late.json", planToJson(plan));

    const auto result = runWaveplan({"schedule", file.string(), "--json"});

    EXPECT_EQ(result.exitCode, 1);
    const auto doc = nlohmann::json::parse(result.out);
    EXPECT_FALSE(doc.at("feasible").get<bool>());
    EXPECT_EQ(doc.at("capabilities").size(), 3u);
    bool named = false;
    for (const auto &p : doc.at("problems"))
        named = named || (p.at("code") == "deadline-missed" &&
                          std::find(p.at("keys").begin(), p.at("keys").end(), "CDP") != p.at("keys").end());
    EXPECT_TRUE(named) << doc.at("problems").dump(2);
}

TEST(Schedule, ACycleExitsOneNamingTheKeys)
{
    TempDir dir;
    Plan plan = smallPlan();
    plan.dependencies.push_back({"CDP", "DATA", 0});
    const auto file = dir.write("cycle.json", planToJson(plan));

    const auto result = runWaveplan({"schedule", file.string(), "--json"});

    EXPECT_EQ(result.exitCode, 1);
    const auto doc = nlohmann::json::parse(result.out);
    EXPECT_TRUE(doc.at("capabilities").empty());
    ASSERT_FALSE(doc.at("problems").empty());
    EXPECT_EQ(doc["problems"][0]["code"], "cycle");
}

TEST(Schedule, SpreadsheetsNeedTheirTeamsAndScheduleTheSamplePlan)
{
    const auto result = runWaveplan({"schedule", kSampleCaps, "--teams", kSampleTeams, "--json"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto doc = nlohmann::json::parse(result.out);
    EXPECT_EQ(doc.at("capabilities").size(), 24u);
    EXPECT_GE(doc.at("makespan_days").get<int>(), doc.at("minimum_length_days").get<int>());

    const auto withoutTeams = runWaveplan({"schedule", kSampleCaps});
    EXPECT_EQ(withoutTeams.exitCode, 1);
    EXPECT_NE(withoutTeams.err.find("--teams"), std::string::npos) << withoutTeams.err;
}

TEST(Schedule, TheSameScheduleBudgetGivesTheSameSchedule)
{
    const std::vector<std::string> args{"schedule", kSampleCaps, "--teams", kSampleTeams, "--json",
                                        "--budget-schedules", "300"};
    const auto first = runWaveplan(args);
    const auto second = runWaveplan(args);
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_EQ(first.out, second.out);
}

TEST(Schedule, BadBudgetsAreUsageErrors)
{
    EXPECT_EQ(runWaveplan({"schedule", kSampleCaps, "--budget-schedules", "0"}).exitCode, 2);
    EXPECT_EQ(runWaveplan({"schedule", kSampleCaps, "--budget-ms", "-5"}).exitCode, 2);
    EXPECT_EQ(runWaveplan({"schedule", kSampleCaps, "--budget-schedules", "many"}).exitCode, 2);
}

// Issue 15: a plan brought up to date in April and re-planned from that day, then from a later
// day given on the command line. Every day is worked, so dates are start + days.
TEST(Schedule, RePlansFromTheAsOfDate)
{
    TempDir dir;
    const auto caps = dir.write("capabilities.csv", kProgressCapsCsv);
    const auto plan = dir.file("april.waveplan");
    ASSERT_EQ(runWaveplan({"import", caps.string(), "-o", plan.string(), "--start", "2027-01-04", "--as-of",
                           "2027-04-01"})
                  .exitCode,
              0);

    const auto april = runWaveplan({"schedule", plan.string(), "--json"});
    ASSERT_EQ(april.exitCode, 0) << april.err;
    const auto doc = nlohmann::json::parse(april.out);
    EXPECT_EQ(doc.at("as_of"), "2027-04-01");
    EXPECT_EQ(entry(doc, "DATA")->at("status"), "done");
    EXPECT_EQ(entry(doc, "DATA")->at("start_date"), "2027-01-04");
    EXPECT_EQ(entry(doc, "DATA")->at("last_date"), "2027-02-12");
    EXPECT_EQ(entry(doc, "DATA")->at("reason").at("kind"), "done");
    EXPECT_EQ(entry(doc, "CDP")->at("status"), "in-progress");
    EXPECT_EQ(entry(doc, "CDP")->at("start_date"), "2027-02-15");
    EXPECT_EQ(entry(doc, "CDP")->at("last_date"), "2027-04-20"); // 20 days from 1 April
    EXPECT_EQ(entry(doc, "CDP")->at("reason").at("kind"), "under-way");
    EXPECT_EQ(entry(doc, "WEB")->at("start_date"), "2027-04-01");
    EXPECT_EQ(entry(doc, "WEB")->at("reason").at("kind"), "as-of");
    EXPECT_EQ(entry(doc, "PERS")->at("start_date"), "2027-04-21");
    EXPECT_EQ(doc.at("driving_path").front().at("held_by").at("kind"), "under-way");

    // A month later, from the command line: CDP still has 20 days, from 3 May.
    const auto may = runWaveplan({"schedule", plan.string(), "--json", "--as-of", "2027-05-03"});
    ASSERT_EQ(may.exitCode, 0) << may.err;
    const auto later = nlohmann::json::parse(may.out);
    EXPECT_EQ(later.at("as_of"), "2027-05-03");
    EXPECT_EQ(entry(later, "CDP")->at("last_date"), "2027-05-22");
    EXPECT_EQ(entry(later, "WEB")->at("start_date"), "2027-05-03");

    // The text says why in words.
    const auto text = runWaveplan({"schedule", plan.string()});
    EXPECT_NE(text.out.find("under way since 2027-02-15; 20 days left from the as-of date, 2027-04-01"),
              std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("done: worked 2027-01-04 to 2027-02-12"), std::string::npos) << text.out;

    // A day before DATA finished cannot be the as-of date of this progress.
    const auto early = runWaveplan({"schedule", plan.string(), "--as-of", "2027-02-01"});
    EXPECT_NE(early.exitCode, 0);
    EXPECT_NE(early.err.find("april.waveplan: capability 'DATA' finished on 2027-02-12, after the as-of date 2027-02-01"),
              std::string::npos)
        << early.err;
    const auto bad = runWaveplan({"validate", plan.string(), "--as-of", "May"});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_NE(bad.err.find("--as-of"), std::string::npos) << bad.err;
}

TEST(Schedule, ValidateNamesADeadlineTheAsOfDateHasPassed)
{
    TempDir dir;
    const auto caps = dir.write("capabilities.csv", "key,name,kind,duration_days,deadline_wave\n"
                                                    "DPA,Data processing agreements,foundational,20,1\n");
    const auto plan = dir.file("dpa.waveplan");
    ASSERT_EQ(runWaveplan({"import", caps.string(), "-o", plan.string(), "--start", "2027-01-04"}).exitCode, 0);
    EXPECT_EQ(runWaveplan({"validate", plan.string()}).exitCode, 0) << "due by 3 April: fine from 4 January";

    const auto result = runWaveplan({"validate", plan.string(), "--as-of", "2027-05-03"});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_NE(result.out.find("DPA must go live by wave 1, which ended on 2027-04-03, before the as-of date 2027-05-03"),
              std::string::npos)
        << result.out;
}
