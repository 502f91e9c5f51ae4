#pragma once
/// @file capabilities_csv.h
/// The spreadsheet form of a plan: `capabilities.csv` and `teams.csv` (columns in
/// docs/file-format.md). Import is all or nothing: any error and no plan is produced.

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
/// its teams, capabilities and dependencies are ignored. Every error names the file, the line
/// and the column and what was expected; teams named in `demand` but not in the teams file are
/// an error naming them. On success the plan has no structural errors.
[[nodiscard]] Result<Plan> importPlanFromCsv(const CsvSource &capabilities,
                                             const std::optional<CsvSource> &teams,
                                             const Plan &settings = {});

/// Reads the files and calls importPlanFromCsv; a missing or unreadable file is an error.
[[nodiscard]] Result<Plan> importPlanFromCsvFiles(const std::filesystem::path &capabilities,
                                                  const std::optional<std::filesystem::path> &teams,
                                                  const Plan &settings = {});

/// The capabilities in the import format (header + one row per capability, dependencies in
/// `depends_on`); importing it with writeTeamsCsv's output gives back an equal plan apart from
/// plan settings and map positions, which CSV does not carry.
[[nodiscard]] std::string writeCapabilitiesCsv(const Plan &plan);
[[nodiscard]] std::string writeTeamsCsv(const Plan &plan);

} // namespace waveplan
