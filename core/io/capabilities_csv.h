#pragma once
/// @file capabilities_csv.h
/// The spreadsheet form of a plan: `capabilities.csv` and `teams.csv` (columns, value rules and
/// error messages in docs/import-export.md). Import is all or nothing: any error and no plan is
/// produced. The CSV tokenizing is libcsv's (core/io/csv_reader.h).

#include "core/model/plan.h"
#include "core/util/result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace waveplan {

/// A CSV file's text and the name used in error messages.
struct CsvSource {
    std::string fileName; ///< shown in errors, e.g. "capabilities.csv"
    std::string text;     ///< UTF-8, optional BOM, any of \n, \r\n line ends
};

/// Builds a plan from the capabilities CSV and, optionally, the teams CSV. Plan-level
/// settings (name, start date, wave length, horizon, span) are copied from `settings`;
/// its teams, capabilities and dependencies are ignored.
///
/// Every error names the file, the line and the column (1-based, columns in characters) and
/// what was expected, e.g. `capabilities.csv:7:4: duration_days must be a whole number of days
/// from 1 to 100000, got "ten"` (cells follow the grammar of core/model/cells); errors about
/// the header as a whole (a missing column) have line 1 and no column. All errors of both files are returned, teams file first, each file's in line
/// order, cut at 50 with a last "... and N more errors". Teams named in `demand` but not in the
/// teams file (or with no teams file at all) are an error naming them.
///
/// On success the plan has no structural errors; capabilities and teams are in file order, and
/// dependencies in the canonical CSV order: grouped by successor in capability order, each
/// successor's in the order its depends_on cell lists them.
[[nodiscard]] Result<Plan> importPlanFromCsv(const CsvSource &capabilities,
                                             const std::optional<CsvSource> &teams,
                                             const Plan &settings = {});

/// Reads the files and calls importPlanFromCsv; a missing or unreadable file is an error.
[[nodiscard]] Result<Plan> importPlanFromCsvFiles(const std::filesystem::path &capabilities,
                                                  const std::optional<std::filesystem::path> &teams,
                                                  const Plan &settings = {});

/// The capabilities in the import format: a header with every column, then one row per
/// capability in plan order, its dependencies folded into `depends_on` (KEY or KEY+LAG, in plan
/// order), numbers written so that they read back exactly, text quoted where needed and
/// neutralised where a spreadsheet would run it as a formula (an apostrophe before it, which the
/// import takes off again, see csv_formula.h). "\n" line ends, no BOM.
///
/// Importing it with writeTeamsCsv's output gives back an equal plan apart from plan settings,
/// map positions (CSV carries neither) and the order of dependencies, which comes back in the
/// canonical CSV order (see importPlanFromCsv). What cannot come back: a team name holding ';'
/// or starting or ending with a space, and a value or cost that is infinite or NaN. Lists are
/// written by the cell grammar's formatters ("DATA; CRM+14", "Data:2; Marketing:1").
[[nodiscard]] std::string writeCapabilitiesCsv(const Plan &plan);

/// The teams: `team,capacity,max_changes_per_wave,capacity_w1..capacity_wN`, N being the
/// highest wave any team overrides; one row per team in plan order, empty cells for "not set".
[[nodiscard]] std::string writeTeamsCsv(const Plan &plan);

} // namespace waveplan
