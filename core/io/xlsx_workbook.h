#pragma once
/// @file xlsx_workbook.h
/// The wave plan as an Excel workbook (.xlsx), written with libxlsxwriter: sheet "Wave plan"
/// (a row per capability, dates as real Excel dates), sheet "Capacity" (a row per team and
/// wave, with the flags the app shows) and sheet "Problems". Every text a user typed is written
/// as a text cell, never as a formula, so a name like "=HYPERLINK(...)" stays a name.

#include "core/model/plan.h"
#include "core/model/problem.h"
#include "core/schedule/schedule.h"
#include "core/util/result.h"

#include <filesystem>
#include <vector>

namespace waveplan {

/// The sheets' names, in order.
inline constexpr const char *kWavePlanSheet = "Wave plan";
inline constexpr const char *kCapacitySheet = "Capacity";
inline constexpr const char *kProblemsSheet = "Problems";

/// Writes the workbook for `plan`, its `schedule` and its `problems` to `path`, atomically
/// (atomic_file.h: nothing half-written on failure; an existing file is replaced only with
/// `overwrite`). Headers are bold, frozen with the key column, and filterable; columns are as
/// wide as their contents (within reason). Capabilities are in wave then start order, as in
/// the wave-plan spreadsheet (schedule_csv.h).
[[nodiscard]] Status writeWorkbook(const Plan &plan, const Schedule &schedule, const std::vector<Problem> &problems,
                                   const std::filesystem::path &path, bool overwrite);

} // namespace waveplan
