#pragma once
/// @file icalendar.h
/// The wave plan as an iCalendar file (RFC 5545, `.ics`), for the calendars go-live dates end
/// up in: an all-day event spanning each wave, and an all-day event on the day each capability
/// goes live (its last day). Event UIDs are made from the plan's name and the wave's number or
/// the capability's key, so importing a later export of the same plan updates its events
/// instead of adding a second set (docs/import-export.md says what changes a UID).

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <chrono>
#include <string>
#include <string_view>

namespace waveplan {

/// The calendar: waves from 1 to the horizon or the last go-live, whichever is later (never
/// past wave 999, the last a plan can name), then one go-live per scheduled capability in
/// go-live order. `stamp` is when it was made (DTSTAMP and LAST-MODIFIED, and SEQUENCE counts
/// the minutes since 2000, so each export supersedes the one before). Lines end in CRLF and
/// are folded at 75 octets without splitting a UTF-8 character. An empty schedule (a plan that
/// cannot be scheduled) gives the waves only.
[[nodiscard]] std::string scheduleICalendar(const Plan &plan, const Schedule &schedule,
                                            std::chrono::sys_seconds stamp);

/// `text` as an iCalendar TEXT value: backslash, semicolon, comma and newline escaped, other
/// control characters (but tab) left out.
[[nodiscard]] std::string icalendarText(std::string_view text);

/// One content line, folded: CRLF after every 75 octets or fewer (at a UTF-8 character
/// boundary), each continuation starting with a space, and CRLF at the end.
[[nodiscard]] std::string foldedICalendarLine(std::string_view line);

} // namespace waveplan
