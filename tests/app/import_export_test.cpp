// import and export through the real executable: the sample spreadsheets, round trips through
// JSON and CSV, and bad input that must leave no file behind.

#include "plan_files.h"
#include "run_command.h"

#include "core/io/plan_json.h"
#include "core/model/tracking.h"
#include "core/store/plan_store.h"
#include "support/plan_generator.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace waveplan;
using test::kSampleCaps;
using test::kSampleTeams;
using test::runWaveplan;
using test::TempDir;

TEST(Import, SampleSpreadsheetsBecomeAPlanFile)
{
    TempDir dir;
    const auto out = dir.file("year-one.waveplan");

    const auto result = runWaveplan({"import", kSampleCaps, "--teams", kSampleTeams, "-o", out.string(),
                                     "--start", "2027-01-04", "--name", "Year one"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Result<Plan> plan = openPlan(PlanLocation::ofFile(out));
    ASSERT_TRUE(plan.ok()) << plan.errorText();
    EXPECT_EQ(plan->name, "Year one");
    EXPECT_EQ(formatIsoDate(plan->startDate), "2027-01-04");
    EXPECT_GE(plan->capabilities.size(), 20u);
    EXPECT_LE(plan->capabilities.size(), 30u);
    EXPECT_GE(plan->teams.size(), 3u);
    ASSERT_NE(plan->findCapability("CDP"), nullptr);
    EXPECT_EQ(plan->findCapability("CDP")->kind, CapabilityKind::Foundational);
    EXPECT_NE(result.out.find(std::to_string(plan->capabilities.size()) + " capabilities"), std::string::npos);
}

TEST(Import, ABadSpreadsheetWritesNothingAndSaysWhere)
{
    TempDir dir;
    const auto caps = dir.write("caps.csv", "key,name,kind,duration_days\n"
                                            "DATA,Clean data,foundational,30\n"
                                            "CDP,Platform,sometimes,20\n");
    const auto out = dir.file("out.waveplan");

    const auto result = runWaveplan({"import", caps.string(), "-o", out.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("caps.csv:3:"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("sometimes"), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Import, AStartDateThatIsNotADayIsRefusedInTheCellGrammarsWords)
{
    TempDir dir;
    const auto out = dir.file("out.waveplan");

    const auto result = runWaveplan({"import", kSampleCaps, "--teams", kSampleTeams, "-o", out.string(),
                                     "--start", "2027-02-30"});

    EXPECT_NE(result.exitCode, 0);
    EXPECT_NE(result.err.find("--start must be a real calendar day written YYYY-MM-DD, such as 2027-01-04, "
                              "got \"2027-02-30\""),
              std::string::npos)
        << result.err;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(Import, RefusesToReplaceAFileWithoutForce)
{
    TempDir dir;
    const auto out = dir.write("plan.waveplan", "precious");
    const auto json = dir.write("plan.json", planToJson(test::generatePlan(5)));

    const auto refused = runWaveplan({"import", json.string(), "-o", out.string()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
    EXPECT_EQ(test::readFile(out), "precious");

    const auto forced = runWaveplan({"import", json.string(), "-o", out.string(), "--force"});
    EXPECT_EQ(forced.exitCode, 0) << forced.err;
    EXPECT_EQ(openPlan(PlanLocation::ofFile(out)).value(), withIds(test::generatePlan(5)));
}

TEST(ImportExport, JsonRoundTripThroughAPlanFileIsExact)
{
    TempDir dir;
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const Plan plan = test::generatePlan(seed);
        const auto json = dir.write("in" + std::to_string(seed) + ".json", planToJson(plan));
        const auto file = dir.file("p" + std::to_string(seed) + ".waveplan");
        const auto back = dir.file("out" + std::to_string(seed) + ".json");

        ASSERT_EQ(runWaveplan({"import", json.string(), "-o", file.string()}).exitCode, 0);
        const auto exported = runWaveplan({"export", file.string(), "-o", back.string()});

        ASSERT_EQ(exported.exitCode, 0) << exported.err;
        EXPECT_EQ(test::readFile(back), test::readFile(json)) << "seed " << seed;
    }
}

TEST(ImportExport, CsvExportReimportsToTheSamePlan)
{
    TempDir dir;
    const auto original = dir.file("original.waveplan");
    ASSERT_EQ(runWaveplan({"import", kSampleCaps, "--teams", kSampleTeams, "-o", original.string(), "--start",
                           "2027-01-04"})
                  .exitCode,
              0);
    const auto caps = dir.file("caps.csv");
    const auto teams = dir.file("teams.csv");
    const auto exported = runWaveplan({"export", original.string(), "-o", caps.string(), "--teams-out", teams.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;

    const auto again = dir.file("again.waveplan");
    const auto reimported = runWaveplan({"import", caps.string(), "--teams", teams.string(), "-o", again.string(),
                                         "--start", "2027-01-04", "--name", "original"});
    ASSERT_EQ(reimported.exitCode, 0) << reimported.err;

    Plan a = openPlan(PlanLocation::ofFile(original)).value();
    Plan b = openPlan(PlanLocation::ofFile(again)).value();
    auto byPair = [](const Dependency &x, const Dependency &y) {
        return std::tie(x.successor, x.predecessor) < std::tie(y.successor, y.predecessor);
    };
    std::sort(a.dependencies.begin(), a.dependencies.end(), byPair);
    std::sort(b.dependencies.begin(), b.dependencies.end(), byPair);
    EXPECT_EQ(a, b);
}

TEST(Export, RefusesToOverwriteAndLeavesTheFileAlone)
{
    TempDir dir;
    const auto plan = dir.file("p.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(9), PlanLocation::ofFile(plan)));
    const auto existing = dir.write("out.json", "keep me");

    const auto result = runWaveplan({"export", plan.string(), "-o", existing.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("already exists"), std::string::npos) << result.err;
    EXPECT_EQ(test::readFile(existing), "keep me");
}

TEST(Export, IntoAMissingFolderFailsClearly)
{
    TempDir dir;
    const auto plan = dir.file("p.waveplan");
    ASSERT_TRUE(savePlan(test::generatePlan(9), PlanLocation::ofFile(plan)));

    const auto result = runWaveplan({"export", plan.string(), "-o", (dir.path() / "nope" / "out.json").string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("does not exist"), std::string::npos) << result.err;
}

TEST(Export, AMissingPlanIsBadInput)
{
    TempDir dir;
    const auto result = runWaveplan({"export", dir.file("absent.waveplan").string(), "-o", dir.file("x.json").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("absent.waveplan"), std::string::npos) << result.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.json")));
}

TEST(Import, CalendarOptionsAreKeptInThePlanFile)
{
    TempDir dir;
    const auto holidays = dir.write("holidays.csv", "name,date\nGood Friday,2027-03-26\nEaster Monday,2027-03-29\n");
    const auto out = dir.file("year-one.waveplan");

    const auto result = runWaveplan({"import", kSampleCaps, "--teams", kSampleTeams, "-o", out.string(), "--start",
                                     "2027-01-04", "--workdays", "Sun-Thu", "--holidays", holidays.string(),
                                     "--waves", "quarter", "--fiscal-year-start", "jul"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Result<Plan> plan = openPlan(PlanLocation::ofFile(out));
    ASSERT_TRUE(plan.ok()) << plan.errorText();
    EXPECT_EQ(plan->calendar.worked, (WorkedWeekdays{true, true, true, true, false, false, true}));
    ASSERT_EQ(plan->calendar.holidays.size(), 2u);
    EXPECT_EQ(plan->calendar.holidays[1].name, "Easter Monday");
    EXPECT_EQ(formatIsoDate(plan->calendar.holidays[1].date), "2027-03-29");
    EXPECT_EQ(plan->waveScheme, WaveScheme::Quarters);
    EXPECT_EQ(plan->fiscalYearStartMonth, 7);
    EXPECT_EQ(quarterName(*plan, 1), "Q3 2027") << "January is in the third quarter of the year to June 2027";

    // Waves of a number of days set the wave length.
    const auto days = dir.file("days.waveplan");
    ASSERT_EQ(runWaveplan({"import", kSampleCaps, "--teams", kSampleTeams, "-o", days.string(), "--waves", "60d"}).exitCode, 0);
    const Result<Plan> sixty = openPlan(PlanLocation::ofFile(days));
    ASSERT_TRUE(sixty.ok()) << sixty.errorText();
    EXPECT_EQ(sixty->waveScheme, WaveScheme::Days);
    EXPECT_EQ(sixty->waveLengthDays, 60);
    EXPECT_TRUE(sixty->calendar.everyDay()) << "a spreadsheet without --workdays works every day, as before";
}

TEST(Import, ProgressAndTheAsOfDateAreKeptAndChecked)
{
    TempDir dir;
    const auto caps = dir.write("capabilities.csv", "key,name,kind,duration_days,depends_on,status,actual_start,actual_finish,remaining_days\n"
                                                    "DATA,Clean data,foundational,30,,done,2027-01-04,2027-02-12,\n"
                                                    "CDP,Customer data platform,foundational,60,DATA,in-progress,2027-02-15,,20\n"
                                                    "WEB,Website,additive,10,,,,,\n");
    const auto out = dir.file("april.waveplan");

    const auto result = runWaveplan({"import", caps.string(), "-o", out.string(), "--start", "2027-01-04", "--as-of",
                                     "2027-04-01"});

    ASSERT_EQ(result.exitCode, 0) << result.err;
    const Result<Plan> plan = openPlan(PlanLocation::ofFile(out));
    ASSERT_TRUE(plan.ok()) << plan.errorText();
    EXPECT_EQ(formatIsoDate(*plan->asOf), "2027-04-01");
    EXPECT_EQ(plan->findCapability("DATA")->status, WorkStatus::Done);
    EXPECT_EQ(formatIsoDate(*plan->findCapability("DATA")->actualFinish), "2027-02-12");
    EXPECT_EQ(plan->findCapability("CDP")->remainingDays, 20);
    EXPECT_EQ(plan->findCapability("WEB")->status, WorkStatus::Planned);

    // An as-of date before DATA finished: the cell is named, and nothing is written.
    const auto early = dir.file("march.waveplan");
    const auto refused = runWaveplan({"import", caps.string(), "-o", early.string(), "--start", "2027-01-04",
                                      "--as-of", "2027-02-01"});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.err.find("capabilities.csv:2:50: DATA finished on 2027-02-12, after the as-of date 2027-02-01"),
              std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("capabilities.csv:3:61: CDP started on 2027-02-15, after the as-of date"), std::string::npos)
        << refused.err;
    EXPECT_FALSE(std::filesystem::exists(early));
    const auto badDate = runWaveplan({"import", caps.string(), "-o", early.string(), "--as-of", "April"});
    EXPECT_NE(badDate.err.find("--as-of"), std::string::npos) << badDate.err;
    EXPECT_FALSE(std::filesystem::exists(early));
}

TEST(Import, BadCalendarOptionsSayWhatIsWrongAndWriteNothing)
{
    TempDir dir;
    const auto holidays = dir.write("holidays.csv", "date,name\n2027-03-26,Good Friday\n2027-13-01,Nonsense\n");
    const auto out = dir.file("out.waveplan");
    const auto import = [&](std::vector<std::string> extra) {
        std::vector<std::string> args{"import", kSampleCaps, "--teams", kSampleTeams, "-o", out.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return runWaveplan(args);
    };
    struct Case {
        std::vector<std::string> options;
        std::string message;
    };
    const Case cases[] = {
        {{"--workdays", "mon-funday"}, "--workdays: \"mon-funday\" is not a range of weekdays (\"funday\" is not a weekday)"},
        {{"--waves", "monthly"}, "--waves: unknown waves \"monthly\"; expected quarter"},
        {{"--waves", "60d", "--wave-length", "90"}, "--waves 60d and --wave-length 90 disagree"},
        {{"--fiscal-year-start", "13"}, "--fiscal-year-start: unknown month \"13\"; expected 1 to 12"},
        {{"--holidays", holidays.string()}, "holidays.csv:3:1:"},
        {{"--holidays", dir.file("missing.csv").string()}, "--holidays: "},
    };
    for (const Case &c : cases) {
        const auto result = import(c.options);
        EXPECT_EQ(result.exitCode, 1) << c.options.front();
        EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
        EXPECT_NE(result.err.find("nothing was written"), std::string::npos) << result.err;
        EXPECT_FALSE(std::filesystem::exists(out)) << c.options.front();
    }
}
