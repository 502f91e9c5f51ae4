// teams.csv: reading teams and every error of that file.
#include "core/io/capabilities_csv.h"

#include <gtest/gtest.h>

#include <initializer_list>

using namespace waveplan;

namespace {

const std::string kCapabilities = "key,name,kind,duration_days,demand\n"
                                  "A,Alpha,foundational,5,Data:1\n";

Result<Plan> importTeams(const std::string &teams, const std::string &capabilities = kCapabilities)
{
    return importPlanFromCsv({"capabilities.csv", capabilities}, CsvSource{"teams.csv", teams});
}

::testing::AssertionResult hasError(const Result<Plan> &result, int line, int column,
                                    std::initializer_list<std::string> words)
{
    if (result.ok())
        return ::testing::AssertionFailure() << "the import succeeded";
    for (const Error &e : result.errors()) {
        if (e.file != "teams.csv" || e.line != line || e.column != column)
            continue;
        bool all = true;
        for (const std::string &w : words)
            all = all && e.message.find(w) != std::string::npos;
        if (all)
            return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no matching error at teams.csv:" << line << ":"
                                         << column << "; the errors were:\n"
                                         << result.errorText();
}

} // namespace

TEST(CsvTeamsImport, ReadsCapacityLimitsAndOverrides)
{
    const auto result = importTeams("Team,CAPACITY,max_changes_per_wave,capacity_w2,Capacity_W4\n"
                                    " Data ,3,2,,5\n"
                                    "Marketing,0,,1,\n");

    ASSERT_TRUE(result.ok()) << result.errorText();
    ASSERT_EQ(result->teams.size(), 2u);
    const Team &data = result->teams[0];
    EXPECT_EQ(data.name, "Data");
    EXPECT_EQ(data.capacity, 3);
    EXPECT_EQ(data.goLiveLimit, 2);
    EXPECT_EQ(data.capacityByWave, (std::map<int, int>{{4, 5}}));
    const Team &marketing = result->teams[1];
    EXPECT_EQ(marketing.capacity, 0);
    EXPECT_FALSE(marketing.goLiveLimit);
    EXPECT_EQ(marketing.capacityByWave, (std::map<int, int>{{2, 1}}));
}

TEST(CsvTeamsImport, EmptyFile)
{
    const auto result = importTeams("");

    EXPECT_TRUE(hasError(result, 1, 0, {"the file is empty", "team and capacity"}));
    EXPECT_EQ(result.errors().size(), 1u) << "no cascade of demand errors: " << result.errorText();
}

TEST(CsvTeamsImport, MissingAndUnknownColumns)
{
    const auto result = importTeams("team,capacty\nData,3\n");

    EXPECT_TRUE(hasError(result, 1, 6, {"unknown column \"capacty\"", "did you mean \"capacity\"",
                                        "capacity_w1, capacity_w2"}));
    EXPECT_TRUE(hasError(result, 1, 0, {"missing required column \"capacity\""}));
    EXPECT_EQ(result.errors().size(), 2u) << result.errorText();
}

TEST(CsvTeamsImport, WaveOverrideColumnsStartAtOne)
{
    const auto result = importTeams("team,capacity,capacity_w0,capacity_wx\nData,3,1,1\n");

    EXPECT_TRUE(hasError(result, 1, 15, {"unknown column \"capacity_w0\""}));
    EXPECT_TRUE(hasError(result, 1, 27, {"unknown column \"capacity_wx\""}));
}

TEST(CsvTeamsImport, DuplicateWaveColumnsAreFoundWhateverTheirSpelling)
{
    const auto result = importTeams("team,capacity,capacity_w1,CAPACITY_W01\nData,3,1,1\n");

    EXPECT_TRUE(hasError(result, 1, 27, {"column \"capacity_w1\" appears twice"}));
}

TEST(CsvTeamsImport, DuplicateAndBadTeamNames)
{
    const auto result = importTeams("team,capacity\nData,3\n,2\nData,4\n\"Data;Ops\",1\n");

    EXPECT_TRUE(hasError(result, 3, 1, {"team is empty"}));
    EXPECT_TRUE(hasError(result, 4, 1, {"team \"Data\" is already defined on line 2", "unique"}));
    EXPECT_TRUE(hasError(result, 5, 1, {"\"Data;Ops\" holds a ';'"}));
}

TEST(CsvTeamsImport, BadNumbers)
{
    const auto result = importTeams("team,capacity,max_changes_per_wave,capacity_w1\n"
                                    "Data,-1,x,2.5\n"
                                    "Ops,,-2,\n"
                                    "Web,three,,\n");

    EXPECT_TRUE(hasError(result, 2, 6, {"capacity must be a whole number of people from 0 to 100000",
                                        "got \"-1\""}));
    EXPECT_TRUE(hasError(result, 2, 9, {"max_changes_per_wave must be a whole number of go-lives",
                                        "got \"x\""}));
    EXPECT_TRUE(hasError(result, 2, 11, {"capacity_w1 must be a whole number of people",
                                         "got \"2.5\""}));
    EXPECT_TRUE(hasError(result, 3, 5, {"capacity is empty"}));
    EXPECT_TRUE(hasError(result, 3, 6, {"max_changes_per_wave", "got \"-2\""}));
    EXPECT_TRUE(hasError(result, 4, 5, {"capacity must be", "got \"three\""}));
}

TEST(CsvTeamsImport, RowsWithTheWrongNumberOfCells)
{
    const auto result = importTeams("team,capacity\nData,3,4\n");

    EXPECT_TRUE(hasError(result, 2, 8, {"this row has 3 cells but the header has 2"}));
}

TEST(CsvTeamsImport, ATeamWithABadRowIsStillKnownToDemand)
{
    const auto result = importTeams("team,capacity\nData,many\n");

    ASSERT_EQ(result.errors().size(), 1u) << result.errorText();
    EXPECT_TRUE(hasError(result, 2, 6, {"capacity must be"}));
}

TEST(CsvTeamsImport, EmptyTeamsFileWithDemandNamesTheTeam)
{
    const auto result = importTeams("team,capacity\n");

    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.errorText().find("capabilities.csv:2:24: demand names team \"Data\", which "
                                      "teams.csv does not define (it has no teams yet)"),
              std::string::npos)
        << result.errorText();
}
