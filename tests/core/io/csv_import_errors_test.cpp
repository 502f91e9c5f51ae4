// Every error of a capabilities.csv import: where it points (file, line, column) and what it says.
#include "core/io/capabilities_csv.h"

#include <gtest/gtest.h>

#include <initializer_list>

using namespace waveplan;

namespace {

const std::string kHeader = "key,name,kind,duration_days,depends_on,demand\n";
const std::string kTeams = "team,capacity\nData,3\nMarketing,2\n";

Result<Plan> importText(const std::string &capabilities, const std::string &teams = kTeams)
{
    return importPlanFromCsv({"capabilities.csv", capabilities}, CsvSource{"teams.csv", teams});
}

/// Success when `result` failed with an error at file:line:column whose message holds every
/// one of `words`.
::testing::AssertionResult hasError(const Result<Plan> &result, int line, int column,
                                    std::initializer_list<std::string> words,
                                    const std::string &file = "capabilities.csv")
{
    if (result.ok())
        return ::testing::AssertionFailure() << "the import succeeded";
    for (const Error &e : result.errors()) {
        if (e.file != file || e.line != line || e.column != column)
            continue;
        bool all = true;
        for (const std::string &w : words)
            all = all && e.message.find(w) != std::string::npos;
        if (all)
            return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no matching error at " << file << ":" << line << ":"
                                         << column << "; the errors were:\n"
                                         << result.errorText();
}

} // namespace

TEST(CsvImportErrors, EmptyFile)
{
    const auto result = importText("");

    EXPECT_TRUE(hasError(result, 1, 0, {"the file is empty", "key", "duration_days"}));
}

TEST(CsvImportErrors, UnknownColumnIsNamedWithTheKnownOnes)
{
    const auto result = importText("key,name,kind,duraton_days\nA,Alpha,foundational,5\n");

    EXPECT_TRUE(hasError(result, 1, 15,
                         {"unknown column \"duraton_days\"", "did you mean \"duration_days\"",
                          "key, name, kind, duration_days, depends_on", "notes"}));
    EXPECT_TRUE(hasError(result, 1, 0, {"missing required column \"duration_days\""}));
}

TEST(CsvImportErrors, UnknownColumnWithNothingCloseHasNoSuggestion)
{
    const auto result = importText("key,name,kind,duration_days,colour\n");

    ASSERT_TRUE(hasError(result, 1, 29, {"unknown column \"colour\""}));
    EXPECT_EQ(result.errors()[0].message.find("did you mean"), std::string::npos);
}

TEST(CsvImportErrors, DuplicateColumn)
{
    const auto result = importText("key,name,kind,duration_days,Name\nA,Alpha,foundational,5,B\n");

    EXPECT_TRUE(hasError(result, 1, 29, {"column \"name\" appears twice", "line 1, column 5"}));
}

TEST(CsvImportErrors, MissingRequiredColumnsAtLineOne)
{
    const auto result = importText("key,name\nA,Alpha\n");

    EXPECT_TRUE(hasError(result, 1, 0, {"missing required column \"kind\"", "foundational"}));
    EXPECT_TRUE(hasError(result, 1, 0, {"missing required column \"duration_days\""}));
    EXPECT_EQ(result.errors().size(), 2u);
}

TEST(CsvImportErrors, RowsWithTheWrongNumberOfCells)
{
    const auto result = importText("key,name,kind,duration_days\n"
                                   "A,Alpha,foundational,5,extra\n"
                                   "B,Beta,foundational\n");

    EXPECT_TRUE(hasError(result, 2, 24, {"this row has 5 cells but the header has 4",
                                         "double quotes"}));
    EXPECT_TRUE(hasError(result, 3, 1, {"this row has 3 cells but the header has 4"}));
}

TEST(CsvImportErrors, CellInAColumnWithNoName)
{
    const auto result = importText("key,name,kind,duration_days,\n"
                                   "A,Alpha,foundational,5,\n"
                                   "B,Beta,foundational,5,oops\n");

    ASSERT_EQ(result.errors().size(), 1u) << result.errorText();
    EXPECT_TRUE(hasError(result, 3, 23, {"column with no name"}));
}

TEST(CsvImportErrors, BadKeys)
{
    const auto result = importText(kHeader + ",Empty,foundational,5,,\n"
                                             "C DP,Spaced,foundational,5,,\n"
                                             "CDP,First,foundational,5,,\n"
                                             "CDP,Second,foundational,5,,\n");

    EXPECT_TRUE(hasError(result, 2, 1, {"key is empty"}));
    EXPECT_TRUE(hasError(result, 3, 1, {"key \"C DP\" is not valid", "letter or digit"}));
    EXPECT_TRUE(hasError(result, 5, 1, {"key \"CDP\" is already used on line 4", "unique"}));
}

TEST(CsvImportErrors, KeysAreCaseSensitiveSoDifferentCaseIsNoDuplicate)
{
    const auto result = importText(kHeader + "cdp,Lower,foundational,5,,\n"
                                             "CDP,Upper,foundational,5,,\n");

    EXPECT_TRUE(result.ok()) << result.errorText();
}

TEST(CsvImportErrors, EmptyNameAndBadKind)
{
    const auto result = importText(kHeader + "A,,foundational,5,,\n"
                                             "B,Beta,,5,,\n"
                                             "C,Gamma,core,5,,\n");

    EXPECT_TRUE(hasError(result, 2, 3, {"name is empty"}));
    EXPECT_TRUE(hasError(result, 3, 8, {"kind is empty", "foundational or additive"}));
    EXPECT_TRUE(hasError(result, 4, 9, {"kind must be foundational or additive, got \"core\""}));
}

TEST(CsvImportErrors, BadDurations)
{
    const auto result = importText(kHeader + "A,Alpha,additive,ten,,\n"
                                             "B,Beta,additive,0,,\n"
                                             "C,Gamma,additive,-3,,\n"
                                             "D,Delta,additive,12abc,,\n"
                                             "E,Eps,additive,1.5,,\n"
                                             "F,Phi,additive,,,\n"
                                             "G,Gee,additive,99999999999,,\n");

    const std::string expected = "duration_days must be a whole number of days from 0 (a milestone) to 100000";
    EXPECT_TRUE(hasError(result, 2, 18, {expected, "got \"ten\""}));
    EXPECT_FALSE(hasError(result, 3, 17, {"duration_days"})) << "0 days is a milestone";
    EXPECT_TRUE(hasError(result, 4, 18, {expected, "got \"-3\""}));
    EXPECT_TRUE(hasError(result, 5, 18, {expected, "got \"12abc\""}));
    EXPECT_TRUE(hasError(result, 6, 16, {expected, "got \"1.5\""}));
    EXPECT_TRUE(hasError(result, 7, 16, {"duration_days is empty", "whole number of days"}));
    EXPECT_TRUE(hasError(result, 8, 16, {expected, "got \"99999999999\""}));
}

TEST(CsvImportErrors, ErrorTextHasFileLineColumnAndWhatWasExpected)
{
    const auto result = importText(kHeader + "A,Alpha,additive,5,,\n"
                                             "B,Beta,additive,5,,\n"
                                             "C,Gamma,additive,5,,\n"
                                             "D,Delta,additive,5,,\n"
                                             "E,Eps,additive,5,,\n"
                                             "X,Ex,ten,ten,,\n");

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errorText(),
              "capabilities.csv:7:6: kind must be foundational or additive, got \"ten\"\n"
              "capabilities.csv:7:10: duration_days must be a whole number of days from 0 (a milestone) "
              "to 100000, got \"ten\"");
}

TEST(CsvImportErrors, UnknownPredecessorPointsAtTheCell)
{
    const auto result = importText(kHeader + "CDP,Platform,additive,5,DATA;Cdp2,\n"
                                             "cdp2,Other,additive,5,,\n");

    EXPECT_TRUE(hasError(result, 2, 25, {"depends_on names \"DATA\", which is not the key of any capability"}));
    EXPECT_TRUE(hasError(result, 2, 25, {"\"Cdp2\"", "did you mean \"cdp2\"", "case-sensitive"}));
}

TEST(CsvImportErrors, SelfAndDuplicatePredecessors)
{
    const auto result = importText(kHeader + "A,Alpha,additive,5,,\n"
                                             "B,Beta,additive,5,B,\n"
                                             "C,Gamma,additive,5,A;A+3,\n");

    EXPECT_TRUE(
        hasError(result, 3, 19, {"\"B\", the capability itself", "cannot depend on itself"}));
    EXPECT_TRUE(hasError(result, 4, 20, {"depends_on names \"A\" more than once"}));
}

TEST(CsvImportErrors, BadLags)
{
    const auto result = importText(kHeader + "A,Alpha,additive,5,,\n"
                                             "B,Beta,additive,5,A+ten,\n"
                                             "C,Gamma,additive,5,A+-1,\n"
                                             "D,Delta,additive,5,A+,\n"
                                             "E,Eps,additive,5,+5,\n"
                                             "F,Phi,additive,5,A B,\n");

    EXPECT_TRUE(
        hasError(result, 3, 19, {"the lag in \"A+ten\"", "whole number of days from 0 to 100000"}));
    EXPECT_TRUE(hasError(result, 4, 20, {"the lag in \"A+-1\""}));
    EXPECT_TRUE(hasError(result, 5, 20, {"the lag in \"A+\""}));
    EXPECT_TRUE(hasError(result, 6, 18, {"\"+5\" has no key before the '+'"}));
    EXPECT_TRUE(hasError(result, 7, 18, {"\"A B\" is not a valid key", "separate keys with ';'"}));
}

TEST(CsvImportErrors, BadDemand)
{
    const auto result = importText(kHeader + "A,Alpha,additive,5,,Data:\n"
                                             "B,Beta,additive,5,,:2\n"
                                             "C,Gamma,additive,5,,Data:0\n"
                                             "D,Delta,additive,5,,Data:two\n"
                                             "E,Eps,additive,5,,Data:1; Data :2\n");

    EXPECT_TRUE(hasError(result, 2, 21, {"people for team \"Data\"", "got \"\""}));
    EXPECT_TRUE(hasError(result, 3, 20, {"\":2\" has no team name"}));
    EXPECT_TRUE(
        hasError(result, 4, 21,
                 {"people for team \"Data\" must be a whole number from 1 to 100000", "got \"0\""}));
    EXPECT_TRUE(hasError(result, 5, 21, {"got \"two\""}));
    EXPECT_TRUE(hasError(result, 6, 19, {"demand names team \"Data\" more than once"}));
}

TEST(CsvImportErrors, DemandOnTeamsMissingFromTheTeamsFile)
{
    const auto result = importText(kHeader + "A,Alpha,additive,5,,Dta:1\n"
                                             "B,Beta,additive,5,,Data:1;Dta:2\n"
                                             "C,Gamma,additive,5,,Dta:1;Sales:1\n");

    EXPECT_TRUE(hasError(result, 2, 21, {"demand names team \"Dta\", which teams.csv does not "
                                         "define", "its teams are Data, Marketing",
                                         "also on lines 3, 4"}));
    EXPECT_TRUE(hasError(result, 4, 21, {"team \"Sales\""}));
    EXPECT_EQ(result.errors().size(), 2u) << result.errorText();
}

TEST(CsvImportErrors, DemandWithoutATeamsFileAsksForIt)
{
    const auto result = importPlanFromCsv(
        {"capabilities.csv", kHeader + "A,Alpha,additive,5,,Data:1\nB,Beta,additive,5,,\n"},
        std::nullopt);

    EXPECT_TRUE(hasError(result, 2, 21, {"team \"Data\"", "no teams file", "--teams"}));
}

TEST(CsvImportErrors, BadApproachReadinessMoneyAndWaves)
{
    const std::string header = "key,name,kind,duration_days,approach,readiness_technical,"
                               "readiness_skills,readiness_process,value,cost,earliest_wave,"
                               "deadline_wave,pinned_wave\n";
    const auto result = importText(header + "A,Alpha,additive,5,rent,0,6,x,\"1,200\",nan,0,-1,x\n"
                                            "B,Beta,additive,5,,,,,12abc,inf,,,\n");

    EXPECT_TRUE(hasError(result, 2, 20, {"approach must be build, buy or integrate", "\"rent\""}));
    EXPECT_TRUE(hasError(result, 2, 25, {"readiness_technical must be a whole number from 1",
                                         "to 5", "got \"0\""}));
    EXPECT_TRUE(hasError(result, 2, 27, {"readiness_skills", "got \"6\""}));
    EXPECT_TRUE(hasError(result, 2, 29, {"readiness_process", "got \"x\""}));
    EXPECT_TRUE(hasError(result, 2, 31, {"value must be a number", "thousands", "\"1,200\""}));
    EXPECT_TRUE(hasError(result, 2, 39, {"cost must be a number", "\"nan\""}));
    EXPECT_TRUE(hasError(result, 2, 43, {"earliest_wave must be a whole wave number from 1 to 999",
                                         "got \"0\""}));
    EXPECT_TRUE(hasError(result, 2, 45, {"deadline_wave", "got \"-1\""}));
    EXPECT_TRUE(hasError(result, 2, 48, {"pinned_wave", "got \"x\""}));
    EXPECT_TRUE(hasError(result, 3, 23, {"value must be a number", "\"12abc\""}));
    EXPECT_TRUE(hasError(result, 3, 29, {"cost must be a number", "\"inf\""}));
    EXPECT_EQ(result.errors().size(), 11u) << result.errorText();
}

TEST(CsvImportErrors, KindAndApproachAreCaseInsensitive)
{
    const auto result = importText("key,name,kind,duration_days,approach\n"
                                   "A,Alpha,FOUNDATIONAL,5,Integrate\n");

    ASSERT_TRUE(result.ok()) << result.errorText();
    EXPECT_EQ(result->capabilities[0].approach, Approach::Integrate);
}

TEST(CsvImportErrors, InvalidUtf8NamesTheLine)
{
    const auto result = importText(kHeader + "A,Caf\xE9,additive,5,,\n");

    EXPECT_TRUE(hasError(result, 2, 6, {"not valid UTF-8"}));
}

TEST(CsvImportErrors, AUtf16SpreadsheetIsNamedAsSuch)
{
    std::string wide = "\xFF\xFE";
    for (const char c : kHeader + "A,Alpha,additive,5,,\n") {
        wide += c;
        wide += '\0';
    }

    const auto result = importText(wide);

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors().size(), 1u) << result.errorText();
    EXPECT_NE(result.errorText().find("the file is encoded as UTF-16 (little-endian), not UTF-8"), std::string::npos)
        << result.errorText();
}

TEST(CsvImportErrors, ANulInACellIsShownInTheMessage)
{
    const auto result = importText(kHeader + std::string("A,Alpha,additive,1\0" "0,,\n", 22));

    EXPECT_TRUE(hasError(result, 2, 18, {"got \"1\\00\""})) << result.errorText();
}

TEST(CsvImportErrors, MalformedQuotesNameFileLineAndColumn)
{
    const auto result = importText(kHeader + "A,Say \"hi\",additive,5,,\n");

    EXPECT_TRUE(hasError(result, 2, 7, {"double quotes"}));
}

TEST(CsvImportErrors, LineNumbersStayRightAfterMultiLineCells)
{
    const auto result = importText("key,name,kind,duration_days,notes\n"
                                   "A,Alpha,additive,5,\"line one\nline two\r\nline three\"\n"
                                   "B,Beta,additive,zero,\n");

    EXPECT_TRUE(hasError(result, 5, 17, {"duration_days", "\"zero\""}));
}

TEST(CsvImportErrors, AllErrorsOfBothFilesAreReportedInFileAndLineOrder)
{
    const auto result = importText(kHeader + "A,Alpha,additive,-1,,\n"
                                             "B,Beta,nope,5,,\n",
                                   "team,capacity\nData,-1\nData,2\n");

    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors().size(), 4u) << result.errorText();
    EXPECT_EQ(result.errors()[0].file, "teams.csv");
    EXPECT_EQ(result.errors()[0].line, 2);
    EXPECT_EQ(result.errors()[1].line, 3);
    EXPECT_EQ(result.errors()[2].file, "capabilities.csv");
    EXPECT_EQ(result.errors()[2].line, 2);
    EXPECT_EQ(result.errors()[3].line, 3);
}

TEST(CsvImportErrors, ManyErrorsAreCutAtFiftyWithACount)
{
    std::string csv = kHeader;
    for (int i = 1; i <= 60; ++i)
        csv += "K" + std::to_string(i) + ",Name,additive,ten,,\n";

    const auto result = importText(csv);

    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors().size(), 51u);
    EXPECT_EQ(result.errors()[0].line, 2);
    EXPECT_EQ(result.errors()[49].line, 51);
    EXPECT_NE(result.errors()[50].message.find("and 10 more errors"), std::string::npos)
        << result.errors()[50].message;
}

TEST(CsvImportErrors, RowWithWrongShapeStillDefinesItsKeyForDependsOn)
{
    const auto result = importText(kHeader + "A,Alpha,additive,5,,,extra\n"
                                             "B,Beta,additive,5,A,\n");

    ASSERT_EQ(result.errors().size(), 1u) << result.errorText();
    EXPECT_TRUE(hasError(result, 2, 22, {"this row has 7 cells"}));
}
