#pragma once
/// @file wave_dates.h
/// Plan days and waves as the calendar dates users read ("Jan 4 – Apr 3"), in the current
/// locale. Shared by the capacity and next-90-days views.

#include "core/model/plan.h"

#include <QDate>
#include <QString>

#include <utility>

namespace waveplan::ui {

/// The calendar date of plan day `day` (day 0 = the plan's start date).
[[nodiscard]] QDate dateOfDay(const Plan &plan, int day);
/// "Jan 4" (short month and day, no year).
[[nodiscard]] QString shortDate(const QDate &date);
/// First and last calendar day of 1-based `wave`.
[[nodiscard]] std::pair<QDate, QDate> waveDates(const Plan &plan, int wave);
/// "Jan 4 – Apr 3", or with years when `withYear` ("Jan 4 to Apr 3 2027", "Dec 1 2026 to Feb 28 2027").
[[nodiscard]] QString waveRangeText(const Plan &plan, int wave, bool withYear = false);

} // namespace waveplan::ui
