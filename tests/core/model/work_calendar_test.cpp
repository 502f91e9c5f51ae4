// Working calendars: dates of working days and back against hand-worked wall-calendar dates
// (weekends, holidays, a holiday on a weekend, a year end, a leap day), against a day-by-day
// count on random calendars, and the --workdays text both ways.

#include "core/model/work_calendar.h"

#include <gtest/gtest.h>

#include <random>

using namespace waveplan;

namespace {

Date d(const char *iso)
{
    return *parseIsoDate(iso);
}

} // namespace

TEST(WorkCalendar, MondayToFridaySkipsTheWeekend)
{
    const WorkdayIndex days(mondayToFriday(), d("2027-01-04")); // a Monday
    EXPECT_EQ(days.dateOf(0), d("2027-01-04"));
    EXPECT_EQ(days.dateOf(4), d("2027-01-08")); // Friday
    EXPECT_EQ(days.dateOf(5), d("2027-01-11")); // the next Monday
    EXPECT_EQ(days.dateOf(59), d("2027-03-26")); // 60 working days: twelve weeks, Friday 26 March
    EXPECT_EQ(days.workdayOn(d("2027-01-09")), 5) << "a Saturday: the Monday after is working day 5";
    EXPECT_EQ(days.workdayOn(d("2027-01-11")), 5);
    EXPECT_EQ(days.workdayOn(d("2026-12-25")), 0) << "before the start";

    const WorkdayIndex fromSaturday(mondayToFriday(), d("2027-01-02"));
    EXPECT_EQ(fromSaturday.dateOf(0), d("2027-01-04")) << "working day 0 is the first on or after the start";
    EXPECT_EQ(fromSaturday.workdayOn(d("2027-01-02")), 0);
}

TEST(WorkCalendar, HolidaysAtTheYearEndIncludingOneOnAWeekend)
{
    // England and Wales, Christmas 2027: the 25th is a Saturday, so the bank holidays fall on
    // Monday 27 and Tuesday 28 December; the 24th is taken off too. 1 January 2028 is a Saturday
    // and its bank holiday is Monday 3 January.
    WorkCalendar calendar = mondayToFriday();
    calendar.holidays = {{d("2027-12-24"), "Christmas Eve"},    {d("2027-12-25"), "Christmas Day"},
                         {d("2027-12-27"), "Christmas (substitute)"}, {d("2027-12-28"), "Boxing Day (substitute)"},
                         {d("2028-01-01"), "New Year's Day"},     {d("2028-01-03"), "New Year (substitute)"}};
    const WorkdayIndex days(calendar, d("2027-12-20"));
    EXPECT_EQ(days.dateOf(3), d("2027-12-23"));
    EXPECT_EQ(days.dateOf(4), d("2027-12-29")) << "24, 25, 26, 27, 28 December are not worked";
    EXPECT_EQ(days.dateOf(6), d("2027-12-31"));
    EXPECT_EQ(days.dateOf(7), d("2028-01-04")) << "across the year end and its substitute holiday";
    EXPECT_EQ(days.workdayOn(d("2027-12-25")), 4);
    EXPECT_EQ(days.workdayOn(d("2028-01-03")), 7);
    EXPECT_FALSE(calendar.isWorkday(d("2027-12-27")));
    EXPECT_TRUE(calendar.isWorkday(d("2027-12-29")));
}

TEST(WorkCalendar, LeapDayIsAnOrdinaryDayUnlessItIsAHoliday)
{
    const WorkdayIndex days(mondayToFriday(), d("2028-02-28")); // Monday; 29 February is a Tuesday
    EXPECT_EQ(days.dateOf(1), d("2028-02-29"));
    EXPECT_EQ(days.dateOf(2), d("2028-03-01"));
    WorkCalendar off = mondayToFriday();
    off.holidays = {{d("2028-02-29"), "Leap day off"}};
    const WorkdayIndex withHoliday(off, d("2028-02-28"));
    EXPECT_EQ(withHoliday.dateOf(1), d("2028-03-01"));
    EXPECT_EQ(withHoliday.workdayOn(d("2028-02-29")), 1);
}

TEST(WorkCalendar, EveryDayCalendarKeepsTodaysDates)
{
    const WorkCalendar every;
    EXPECT_TRUE(every.everyDay());
    const WorkdayIndex days(every, d("2027-01-04"));
    for (int n = 0; n < 2000; n += 7) {
        EXPECT_EQ(days.dateOf(n), addDays(d("2027-01-04"), n));
        EXPECT_EQ(days.workdayOn(addDays(d("2027-01-04"), n)), n);
    }
}

TEST(WorkCalendar, AgreesWithADayByDayCountOnRandomCalendars)
{
    std::mt19937 random(15);
    for (int round = 0; round < 60; ++round) {
        SCOPED_TRACE(round);
        WorkCalendar calendar;
        do {
            for (bool &w : calendar.worked)
                w = random() % 3 != 0;
        } while (std::count(calendar.worked.begin(), calendar.worked.end(), true) == 0);
        const Date start = addDays(d("2026-01-01"), static_cast<int>(random() % 1000));
        for (int h = 0; h < 40; ++h) // some before the start, some twice, some on days off
            calendar.holidays.push_back({addDays(start, static_cast<int>(random() % 900) - 60), "Holiday"});
        const WorkdayIndex days(calendar, start);
        int n = 0;
        for (int offset = 0; offset < 800; ++offset) {
            const Date day = addDays(start, offset);
            EXPECT_EQ(days.workdayOn(day), n) << formatIsoDate(day);
            if (calendar.isWorkday(day)) {
                EXPECT_EQ(days.dateOf(n), day) << "working day " << n;
                ++n;
            }
        }
    }
}

TEST(WorkCalendar, WorkdaysTextReadsNamesRangesAndListsAndWritesTheShortestForm)
{
    const auto read = [](const char *text) { return parseWorkedWeekdays(text); };
    EXPECT_EQ(*read("mon-fri"), (WorkedWeekdays{true, true, true, true, true, false, false}));
    EXPECT_EQ(*read(" Mon - FRI "), *read("mon-fri"));
    EXPECT_EQ(*read("monday,Tuesday, wed-fri"), *read("mon-fri"));
    EXPECT_EQ(*read("sun-thu"), (WorkedWeekdays{true, true, true, true, false, false, true}));
    EXPECT_EQ(*read("sat-mon"), (WorkedWeekdays{true, false, false, false, false, true, true})) << "past Sunday";
    EXPECT_EQ(*read("ALL"), (WorkedWeekdays{true, true, true, true, true, true, true}));
    for (const char *bad : {"", "  ", "funday", "mon-", "mon-xyz", "mon,,tue", "mon;tue"}) {
        const Result<WorkedWeekdays> r = read(bad);
        ASSERT_FALSE(r.ok()) << '"' << bad << '"';
        EXPECT_NE(r.errorText().find("expected weekday names"), std::string::npos) << r.errorText();
    }
    EXPECT_NE(read("funday").errorText().find("\"funday\" is not a weekday"), std::string::npos);

    EXPECT_EQ(formatWorkedWeekdays(*read("mon-fri")), "mon-fri");
    EXPECT_EQ(formatWorkedWeekdays(*read("sat-mon")), "sat-mon");
    EXPECT_EQ(formatWorkedWeekdays(*read("mon,wed-fri")), "mon,wed-fri");
    EXPECT_EQ(formatWorkedWeekdays(*read("all")), "all");
    // Every non-empty set of days reads back as itself.
    for (int bits = 1; bits < 128; ++bits) {
        WorkedWeekdays worked{};
        for (int day = 0; day < 7; ++day)
            worked[static_cast<std::size_t>(day)] = (bits >> day) & 1;
        const std::string text = formatWorkedWeekdays(worked);
        const Result<WorkedWeekdays> back = parseWorkedWeekdays(text);
        ASSERT_TRUE(back.ok()) << text;
        EXPECT_EQ(*back, worked) << text;
    }
}
