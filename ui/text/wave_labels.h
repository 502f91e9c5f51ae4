/// @file wave_labels.h
/// Waves and plan days as the calendar dates users read, in one place for every view: the map's
/// wave bands, the board's columns, presentation mode, the capacity and next-90-days views.
/// Two forms on purpose: "Jan 4 to Apr 3 2027" where a date stands alone (headers, tooltips,
/// titles) and the compact "Jan 4 – Apr 3" under a "Wave 1" column heading.
#pragma once

#include "core/model/plan.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <utility>

namespace waveplan::ui {

/// The same calendar day as a QDate.
[[nodiscard]] QDate toQDate(const Date &date);
/// The same calendar day as a Date.
[[nodiscard]] Date fromQDate(const QDate &date);
/// Today, on this computer's clock and time zone.
[[nodiscard]] Date todayDate();
/// The calendar date of plan day `day` (day 0 = the plan's start date).
[[nodiscard]] QDate qDateOfDay(const Plan &plan, int day);
/// "Jan 4" (short month and day, no year).
[[nodiscard]] QString shortDate(const QDate &date, const QLocale &locale = QLocale());
/// First and last calendar day of 1-based `wave`.
[[nodiscard]] std::pair<QDate, QDate> waveDayRange(const Plan &plan, int wave);

/// "Jan 4 to Feb 12 2027": the dates of plan days `firstDay` and `lastDay` (inclusive), the year
/// once when both are in the same year, "Dec 1 2026 to Feb 28 2027" otherwise.
[[nodiscard]] QString dayRangeText(const Plan &plan, int firstDay, int lastDay, const QLocale &locale = QLocale());
/// "Wave 2", or "Q2 2027" when the plan's waves are calendar quarters (see wave_heading.h).
[[nodiscard]] QString waveName(const Plan &plan, int wave);
/// "Apr 4 to Jul 2 2027": a wave's first and last day, as dayRangeText().
[[nodiscard]] QString waveDatesText(const Plan &plan, int wave, const QLocale &locale = QLocale());
/// "Apr 4 – Jul 2": a wave's first and last day without the year, for under a "Wave 2" heading.
[[nodiscard]] QString waveDatesShortText(const Plan &plan, int wave, const QLocale &locale = QLocale());
/// "Wave 2 – Apr 4 to Jul 2 2027" ("Q2 2027 – Apr 1 to Jun 30 2027" in quarters): a wave's
/// header in one line.
[[nodiscard]] QString waveTitle(const Plan &plan, int wave, const QLocale &locale = QLocale());

} // namespace waveplan::ui
