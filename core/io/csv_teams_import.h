#pragma once
/// @file csv_teams_import.h
/// Reads `teams.csv`: team, capacity, optional max_changes_per_wave and capacity_w1,
/// capacity_w2, ... per-wave overrides (see docs/import-export.md).

#include "core/io/csv_errors.h"
#include "core/model/team.h"

#include <optional>
#include <string_view>
#include <vector>

namespace waveplan {

/// The teams in file order. Bad cells are reported to `errors`; a team whose name is valid is
/// still returned (so that demand can be checked against it). nullopt when the file cannot be
/// read as rows at all (bad CSV, no header, missing required columns).
[[nodiscard]] std::optional<std::vector<Team>> readTeamsCsv(std::string_view text,
                                                            std::string_view fileName,
                                                            CsvErrorList &errors);

} // namespace waveplan
