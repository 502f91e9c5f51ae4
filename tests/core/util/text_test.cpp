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

TEST(Text, QuotedTextShowsInvisibleCharacters)
{
    EXPECT_EQ(text::quoted(std::string("1\0" "0", 3)), "\"1\\00\"");
    EXPECT_EQ(text::quoted("a\tb"), "\"a\\tb\"");
    EXPECT_EQ(text::quoted("\x1B[31m"), "\"\\x1B[31m\"");
    EXPECT_EQ(text::quoted("\xEF\xBB\xBFkey"), "\"<BOM>key\"");
    EXPECT_EQ(text::quoted("données"), "\"données\"") << "other UTF-8 as it is";
}

TEST(Text, WideEncodingsAreRecognisedWithOrWithoutAMark)
{
    using namespace std::string_literals;
    EXPECT_EQ(text::wideEncodingOf("\xFF\xFEk\0e\0"s), "UTF-16 (little-endian)");
    EXPECT_EQ(text::wideEncodingOf("\xFE\xFF\0k\0e"s), "UTF-16 (big-endian)");
    EXPECT_EQ(text::wideEncodingOf("\xFF\xFE\0\0k\0\0\0"s), "UTF-32 (little-endian)");
    EXPECT_EQ(text::wideEncodingOf("\0\0\xFE\xFF\0\0\0k"s), "UTF-32 (big-endian)");
    EXPECT_EQ(text::wideEncodingOf("k\0e\0y\0"s), "UTF-16 (little-endian)");
    EXPECT_EQ(text::wideEncodingOf("\0k\0e\0y"s), "UTF-16 (big-endian)");
    EXPECT_EQ(text::wideEncodingOf("key,name"), std::nullopt);
    EXPECT_EQ(text::wideEncodingOf("\xEF\xBB\xBFkey"), std::nullopt) << "UTF-8 with its mark is UTF-8";
    EXPECT_EQ(text::wideEncodingOf(""), std::nullopt);
}

TEST(Text, EditDistanceCountsEdits)
{
    EXPECT_EQ(text::editDistance("duraton_days", "duration_days"), 1u);
    EXPECT_EQ(text::editDistance("kind", "kind"), 0u);
    EXPECT_EQ(text::editDistance("", "abc"), 3u);
}
