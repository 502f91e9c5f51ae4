#include "core/io/mspdi_calendar.h"

#include "core/io/mspdi_xml.h"
#include "core/util/text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace waveplan::mspdi {

namespace {

using std::chrono::sys_days;

/// DayType of MSPDI: 1 = Sunday ... 7 = Saturday; WorkedWeekdays is Monday first.
std::size_t weekdayIndex(int dayType) { return static_cast<std::size_t>((dayType + 5) % 7); }

/// The date of "2027-12-25T00:00:00".
std::optional<Date> dateOf(const pugi::xml_node &node)
{
    const std::string text(text::trim(node.text().as_string()));
    if (text.size() > 10 && text[10] != 'T')
        return std::nullopt;
    return parseIsoDate(std::string_view(text).substr(0, 10));
}

std::optional<int> wholeOf(const pugi::xml_node &parent, const char *name)
{
    if (!parent.child(name))
        return std::nullopt;
    return text::parseWholeNumber(childText(parent, name));
}

/// The `position`th (0 = first ... 3 = fourth, 4 = last) `weekday` (0 = Sunday) of a month.
std::optional<Date> nthWeekday(std::chrono::year year, std::chrono::month month, int position, int weekday)
{
    const std::chrono::weekday day{static_cast<unsigned>(weekday)};
    if (position == 4)
        return Date{sys_days{std::chrono::year_month_weekday_last{year, month, std::chrono::weekday_last{day}}}};
    const std::chrono::year_month_weekday nth{year, month, day[static_cast<unsigned>(position + 1)]};
    if (!nth.ok())
        return std::nullopt;
    return Date{sys_days{nth}};
}

class CalendarReader {
public:
    CalendarReader(Date keepFrom, std::size_t maxHolidays, const CalendarFault &fault)
        : m_keepFrom(keepFrom), m_maxHolidays(maxHolidays), m_fault(fault)
    {
    }

    CalendarRead read(const pugi::xml_node &calendar)
    {
        CalendarRead result;
        WorkedWeekdays worked{true, true, true, true, true, false, false}; // MS Project's Standard week
        for (const pugi::xml_node &day : calendar.child("WeekDays").children("WeekDay")) {
            const std::optional<int> type = wholeOf(day, "DayType");
            if (!type || *type < 0 || *type > 7) {
                m_fault(day.child("DayType"), "\"" + childText(day, "DayType") + "\" is not a day type from 0 to 7");
                continue;
            }
            const bool working = childText(day, "DayWorking") == "1";
            if (*type == 0) // Project 2003's exception: a period of days
                exception(day, "", working, std::nullopt);
            else
                worked[weekdayIndex(*type)] = working;
        }
        for (const pugi::xml_node &node : calendar.child("Exceptions").children("Exception"))
            exception(node, node.child("Name").text().as_string(), childText(node, "DayWorking") == "1",
                      wholeOf(node, "Type"));

        const std::string name = text::quoted(childText(calendar, "Name"));
        if (std::none_of(worked.begin(), worked.end(), [](bool day) { return day; })) {
            result.notes.push_back("The project calendar " + name +
                                   " works no weekday, which a plan cannot do; every weekday was kept as worked.");
            worked.fill(true);
        }
        result.calendar.worked = worked;
        for (const auto &[date, holidayName] : m_days)
            result.calendar.holidays.push_back(Holiday{date, holidayName});
        if (!m_workingExceptions.empty())
            result.notes.push_back("Exceptions of the project calendar " + name + " that make days worked were left out "
                                   "(a plan's calendar has worked weekdays and days off only): " +
                                   joined(m_workingExceptions) + ".");
        if (!m_otherRecurrences.empty())
            result.notes.push_back("Exceptions of the project calendar " + name +
                                   " that recur weekly or monthly were left out; give those days as holidays: " +
                                   joined(m_otherRecurrences) + ".");
        return result;
    }

private:
    static std::string joined(const std::vector<std::string> &items)
    {
        std::string text;
        for (const std::string &item : items)
            text += (text.empty() ? "" : ", ") + text::quoted(item);
        return text;
    }

    /// The days off of one exception: every day of its period, or the days its recurrence
    /// names within it.
    void exception(const pugi::xml_node &node, std::string name, bool working, std::optional<int> type)
    {
        if (text::trim(name).empty()) // names are kept as written, spaces and all
            name = "Day off";
        if (working) {
            m_workingExceptions.push_back(name);
            return;
        }
        const pugi::xml_node period = node.child("TimePeriod");
        const std::optional<Date> from = dateOf(period.child("FromDate"));
        const std::optional<Date> to = dateOf(period.child("ToDate"));
        if (!from || !to) {
            m_fault(period ? period : node, "the exception " + text::quoted(name) +
                                                " needs a <TimePeriod> with a <FromDate> and a <ToDate> such as "
                                                "2027-12-25T00:00:00");
            return;
        }
        const std::optional<int> every = wholeOf(node, "Period");
        const std::optional<int> month = wholeOf(node, "Month"); // 0 = January
        const int kind = type.value_or(9);
        if (kind == 9 || kind == 1) { // no recurrence, or daily: every `every` days
            const int step = std::max(1, every.value_or(1));
            for (sys_days day{*from}; day <= sys_days{*to} && !m_full; day += std::chrono::days{step})
                add(Date{day}, name, node);
        } else if ((kind == 2 || kind == 3) && month && *month >= 0 && *month <= 11) {
            const std::chrono::month inMonth{static_cast<unsigned>(*month + 1)};
            const std::optional<int> monthDay = wholeOf(node, "MonthDay");
            const std::optional<int> position = wholeOf(node, "MonthPosition"); // 0 = first ... 4 = last
            const std::optional<int> item = wholeOf(node, "MonthItem");        // 3 = Sunday ... 9 = Saturday
            for (std::chrono::year year = from->year(); year <= to->year() && !m_full; ++year) {
                std::optional<Date> day;
                if (kind == 2 && monthDay)
                    day = Date{year, inMonth, std::chrono::day{static_cast<unsigned>(*monthDay)}};
                else if (kind == 3 && position && *position >= 0 && *position <= 4 && item && *item >= 3 && *item <= 9)
                    day = nthWeekday(year, inMonth, *position, *item - 3);
                if (day && day->ok() && *day >= *from && *day <= *to)
                    add(*day, name, node);
            }
        } else {
            m_otherRecurrences.push_back(name);
        }
    }

    void add(Date day, const std::string &name, const pugi::xml_node &node)
    {
        if (day < m_keepFrom || m_days.contains(day))
            return;
        if (m_days.size() >= m_maxHolidays) {
            m_fault(node, "the calendar's exceptions give more than " + std::to_string(m_maxHolidays) +
                              " days off from the plan's start year on, the most a plan may hold");
            m_full = true;
            return;
        }
        m_days.emplace(day, name);
    }

    Date m_keepFrom;
    std::size_t m_maxHolidays;
    const CalendarFault &m_fault;
    std::map<Date, std::string> m_days; ///< date order; the first exception naming a day names it
    bool m_full = false;
    std::vector<std::string> m_workingExceptions;
    std::vector<std::string> m_otherRecurrences;
};

} // namespace

CalendarRead readCalendar(const pugi::xml_node &calendar, Date keepFrom, std::size_t maxHolidays,
                          const CalendarFault &fault)
{
    return CalendarReader(keepFrom, maxHolidays, fault).read(calendar);
}

int workedDaysPerWeek(const WorkCalendar &calendar)
{
    return std::max(1, static_cast<int>(std::count(calendar.worked.begin(), calendar.worked.end(), true)));
}

void writeCalendar(pugi::xml_node &calendars, const WorkCalendar &workCalendar, int uid)
{
    pugi::xml_node calendar = calendars.append_child("Calendar");
    add(calendar, "UID", uid);
    add(calendar, "Name", workCalendar.everyDay() ? "Every day (Waveplan)" : "Working days (Waveplan)");
    add(calendar, "IsBaseCalendar", 1);
    add(calendar, "BaseCalendarUID", -1);
    pugi::xml_node days = calendar.append_child("WeekDays");
    for (int dayType = 1; dayType <= 7; ++dayType) { // Sunday to Saturday
        pugi::xml_node day = days.append_child("WeekDay");
        const bool worked = workCalendar.worked[weekdayIndex(dayType)];
        add(day, "DayType", dayType);
        add(day, "DayWorking", worked ? 1 : 0);
        if (!worked)
            continue;
        pugi::xml_node times = day.append_child("WorkingTimes");
        for (const auto &[from, to] : {std::pair{"08:00:00", "12:00:00"}, std::pair{"13:00:00", "17:00:00"}}) {
            pugi::xml_node time = times.append_child("WorkingTime");
            add(time, "FromTime", from);
            add(time, "ToTime", to);
        }
    }
    if (workCalendar.holidays.empty())
        return;
    std::vector<Holiday> holidays = workCalendar.holidays;
    std::sort(holidays.begin(), holidays.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    pugi::xml_node exceptions = calendar.append_child("Exceptions");
    for (const Holiday &holiday : holidays) {
        pugi::xml_node exception = exceptions.append_child("Exception");
        add(exception, "EnteredByOccurrences", 0);
        pugi::xml_node period = exception.append_child("TimePeriod");
        add(period, "FromDate", formatIsoDate(holiday.date) + "T00:00:00");
        add(period, "ToDate", formatIsoDate(holiday.date) + "T23:59:00");
        add(exception, "Occurrences", 1);
        add(exception, "Name", holiday.name);
        add(exception, "Type", 1); // daily, every day of the period: the one day
        add(exception, "Period", 1);
        add(exception, "DayWorking", 0);
    }
}

} // namespace waveplan::mspdi
