#include "core/io/capabilities_csv.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

const std::string kTeams = "team,capacity\nData,3\nMarketing,2\n";

Result<Plan> importText(const std::string &capabilities, const std::string &teams = kTeams)
{
    return importPlanFromCsv({"capabilities.csv", capabilities}, CsvSource{"teams.csv", teams});
}

} // namespace

TEST(CapabilitiesCsvImport, ReadsEveryColumn)
{
    const std::string csv =
        "key,name,kind,duration_days,depends_on,demand,owner,approach,kpi,readiness_technical,"
        "readiness_skills,readiness_process,value,cost,earliest_wave,deadline_wave,pinned_wave,"
        "retires,notes\n"
        "DATA,Clean customer data,foundational,30,,Data:2,Ana,build,Match rate,2,3,4,1000.5,"
        "25000,1,2,,Old CRM,First\n"
        "CDP,Customer data platform,Additive,60,DATA+14,Data:1;Marketing:2,Ben,BUY,Revenue,,,,,"
        ",,,2,,\n";

    const auto result = importText(csv);

    ASSERT_TRUE(result.ok()) << result.errorText();
    const Plan &plan = *result;
    ASSERT_EQ(plan.capabilities.size(), 2u);
    const Capability &data = plan.capabilities[0];
    EXPECT_EQ(data.key, "DATA");
    EXPECT_EQ(data.name, "Clean customer data");
    EXPECT_EQ(data.kind, CapabilityKind::Foundational);
    EXPECT_EQ(data.durationDays, 30);
    EXPECT_EQ(data.demand, (std::vector<TeamDemand>{{"Data", 2}}));
    EXPECT_EQ(data.owner, "Ana");
    EXPECT_EQ(data.approach, Approach::Build);
    EXPECT_EQ(data.kpi, "Match rate");
    EXPECT_EQ(data.readiness, (Readiness{2, 3, 4}));
    EXPECT_EQ(data.value, 1000.5);
    EXPECT_EQ(data.cost, 25000.0);
    EXPECT_EQ(data.earliestWave, 1);
    EXPECT_EQ(data.deadlineWave, 2);
    EXPECT_FALSE(data.pinnedWave);
    EXPECT_EQ(data.retires, "Old CRM");
    EXPECT_EQ(data.notes, "First");

    const Capability &cdp = plan.capabilities[1];
    EXPECT_EQ(cdp.kind, CapabilityKind::Additive);
    EXPECT_EQ(cdp.approach, Approach::Buy);
    EXPECT_EQ(cdp.demand, (std::vector<TeamDemand>{{"Data", 1}, {"Marketing", 2}}));
    EXPECT_EQ(cdp.readiness, Readiness{});
    EXPECT_FALSE(cdp.value);
    EXPECT_FALSE(cdp.cost);
    EXPECT_EQ(cdp.pinnedWave, 2);
    EXPECT_EQ(plan.dependencies, (std::vector<Dependency>{{"DATA", "CDP", 14}}));
    EXPECT_EQ(plan.teams.size(), 2u);
}

TEST(CapabilitiesCsvImport, ColumnsInAnyOrderAndCase)
{
    const std::string csv = " Duration_Days ,KIND,Name,KEY\n10,additive,Thing,T1\n";

    const auto result = importText(csv);

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(result->capabilities[0].key, "T1");
    EXPECT_EQ(result->capabilities[0].name, "Thing");
    EXPECT_EQ(result->capabilities[0].durationDays, 10);
    EXPECT_EQ(result->capabilities[0].kind, CapabilityKind::Additive);
}

TEST(CapabilitiesCsvImport, QuotedCellsAsSpreadsheetsWriteThem)
{
    const std::string csv = "key,name,kind,duration_days,notes\n"
                            "A,\"Data, clean\",foundational,5,\"He said \"\"go\"\"\nthen left\"\n"
                            "B,\"Café 数据\",additive,7,\" padded \"\n";

    const auto result = importText(csv);

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(result->capabilities[0].name, "Data, clean");
    EXPECT_EQ(result->capabilities[0].notes, "He said \"go\"\nthen left");
    EXPECT_EQ(result->capabilities[1].name, "Café 数据");
    EXPECT_EQ(result->capabilities[1].notes, " padded ");
}

TEST(CapabilitiesCsvImport, ByteOrderMarkAndCrLf)
{
    const std::string csv = "\xEF\xBB\xBFkey,name,kind,duration_days\r\nA,Alpha,foundational,5\r\n"
                            "B,Beta,additive,6\r\n";

    const auto result = importText(csv, "\xEF\xBB\xBFteam,capacity\r\nData,1\r\n");

    ASSERT_TRUE(result.ok()) << result.errorText();
    ASSERT_EQ(result->capabilities.size(), 2u);
    EXPECT_EQ(result->capabilities[1].name, "Beta");
    EXPECT_EQ(result->teams[0].name, "Data");
}

TEST(CapabilitiesCsvImport, BlankLinesAreSkipped)
{
    const std::string csv = "key,name,kind,duration_days\n\nA,Alpha,foundational,5\n,,,\n \n"
                            "B,Beta,additive,6\n\n";

    const auto result = importText(csv);

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(result->capabilities.size(), 2u);
}

TEST(CapabilitiesCsvImport, WhitespaceAroundKeysSeparatorsAndColonsIsTrimmed)
{
    const std::string csv = "key,name,kind,duration_days,depends_on,demand\n"
                            "\" A \",Alpha,foundational,5,,\n"
                            "B,Beta,additive,6,\" A + 3 ; \", Data : 2 ;  Marketing:1 \n";

    const auto result = importText(csv);

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(result->capabilities[0].key, "A");
    EXPECT_EQ(result->dependencies, (std::vector<Dependency>{{"A", "B", 3}}));
    EXPECT_EQ(result->capabilities[1].demand,
              (std::vector<TeamDemand>{{"Data", 2}, {"Marketing", 1}}));
}

TEST(CapabilitiesCsvImport, DependsOnMayNameLaterRowsAndKeepsCellOrder)
{
    const std::string csv = "key,name,kind,duration_days,depends_on\n"
                            "C,Gamma,additive,5,B;A+0\n"
                            "A,Alpha,foundational,5,\n"
                            "B,Beta,foundational,5,A\n";

    const auto result = importText(csv);

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(result->dependencies,
              (std::vector<Dependency>{{"B", "C", 0}, {"A", "C", 0}, {"A", "B", 0}}));
}

TEST(CapabilitiesCsvImport, EmptyOptionalCellsMeanNotSet)
{
    const std::string csv = "key,name,kind,duration_days,approach,value,pinned_wave,owner\n"
                            "A,Alpha,foundational,5,,,,\n";

    const auto result = importText(csv);

    ASSERT_TRUE(result.ok()) << result.errorText();
    const Capability &a = result->capabilities[0];
    EXPECT_EQ(a.approach, Approach::Unspecified);
    EXPECT_FALSE(a.value);
    EXPECT_FALSE(a.pinnedWave);
    EXPECT_EQ(a.owner, "");
}

TEST(CapabilitiesCsvImport, SettingsComeFromTheSettingsPlanOnly)
{
    Plan settings;
    settings.name = "Year one";
    settings.waveLengthDays = 60;
    settings.horizonWaves = 6;
    settings.allowSpan = false;
    settings.teams = {{"Ignored", 9, {}, std::nullopt}};
    Capability ignored;
    ignored.key = "IGNORED";
    settings.capabilities.push_back(ignored);

    const auto result = importPlanFromCsv(
        {"capabilities.csv", "key,name,kind,duration_days\nA,Alpha,foundational,5\n"}, std::nullopt,
        settings);

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(result->name, "Year one");
    EXPECT_EQ(result->waveLengthDays, 60);
    EXPECT_EQ(result->horizonWaves, 6);
    EXPECT_FALSE(result->allowSpan);
    EXPECT_TRUE(result->teams.empty());
    ASSERT_EQ(result->capabilities.size(), 1u);
    EXPECT_EQ(result->capabilities[0].key, "A");
}

TEST(CapabilitiesCsvImport, HeaderOnlyGivesAnEmptyPlan)
{
    const auto result = importText("key,name,kind,duration_days\n");

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_TRUE(result->capabilities.empty());
}

TEST(CapabilitiesCsvImport, ReadsFilesFromDisk)
{
    const test::TempDir dir;
    const auto caps = dir.write("caps.csv", "key,name,kind,duration_days,demand\n"
                                            "A,Alpha,foundational,5,Data:1\n");
    const auto teams = dir.write("teams.csv", "team,capacity\nData,2\n");

    const auto result = importPlanFromCsvFiles(caps, teams);

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(result->capabilities.size(), 1u);
    EXPECT_EQ(result->teams.size(), 1u);
}

TEST(CapabilitiesCsvImport, MissingFilesAreErrorsNamingThem)
{
    const test::TempDir dir;
    const auto caps = dir.file("nope.csv");
    const auto teams = dir.file("teams-nope.csv");

    const auto result = importPlanFromCsvFiles(caps, teams);

    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors().size(), 2u);
    EXPECT_EQ(result.errors()[0].file, caps.string());
    EXPECT_NE(result.errors()[0].message.find("does not exist"), std::string::npos);
    EXPECT_EQ(result.errors()[1].file, teams.string());
}

TEST(CapabilitiesCsvImport, FileErrorsNameThePathAsGiven)
{
    const test::TempDir dir;
    const auto caps = dir.write("caps.csv", "key,name,kind,duration_days\nA,Alpha,core,5\n");

    const auto result = importPlanFromCsvFiles(caps, std::nullopt);

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors()[0].toString(),
              caps.string() + ":2:9: kind must be foundational or additive, got \"core\"");
}

namespace {

/// capabilities.csv with progress columns, in a plan from 2027-01-04 as of 2027-04-01.
Result<Plan> importProgress(const std::string &rows)
{
    Plan settings;
    settings.asOf = *parseIsoDate("2027-04-01");
    return importPlanFromCsv({"capabilities.csv", "key,name,kind,duration_days,status,actual_start,actual_finish,"
                                                  "remaining_days\n" +
                                                      rows},
                             std::nullopt, settings);
}

/// "line:column: message" of each error.
std::vector<std::string> located(const Result<Plan> &result)
{
    std::vector<std::string> lines;
    for (const Error &e : result.errors())
        lines.push_back(std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message);
    return lines;
}

} // namespace

TEST(CapabilitiesCsvImport, ReadsProgress)
{
    const auto result = importProgress("DATA,Data,foundational,30,Done,2027-01-04,2027-02-12,\n"
                                       "CDP,CDP,foundational,60,in progress,2027-02-15,,20\n"
                                       "WEB,Web,additive,10,,,,\n");

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(formatIsoDate(*result->asOf), "2027-04-01");
    const auto &caps = result->capabilities;
    EXPECT_EQ(caps[0].status, WorkStatus::Done);
    EXPECT_EQ(formatIsoDate(*caps[0].actualFinish), "2027-02-12");
    EXPECT_EQ(caps[1].status, WorkStatus::InProgress);
    EXPECT_EQ(caps[1].remainingDays, 20);
    EXPECT_FALSE(caps[1].actualFinish.has_value());
    EXPECT_EQ(caps[2].status, WorkStatus::Planned);
}

TEST(CapabilitiesCsvImport, ProgressMistakesAreReportedAtTheirCells)
{
    // Columns: key 1, name 2, kind 3, duration_days 4, status 5, actual_start 6, actual_finish 7,
    // remaining_days 8; each row's cells start at the columns counted below.
    const auto result = importProgress("DATA,Data,foundational,30,done,2027-01-04,,\n"           // line 2
                                       "CDP,CDP,foundational,60,planned,,,5\n"                      // line 3
                                       "WEB,Web,additive,10,done,2027-03-20,2027-04-09,\n"          // line 4
                                       "APP,App,additive,10,finished,,,\n"                          // line 5
                                       "ADS,Ads,additive,10,in-progress,2027-02-30,,\n"             // line 6
                                       "ATT,Att,additive,10,in-progress,2027-02-01,,0\n");          // line 7

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(located(result),
              (std::vector<std::string>{
                  "2:43: DATA is done but has no actual_finish; give the last day of work",
                  "3:35: CDP is planned but has remaining_days; remaining days are for a capability in progress",
                  "4:37: WEB finished on 2027-04-09, after the as-of date 2027-04-01; progress cannot be reported for "
                  "days that have not come",
                  "5:21: status must be planned, in-progress or done, got \"finished\"",
                  "6:33: actual_start must be a real calendar day written YYYY-MM-DD, such as 2027-01-04, got \"2027-02-30\"",
                  "7:45: remaining_days must be whole working days, at least 1, got \"0\"",
              }));
}
