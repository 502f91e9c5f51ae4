#pragma once
/// @file csv_capabilities_import.h
/// Reads `capabilities.csv` (columns in docs/import-export.md) into capabilities and
/// dependencies. Teams named in `demand` are only collected here; whether they exist is
/// checked against teams.csv by importPlanFromCsv.

#include "core/io/csv_errors.h"
#include "core/io/csv_reader.h"
#include "core/model/capability.h"
#include "core/model/dependency.h"
#include "core/model/team.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// A team named in a demand cell, and that cell.
struct CsvTeamMention {
    std::string team;
    CsvField cell;
};

struct CsvCapabilities {
    std::vector<Capability> capabilities; ///< in file order
    /// Grouped by successor in file order; within one successor in the order its depends_on
    /// cell lists them (the canonical dependency order of a CSV import).
    std::vector<Dependency> dependencies;
    std::vector<CsvTeamMention> teamMentions; ///< in file order
};

/// The dates a capability's progress is checked against (tracking.h): the plan's start date
/// and its as-of date. The defaults check only that the progress is consistent in itself.
struct CsvProgressDates {
    Date planStart{std::chrono::year{1}, std::chrono::January, std::chrono::day{1}};
    std::optional<Date> asOf;
};

/// The column names of capabilities.csv in the order writeCapabilitiesCsv writes them: the
/// progress columns (status, actual_start, actual_finish, remaining_days) last.
[[nodiscard]] const std::vector<std::string_view> &capabilityColumnNames();

/// Reads the file; bad cells are reported to `errors` (the result is then incomplete and must
/// not become a plan). nullopt when the file cannot be read as rows at all. `knownTeams` (from
/// teams.csv) only decides whether a ',' in a demand cell belongs to a team's name. Progress
/// that breaks a rule of tracking.h is reported at the cell it is about.
[[nodiscard]] std::optional<CsvCapabilities> readCapabilitiesCsv(std::string_view text,
                                                                 std::string_view fileName,
                                                                 const std::vector<Team> &knownTeams,
                                                                 CsvErrorList &errors,
                                                                 const CsvProgressDates &progress = {});

} // namespace waveplan
