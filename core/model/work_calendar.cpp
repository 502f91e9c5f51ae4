#include "core/model/work_calendar.h"

#include <algorithm>
#include <cctype>

namespace waveplan {

namespace {

constexpr std::array<std::string_view, 7> kShortNames{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<std::string_view, 7> kFullNames{"monday", "tuesday", "wednesday", "thursday",
                                                      "friday", "saturday", "sunday"};

/// 0 = Monday ... 6 = Sunday.
int weekdayOf(std::chrono::sys_days day)
{
    return static_cast<int>(std::chrono::weekday{day}.iso_encoding()) - 1;
}

std::string lowerTrimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// 0..6 for a day's name, or -1.
int dayNumber(std::string_view name)
{
    for (int d = 0; d < 7; ++d)
        if (name == kShortNames[static_cast<std::size_t>(d)] || name == kFullNames[static_cast<std::size_t>(d)])
            return d;
    return -1;
}

Error weekdaysError(const std::string &what)
{
    return messageError(what + "; expected weekday names (mon, tue, wed, thu, fri, sat, sun), ranges such as "
                               "mon-fri, a comma-separated list of them, or all");
}

} // namespace

bool WorkCalendar::everyDay() const
{
    return std::all_of(worked.begin(), worked.end(), [](bool w) { return w; }) && holidays.empty();
}

bool WorkCalendar::isWorkday(Date date) const
{
    if (!worked[static_cast<std::size_t>(weekdayOf(std::chrono::sys_days{date}))])
        return false;
    return std::none_of(holidays.begin(), holidays.end(), [&](const Holiday &h) { return h.date == date; });
}

WorkCalendar mondayToFriday()
{
    WorkCalendar calendar;
    calendar.worked = {true, true, true, true, true, false, false};
    return calendar;
}

Result<WorkedWeekdays> parseWorkedWeekdays(std::string_view text)
{
    const std::string all = lowerTrimmed(text);
    if (all.empty())
        return weekdaysError("no weekdays given");
    if (all == "all")
        return WorkedWeekdays{true, true, true, true, true, true, true};
    WorkedWeekdays worked{};
    std::size_t from = 0;
    while (from <= all.size()) {
        const std::size_t comma = std::min(all.find(',', from), all.size());
        const std::string part = lowerTrimmed(std::string_view(all).substr(from, comma - from));
        if (part.empty())
            return weekdaysError("an empty item in \"" + std::string(text) + "\"");
        const std::size_t dash = part.find('-');
        if (dash == std::string::npos) {
            const int day = dayNumber(part);
            if (day < 0)
                return weekdaysError("\"" + part + "\" is not a weekday");
            worked[static_cast<std::size_t>(day)] = true;
        } else {
            const std::string first = lowerTrimmed(std::string_view(part).substr(0, dash));
            const std::string last = lowerTrimmed(std::string_view(part).substr(dash + 1));
            const int a = dayNumber(first);
            const int b = dayNumber(last);
            if (a < 0 || b < 0)
                return weekdaysError("\"" + part + "\" is not a range of weekdays (\"" + (a < 0 ? first : last) +
                                     "\" is not a weekday)");
            for (int d = a;; d = (d + 1) % 7) { // a range may run past Sunday: sat-mon
                worked[static_cast<std::size_t>(d)] = true;
                if (d == b)
                    break;
            }
        }
        from = comma + 1;
    }
    return worked;
}

std::string formatWorkedWeekdays(const WorkedWeekdays &worked)
{
    const auto count = std::count(worked.begin(), worked.end(), true);
    if (count == 7)
        return "all";
    // From Monday; but when a run goes past Sunday (sat-mon), from the day after an unworked
    // one, so that run stays one range. `start` is the day before the first listed.
    int start = 6;
    if (worked[6] && worked[0]) {
        start = 0;
        while (start < 7 && worked[static_cast<std::size_t>(start)])
            ++start;
    }
    std::string out;
    for (int i = 1; i <= 7;) {
        const int d = (start + i) % 7;
        if (!worked[static_cast<std::size_t>(d)]) {
            ++i;
            continue;
        }
        int length = 1;
        while (i + length <= 7 && worked[static_cast<std::size_t>((start + i + length) % 7)])
            ++length;
        if (!out.empty())
            out += ',';
        out += kShortNames[static_cast<std::size_t>(d)];
        if (length > 1) {
            out += '-';
            out += kShortNames[static_cast<std::size_t>((d + length - 1) % 7)];
        }
        i += length;
    }
    return out;
}

WorkdayIndex::WorkdayIndex(const WorkCalendar &calendar, Date start)
    : m_worked(calendar.worked)
    , m_start(std::chrono::sys_days{start})
    , m_startWeekday(weekdayOf(std::chrono::sys_days{start}))
{
    m_perWeek = static_cast<int>(std::count(m_worked.begin(), m_worked.end(), true));
    if (m_perWeek == 0) { // not a calendar anyone can work by: every day, as documented
        m_worked.fill(true);
        m_perWeek = 7;
    }
    for (const Holiday &h : calendar.holidays) {
        const std::chrono::sys_days day{h.date};
        if (day < m_start || !m_worked[static_cast<std::size_t>(weekdayOf(day))])
            continue;
        m_holidays.push_back((day - m_start).count());
    }
    std::sort(m_holidays.begin(), m_holidays.end());
    m_holidays.erase(std::unique(m_holidays.begin(), m_holidays.end()), m_holidays.end());
}

long long WorkdayIndex::weekdaysIn(long long days) const
{
    if (days <= 0)
        return 0;
    long long n = days / 7 * m_perWeek;
    for (long long i = 0; i < days % 7; ++i)
        n += m_worked[static_cast<std::size_t>((m_startWeekday + i) % 7)] ? 1 : 0;
    return n;
}

long long WorkdayIndex::holidaysIn(long long days) const
{
    return std::lower_bound(m_holidays.begin(), m_holidays.end(), days) - m_holidays.begin();
}

int WorkdayIndex::workdayOn(Date date) const
{
    const long long days = (std::chrono::sys_days{date} - m_start).count();
    return static_cast<int>(weekdaysIn(days) - holidaysIn(days));
}

Date WorkdayIndex::dateOf(int n) const
{
    // The smallest offset o whose working days in [start, start + o + 1) reach n + 1: a binary
    // search between 0 and a bound that holds every holiday and a week to spare.
    const long long target = static_cast<long long>(std::max(n, 0)) + 1;
    long long low = 0;
    long long high = (target + static_cast<long long>(m_holidays.size())) / m_perWeek * 7 + 14;
    while (low < high) {
        const long long mid = low + (high - low) / 2;
        if (weekdaysIn(mid + 1) - holidaysIn(mid + 1) >= target)
            high = mid;
        else
            low = mid + 1;
    }
    return Date{m_start + std::chrono::days{low}};
}

} // namespace waveplan
