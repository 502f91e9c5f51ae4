// The DOT export's structure: a node per capability shaped by kind, an edge per dependency with
// its lag, a rank per wave holding exactly that wave's capabilities. (That Graphviz itself reads
// and renders it is checked end to end in tests/app/export_formats_test.cpp, with `dot -Tsvg`.)

#include "core/io/graphviz_dot.h"

#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

using namespace waveplan;
using test::PlanBuilder;

namespace {

/// The keys listed in the rank subgraph of `wave`.
std::set<std::string> keysInRank(const std::string &dot, int wave)
{
    const std::string open = "subgraph \"rank:" + std::to_string(wave) + "\" {";
    const std::size_t from = dot.find(open);
    if (from == std::string::npos)
        return {};
    const std::string body = dot.substr(from, dot.find("  }", from) - from);
    std::set<std::string> keys;
    const std::regex member(R"re(\n    "([A-Za-z0-9][A-Za-z0-9_.-]*)";)re");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), member); it != std::sregex_iterator(); ++it)
        keys.insert((*it)[1]);
    return keys;
}

} // namespace

TEST(GraphvizDot, NodesByKindEdgesWithLagsAndARankPerWave)
{
    Plan plan = PlanBuilder(30, 4)
                    .capability("DATA", 40)
                    .capability("CDP", 20)
                    .capability("ADS", 10)
                    .dependency("DATA", "CDP", 5)
                    .dependency("CDP", "ADS")
                    .build();
    plan.name = "Year one";
    plan.capabilities[2].kind = CapabilityKind::Additive;
    const Schedule schedule = computeSchedule(plan);
    // DATA days 0-39 (wave 1), CDP 45-64 (wave 2), ADS 65-74 (wave 3).
    ASSERT_EQ(schedule.find("CDP")->wave, 2);
    ASSERT_EQ(schedule.find("ADS")->wave, 3);

    const std::string dot = scheduleDot(plan, schedule);

    EXPECT_TRUE(dot.starts_with("// ")) << dot;
    EXPECT_NE(dot.find("digraph \"Year one\" {"), std::string::npos);
    EXPECT_NE(dot.find("rankdir=LR"), std::string::npos);
    EXPECT_NE(dot.find("  \"DATA\" [label=\"DATA\\nCapability DATA\", shape=box"), std::string::npos) << dot;
    EXPECT_NE(dot.find("  \"ADS\" [label=\"ADS\\nCapability ADS\", shape=ellipse"), std::string::npos) << dot;
    EXPECT_NE(dot.find("  \"DATA\" -> \"CDP\" [label=\"+5 d\"];\n"), std::string::npos) << dot;
    EXPECT_NE(dot.find("  \"CDP\" -> \"ADS\";\n"), std::string::npos) << dot;
    EXPECT_EQ(keysInRank(dot, 1), (std::set<std::string>{"DATA"}));
    EXPECT_EQ(keysInRank(dot, 2), (std::set<std::string>{"CDP"}));
    EXPECT_EQ(keysInRank(dot, 3), (std::set<std::string>{"ADS"}));
    EXPECT_NE(dot.find("label=\"Wave 2\\n2027-02-03 to 2027-03-04\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("\"wave:1\" -> \"wave:2\" [style=invis];"), std::string::npos) << "waves read left to right";
    // On the driving path: every capability of this chain.
    EXPECT_NE(dot.find("\"CDP\" [label=\"CDP\\nCapability CDP\", shape=box, fillcolor=\"#dbe8f6\", penwidth=2.5]"),
              std::string::npos)
        << dot;
    EXPECT_TRUE(dot.ends_with("}\n"));
}

TEST(GraphvizDot, QuotesAndBackslashesInNamesAreEscaped)
{
    EXPECT_EQ(dotQuoted("Say \"hi\" \\ now\nthen\x01"), "\"Say \\\"hi\\\" \\\\ now\\nthen\"");

    Plan plan = PlanBuilder().capability("A", 5).build();
    plan.name = "The \"plan\"";
    plan.capabilities[0].name = "Back\\slash";
    const std::string dot = scheduleDot(plan, computeSchedule(plan));
    EXPECT_NE(dot.find("digraph \"The \\\"plan\\\"\" {"), std::string::npos) << dot;
    EXPECT_NE(dot.find("label=\"A\\nBack\\\\slash\""), std::string::npos) << dot;
}

TEST(GraphvizDot, APlanThatCannotBeScheduledHasNodesAndEdgesButNoRanks)
{
    const Plan plan = PlanBuilder().capability("A", 5).capability("B", 5).dependency("A", "B").build();

    const std::string dot = scheduleDot(plan, Schedule{});

    EXPECT_NE(dot.find("\"A\" -> \"B\";"), std::string::npos);
    EXPECT_EQ(dot.find("subgraph"), std::string::npos);
}
