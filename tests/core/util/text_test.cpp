// The plain-text helpers behind every cell grammar: strict numbers, lists, quoting, hints.
#include "core/util/text.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace waveplan;

TEST(Text, WholeNumbersAreStrict)
{
    EXPECT_EQ(text::parseWholeNumber("12"), 12);
    EXPECT_EQ(text::parseWholeNumber("-3"), -3);
    EXPECT_EQ(text::parseWholeNumber("007"), 7);
    EXPECT_FALSE(text::parseWholeNumber(""));
    EXPECT_FALSE(text::parseWholeNumber("12abc"));
    EXPECT_FALSE(text::parseWholeNumber("1.0"));
    EXPECT_FALSE(text::parseWholeNumber("+3"));
    EXPECT_FALSE(text::parseWholeNumber(" 4"));
    EXPECT_FALSE(text::parseWholeNumber("ten"));
    EXPECT_FALSE(text::parseWholeNumber("99999999999"));
}

TEST(Text, DecimalsAreStrictAndFinite)
{
    EXPECT_EQ(text::parseDecimal("1250.5"), 1250.5);
    EXPECT_EQ(text::parseDecimal("-3"), -3.0);
    EXPECT_EQ(text::parseDecimal("1e6"), 1e6);
    EXPECT_FALSE(text::parseDecimal("1,200"));
    EXPECT_FALSE(text::parseDecimal("12abc"));
    EXPECT_FALSE(text::parseDecimal("$5"));
    EXPECT_FALSE(text::parseDecimal("nan"));
    EXPECT_FALSE(text::parseDecimal("inf"));
    EXPECT_FALSE(text::parseDecimal("-infinity"));
    EXPECT_FALSE(text::parseDecimal("1e999"));
    EXPECT_FALSE(text::parseDecimal(""));
}

TEST(Text, FormattedDecimalsReadBackExactly)
{
    for (const double value : {0.1, 5000.1, 1.0 / 3.0, 1e-300, 123456789.125, -0.5,
                               std::numeric_limits<double>::max()}) {
        const std::string text = text::formatDecimal(value);
        ASSERT_EQ(text::parseDecimal(text), value) << text;
    }
    EXPECT_EQ(text::formatDecimal(5000.0), "5000");
}

TEST(Text, AmountsAreWrittenInPlainDigits)
{
    EXPECT_EQ(text::formatDecimal(900000.0), "900000");
    EXPECT_EQ(text::formatDecimal(420000.0), "420000");
    EXPECT_EQ(text::formatDecimal(1250.5), "1250.5");
    EXPECT_EQ(text::formatDecimal(-0.25), "-0.25");
    EXPECT_EQ(text::formatDecimal(0.0), "0");
    EXPECT_EQ(text::formatDecimal(1e20), "1e+20");
}

TEST(Text, ListsAreTrimmedAndSkipEmptyItems)
{
    const auto items = text::splitList(" A ; B+14;; ", ';');

    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0], "A");
    EXPECT_EQ(items[1], "B+14");
    EXPECT_TRUE(text::splitList("", ';').empty());
}

TEST(Text, QuotedTextStaysOnOneLineAndIsCutWhenLong)
{
    EXPECT_EQ(text::quoted("ten"), "\"ten\"");
    EXPECT_EQ(text::quoted("a\r\nb\nc"), "\"a b c\"");
    const std::string shown = text::quoted(std::string(100, 'x'));
    EXPECT_EQ(shown, "\"" + std::string(40, 'x') + "...\"");
}

TEST(Text, EditDistanceCountsEdits)
{
    EXPECT_EQ(text::editDistance("duraton_days", "duration_days"), 1u);
    EXPECT_EQ(text::editDistance("kind", "kind"), 0u);
    EXPECT_EQ(text::editDistance("", "abc"), 3u);
}
