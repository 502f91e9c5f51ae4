#include "core/io/icalendar.h"

#include "core/model/plan_limits.h"
#include "core/model/wave_heading.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <vector>

namespace waveplan {

namespace {

/// RFC 5545 3.1: content lines are at most 75 octets, excluding the line break.
constexpr std::size_t kLineOctets = 75;

/// "YYYYMMDD", the DATE form.
std::string basicDate(Date date)
{
    std::string iso = formatIsoDate(date); // YYYY-MM-DD
    iso.erase(std::remove(iso.begin(), iso.end(), '-'), iso.end());
    return iso;
}

/// "YYYYMMDDTHHMMSSZ", the UTC DATE-TIME form.
std::string basicUtc(std::chrono::sys_seconds stamp)
{
    const auto day = std::chrono::floor<std::chrono::days>(stamp);
    const std::chrono::hh_mm_ss time(stamp - day);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d%02d%02d", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    return basicDate(Date(day)) + "T" + clock + "Z";
}

/// The plan's name as a UID part: ASCII letters and digits in lower case, runs of anything
/// else as one '-'; "plan" when nothing is left.
std::string uidSlug(std::string_view name)
{
    std::string slug;
    for (const char ch : name) {
        const auto byte = static_cast<unsigned char>(ch);
        if (std::isalnum(byte) && byte < 0x80)
            slug += static_cast<char>(std::tolower(byte));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "plan" : slug;
}

class Calendar {
public:
    void line(std::string_view name, std::string_view value)
    {
        std::string content(name);
        content += ':';
        content += value;
        m_text += foldedICalendarLine(content);
    }
    void text(std::string_view name, std::string_view value) { line(name, icalendarText(value)); }
    /// An all-day event over the days [first, last] from the plan start.
    void event(const Plan &plan, const std::string &uid, const std::string &stamp, int sequence, int first, int last,
               std::string_view summary, std::string_view description, std::string_view category)
    {
        line("BEGIN", "VEVENT");
        text("UID", uid);
        line("DTSTAMP", stamp);
        line("LAST-MODIFIED", stamp);
        line("SEQUENCE", std::to_string(sequence));
        line("DTSTART;VALUE=DATE", basicDate(waveplan::dateOfDay(plan, first)));
        line("DTEND;VALUE=DATE", basicDate(waveplan::dateOfDay(plan, last + 1))); // the day after: exclusive
        text("SUMMARY", summary);
        if (!description.empty())
            text("DESCRIPTION", description);
        text("CATEGORIES", category);
        line("TRANSP", "TRANSPARENT"); // a wave or a go-live does not make anyone busy
        line("END", "VEVENT");
    }
    [[nodiscard]] std::string take() { return std::move(m_text); }

private:
    std::string m_text;
};

std::string keysAndNames(const Plan &plan, const std::vector<std::size_t> &indices)
{
    std::string listed;
    for (const std::size_t i : indices) {
        if (!listed.empty())
            listed += "; ";
        listed += plan.capabilities[i].key + " (" + plan.capabilities[i].name + ")";
    }
    return listed;
}

} // namespace

std::string icalendarText(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (const char ch : text) {
        switch (ch) {
        case '\\': escaped += "\\\\"; break;
        case ';': escaped += "\\;"; break;
        case ',': escaped += "\\,"; break;
        case '\n': escaped += "\\n"; break;
        case '\t': escaped += ch; break;
        default:
            if (static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7f)
                escaped += ch; // other controls (a CR, a NUL) are not allowed in TEXT
        }
    }
    return escaped;
}

std::string foldedICalendarLine(std::string_view line)
{
    std::string folded;
    std::size_t room = kLineOctets;
    while (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut; // never between the bytes of one UTF-8 character
        if (cut == 0)
            cut = room; // not UTF-8 (a run of continuation bytes): cut anywhere rather than loop
        folded.append(line.substr(0, cut));
        folded += "\r\n ";
        line.remove_prefix(cut);
        room = kLineOctets - 1; // the leading space counts
    }
    folded.append(line);
    folded += "\r\n";
    return folded;
}

std::string scheduleICalendar(const Plan &plan, const Schedule &schedule, std::chrono::sys_seconds stamp)
{
    const std::string when = basicUtc(stamp);
    const auto since2000 = stamp - std::chrono::sys_days(std::chrono::year{2000} / 1 / 1);
    const int sequence = static_cast<int>(std::max<std::int64_t>(0, std::chrono::floor<std::chrono::minutes>(since2000).count()));
    const std::string slug = uidSlug(plan.name);
    const WaveGrid waves = waveGrid(plan);
    const bool scheduled = schedule.capabilities.size() == plan.capabilities.size();

    Calendar calendar;
    calendar.line("BEGIN", "VCALENDAR");
    calendar.line("VERSION", "2.0");
    calendar.line("PRODID", "-//Waveplan//Waveplan wave plan//EN");
    calendar.line("CALSCALE", "GREGORIAN");
    calendar.line("METHOD", "PUBLISH");
    calendar.text("X-WR-CALNAME", plan.name);

    // Capabilities by go-live day, then plan order.
    std::vector<std::size_t> order;
    if (scheduled) {
        order.resize(plan.capabilities.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return schedule.capabilities[a].finishDay < schedule.capabilities[b].finishDay;
        });
    }

    int lastWave = std::max(1, plan.horizonWaves);
    for (const std::size_t i : order)
        lastWave = std::max(lastWave, schedule.capabilities[i].goLiveWave);
    lastWave = std::min(lastWave, kMaxWave);
    std::vector<std::vector<std::size_t>> starting(static_cast<std::size_t>(lastWave) + 1);
    std::vector<std::vector<std::size_t>> goingLive(static_cast<std::size_t>(lastWave) + 1);
    for (const std::size_t i : order) {
        const ScheduledCapability &s = schedule.capabilities[i];
        if (s.wave >= 1 && s.wave <= lastWave)
            starting[static_cast<std::size_t>(s.wave)].push_back(i);
        if (s.goLiveWave >= 1 && s.goLiveWave <= lastWave)
            goingLive[static_cast<std::size_t>(s.goLiveWave)].push_back(i);
    }
    for (int wave = 1; wave <= lastWave; ++wave) {
        const int first = waves.firstDay(wave);
        std::string description = plan.name + ", wave " + std::to_string(wave);
        if (wave > plan.horizonWaves)
            description += " (past the plan's horizon of " + std::to_string(plan.horizonWaves) + " waves)";
        description += ".";
        const auto &starts = starting[static_cast<std::size_t>(wave)];
        const auto &lives = goingLive[static_cast<std::size_t>(wave)];
        description += "\nStarting: " + (starts.empty() ? std::string("nothing") : keysAndNames(plan, starts)) + ".";
        description += "\nGoing live: " + (lives.empty() ? std::string("nothing") : keysAndNames(plan, lives)) + ".";
        calendar.event(plan, "wave-" + std::to_string(wave) + "." + slug + "@waveplan", when, sequence, first,
                       waves.firstDay(wave + 1) - 1, waveHeading(plan, wave) + ": " + plan.name, description,
                       "Waveplan wave");
    }

    for (const std::size_t i : order) {
        const ScheduledCapability &s = schedule.capabilities[i];
        const Capability &c = plan.capabilities[i];
        const int lastDay = s.lastDay();
        std::string description = c.key + " (" + c.name + ") goes live in wave " + std::to_string(s.goLiveWave) +
                                  " of " + plan.name + ", " + std::string(toString(c.kind)) + ", from " +
                                  formatIsoDate(waveplan::dateOfDay(plan, s.startDay)) + ".";
        if (!c.owner.empty())
            description += "\nOwner: " + c.owner + ".";
        if (!c.kpi.empty())
            description += "\nKPI: " + c.kpi + ".";
        calendar.event(plan, "go-live-" + c.key + "." + slug + "@waveplan", when, sequence, lastDay, lastDay,
                       c.key + " goes live: " + c.name, description, "Waveplan go-live");
    }
    calendar.line("END", "VCALENDAR");
    return calendar.take();
}

} // namespace waveplan
