// waveplan export and import with MS Project XML on the sample plan: libxml2's xmllint, an
// independent reader, finds each capability's task at the dates `schedule --json` gives and a
// link per dependency; the file imports back as the same plan; a broken file is refused with
// its line and column and writes nothing; what an import changes is said on stderr.

#include "plan_files.h"
#include "run_command.h"

#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace waveplan;
using test::kProgressCapsCsv;
using test::kSampleCaps;
using test::kSampleTeams;
using test::quoted;
using test::runWaveplan;
using test::TempDir;
using test::tool;

namespace {

/// The plan JSON of `plan` (any format `waveplan export` reads), through a file in `dir`.
nlohmann::json planJson(const TempDir &dir, const std::vector<std::string> &plan)
{
    static int written = 0;
    const auto json = dir.file("plan-" + std::to_string(++written) + ".json");
    std::vector<std::string> args{"export"};
    args.insert(args.end(), plan.begin(), plan.end());
    args.insert(args.end(), {"-o", json.string()});
    const test::CommandResult exported = runWaveplan(args);
    EXPECT_EQ(exported.exitCode, 0) << exported.err;
    return nlohmann::json::parse(test::readFile(json));
}

/// The string value of `xpath` in `file`, where `ns:` stands for MS Project's namespace.
std::string xpath(const std::filesystem::path &file, std::string expression)
{
    for (std::size_t at; (at = expression.find("ns:")) != std::string::npos;) {
        const std::size_t end = expression.find_first_of("[]/) =", at);
        const std::string name = expression.substr(at + 3, end - at - 3);
        expression.replace(at, end - at, "*[local-name()='" + name + "']");
    }
    std::string value = tool("xmllint --xpath \"" + expression + "\" " + quoted(file) + " 2>/dev/null");
    if (value.ends_with('\n'))
        value.pop_back();
    return value;
}

} // namespace

TEST(MsProjectExport, EachCapabilityIsATaskAtItsScheduledDatesWithALinkPerDependency)
{
    TempDir dir;
    const auto xml = dir.file("year-one.xml");
    const test::CommandResult exported =
        runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", xml.string(), "--budget-schedules", "200"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const nlohmann::json schedule =
        test::runWaveplanJson({"schedule", kSampleCaps, "--teams", kSampleTeams, "--json", "--budget-schedules", "200"});
    const nlohmann::json plan = planJson(dir, {kSampleCaps, "--teams", kSampleTeams});

    ASSERT_EQ(tool("xmllint --noout " + quoted(xml) + " 2>&1; echo $?"), "0\n") << "well-formed XML";
    const std::size_t capabilities = schedule.at("capabilities").size();
    ASSERT_GT(capabilities, 20u);
    EXPECT_EQ(xpath(xml, "count(/ns:Project/ns:Tasks/ns:Task)"), std::to_string(capabilities + 1)) << "and the project's";
    for (const auto &c : schedule.at("capabilities")) {
        const std::string key = c.at("key");
        const std::string task = "/ns:Project/ns:Tasks/ns:Task[ns:Name[starts-with(., '" + key + ": ')]]";
        EXPECT_EQ(xpath(xml, "string(" + task + "/ns:Start)"), c.at("start_date").get<std::string>() + "T08:00:00") << key;
        EXPECT_EQ(xpath(xml, "string(" + task + "/ns:Finish)"), c.at("last_date").get<std::string>() + "T17:00:00") << key;
    }
    const std::size_t dependencies = plan.at("dependencies").size();
    ASSERT_GT(dependencies, 20u);
    EXPECT_EQ(xpath(xml, "count(//ns:PredecessorLink[ns:Type = 1])"), std::to_string(dependencies));
    EXPECT_EQ(xpath(xml, "count(//ns:Resource)"), std::to_string(plan.at("teams").size()));
}

TEST(MsProjectImport, AnExportReadsBackAsTheSamePlan)
{
    TempDir dir;
    const auto xml = dir.file("year-one.xml");
    ASSERT_EQ(runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", xml.string()}).exitCode, 0);
    const auto back = dir.file("back.waveplan");
    const test::CommandResult imported = runWaveplan({"import", xml.string(), "-o", back.string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.err, "") << "nothing changed to fit";

    const nlohmann::json original = planJson(dir, {kSampleCaps, "--teams", kSampleTeams});
    const nlohmann::json again = planJson(dir, {back.string()});
    EXPECT_EQ(again.at("capabilities"), original.at("capabilities"));
    EXPECT_EQ(again.at("dependencies"), original.at("dependencies"));
    EXPECT_EQ(again.at("teams"), original.at("teams"));
    EXPECT_EQ(again.at("start_date"), original.at("start_date"));
}

TEST(MsProjectImport, ABrokenFileIsRefusedWithWhereAndWritesNothing)
{
    TempDir dir;
    const auto xml = dir.write("broken.xml", "<?xml version=\"1.0\"?>\n<Project>\n<Tasks>\n"
                                             "<Task><UID>1</UID><Name>A</Name><Duration>soon</Duration></Task>\n"
                                             "</Tasks>\n</Project>\n");
    const auto out = dir.file("out.waveplan");
    const test::CommandResult imported = runWaveplan({"import", xml.string(), "-o", out.string()});
    EXPECT_NE(imported.exitCode, 0);
    EXPECT_NE(imported.err.find(xml.string() + ":4:"), std::string::npos) << imported.err;
    EXPECT_NE(imported.err.find("Project/Tasks/Task/Duration: \"soon\" is not a duration"), std::string::npos) << imported.err;
    EXPECT_NE(imported.err.find("nothing was written"), std::string::npos) << imported.err;
    EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(MsProjectImport, WhatWasChangedToFitIsSaidOnStderr)
{
    TempDir dir;
    const auto xml = dir.write("programme.xml",
                               "<?xml version=\"1.0\"?>\n<Project><StartDate>2027-04-05T08:00:00</StartDate><Tasks>\n"
                               "<Task><UID>1</UID><Name>Data</Name><Duration>PT80H0M0S</Duration></Task>\n"
                               "<Task><UID>2</UID><Name>Ads</Name><Duration>PT0H0M0S</Duration><PredecessorLink>"
                               "<PredecessorUID>1</PredecessorUID><Type>0</Type></PredecessorLink></Task>\n"
                               "</Tasks></Project>\n");
    const auto out = dir.file("programme.waveplan");
    const test::CommandResult imported = runWaveplan({"import", xml.string(), "-o", out.string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("2 capabilities, 1 dependencies"), std::string::npos) << imported.out;
    EXPECT_NE(imported.err.find("waveplan import: note: The link \"Data\" -> \"Ads\" is finish-to-finish"), std::string::npos)
        << imported.err;
    EXPECT_EQ(imported.err.find("Milestone"), std::string::npos) << "a 0-day task is a milestone, kept: " << imported.err;
    EXPECT_EQ(planJson(dir, {out.string()}).at("start_date"), "2027-04-05");
}

TEST(MsProjectImport, TheWaveLengthAndStartGivenPlaceTheFilesDatesInWaves)
{
    TempDir dir;
    // A deadline on 2027-03-10: day 65 from 2027-01-04, so wave 3 of 30-day waves (wave 1 of 90).
    const auto xml = dir.write("deadline.xml",
                               "<?xml version=\"1.0\"?>\n<Project><StartDate>2027-01-04T08:00:00</StartDate><Tasks>\n"
                               "<Task><UID>1</UID><Name>Data</Name><Duration>PT80H0M0S</Duration>"
                               "<Deadline>2027-03-10T17:00:00</Deadline></Task>\n</Tasks></Project>\n");
    const auto out = dir.file("deadline.waveplan");
    test::CommandResult r = runWaveplan({"import", xml.string(), "-o", out.string(), "--wave-length", "30"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    nlohmann::json plan = planJson(dir, {out.string()});
    EXPECT_EQ(plan.at("wave_length_days"), 30);
    EXPECT_EQ(plan.at("capabilities").at(0).at("deadline_wave"), 3);

    // --start moves the plan, and the waves are counted from it: day 9 of 2027-03-01.
    r = runWaveplan({"import", xml.string(), "-o", out.string(), "--force", "--wave-length", "30", "--start", "2027-03-01"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    plan = planJson(dir, {out.string()});
    EXPECT_EQ(plan.at("start_date"), "2027-03-01");
    EXPECT_EQ(plan.at("capabilities").at(0).at("deadline_wave"), 1);
}

TEST(MsProjectImport, TheWorkingCalendarAndProgressTravelThroughMsProjectXml)
{
    // Drafted in January, worked Monday to Friday with Good Friday off, brought up to date in
    // April: through MS Project XML and back, the plan schedules to the same dates.
    TempDir dir;
    const auto caps = dir.write("capabilities.csv", kProgressCapsCsv);
    const auto holidays = dir.write("holidays.csv", "date,name\n2027-03-26,Good Friday\n");
    const auto plan = dir.file("april.waveplan");
    ASSERT_EQ(runWaveplan({"import", caps.string(), "-o", plan.string(), "--start", "2027-01-04", "--workdays",
                           "mon-fri", "--holidays", holidays.string(), "--as-of", "2027-04-05"})
                  .exitCode,
              0);
    const auto xml = dir.file("april.xml");
    const test::CommandResult exported = runWaveplan({"export", plan.string(), "-o", xml.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_EQ(xpath(xml, "string(/ns:Project/ns:StatusDate)"), "2027-04-05T08:00:00");
    EXPECT_EQ(xpath(xml, "string(/ns:Project/ns:Calendars/ns:Calendar/ns:WeekDays/ns:WeekDay[ns:DayType=1]/ns:DayWorking)"),
              "0"); // Sunday
    EXPECT_EQ(xpath(xml, "string(//ns:Exception/ns:Name)"), "Good Friday");
    EXPECT_EQ(xpath(xml, "string(//ns:Task[ns:Name='CDP: Customer data platform']/ns:ActualStart)"),
              "2027-02-15T08:00:00");

    const auto back = dir.file("back.waveplan");
    const test::CommandResult imported = runWaveplan({"import", xml.string(), "-o", back.string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.err, "") << "nothing changed to fit";
    const auto scheduled = [](const std::filesystem::path &file) {
        const test::CommandResult r = runWaveplan({"schedule", file.string(), "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        const nlohmann::json doc = nlohmann::json::parse(r.out);
        std::vector<std::string> lines{doc.at("as_of").get<std::string>()};
        for (const nlohmann::json &c : doc.at("capabilities"))
            lines.push_back(c.at("key").get<std::string>() + " " + c.at("status").get<std::string>() + " " +
                            c.at("start_date").get<std::string>() + " " + c.at("last_date").get<std::string>());
        return lines;
    };
    const std::vector<std::string> original = scheduled(plan);
    EXPECT_EQ(scheduled(back), original);
    // Hand-worked: CDP's 20 days left run from Monday 5 April to Friday 30 April.
    EXPECT_NE(std::find(original.begin(), original.end(), "CDP in-progress 2027-02-15 2027-04-30"), original.end());

    // Worked days given on import replace the file's, and say so.
    const test::CommandResult everyDay =
        runWaveplan({"import", xml.string(), "-o", dir.file("every-day.waveplan").string(), "--workdays", "all"});
    ASSERT_EQ(everyDay.exitCode, 0) << everyDay.err;
    EXPECT_NE(everyDay.err.find("note: The worked days given replace those of the project calendar"), std::string::npos)
        << everyDay.err;
}
