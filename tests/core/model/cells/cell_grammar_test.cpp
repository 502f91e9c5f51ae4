// The shared table of cells (support/cell_cases.h) against the core grammar itself, plus the
// formatting side: what the grammar writes reads back as the same value.
#include "core/model/cells/demand_cell.h"
#include "core/model/cells/depends_on_cell.h"
#include "core/model/cells/value_cells.h"

#include "support/cell_cases.h"

#include <gtest/gtest.h>

using namespace waveplan;
using namespace waveplan::test;

namespace {

/// Success when `parsed` is what `expected` says: its value, or a refusal whose one message
/// holds every expected word.
template <typename T>
::testing::AssertionResult matches(const Result<T> &parsed, const CellCase<T> &expected)
{
    if (expected.accepted()) {
        if (!parsed)
            return ::testing::AssertionFailure() << "refused: " << parsed.errorText();
        if (!(*parsed == expected.value))
            return ::testing::AssertionFailure() << "accepted with another value";
        return ::testing::AssertionSuccess();
    }
    if (parsed)
        return ::testing::AssertionFailure() << "accepted";
    if (parsed.errors().size() != 1 || !holdsAll(parsed.errors().front().message, expected.words))
        return ::testing::AssertionFailure() << "refused with: " << parsed.errorText();
    return ::testing::AssertionSuccess();
}

} // namespace

TEST(CellGrammar, DemandCases)
{
    const Plan plan = cellCasePlan();
    for (const DemandCase &c : demandCases())
        EXPECT_TRUE(matches(parseDemandCell(c.cell, plan), c)) << "cell \"" << c.cell << "\"";
}

TEST(CellGrammar, DependsOnCases)
{
    const Plan plan = cellCasePlan();
    for (const DependsOnCase &c : dependsOnCases())
        EXPECT_TRUE(matches(parseDependsOnCell(c.cell, kCaseCapability, plan), c))
            << "cell \"" << c.cell << "\"";
}

TEST(CellGrammar, WaveReadinessDurationAndDecimalCases)
{
    for (const WholeCase &c : waveCases())
        EXPECT_TRUE(matches(parseWaveCell(c.cell, "earliest_wave"), c)) << "\"" << c.cell << "\"";
    for (const WholeCase &c : readinessCases())
        EXPECT_TRUE(matches(parseReadinessCell(c.cell, "readiness_technical"), c)) << "\"" << c.cell << "\"";
    for (const DecimalCase &c : decimalCases())
        EXPECT_TRUE(matches(parseDecimalCell(c.cell, "value"), c)) << "\"" << c.cell << "\"";
    for (const WholeCase &c : durationCases()) {
        const Result<int> days = parseDurationCell(c.cell);
        if (c.accepted())
            EXPECT_TRUE(days && *days == c.value) << "\"" << c.cell << "\": " << days.errorText();
        else
            EXPECT_TRUE(!days && holdsAll(days.errorText(), c.words)) << "\"" << c.cell << "\"";
    }
}

TEST(CellGrammar, DemandSyntaxLeavesTheTeamsToTheCaller)
{
    const auto demand = parseDemandSyntax("Legal:2, Data");

    ASSERT_TRUE(demand) << demand.errorText();
    EXPECT_EQ(*demand, (std::vector<TeamDemand>{{"Legal", 2}, {"Data", 1}}));
}

TEST(CellGrammar, EveryBadEntryOfACellIsReported)
{
    const auto demand = parseDemandSyntax("Data:0; :2; Marketing:x");
    const auto dependsOn = parseDependsOnSyntax("A+x; +2; A; A");

    ASSERT_FALSE(demand);
    EXPECT_EQ(demand.errors().size(), 3u) << demand.errorText();
    ASSERT_FALSE(dependsOn);
    EXPECT_EQ(dependsOn.errors().size(), 3u) << dependsOn.errorText();
}

TEST(CellGrammar, ATeamWithAColonInItsNameIsReadWhole)
{
    Plan plan = cellCasePlan();
    plan.teams.push_back({"EU:North", 1, {}, std::nullopt});

    const auto demand = parseDemandCell("EU:North; EU:North:2", plan);

    ASSERT_FALSE(demand);
    EXPECT_NE(demand.errorText().find("\"EU:North\" more than once"), std::string::npos);
    EXPECT_EQ(*parseDemandCell("EU:North:2", plan), (std::vector<TeamDemand>{{"EU:North", 2}}));
    EXPECT_EQ(*parseDemandCell("EU:North", plan), (std::vector<TeamDemand>{{"EU:North", 1}}));
}

TEST(CellGrammar, UnknownTeamsNameWhereTeamsComeFrom)
{
    EXPECT_EQ(unknownTeamMessage("Legal", {}), "demand names team \"Legal\", which the plan does not define (it has no teams yet)");
    EXPECT_EQ(unknownTeamMessage("Legal", cellCasePlan().teams, "teams.csv"),
              "demand names team \"Legal\", which teams.csv does not define; its teams are Data, Marketing, R&D, Ops");
}

TEST(CellGrammar, WhatIsFormattedReadsBackAsTheSameValue)
{
    const Plan plan = cellCasePlan();
    const std::vector<TeamDemand> demand{{"R&D, Ops", 2}, {"Data", 1}};
    const std::vector<Predecessor> predecessors{{"DATA", 0}, {"CRM", 14}};

    EXPECT_EQ(formatDemandCell(demand), "R&D, Ops:2; Data:1");
    EXPECT_EQ(*parseDemandCell(formatDemandCell(demand), plan), demand);
    EXPECT_EQ(formatDependsOnCell(predecessors), "DATA; CRM+14");
    EXPECT_EQ(*parseDependsOnCell(formatDependsOnCell(predecessors), kCaseCapability, plan), predecessors);
    for (const double value : {0.1, 1250.5, -3.0, 987654321012345.6, -1e15})
        EXPECT_EQ(*parseDecimalCell(formatOptionalDecimal(value), "value"), value);
    // Beyond 10^15 either way: refused, saying the range.
    for (const char *tooBig : {"1e20", "-1.5e15", "1e300"})
        EXPECT_NE(parseDecimalCell(tooBig, "cost").errorText().find("cost must be a number from -10^15 to 10^15"),
                  std::string::npos)
            << tooBig;
    EXPECT_EQ(formatOptionalDecimal(std::nullopt), "");
    EXPECT_EQ(formatOptionalWhole(3), "3");
    EXPECT_EQ(formatOptionalWhole(std::nullopt), "");
}

TEST(CellGrammar, TheDependsOnCellOfAPlanListsPredecessorsInPlanOrder)
{
    Plan plan = cellCasePlan();
    plan.dependencies = {{"CRM", "CDP", 3}, {"DATA", "CRM", 0}, {"DATA", "CDP", 0}};

    EXPECT_EQ(formatDependsOnCell(plan, "CDP"), "CRM+3; DATA");
    EXPECT_EQ(formatDependsOnCell(plan, "DATA"), "");
}

TEST(CellGrammar, KeysAndDates)
{
    EXPECT_EQ(*parseKeyCell(" CDP "), "CDP");
    EXPECT_NE(parseKeyCell("two words").errorText().find("key \"two words\" is not valid: a key starts with a letter or digit"),
              std::string::npos);
    EXPECT_NE(parseKeyCell("").errorText().find("key is empty"), std::string::npos);
    EXPECT_EQ(formatIsoDate(*parseDateCell(" 2027-01-04 ", "start_date")), "2027-01-04");
    EXPECT_EQ(parseDateCell("2027-02-30", "start_date").errorText(),
              "start_date must be a real calendar day written YYYY-MM-DD, such as 2027-01-04, got \"2027-02-30\"");
    EXPECT_EQ(parseDateCell("", "start_date").errorText(),
              "start_date is empty; expected a real calendar day written YYYY-MM-DD, such as 2027-01-04");
}
