// The shared table of cells (support/cell_cases.h) through CSV import: each cell is written
// into a capabilities.csv in a temporary folder and imported from there. The same cells are
// accepted with the same values, or refused with the same words at the cell.
#include "core/io/capabilities_csv.h"

#include "support/cell_cases.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace waveplan;
using namespace waveplan::test;

namespace {

/// `text` as one quoted CSV field.
std::string quotedField(const std::string &text)
{
    std::string field = "\"";
    for (const char c : text)
        field += c == '"' ? std::string("\"\"") : std::string(1, c);
    return field + "\"";
}

/// Imports the cell plan with `cell` in `column` of CDP's row (line 5); DATA, CRM and ID have
/// nothing but the required cells. Teams as in cellCasePlan().
Result<Plan> importWith(const std::string &column, const std::string &cell)
{
    std::string csv = "key,name,kind,duration_days";
    if (column != "duration_days")
        csv += "," + column;
    csv += "\n";
    for (const Capability &c : cellCasePlan().capabilities) {
        const bool typed = c.key == kCaseCapability;
        const std::string duration = typed && column == "duration_days" ? cell : "10";
        csv += c.key + "," + c.name + ",foundational," + quotedField(duration);
        if (column != "duration_days")
            csv += "," + (typed ? quotedField(cell) : std::string());
        csv += "\n";
    }
    const TempDir dir;
    const auto capabilities = dir.write("capabilities.csv", csv);
    const auto teams = dir.write("teams.csv", "team,capacity\nData,3\nMarketing,2\n\"R&D, Ops\",1\n");
    return importPlanFromCsvFiles(capabilities, teams);
}

/// Success when the import of `cell` in `column` gives what `expected` says: `valueOf` the
/// imported CDP, or an error on CDP's line holding every expected word.
template <typename T, typename ValueOf>
::testing::AssertionResult importMatches(const std::string &column, const CellCase<T> &expected,
                                         ValueOf valueOf)
{
    const Result<Plan> plan = importWith(column, expected.cell);
    if (expected.accepted()) {
        if (!plan)
            return ::testing::AssertionFailure() << "refused: " << plan.errorText();
        if (!(valueOf(*plan) == expected.value))
            return ::testing::AssertionFailure() << "imported another value";
        return ::testing::AssertionSuccess();
    }
    if (plan)
        return ::testing::AssertionFailure() << "imported";
    for (const Error &e : plan.errors())
        if (e.line == 5 && holdsAll(e.message, expected.words))
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "refused with: " << plan.errorText();
}

const Capability &typed(const Plan &plan)
{
    return *plan.findCapability(kCaseCapability);
}

} // namespace

TEST(CsvCellCases, Demand)
{
    for (const DemandCase &c : demandCases())
        EXPECT_TRUE(importMatches("demand", c, [](const Plan &p) { return typed(p).demand; }))
            << "cell \"" << c.cell << "\"";
}

TEST(CsvCellCases, DependsOn)
{
    const auto predecessors = [](const Plan &plan) {
        std::vector<Predecessor> list;
        for (const Dependency *d : plan.predecessorsOf(kCaseCapability))
            list.push_back({d->predecessor, d->lagDays});
        return list;
    };
    for (const DependsOnCase &c : dependsOnCases())
        EXPECT_TRUE(importMatches("depends_on", c, predecessors)) << "cell \"" << c.cell << "\"";
}

TEST(CsvCellCases, WaveReadinessDurationAndDecimal)
{
    for (const WholeCase &c : waveCases())
        EXPECT_TRUE(importMatches("earliest_wave", c, [](const Plan &p) { return typed(p).earliestWave; }))
            << "\"" << c.cell << "\"";
    for (const WholeCase &c : readinessCases())
        EXPECT_TRUE(importMatches("readiness_technical", c,
                                  [](const Plan &p) { return typed(p).readiness.technical; }))
            << "\"" << c.cell << "\"";
    for (const WholeCase &c : durationCases())
        EXPECT_TRUE(importMatches("duration_days", c,
                                  [](const Plan &p) { return std::optional<int>(typed(p).durationDays); }))
            << "\"" << c.cell << "\"";
    for (const DecimalCase &c : decimalCases())
        EXPECT_TRUE(importMatches("value", c, [](const Plan &p) { return typed(p).value; }))
            << "\"" << c.cell << "\"";
}
