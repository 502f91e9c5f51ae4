#pragma once
/// @file mspdi_calendar.h
/// A plan's working calendar as an MS Project XML <Calendar> and back (issue 15), so that a plan
/// worked Monday to Friday with holidays opens in MS Project on the same dates, and a project
/// calendar saved by MS Project becomes the plan's.
///
/// Written: a base calendar whose worked weekdays have the 8-hour day of mspdi_fields.h and
/// whose holidays are one-day, non-working <Exception>s (the form of MS Project 2007 and later).
/// Read: the weekdays' DayWorking; non-working exceptions of both forms (Project 2003's WeekDay
/// of DayType 0, and <Exceptions>), one-off or recurring daily, yearly on a date ("1 January")
/// or yearly by position ("fourth Thursday of November"). What a plan's calendar cannot hold
/// (working exceptions, other recurrences, a week with no working day) is left out with a note.

#include "core/model/work_calendar.h"

#include <functional>
#include <string>
#include <vector>

namespace pugi {
class xml_node;
}

namespace waveplan::mspdi {

/// Reports a value of the file that cannot be read: the element and what is wrong with it.
using CalendarFault = std::function<void(const pugi::xml_node &, const std::string &)>;

struct CalendarRead {
    WorkCalendar calendar;
    std::vector<std::string> notes; ///< what was left out, one sentence each
};

/// The calendar of `calendar` (a <Calendar> element). Holidays before `keepFrom` are dropped
/// (a recurring exception from 1984 says nothing about a plan of 2027); at most `maxHolidays`
/// are kept, past that `fault` is told.
[[nodiscard]] CalendarRead readCalendar(const pugi::xml_node &calendar, Date keepFrom, std::size_t maxHolidays,
                                        const CalendarFault &fault);

/// Appends to `calendars` the <Calendar> of `calendar`, with UID `uid`.
void writeCalendar(pugi::xml_node &calendars, const WorkCalendar &calendar, int uid);

/// Working days in a week of `calendar` (1 to 7).
[[nodiscard]] int workedDaysPerWeek(const WorkCalendar &calendar);

} // namespace waveplan::mspdi
