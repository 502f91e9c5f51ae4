#include "ui/inspector/field_text.h"

#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

using namespace waveplan;
using namespace waveplan::ui;
using WaveCapacities = std::map<int, int>;

namespace {

Plan twoTeams() { return test::PlanBuilder().team("Data", 2).team("Marketing", 3).build(); }

} // namespace

TEST(FieldText, DemandReadsTeamsAndPeopleWithOneAsTheDefault)
{
    const auto parsed = parseDemand(" Data:2 ;Marketing; ", twoTeams());

    ASSERT_TRUE(std::holds_alternative<std::vector<TeamDemand>>(parsed));
    EXPECT_EQ(std::get<std::vector<TeamDemand>>(parsed), (std::vector<TeamDemand>{{"Data", 2}, {"Marketing", 1}}));
    EXPECT_EQ(demandToText({{"Data", 2}, {"Marketing", 1}}), "Data:2; Marketing:1");
}

TEST(FieldText, DemandRefusesUnknownTeamsRepeatsAndNonPositivePeople)
{
    const Plan plan = twoTeams();

    EXPECT_TRUE(std::holds_alternative<QString>(parseDemand("Legal:1", plan)));
    EXPECT_TRUE(std::holds_alternative<QString>(parseDemand("Data:1; Data:2", plan)));
    EXPECT_TRUE(std::holds_alternative<QString>(parseDemand("Data:0", plan)));
    EXPECT_TRUE(std::holds_alternative<QString>(parseDemand("Data:two", plan)));
}

TEST(FieldText, CapacityByWaveRoundTripsAndRefusesBadEntries)
{
    const auto parsed = parseCapacityByWave("w4=1; 2=3");

    ASSERT_TRUE(std::holds_alternative<WaveCapacities>(parsed));
    const auto &waves = std::get<WaveCapacities>(parsed);
    EXPECT_EQ(waves, (WaveCapacities{{2, 3}, {4, 1}}));
    EXPECT_EQ(capacityByWaveToText(waves), "w2=3; w4=1");
    EXPECT_TRUE(std::holds_alternative<QString>(parseCapacityByWave("w0=1")));
    EXPECT_TRUE(std::holds_alternative<QString>(parseCapacityByWave("w2=-1")));
    EXPECT_TRUE(std::holds_alternative<QString>(parseCapacityByWave("w2=1; w2=3")));
    EXPECT_TRUE(std::holds_alternative<QString>(parseCapacityByWave("w2")));
}

TEST(FieldText, OptionalNumbersAreEmptyForNone)
{
    EXPECT_EQ(std::get<std::optional<double>>(parseOptionalNumber("  ", "Value")), std::nullopt);
    EXPECT_EQ(std::get<std::optional<double>>(parseOptionalNumber("12.5", "Value")), 12.5);
    EXPECT_TRUE(std::holds_alternative<QString>(parseOptionalNumber("12,5x", "Value")));
    EXPECT_EQ(optionalNumberToText(12.5), "12.5");
    EXPECT_EQ(optionalNumberToText(std::nullopt), "");
}
