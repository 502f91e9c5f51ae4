// Export -> import gives back the same plan, apart from what CSV does not carry.
#include "core/io/capabilities_csv.h"
#include "support/plan_generator.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace waveplan;

namespace {

/// What a CSV round trip keeps: no map positions, and dependencies in the canonical CSV
/// order (by successor in capability order, then as listed for that successor).
Plan csvComparable(Plan plan)
{
    for (Capability &c : plan.capabilities)
        c.position.reset();
    std::stable_sort(plan.dependencies.begin(), plan.dependencies.end(),
                     [&](const Dependency &a, const Dependency &b) {
                         return plan.indexOfCapability(a.successor) <
                                plan.indexOfCapability(b.successor);
                     });
    return plan;
}

Result<Plan> reimport(const Plan &plan)
{
    return importPlanFromCsv({"capabilities.csv", writeCapabilitiesCsv(plan)},
                             CsvSource{"teams.csv", writeTeamsCsv(plan)}, plan);
}

Plan smallPlan()
{
    Plan plan;
    plan.teams = {{"Data", 3, {{3, 1}}, 2}, {"Web", 2, {}, std::nullopt}};
    Capability a;
    a.key = "A";
    a.name = "=HYPERLINK(\"x\")";
    a.demand = {{"Data", 2}};
    a.value = 0.1 + 0.2;
    a.notes = "line one\r\nline two, \"quoted\"";
    Capability b;
    b.key = "B";
    b.name = " padded ";
    b.kind = CapabilityKind::Additive;
    b.durationDays = 12;
    b.demand = {{"Web", 1}, {"Data", 1}};
    b.approach = Approach::Integrate;
    b.cost = -1e-7;
    b.pinnedWave = 3;
    Capability c = b;
    c.key = "C";
    c.name = "Gamma";
    plan.capabilities = {a, b, c};
    plan.dependencies = {{"A", "C", 5}, {"B", "C", 0}, {"A", "B", 0}};
    return plan;
}

} // namespace

TEST(CsvExport, CapabilitiesHeaderHasEveryColumnInOrder)
{
    const std::string text = writeCapabilitiesCsv(Plan{});

    EXPECT_EQ(text, "key,name,kind,duration_days,depends_on,demand,owner,approach,kpi,"
                    "readiness_technical,readiness_skills,readiness_process,value,cost,"
                    "earliest_wave,deadline_wave,pinned_wave,retires,notes\n");
}

TEST(CsvExport, DependenciesAreFoldedIntoTheSuccessorsRow)
{
    const std::string text = writeCapabilitiesCsv(smallPlan());

    EXPECT_NE(text.find("\nC,Gamma,additive,12,A+5; B,Web:1; Data:1,,integrate,"), std::string::npos)
        << text;
    EXPECT_NE(text.find("\nB,\" padded \",additive,12,A,"), std::string::npos) << text;
}

TEST(CsvExport, FormulaLikeTextIsNeutralisedAndReadsBackExactly)
{
    const std::string text = writeCapabilitiesCsv(smallPlan());

    EXPECT_NE(text.find("\nA,\"'=HYPERLINK(\"\"x\"\")\",foundational,"), std::string::npos) << text;
    const Result<Plan> back = reimport(smallPlan());
    ASSERT_TRUE(back) << back.errorText();
    EXPECT_EQ(back->capabilities.front().name, "=HYPERLINK(\"x\")");
}

TEST(CsvExport, TeamsHaveOneOverrideColumnPerWaveUpToTheLastOverridden)
{
    const std::string text = writeTeamsCsv(smallPlan());

    EXPECT_EQ(text, "team,capacity,max_changes_per_wave,capacity_w1,capacity_w2,capacity_w3\n"
                    "Data,3,2,,,1\n"
                    "Web,2,,,,\n");
}

TEST(CsvRoundTrip, SmallPlanComesBackEqual)
{
    const Plan plan = smallPlan();

    const auto back = reimport(plan);

    ASSERT_TRUE(back.ok()) << back.errorText();
    EXPECT_EQ(*back, csvComparable(plan));
    EXPECT_EQ(back->capabilities[0].value, 0.1 + 0.2);
}

TEST(CsvRoundTrip, GeneratedPlansComeBackEqual)
{
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const Plan plan = test::generatePlan(seed);
        ASSERT_TRUE(structuralErrors(plan).empty());

        const auto back = reimport(plan);

        ASSERT_TRUE(back.ok()) << "seed " << seed << ":\n" << back.errorText();
        EXPECT_EQ(*back, csvComparable(plan)) << "seed " << seed;
    }
}

TEST(CsvRoundTrip, GeneratedPlansWithoutOptionalFieldsComeBackEqual)
{
    test::GeneratorOptions options;
    options.fillOptionalFields = false;
    options.unicodeText = false;
    options.dependencyDensity = 0.3;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const Plan plan = test::generatePlan(seed, options);

        const auto back = reimport(plan);

        ASSERT_TRUE(back.ok()) << "seed " << seed << ":\n" << back.errorText();
        EXPECT_EQ(*back, csvComparable(plan)) << "seed " << seed;
    }
}

TEST(CsvRoundTrip, PlansWithACycleStillRoundTrip)
{
    test::GeneratorOptions options;
    options.acyclic = false;
    const Plan plan = test::generatePlan(7, options);

    const auto back = reimport(plan);

    ASSERT_TRUE(back.ok()) << back.errorText();
    EXPECT_EQ(*back, csvComparable(plan));
}

TEST(CsvRoundTrip, ExportOfAnImportIsTheSameText)
{
    const Plan plan = test::generatePlan(3);
    const std::string first = writeCapabilitiesCsv(plan);

    const auto back = reimport(plan);

    ASSERT_TRUE(back.ok()) << back.errorText();
    EXPECT_EQ(writeCapabilitiesCsv(*back), first);
    EXPECT_EQ(writeTeamsCsv(*back), writeTeamsCsv(plan));
}

TEST(CsvExport, ProgressColumnsComeLastOnceSomethingHasStarted)
{
    Plan plan = smallPlan();
    plan.asOf = *parseIsoDate("2027-03-01");
    Capability &a = plan.capabilities[0];
    a.status = WorkStatus::Done;
    a.actualStart = *parseIsoDate("2027-01-04");
    a.actualFinish = *parseIsoDate("2027-01-04");
    plan.capabilities[1].status = WorkStatus::InProgress;
    plan.capabilities[1].actualStart = *parseIsoDate("2027-01-05");
    plan.capabilities[1].remainingDays = 7;

    const std::string text = writeCapabilitiesCsv(plan);

    const std::string header = text.substr(0, text.find('\n'));
    EXPECT_TRUE(header.ends_with(",retires,notes,status,actual_start,actual_finish,remaining_days")) << header;
    EXPECT_NE(text.find(",done,2027-01-04,2027-01-04,\n"), std::string::npos) << text;
    EXPECT_NE(text.find(",in-progress,2027-01-05,,7\n"), std::string::npos) << text;
    EXPECT_NE(text.find(",planned,,,\n"), std::string::npos) << text;
}

TEST(CsvRoundTrip, GeneratedPlansWithProgressComeBackEqual)
{
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const Plan plan = test::generatePlan(seed, {.progress = true});
        ASSERT_TRUE(structuralErrors(plan).empty()) << "seed " << seed;

        const auto back = reimport(plan);

        ASSERT_TRUE(back.ok()) << "seed " << seed << ":\n" << back.errorText();
        EXPECT_EQ(*back, csvComparable(plan)) << "seed " << seed;
    }
}
