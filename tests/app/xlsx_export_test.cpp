// waveplan export to .xlsx, read back without Waveplan: the workbook unzipped with `unzip`, its
// shared strings and sheet XML parsed here, and compared with `schedule --json` and `validate
// --json` of the same plan.

#include "plan_files.h"
#include "run_command.h"

#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <regex>
#include <string>
#include <vector>

using namespace waveplan;
using test::kSampleCaps;
using test::kSampleTeams;
using test::quoted;
using test::runWaveplan;
using test::TempDir;
using test::tool;

namespace {

std::string unescapedXml(std::string text)
{
    for (const auto &[entity, ch] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}})
        for (std::size_t at = 0; (at = text.find(entity, at)) != std::string::npos; at += ch.size())
            text.replace(at, entity.size(), ch);
    return text;
}

struct Cell {
    bool text = false;   ///< a shared-string (text) cell
    bool formula = false;
    std::string value;   ///< the text, or the number as written
};

/// One sheet: cells by row (1-based) and column letter, and the sheet's XML.
struct SheetCells {
    std::map<int, std::map<std::string, Cell>> rows;
    std::string xml;
};

struct Workbook {
    std::vector<std::string> sheetNames;
    std::vector<SheetCells> sheets;
};

Workbook readWorkbook(const std::filesystem::path &xlsx)
{
    Workbook book;
    const std::string workbook = tool("unzip -p " + quoted(xlsx) + " xl/workbook.xml");
    const std::regex sheetName(R"re(<sheet name="([^"]*)")re");
    for (auto it = std::sregex_iterator(workbook.begin(), workbook.end(), sheetName); it != std::sregex_iterator(); ++it)
        book.sheetNames.push_back(unescapedXml((*it)[1]));

    std::vector<std::string> shared;
    const std::string strings = tool("unzip -p " + quoted(xlsx) + " xl/sharedStrings.xml");
    const std::regex item(R"re(<si>(.*?)</si>)re");
    const std::regex run(R"re(<t[^>]*>([^<]*)</t>)re");
    for (auto it = std::sregex_iterator(strings.begin(), strings.end(), item); it != std::sregex_iterator(); ++it) {
        const std::string si = (*it)[1];
        std::string text;
        for (auto t = std::sregex_iterator(si.begin(), si.end(), run); t != std::sregex_iterator(); ++t)
            text += (*t)[1];
        shared.push_back(unescapedXml(text));
    }

    const std::regex cell(R"re(<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>(.*?)</c>))re");
    const std::regex value(R"re(<v>([^<]*)</v>)re");
    for (std::size_t n = 1; n <= book.sheetNames.size(); ++n) {
        SheetCells sheet;
        sheet.xml = tool("unzip -p " + quoted(xlsx) + " xl/worksheets/sheet" + std::to_string(n) + ".xml");
        for (auto it = std::sregex_iterator(sheet.xml.begin(), sheet.xml.end(), cell); it != std::sregex_iterator(); ++it) {
            Cell c;
            const std::string attributes = (*it)[3];
            const std::string body = (*it)[4];
            c.text = attributes.find("t=\"s\"") != std::string::npos;
            c.formula = body.find("<f") != std::string::npos;
            std::smatch v;
            if (std::regex_search(body, v, value))
                c.value = c.text ? shared.at(std::stoul(v[1])) : v[1].str();
            sheet.rows[std::stoi((*it)[2])][(*it)[1]] = c;
        }
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

/// Excel's serial number of an ISO date (the 1900 date system: day 1 is 1900-01-01, counted
/// from 1899-12-30 for every date after February 1900).
std::string excelSerial(const std::string &iso)
{
    const std::chrono::year_month_day date{std::chrono::year{std::stoi(iso.substr(0, 4))},
                                           std::chrono::month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                                           std::chrono::day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
    using namespace std::chrono;
    return std::to_string((sys_days(date) - sys_days(1899y / 12 / 30)).count());
}

/// The row of `sheet` whose column A holds `key`, or -1.
int rowOf(const SheetCells &sheet, const std::string &key)
{
    for (const auto &[row, cells] : sheet.rows)
        if (cells.contains("A") && cells.at("A").value == key)
            return row;
    return -1;
}

} // namespace

TEST(XlsxExport, TheSamplePlanAsAWorkbookWithRealDatesTextCellsAndTheAppsFlags)
{
    TempDir dir;
    const auto json = dir.file("sample.json");
    ASSERT_EQ(runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", json.string()}).exitCode, 0);
    // A name a spreadsheet would run as a formula, and one with markup characters.
    nlohmann::json plan = nlohmann::json::parse(test::readFile(json));
    plan["capabilities"][0]["name"] = "=HYPERLINK(\"http://evil.example\",\"click\")";
    plan["capabilities"][1]["name"] = "Data & <analytics> \"tiers\"";
    const auto edited = dir.write("edited.json", plan.dump());
    const auto xlsx = dir.file("plan.xlsx");

    const test::CommandResult exported =
        runWaveplan({"export", edited.string(), "-o", xlsx.string(), "--budget-schedules", "200"});
    const nlohmann::json schedule = test::runWaveplanJson({"schedule", edited.string(), "--json", "--budget-schedules", "200"});
    const test::CommandResult validated = runWaveplan({"validate", edited.string(), "--json"});

    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    ASSERT_FALSE(tool("command -v unzip").empty()) << "unzip is needed: packaging/install-deps.sh installs it";
    const Workbook book = readWorkbook(xlsx);
    ASSERT_EQ(book.sheetNames, (std::vector<std::string>{"Wave plan", "Capacity", "Problems"}));

    // Wave plan: the header, frozen with the key column, filterable; a row per capability.
    const SheetCells &waves = book.sheets[0];
    std::vector<std::string> header;
    for (const auto &[column, cell] : waves.rows.at(1))
        header.push_back(cell.value);
    EXPECT_EQ(header, (std::vector<std::string>{"Key", "Name", "Kind", "Wave", "Start", "Finish", "Teams and people",
                                                "Owner", "KPI", "Approach", "Why it starts then", "Slack (days)",
                                                "Critical", "Cost", "Value"}));
    EXPECT_NE(waves.xml.find(R"(<pane xSplit="1" ySplit="1")"), std::string::npos);
    EXPECT_NE(waves.xml.find(R"(state="frozen")"), std::string::npos);
    EXPECT_NE(waves.xml.find(R"(<autoFilter ref="A1:O)"), std::string::npos);
    EXPECT_NE(waves.xml.find(R"(customWidth="1")"), std::string::npos) << "widths that fit";
    EXPECT_EQ(waves.xml.find("<f>"), std::string::npos) << "no formulas anywhere";
    ASSERT_EQ(waves.rows.size(), schedule.at("capabilities").size() + 1);
    for (const auto &c : schedule.at("capabilities")) {
        const std::string key = c.at("key");
        const int row = rowOf(waves, key);
        ASSERT_GT(row, 1) << key;
        const auto &cells = waves.rows.at(row);
        EXPECT_EQ(cells.at("D").value, std::to_string(c.at("wave").get<int>())) << key;
        EXPECT_FALSE(cells.at("E").text) << key << ": a real date, not text";
        EXPECT_EQ(cells.at("E").value, excelSerial(c.at("start_date"))) << key;
        EXPECT_EQ(cells.at("F").value, excelSerial(c.at("last_date"))) << key;
        EXPECT_EQ(cells.at("L").value, std::to_string(c.at("slack_days").get<int>())) << key;
        EXPECT_EQ(cells.at("M").value, c.at("critical").get<bool>() ? "yes" : "no") << key;
    }
    for (const auto &c : plan.at("capabilities")) {
        const auto &cells = waves.rows.at(rowOf(waves, c.at("key")));
        EXPECT_TRUE(cells.at("B").text);
        EXPECT_EQ(cells.at("B").value, c.at("name").get<std::string>()) << "the name exactly, as text";
        if (c.contains("cost")) {
            EXPECT_DOUBLE_EQ(std::stod(cells.at("N").value), c.at("cost").get<double>());
        }
    }

    // Capacity: a row per team and wave, flagged as the capacity view flags it.
    const SheetCells &capacity = book.sheets[1];
    std::size_t loads = 0;
    std::size_t flagged = 0;
    for (const auto &team : schedule.at("load")) {
        for (const auto &load : team.at("waves")) {
            ++loads;
            const long used = load.at("people_days_used");
            const long available = load.at("people_days_available");
            const int goLives = load.at("go_lives");
            std::vector<std::string> flags;
            if (used > available)
                flags.emplace_back("over capacity");
            else if (used * 100 >= 85 * available)
                flags.emplace_back("near full");
            if (!load.at("go_live_limit").is_null()) {
                const int limit = load.at("go_live_limit");
                if (goLives > limit)
                    flags.emplace_back("go-lives over the limit");
                else if (goLives == limit && goLives > 0)
                    flags.emplace_back("go-lives at the limit");
            }
            std::string expected;
            for (const std::string &flag : flags)
                expected += (expected.empty() ? "" : "; ") + flag;
            flagged += expected.empty() ? 0 : 1;
            bool found = false;
            for (const auto &[row, cells] : capacity.rows) {
                if (row == 1 || cells.at("A").value != team.at("team").get<std::string>() ||
                    cells.at("B").value != std::to_string(load.at("wave").get<int>()))
                    continue;
                found = true;
                EXPECT_EQ(cells.at("D").value, std::to_string(used));
                EXPECT_EQ(cells.at("E").value, std::to_string(available));
                EXPECT_EQ(cells.contains("I") ? cells.at("I").value : "", expected)
                    << team.at("team") << " wave " << load.at("wave");
            }
            EXPECT_TRUE(found) << team.at("team") << " wave " << load.at("wave");
        }
    }
    EXPECT_EQ(capacity.rows.size(), loads + 1);
    EXPECT_GT(flagged, 0u) << "the sample has teams at their go-live limit";

    // Problems: everything validate lists is there.
    ASSERT_EQ(validated.exitCode, 0) << validated.err;
    const SheetCells &problems = book.sheets[2];
    const nlohmann::json listed = nlohmann::json::parse(validated.out).at("problems");
    ASSERT_FALSE(listed.empty());
    for (const auto &problem : listed) {
        bool found = false;
        for (const auto &[row, cells] : problems.rows)
            found = found || (cells.contains("B") && cells.at("B").value == problem.at("message").get<std::string>());
        EXPECT_TRUE(found) << problem.at("message");
    }
}

TEST(XlsxExport, AnExistingWorkbookIsKeptWithoutForce)
{
    TempDir dir;
    const auto xlsx = dir.write("plan.xlsx", "not a workbook, but mine");

    const test::CommandResult result = runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", xlsx.string()});

    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("plan.xlsx"), std::string::npos) << result.err;
    EXPECT_EQ(test::readFile(xlsx), "not a workbook, but mine");
}
