// waveplan export to .ics and .dot on the sample plan: the calendar holds an event per wave and
// per capability with the dates `schedule --json` gives, and Graphviz's own `dot` reads the
// graph and draws a node per capability and an edge per dependency.

#include "plan_files.h"
#include "run_command.h"

#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>
#include <set>
#include <string>

using namespace waveplan;
using test::kSampleCaps;
using test::kSampleTeams;
using test::quoted;
using test::runWaveplan;
using test::TempDir;
using test::tool;

namespace {

/// "YYYYMMDD" from "YYYY-MM-DD".
std::string basic(std::string iso)
{
    std::erase(iso, '-');
    return iso;
}

/// The logical lines of an iCalendar text: CRLF-separated, continuation lines joined.
std::vector<std::string> unfolded(const std::string &ics)
{
    std::vector<std::string> lines;
    std::size_t at = 0;
    for (std::size_t end; (end = ics.find("\r\n", at)) != std::string::npos; at = end + 2) {
        const std::string line = ics.substr(at, end - at);
        if (line.starts_with(' ') && !lines.empty())
            lines.back() += line.substr(1);
        else
            lines.push_back(line);
    }
    return lines;
}

} // namespace

TEST(CalendarExport, TheSamplePlansGoLivesLandOnTheirScheduledLastDays)
{
    TempDir dir;
    const auto ics = dir.file("go-lives.ics");
    const test::CommandResult exported =
        runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", ics.string(), "--budget-schedules", "200"});
    const nlohmann::json schedule =
        test::runWaveplanJson({"schedule", kSampleCaps, "--teams", kSampleTeams, "--json", "--budget-schedules", "200"});

    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const std::vector<std::string> lines = unfolded(test::readFile(ics));
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
    EXPECT_EQ(lines.back(), "END:VCALENDAR");
    // Each capability's go-live: an event with its UID, on its finish date, ending the day after.
    ASSERT_FALSE(schedule.at("capabilities").empty());
    for (const auto &c : schedule.at("capabilities")) {
        const std::string key = c.at("key");
        const auto uid = std::find_if(lines.begin(), lines.end(),
                                      [&](const std::string &l) { return l.starts_with("UID:go-live-" + key + "."); });
        ASSERT_NE(uid, lines.end()) << key;
        const auto start = std::find_if(uid, lines.end(), [](const std::string &l) { return l.starts_with("DTSTART"); });
        ASSERT_NE(start, lines.end());
        EXPECT_EQ(*start, "DTSTART;VALUE=DATE:" + basic(c.at("last_date").get<std::string>())) << key;
    }
    std::size_t events = 0;
    for (const std::string &line : lines)
        events += line == "BEGIN:VEVENT" ? 1 : 0;
    const std::size_t waves = std::count_if(lines.begin(), lines.end(), [](const std::string &l) { return l.starts_with("UID:wave-"); });
    EXPECT_GE(waves, 4u); // at least the horizon
    EXPECT_EQ(events, waves + schedule.at("capabilities").size());
}

TEST(GraphExport, GraphvizDrawsTheSamplePlansDotWithANodePerCapabilityAndAnEdgePerDependency)
{
    TempDir dir;
    const auto dot = dir.file("sample.gv");
    const auto json = dir.file("sample.json");
    ASSERT_EQ(runWaveplan({"export", kSampleCaps, "--teams", kSampleTeams, "-o", json.string()}).exitCode, 0);
    const test::CommandResult exported = runWaveplan({"export", json.string(), "-o", dot.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    ASSERT_FALSE(tool("command -v dot").empty()) << "Graphviz's dot is needed: packaging/install-deps.sh installs it";

    const auto svg = dir.file("sample.svg");
    const std::string errors = tool("dot -Tsvg " + quoted(dot) + " -o " + quoted(svg) + " 2>&1; echo \"exit $?\"");
    EXPECT_EQ(errors, "exit 0\n") << "dot said: " << errors;

    // dot writes a <g class="node"> with a <title> of the node's id, and an edge's title as
    // "FROM->TO", with '-' and '>' as character references (KPI&#45;TREE&#45;&gt;ADS).
    const std::string drawn = test::readFile(svg);
    std::set<std::string> nodes;
    std::set<std::string> edges;
    const std::regex title(R"re(<g id="(?:node|edge)\d+" class="(node|edge)">\s*<title>([^<]*)</title>)re");
    for (auto it = std::sregex_iterator(drawn.begin(), drawn.end(), title); it != std::sregex_iterator(); ++it)
        ((*it)[1] == "node" ? nodes : edges)
            .insert(std::regex_replace(std::regex_replace((*it)[2].str(), std::regex("&#45;"), "-"), std::regex("&gt;"), ">"));
    const nlohmann::json plan = nlohmann::json::parse(test::readFile(json));
    ASSERT_FALSE(plan.at("capabilities").empty());
    for (const auto &c : plan.at("capabilities"))
        EXPECT_TRUE(nodes.contains(c.at("key").get<std::string>())) << c.at("key");
    std::size_t dependencies = 0;
    for (const auto &d : plan.at("dependencies")) {
        const std::string arrow = d.at("predecessor").get<std::string>() + "->" + d.at("successor").get<std::string>();
        EXPECT_TRUE(edges.contains(arrow)) << arrow;
        ++dependencies;
    }
    EXPECT_GT(dependencies, 10u);
    EXPECT_TRUE(nodes.contains("wave:1")) << "the waves' header nodes";
}
