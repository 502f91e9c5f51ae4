// schedule --csv: the wave plan as a spreadsheet table, read back with core's CSV reader; dates
// worked out by hand; cells a spreadsheet would run as formulas neutralised.

#include "plan_files.h"
#include "run_command.h"

#include "core/io/csv_reader.h"
#include "core/io/plan_json.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <map>

using namespace waveplan;
using test::runWaveplan;
using test::smallPlan;
using test::TempDir;

namespace {

using Row = std::map<std::string, std::string>;

/// Rows by key, each a map from column name to cell.
std::map<std::string, Row> rowsByKey(const std::string &csv, std::vector<std::string> *header = nullptr)
{
    const Result<std::vector<CsvRecord>> records = readCsv(csv, "schedule.csv");
    EXPECT_TRUE(records) << records.errorText();
    std::map<std::string, Row> rows;
    if (!records || records->empty())
        return rows;
    std::vector<std::string> names;
    for (const CsvField &f : records->front().fields)
        names.push_back(f.text);
    if (header)
        *header = names;
    for (std::size_t r = 1; r < records->size(); ++r) {
        Row row;
        const auto &fields = (*records)[r].fields;
        EXPECT_EQ(fields.size(), names.size());
        for (std::size_t c = 0; c < fields.size() && c < names.size(); ++c)
            row[names[c]] = fields[c].text;
        rows[row["key"]] = row;
    }
    return rows;
}

} // namespace

TEST(ScheduleCsv, OneRowPerCapabilityWithDatesWorkedOutByHand)
{
    TempDir dir;
    const auto json = dir.write("small.json", planToJson(smallPlan()));
    const test::CommandResult r = runWaveplan({"schedule", json.string(), "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::vector<std::string> header;
    const auto rows = rowsByKey(r.out, &header);
    EXPECT_EQ(header, (std::vector<std::string>{"key", "name", "kind", "wave", "start_date", "finish_date",
                                                "go_live_wave", "duration_days", "slack_days", "critical", "teams",
                                                "owner", "kpi", "reason"}));
    ASSERT_EQ(rows.size(), 3u);
    // The shortest plan runs DATA first (days 0-29), then CDP from day 30 + 5 lag = day 35 to day
    // 54, and WEB on the freed Data person from day 30 to 39: 55 days instead of 65.
    const Row &data = rows.at("DATA");
    EXPECT_EQ(data.at("start_date"), "2027-01-04");
    EXPECT_EQ(data.at("finish_date"), "2027-02-02"); // day 29, the last day of work
    EXPECT_EQ(data.at("wave"), "1");
    EXPECT_EQ(data.at("teams"), "Data:1");
    EXPECT_EQ(data.at("owner"), "Head of Data");
    EXPECT_EQ(data.at("kpi"), "Match rate");
    const Row &cdp = rows.at("CDP");
    EXPECT_EQ(cdp.at("start_date"), "2027-02-08"); // day 35
    EXPECT_EQ(cdp.at("finish_date"), "2027-02-27"); // day 54
    EXPECT_EQ(cdp.at("go_live_wave"), "1");
    EXPECT_NE(cdp.at("reason").find("DATA"), std::string::npos) << cdp.at("reason");
    EXPECT_EQ(cdp.at("critical"), "yes");
    const Row &web = rows.at("WEB");
    EXPECT_EQ(web.at("start_date"), "2027-02-03"); // day 30
    EXPECT_EQ(web.at("finish_date"), "2027-02-12"); // day 39
    EXPECT_EQ(web.at("kind"), "additive");
}

TEST(ScheduleCsv, CellsThatLookLikeFormulasAreNeutralised)
{
    TempDir dir;
    Plan plan = smallPlan();
    plan.capabilities[0].name = "=HYPERLINK(\"http://evil.example\",\"click\")";
    plan.capabilities[0].owner = "+44 20 7946 0000";
    plan.capabilities[0].kpi = "-5% churn";
    plan.capabilities[1].name = "@SUM(A1:A9)";
    plan.capabilities[2].name = "Plain = fine";
    const auto json = dir.write("evil.json", planToJson(plan));
    const test::CommandResult r = runWaveplan({"schedule", json.string(), "--csv"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // A spreadsheet sees an apostrophe before each formula; Waveplan's CSV reader takes it off.
    EXPECT_NE(r.out.find(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(",'+44 20 7946 0000,'-5% churn,"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(",'@SUM(A1:A9),"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(",Plain = fine,"), std::string::npos) << r.out;
    const auto rows = rowsByKey(r.out);
    EXPECT_EQ(rows.at("DATA").at("name"), plan.capabilities[0].name);
    EXPECT_EQ(rows.at("DATA").at("owner"), plan.capabilities[0].owner);
    EXPECT_EQ(rows.at("CDP").at("name"), plan.capabilities[1].name);
}

TEST(ScheduleCsv, WritesToAFileOnlyWithForceWhenItExists)
{
    TempDir dir;
    const auto json = dir.write("small.json", planToJson(smallPlan()));
    const auto out = dir.write("plan.csv", "keep me");
    test::CommandResult r = runWaveplan({"schedule", json.string(), "--csv", "-o", out.string()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("already exists"), std::string::npos) << r.err;
    EXPECT_EQ(test::readFile(out), "keep me");

    r = runWaveplan({"schedule", json.string(), "--csv", "-o", out.string(), "--force"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    EXPECT_EQ(rowsByKey(test::readFile(out)).size(), 3u);
}

TEST(ScheduleCsv, CsvAndJsonTogetherAreAUsageError)
{
    TempDir dir;
    const auto json = dir.write("small.json", planToJson(smallPlan()));
    const test::CommandResult r = runWaveplan({"schedule", json.string(), "--csv", "--json"});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(ScheduleCsv, ACalendarGivenOnImportMakesEveryDateAWorkingDayWorkedOutByHand)
{
    TempDir dir;
    const auto json = dir.write("small.json", planToJson(smallPlan()));
    const auto holidays = dir.write("holidays.csv", "date,name\n2027-01-18,Martin Luther King Jr. Day\n");
    const auto file = dir.file("small.waveplan");
    const test::CommandResult imported =
        runWaveplan({"import", json.string(), "-o", file.string(), "--workdays", "mon-fri", "--holidays",
                     holidays.string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;

    const test::CommandResult r = runWaveplan({"schedule", file.string(), "--csv"});

    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto rows = rowsByKey(r.out);
    ASSERT_EQ(rows.size(), 3u);
    // The same schedule in working days as above (DATA days 0-29, CDP 35-54, WEB 30-39), counted
    // Monday to Friday from Monday 4 January 2027 without Monday 18 January.
    EXPECT_EQ(rows.at("DATA").at("start_date"), "2027-01-04");
    EXPECT_EQ(rows.at("DATA").at("finish_date"), "2027-02-15");
    EXPECT_EQ(rows.at("WEB").at("start_date"), "2027-02-16");
    EXPECT_EQ(rows.at("WEB").at("finish_date"), "2027-03-01");
    EXPECT_EQ(rows.at("CDP").at("start_date"), "2027-02-23");
    EXPECT_EQ(rows.at("CDP").at("finish_date"), "2027-03-22");
}
