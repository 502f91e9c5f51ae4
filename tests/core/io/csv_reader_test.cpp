#include "core/io/csv_reader.h"

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

std::vector<CsvRecord> readOk(std::string_view text)
{
    auto result = readCsv(text, "f.csv");
    EXPECT_TRUE(result.ok()) << result.errorText();
    return result.ok() ? result.value() : std::vector<CsvRecord>{};
}

std::vector<std::string> texts(const CsvRecord &record)
{
    std::vector<std::string> list;
    for (const CsvField &f : record.fields)
        list.push_back(f.text);
    return list;
}

} // namespace

TEST(CsvReader, SplitsRecordsAndFields)
{
    const auto records = readOk("a,b,c\n1,2,3\n");

    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(texts(records[0]), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(texts(records[1]), (std::vector<std::string>{"1", "2", "3"}));
}

TEST(CsvReader, GivesLineAndColumnOfEachField)
{
    const auto records = readOk("key,name\nCDP,Platform\n");

    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields[0].line, 2);
    EXPECT_EQ(records[1].fields[0].column, 1);
    EXPECT_EQ(records[1].fields[1].line, 2);
    EXPECT_EQ(records[1].fields[1].column, 5);
}

TEST(CsvReader, QuotedFieldsKeepCommasQuotesAndNewlines)
{
    const auto records = readOk("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");

    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(texts(records[0]), (std::vector<std::string>{"a, b", "say \"hi\"", "two\nlines"}));
}

TEST(CsvReader, LinesAfterAMultiLineCellAreStillRight)
{
    const auto records = readOk("k,notes\nA,\"one\ntwo\nthree\"\nB,x\n");

    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].line, 5);
    EXPECT_EQ(records[2].fields[1].line, 5);
    EXPECT_EQ(records[2].fields[1].column, 3);
}

TEST(CsvReader, CrLfLineEndsCountAsOneLine)
{
    const auto records = readOk("a,b\r\n1,2\r\n\r\n3,\"x\r\ny\"\r\n4,5\r\n");

    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].fields[1].text, "x\r\ny");
    EXPECT_EQ(records[3].line, 6);
    EXPECT_EQ(texts(records[3]), (std::vector<std::string>{"4", "5"}));
}

TEST(CsvReader, ByteOrderMarkIsSkippedAndNotCounted)
{
    const auto records = readOk("\xEF\xBB\xBFkey,name\n");

    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields[0].text, "key");
    EXPECT_EQ(records[0].fields[0].column, 1);
    EXPECT_EQ(records[0].fields[1].column, 5);
}

TEST(CsvReader, EmptyLinesGiveNoRecordAndCommaOnlyLinesAreBlank)
{
    const auto records = readOk("a,b\n\n   \n,\n1,2");

    ASSERT_EQ(records.size(), 3u);
    EXPECT_TRUE(records[1].isBlank());
    EXPECT_EQ(records[1].line, 4);
    EXPECT_FALSE(records[2].isBlank());
    EXPECT_EQ(records[2].line, 5);
}

TEST(CsvReader, ColumnsCountCharactersNotBytes)
{
    const auto records = readOk("é数,x\n");

    ASSERT_EQ(records[0].fields.size(), 2u);
    EXPECT_EQ(records[0].fields[1].column, 4);
}

TEST(CsvReader, SpacesAroundUnquotedCellsAreDroppedQuotedOnesKept)
{
    const auto records = readOk("  a  , \" b \" ,c\n");

    EXPECT_EQ(texts(records[0]), (std::vector<std::string>{"a", " b ", "c"}));
    EXPECT_EQ(records[0].fields[0].column, 3);
    EXPECT_EQ(records[0].fields[1].column, 8);
}

TEST(CsvReader, EmptyFieldsHaveThePositionWhereTheyWouldBe)
{
    const auto records = readOk("a,,c,\n");

    ASSERT_EQ(records[0].fields.size(), 4u);
    EXPECT_EQ(records[0].fields[1].text, "");
    EXPECT_EQ(records[0].fields[1].column, 3);
    EXPECT_EQ(records[0].fields[3].column, 6);
}

TEST(CsvReader, LastLineWithoutLineEndIsRead)
{
    const auto records = readOk("a,b\n1,2");

    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(texts(records[1]), (std::vector<std::string>{"1", "2"}));
}

TEST(CsvReader, QuoteInsideUnquotedCellIsAnErrorWithPosition)
{
    const auto result = readCsv("a,b\nx,say \"hi\"\n", "f.csv");

    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors().size(), 1u);
    const Error &e = result.errors()[0];
    EXPECT_EQ(e.file, "f.csv");
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 7);
    EXPECT_NE(e.message.find("double quotes"), std::string::npos) << e.message;
}

TEST(CsvReader, TextAfterClosingQuoteIsAnError)
{
    const auto result = readCsv("\"abc\"x,d\n", "f.csv");

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors()[0].line, 1);
    EXPECT_EQ(result.errors()[0].column, 6);
    EXPECT_NE(result.errors()[0].message.find("after the closing quote"), std::string::npos);
}

TEST(CsvReader, UnclosedQuoteNamesWhereTheCellStarts)
{
    const auto result = readCsv("a,b\n1,2\nx,\"never closed\n3,4\n", "f.csv");

    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors()[0].line, 3);
    EXPECT_EQ(result.errors()[0].column, 3);
    EXPECT_NE(result.errors()[0].message.find("never closed"), std::string::npos);
}

TEST(CsvReader, InvalidUtf8NamesEachLineThatHoldsIt)
{
    const auto result = readCsv("a,b\nCaf\xE9,1\nok,2\n\xFF\xFE,3\n", "f.csv");

    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors().size(), 2u);
    EXPECT_EQ(result.errors()[0].line, 2);
    EXPECT_EQ(result.errors()[0].column, 4);
    EXPECT_NE(result.errors()[0].message.find("UTF-8"), std::string::npos);
    EXPECT_NE(result.errors()[0].message.find("0xE9"), std::string::npos);
    EXPECT_EQ(result.errors()[1].line, 4);
}

TEST(CsvReader, OverlongAndSurrogateSequencesAreInvalid)
{
    EXPECT_FALSE(readCsv("\xC0\xAF", "f.csv").ok());         // overlong '/'
    EXPECT_FALSE(readCsv("\xED\xA0\x80", "f.csv").ok());     // surrogate
    EXPECT_FALSE(readCsv("\xF4\x90\x80\x80", "f.csv").ok()); // beyond U+10FFFF
    EXPECT_FALSE(readCsv("\xE2\x82", "f.csv").ok());         // cut short
    EXPECT_TRUE(readCsv("\xF0\x9F\x9A\x80", "f.csv").ok());  // rocket emoji
}

TEST(CsvReader, EmptyTextHasNoRecords)
{
    EXPECT_TRUE(readOk("").empty());
    EXPECT_TRUE(readOk("\xEF\xBB\xBF").empty());
}

TEST(CsvReader, TakesOffTheApostropheThatNeutralisesAFormula)
{
    const auto records = readCsv("'=SUM(A1),\"'-5 people\",''@two,'plain,-5\n", "f.csv");

    ASSERT_TRUE(records.ok()) << records.errorText();
    std::vector<std::string> cells;
    for (const CsvField &f : records->front().fields)
        cells.push_back(f.text);
    EXPECT_EQ(cells, (std::vector<std::string>{"=SUM(A1)", "-5 people", "'@two", "'plain", "-5"}));
}
