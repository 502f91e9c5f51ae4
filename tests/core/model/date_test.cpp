#include "core/model/date.h"

#include <gtest/gtest.h>

using namespace waveplan;

TEST(Date, ParsesAndFormatsIso)
{
    const auto date = parseIsoDate("2027-01-04");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(formatIsoDate(*date), "2027-01-04");
}

TEST(Date, RejectsMalformedAndImpossibleDates)
{
    for (const char *bad : {"", "2027-1-4", "2027/01/04", "04-01-2027", "2027-02-30", "2027-13-01",
                            "2027-01-04T00:00", "abcd-ef-gh"})
        EXPECT_FALSE(parseIsoDate(bad).has_value()) << bad;
}

TEST(Date, AddsDaysAcrossMonthsAndLeapYears)
{
    EXPECT_EQ(formatIsoDate(addDays(*parseIsoDate("2027-01-04"), 90)), "2027-04-04");
    EXPECT_EQ(formatIsoDate(addDays(*parseIsoDate("2028-02-28"), 1)), "2028-02-29");
    EXPECT_EQ(formatIsoDate(addDays(*parseIsoDate("2027-12-31"), 1)), "2028-01-01");
}
