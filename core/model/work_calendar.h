#pragma once
/// @file work_calendar.h
/// A plan's working calendar: which weekdays are worked and which dates are holidays, and the
/// arithmetic between working days and dates (issue 15). Durations and lags count working days;
/// a plan without a calendar works every day, so a working day is a calendar day and its dates
/// are what they always were.
///
/// WorkdayIndex numbers the working days from a plan's start: working day 0 is the first working
/// day on or after the start date, 1 the next, and so on. Going from a number to a date and back
/// costs a few steps per holiday, not a walk over every day.

#include "core/model/date.h"
#include "core/util/result.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// Monday first, as ISO 8601 numbers weekdays (1 = Monday).
using WorkedWeekdays = std::array<bool, 7>;

struct Holiday {
    Date date;
    std::string name;
    bool operator==(const Holiday &) const = default;
};

struct WorkCalendar {
    WorkedWeekdays worked{true, true, true, true, true, true, true};
    /// Days off besides the unworked weekdays, in any order; a holiday on an unworked weekday
    /// changes nothing.
    std::vector<Holiday> holidays;

    /// Every day is a working day (the calendar of plans that say nothing).
    [[nodiscard]] bool everyDay() const;
    [[nodiscard]] bool isWorkday(Date date) const;
    bool operator==(const WorkCalendar &) const = default;
};

/// Monday to Friday, no holidays: the calendar of a new plan in the app.
[[nodiscard]] WorkCalendar mondayToFriday();

/// The weekdays `text` names: "all", or a comma-separated list of day names and ranges ("mon-fri",
/// "mon,tue,thu", "sun-thu", a range may wrap past Sunday: "sat-mon"), names in any letter case,
/// three letters or in full ("monday"). At least one day must be worked. Errors name the part
/// that is wrong and what is expected.
[[nodiscard]] Result<WorkedWeekdays> parseWorkedWeekdays(std::string_view text);
/// The shortest text parseWorkedWeekdays reads back: "all", "mon-fri", "mon,wed-fri", "sat-mon".
[[nodiscard]] std::string formatWorkedWeekdays(const WorkedWeekdays &worked);

/// Working days counted from a start date under a calendar.
class WorkdayIndex {
public:
    /// `calendar` must have a worked weekday (parseWorkedWeekdays ensures it); otherwise every
    /// day is taken as worked.
    WorkdayIndex(const WorkCalendar &calendar, Date start);

    /// The date of working day `n` (n >= 0; working day 0 is the first on or after the start).
    [[nodiscard]] Date dateOf(int n) const;
    /// The number of the first working day on or after `date` (0 for any date up to the first).
    [[nodiscard]] int workdayOn(Date date) const;

private:
    /// Working days in the calendar days [start, start + days), holidays ignored.
    [[nodiscard]] long long weekdaysIn(long long days) const;
    /// Holidays on worked weekdays within calendar days [start, start + days).
    [[nodiscard]] long long holidaysIn(long long days) const;

    WorkedWeekdays m_worked;
    int m_perWeek = 7;
    std::chrono::sys_days m_start;
    int m_startWeekday = 0;         ///< 0 = Monday
    std::vector<long long> m_holidays; ///< day offsets from the start of holidays on worked weekdays, sorted, unique, >= 0
};

} // namespace waveplan
