// The iCalendar export read back by a reader written here from RFC 5545: physical lines of at
// most 75 octets ending in CRLF, unfolded (a line starting with a space continues the one
// before), components balanced, TEXT values unescaped; then compared with the schedule.

#include "core/io/icalendar.h"

#include "core/schedule/schedule.h"
#include "schedule/plan_builder.h"

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace waveplan;
using namespace std::chrono;
using test::PlanBuilder;

namespace {

/// One property of an event: its parameters (";VALUE=DATE") and value, TEXT unescaped.
struct Property {
    std::string params;
    std::string value;
};
using Event = std::multimap<std::string, Property>;

struct Parsed {
    std::vector<std::string> physicalLines;
    std::map<std::string, Property> calendar; ///< properties of the VCALENDAR itself
    std::vector<Event> events;
    std::vector<std::string> faults; ///< what breaks RFC 5545, if anything
};

std::string unescaped(const std::string &text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char next = text[++i];
        out += next == 'n' || next == 'N' ? '\n' : next;
    }
    return out;
}

bool validUtf8(const std::string &text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        i += length;
    }
    return true;
}

Parsed parse(const std::string &ics)
{
    Parsed parsed;
    std::size_t at = 0;
    while (at < ics.size()) {
        const std::size_t end = ics.find("\r\n", at);
        if (end == std::string::npos) {
            parsed.faults.push_back("text after the last CRLF");
            break;
        }
        parsed.physicalLines.push_back(ics.substr(at, end - at));
        at = end + 2;
    }
    std::vector<std::string> logical;
    for (const std::string &line : parsed.physicalLines) {
        if (line.size() > 75)
            parsed.faults.push_back("a line of " + std::to_string(line.size()) + " octets: " + line);
        if (line.find('\n') != std::string::npos || line.find('\r') != std::string::npos)
            parsed.faults.push_back("a bare line break in: " + line);
        if (!validUtf8(line))
            parsed.faults.push_back("a UTF-8 character split by folding: " + line);
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
            if (logical.empty())
                parsed.faults.push_back("a continuation with nothing to continue");
            else
                logical.back() += line.substr(1);
        } else {
            logical.push_back(line);
        }
    }
    std::vector<std::string> open;
    for (const std::string &line : logical) {
        const std::size_t colon = line.find(':');
        if (colon == std::string::npos) {
            parsed.faults.push_back("no colon in: " + line);
            continue;
        }
        const std::string head = line.substr(0, colon);
        const std::size_t semicolon = head.find(';');
        const std::string name = head.substr(0, semicolon);
        Property property{semicolon == std::string::npos ? "" : head.substr(semicolon), unescaped(line.substr(colon + 1))};
        if (name == "BEGIN") {
            open.push_back(property.value);
            if (property.value == "VEVENT")
                parsed.events.emplace_back();
        } else if (name == "END") {
            if (open.empty() || open.back() != property.value)
                parsed.faults.push_back("END:" + property.value + " closes nothing");
            else
                open.pop_back();
        } else if (!open.empty() && open.back() == "VEVENT") {
            parsed.events.back().emplace(name, property);
        } else if (open.size() == 1 && open.back() == "VCALENDAR") {
            parsed.calendar[name] = property;
        } else {
            parsed.faults.push_back("a property outside the calendar: " + line);
        }
    }
    if (!open.empty())
        parsed.faults.push_back(open.back() + " is never closed");
    return parsed;
}

std::string one(const Event &event, const std::string &name)
{
    const auto found = event.find(name);
    return found == event.end() ? std::string() : found->second.value;
}

/// "YYYYMMDD" of the plan start plus `days`, worked out here with std::chrono.
std::string dateAfter(const Plan &plan, int days)
{
    const year_month_day date{sys_days(plan.startDate) + std::chrono::days(days)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d%02u%02u", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()));
    return text;
}

const sys_seconds kStamp = sys_days(2026y / 12 / 4) + 17h + 5min + 9s;

Plan smallPlan()
{
    Plan plan = PlanBuilder(90, 4).team("Data", 1).capability("DATA", 30, "Data").capability("CDP", 60, "Data").dependency("DATA", "CDP", 5).build();
    plan.name = "Year one";
    plan.startDate = 2027y / 1 / 4;
    plan.capabilities[0].owner = "Head of Data";
    plan.capabilities[0].kpi = "Match rate 90%";
    return plan;
}

const Event *eventWithUid(const Parsed &parsed, const std::string &uid)
{
    for (const Event &event : parsed.events)
        if (one(event, "UID") == uid)
            return &event;
    return nullptr;
}

} // namespace

TEST(ICalendar, AnAllDayEventPerWaveAndPerGoLiveWithTheScheduleDates)
{
    const Plan plan = smallPlan();
    const Schedule schedule = computeSchedule(plan);
    ASSERT_EQ(schedule.capabilities.size(), 2u);

    const Parsed parsed = parse(scheduleICalendar(plan, schedule, kStamp));

    EXPECT_TRUE(parsed.faults.empty()) << parsed.faults.front();
    EXPECT_EQ(parsed.calendar.at("VERSION").value, "2.0");
    EXPECT_FALSE(parsed.calendar.at("PRODID").value.empty());
    EXPECT_EQ(parsed.calendar.at("X-WR-CALNAME").value, "Year one");
    ASSERT_EQ(parsed.events.size(), 4u + 2u); // the horizon's 4 waves, 2 go-lives
    for (const Event &event : parsed.events) {
        EXPECT_EQ(one(event, "DTSTAMP"), "20261204T170509Z");
        EXPECT_EQ(event.find("DTSTART")->second.params, ";VALUE=DATE");
        EXPECT_EQ(event.find("DTEND")->second.params, ";VALUE=DATE");
        EXPECT_FALSE(one(event, "SUMMARY").empty());
    }
    for (int wave = 1; wave <= 4; ++wave) {
        const Event *event = eventWithUid(parsed, "wave-" + std::to_string(wave) + ".year-one@waveplan");
        ASSERT_NE(event, nullptr) << wave;
        EXPECT_EQ(one(*event, "DTSTART"), dateAfter(plan, (wave - 1) * 90));
        EXPECT_EQ(one(*event, "DTEND"), dateAfter(plan, wave * 90)) << "the day after the wave's last: DTEND is exclusive";
        EXPECT_EQ(one(*event, "SUMMARY"), "Wave " + std::to_string(wave) + ": Year one");
    }
    EXPECT_EQ(one(*eventWithUid(parsed, "wave-1.year-one@waveplan"), "DTEND"), "20270404");
    const Event *wave1 = eventWithUid(parsed, "wave-1.year-one@waveplan");
    EXPECT_NE(one(*wave1, "DESCRIPTION").find("Starting: DATA (Capability DATA); CDP (Capability CDP)."), std::string::npos)
        << one(*wave1, "DESCRIPTION");
    for (const ScheduledCapability &s : schedule.capabilities) {
        const Event *event = eventWithUid(parsed, "go-live-" + s.key + ".year-one@waveplan");
        ASSERT_NE(event, nullptr) << s.key;
        EXPECT_EQ(one(*event, "DTSTART"), dateAfter(plan, s.finishDay - 1)) << s.key << ": its last day";
        EXPECT_EQ(one(*event, "DTEND"), dateAfter(plan, s.finishDay)) << s.key;
        EXPECT_EQ(one(*event, "SUMMARY"), s.key + " goes live: Capability " + s.key);
    }
    // DATA runs days 0-29: it goes live on 2 Feb 2027.
    EXPECT_EQ(one(*eventWithUid(parsed, "go-live-DATA.year-one@waveplan"), "DTSTART"), "20270202");
    const std::string data = one(*eventWithUid(parsed, "go-live-DATA.year-one@waveplan"), "DESCRIPTION");
    EXPECT_NE(data.find("\nOwner: Head of Data.\nKPI: Match rate 90%."), std::string::npos) << data;
}

TEST(ICalendar, UidsStayTheSameAfterEditsSoAReImportUpdatesTheEvents)
{
    Plan plan = smallPlan();
    const Parsed before = parse(scheduleICalendar(plan, computeSchedule(plan), kStamp));
    plan.capabilities[0].durationDays = 45;
    plan.capabilities[1].name = "Customer data platform";
    const Parsed after = parse(scheduleICalendar(plan, computeSchedule(plan), kStamp + 1h));

    std::set<std::string> uidsBefore;
    std::set<std::string> uidsAfter;
    for (const Event &event : before.events)
        uidsBefore.insert(one(event, "UID"));
    for (const Event &event : after.events)
        uidsAfter.insert(one(event, "UID"));
    EXPECT_EQ(uidsBefore.size(), before.events.size()) << "every UID once";
    EXPECT_EQ(uidsBefore, uidsAfter);
    EXPECT_EQ(one(*eventWithUid(after, "go-live-CDP.year-one@waveplan"), "SUMMARY"), "CDP goes live: Customer data platform");
    EXPECT_NE(one(*eventWithUid(before, "go-live-DATA.year-one@waveplan"), "DTSTART"),
              one(*eventWithUid(after, "go-live-DATA.year-one@waveplan"), "DTSTART"));
    // A later export supersedes the earlier one: its SEQUENCE is higher.
    EXPECT_GT(std::stoll(one(after.events.front(), "SEQUENCE")), std::stoll(one(before.events.front(), "SEQUENCE")));
}

TEST(ICalendar, TextIsEscapedAndLongLinesFoldWithoutSplittingACharacter)
{
    Plan plan = smallPlan();
    plan.name = "Ünïcode, plan; \"two\"";
    std::string longName = "Données clients, consentement; et \\ identité\nsur deux lignes ";
    for (int i = 0; i < 40; ++i)
        longName += "é€";
    plan.capabilities[1].name = longName;

    const Parsed parsed = parse(scheduleICalendar(plan, computeSchedule(plan), kStamp));

    EXPECT_TRUE(parsed.faults.empty()) << parsed.faults.front();
    EXPECT_EQ(parsed.calendar.at("X-WR-CALNAME").value, plan.name);
    const Event *cdp = eventWithUid(parsed, "go-live-CDP.n-code-plan-two@waveplan");
    ASSERT_NE(cdp, nullptr);
    EXPECT_EQ(one(*cdp, "SUMMARY"), "CDP goes live: " + longName);
    std::size_t continuations = 0;
    for (const std::string &line : parsed.physicalLines)
        continuations += line.starts_with(' ') ? 1 : 0;
    EXPECT_GT(continuations, 4u);
}

TEST(ICalendar, FoldsAtSeventyFiveOctets)
{
    const std::string exactly(75, 'x');
    EXPECT_EQ(foldedICalendarLine(exactly), exactly + "\r\n");
    EXPECT_EQ(foldedICalendarLine(exactly + "y"), exactly + "\r\n y\r\n");
    // A two-octet character that would straddle octet 75 moves whole to the next line.
    EXPECT_EQ(foldedICalendarLine(std::string(74, 'x') + "é"), std::string(74, 'x') + "\r\n é\r\n");
    EXPECT_EQ(icalendarText("a,b;c\\d\ne\rf"), "a\\,b\\;c\\\\d\\nef");
}

TEST(ICalendar, APlanThatCannotBeScheduledGivesItsWavesOnly)
{
    const Plan plan = smallPlan();

    const Parsed parsed = parse(scheduleICalendar(plan, Schedule{}, kStamp));

    EXPECT_TRUE(parsed.faults.empty());
    EXPECT_EQ(parsed.events.size(), 4u);
}
