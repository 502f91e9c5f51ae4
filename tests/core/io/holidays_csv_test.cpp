// The holidays spreadsheet (--holidays holidays.csv): read in any column order, every mistake
// named with its line and column, nothing returned when anything is wrong; written back in
// date order and read again to the same holidays.

#include "core/io/holidays_csv.h"

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

std::string errorsOf(std::string_view text)
{
    CsvErrorList errors;
    EXPECT_FALSE(readHolidaysCsv(text, "holidays.csv", errors).has_value()) << text;
    return formatErrors(errors.sorted());
}

} // namespace

TEST(HolidaysCsv, ReadsDatesAndNamesInAnyColumnOrder)
{
    CsvErrorList errors;
    const auto holidays = readHolidaysCsv("\xEF\xBB\xBFName,DATE\nChristmas Day,2027-12-25\n\n\"Boxing Day, substitute\",2027-12-28\n",
                                          "holidays.csv", errors);
    ASSERT_TRUE(holidays.has_value()) << formatErrors(errors.sorted());
    ASSERT_EQ(holidays->size(), 2u);
    EXPECT_EQ((*holidays)[0], (Holiday{*parseIsoDate("2027-12-25"), "Christmas Day"}));
    EXPECT_EQ((*holidays)[1], (Holiday{*parseIsoDate("2027-12-28"), "Boxing Day, substitute"}));
}

TEST(HolidaysCsv, EveryMistakeIsNamedWithItsLineAndColumnAndNothingIsRead)
{
    EXPECT_NE(errorsOf("").find("the file is empty"), std::string::npos);
    EXPECT_NE(errorsOf("day,name\n2027-12-25,Christmas\n").find("date"), std::string::npos) << "a missing column";
    const std::string bad = errorsOf("date,name\n"
                                     "2027-12-25,Christmas Day\n"
                                     "2027-02-30,Not a day\n"
                                     "25/12/2027,Wrong form\n"
                                     "2027-12-25,Twice\n"
                                     "2028-01-03,\n"
                                     ",Nameless date\n");
    EXPECT_NE(bad.find("holidays.csv:3:1: \"2027-02-30\" is not a date; expected a real day as YYYY-MM-DD"), std::string::npos) << bad;
    EXPECT_NE(bad.find("holidays.csv:4:1: \"25/12/2027\" is not a date"), std::string::npos) << bad;
    EXPECT_NE(bad.find("holidays.csv:5:1: 2027-12-25 is already a holiday on line 2"), std::string::npos) << bad;
    EXPECT_NE(bad.find("holidays.csv:6:12: name is empty"), std::string::npos) << bad;
    EXPECT_NE(bad.find("holidays.csv:7:1: date is empty"), std::string::npos) << bad;
    EXPECT_NE(errorsOf("date,name,extra\n2027-12-25,Christmas,x\n").find("extra"), std::string::npos) << "an unknown column";
}

TEST(HolidaysCsv, WrittenInDateOrderAndReadBackTheSame)
{
    const std::vector<Holiday> holidays{{*parseIsoDate("2028-01-03"), "New Year (substitute)"},
                                        {*parseIsoDate("2027-12-24"), "Christmas Eve, \"office closed\""},
                                        {*parseIsoDate("2027-12-27"), "=Christmas (substitute)"}};
    const std::string text = writeHolidaysCsv(holidays);
    EXPECT_EQ(text.substr(0, 10), "date,name\n");
    EXPECT_LT(text.find("2027-12-24"), text.find("2027-12-27"));
    EXPECT_LT(text.find("2027-12-27"), text.find("2028-01-03"));
    CsvErrorList errors;
    const auto back = readHolidaysCsv(text, "holidays.csv", errors);
    ASSERT_TRUE(back.has_value()) << formatErrors(errors.sorted());
    ASSERT_EQ(back->size(), 3u);
    EXPECT_EQ((*back)[0], holidays[1]);
    EXPECT_EQ((*back)[1], holidays[2]) << "a formula-like name comes back as written";
    EXPECT_EQ((*back)[2], holidays[0]);
}
