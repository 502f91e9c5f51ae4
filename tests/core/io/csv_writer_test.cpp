#include "core/io/csv_reader.h"
#include "core/io/csv_writer.h"

#include <gtest/gtest.h>

using namespace waveplan;

TEST(CsvWriter, PlainTextIsWrittenAsIs)
{
    EXPECT_EQ(csvCell("Customer data platform"), "Customer data platform");
    EXPECT_EQ(csvCell(""), "");
    EXPECT_EQ(csvCell("数据平台 🚀"), "数据平台 🚀");
}

TEST(CsvWriter, QuotesCommasQuotesAndLineBreaks)
{
    EXPECT_EQ(csvCell("a, b"), "\"a, b\"");
    EXPECT_EQ(csvCell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvCell("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvCell("cr\rhere"), "\"cr\rhere\"");
}

TEST(CsvWriter, QuotesLeadingAndTrailingSpaces)
{
    EXPECT_EQ(csvCell(" lead"), "\" lead\"");
    EXPECT_EQ(csvCell("trail "), "\"trail \"");
    EXPECT_EQ(csvCell("tab\t"), "\"tab\t\"");
    EXPECT_EQ(csvCell("in side"), "in side");
}

TEST(CsvWriter, NeutralisesCellsASpreadsheetWouldRunAsFormulas)
{
    EXPECT_EQ(csvCell("=SUM(A1)"), "'=SUM(A1)");
    EXPECT_EQ(csvCell("+44 20"), "'+44 20");
    EXPECT_EQ(csvCell("-5 people"), "'-5 people");
    EXPECT_EQ(csvCell("@owner"), "'@owner");
    EXPECT_EQ(csvCell("\tcmd"), "'\tcmd");
    EXPECT_EQ(csvCell("\rcmd"), "\"'\rcmd\""); // quoted for its line break
    EXPECT_EQ(csvCell("'=already"), "''=already");
}

TEST(CsvWriter, KeepsNumbersAndOtherTextAsTheyAre)
{
    EXPECT_EQ(csvCell("-3.5"), "-3.5");
    EXPECT_EQ(csvCell("-1e-07"), "-1e-07");
    EXPECT_EQ(csvCell("a=b"), "a=b");
    EXPECT_EQ(csvCell("'quoted'"), "'quoted'");
    EXPECT_EQ(csvCell(" =spaced"), "\" =spaced\"");
}

TEST(CsvWriter, RowsEndWithNewlineAndASingleEmptyCellIsQuoted)
{
    CsvWriter writer;
    writer.addRow({"a", "b,c", ""});
    writer.addRow({""});

    EXPECT_EQ(writer.text(), "a,\"b,c\",\n\"\"\n");
}

TEST(CsvWriter, WhatIsWrittenReadsBackExactly)
{
    const std::vector<std::string> cells = {"plain", " spaced ", "a,b", "q\"uote", "line\nbreak",
                                            "crlf\r\nbreak", "", "Café 数据", "=1+2", "\ttab\t",
                                            "'=kept", "''@two", "-5", "'plain"};
    CsvWriter writer;
    writer.addRow(cells);
    writer.addRow({"second", "row"});

    const auto records = readCsv(writer.text(), "out.csv");

    ASSERT_TRUE(records.ok()) << records.errorText();
    ASSERT_EQ(records->size(), 2u);
    std::vector<std::string> back;
    for (const CsvField &f : (*records)[0].fields)
        back.push_back(f.text);
    EXPECT_EQ(back, cells);
    EXPECT_EQ((*records)[1].line, 4); // the cells above hold two line breaks
}
