#pragma once
/// @file holidays_csv.h
/// A working calendar's holidays as a spreadsheet (`--holidays holidays.csv`, issue 15): the
/// columns `date` (YYYY-MM-DD) and `name`, in any order and letter case; one holiday per row.

#include "core/io/csv_errors.h"
#include "core/model/work_calendar.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// The holidays of `text` (the file `fileName`), in file order; nullopt when anything is wrong,
/// every problem added to `errors` with its line and column: a missing or unknown column, a
/// date that is not a real YYYY-MM-DD day, an empty name, a date listed twice.
[[nodiscard]] std::optional<std::vector<Holiday>> readHolidaysCsv(std::string_view text, std::string_view fileName,
                                                                  CsvErrorList &errors);

/// The holidays as that spreadsheet: a `date,name` header, then a row each in date order.
[[nodiscard]] std::string writeHolidaysCsv(std::vector<Holiday> holidays);

} // namespace waveplan
