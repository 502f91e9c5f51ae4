#include "core/io/csv_cells.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace waveplan;

TEST(CsvCells, WholeNumbersAreStrict)
{
    EXPECT_EQ(csv::parseWholeNumber("12"), 12);
    EXPECT_EQ(csv::parseWholeNumber("-3"), -3);
    EXPECT_EQ(csv::parseWholeNumber("007"), 7);
    EXPECT_FALSE(csv::parseWholeNumber(""));
    EXPECT_FALSE(csv::parseWholeNumber("12abc"));
    EXPECT_FALSE(csv::parseWholeNumber("1.0"));
    EXPECT_FALSE(csv::parseWholeNumber("+3"));
    EXPECT_FALSE(csv::parseWholeNumber(" 4"));
    EXPECT_FALSE(csv::parseWholeNumber("ten"));
    EXPECT_FALSE(csv::parseWholeNumber("99999999999"));
}

TEST(CsvCells, DecimalsAreStrictAndFinite)
{
    EXPECT_EQ(csv::parseDecimal("1250.5"), 1250.5);
    EXPECT_EQ(csv::parseDecimal("-3"), -3.0);
    EXPECT_EQ(csv::parseDecimal("1e6"), 1e6);
    EXPECT_FALSE(csv::parseDecimal("1,200"));
    EXPECT_FALSE(csv::parseDecimal("12abc"));
    EXPECT_FALSE(csv::parseDecimal("$5"));
    EXPECT_FALSE(csv::parseDecimal("nan"));
    EXPECT_FALSE(csv::parseDecimal("inf"));
    EXPECT_FALSE(csv::parseDecimal("-infinity"));
    EXPECT_FALSE(csv::parseDecimal("1e999"));
    EXPECT_FALSE(csv::parseDecimal(""));
}

TEST(CsvCells, FormattedDecimalsReadBackExactly)
{
    for (const double value : {0.1, 5000.1, 1.0 / 3.0, 1e-300, 123456789.125, -0.5,
                               std::numeric_limits<double>::max()}) {
        const std::string text = csv::formatDecimal(value);
        ASSERT_EQ(csv::parseDecimal(text), value) << text;
    }
    EXPECT_EQ(csv::formatDecimal(5000.0), "5000");
}

TEST(CsvCells, ListsAreTrimmedAndSkipEmptyItems)
{
    const auto items = csv::splitList(" A ; B+14;; ", ';');

    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0], "A");
    EXPECT_EQ(items[1], "B+14");
    EXPECT_TRUE(csv::splitList("", ';').empty());
}

TEST(CsvCells, QuotedTextStaysOnOneLineAndIsCutWhenLong)
{
    EXPECT_EQ(csv::quoted("ten"), "\"ten\"");
    EXPECT_EQ(csv::quoted("a\r\nb\nc"), "\"a b c\"");
    const std::string shown = csv::quoted(std::string(100, 'x'));
    EXPECT_EQ(shown, "\"" + std::string(40, 'x') + "...\"");
}

TEST(CsvCells, EditDistanceCountsEdits)
{
    EXPECT_EQ(csv::editDistance("duraton_days", "duration_days"), 1u);
    EXPECT_EQ(csv::editDistance("kind", "kind"), 0u);
    EXPECT_EQ(csv::editDistance("", "abc"), 3u);
}
