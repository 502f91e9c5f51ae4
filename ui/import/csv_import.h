#pragma once
/// @file csv_import.h
/// File > Import CSV in the desktop app: the plan read from capabilities.csv (and optionally
/// teams.csv) with a name taken from the files, and the import errors as lines for the user.

#include "core/model/plan.h"
#include "core/util/result.h"

#include <QStringList>

#include <filesystem>
#include <optional>

namespace waveplan::ui {

/// The name an imported plan gets: the capabilities file's base name ("q3-roadmap" from
/// q3-roadmap.csv), or its folder's name when the file has the conventional name
/// "capabilities.csv"; "Untitled (imported)" when neither says anything.
[[nodiscard]] std::string importedPlanName(const std::filesystem::path &capabilities);

/// importPlanFromCsvFiles with default plan settings and importedPlanName.
[[nodiscard]] Result<Plan> importCsvPlan(const std::filesystem::path &capabilities,
                                         const std::optional<std::filesystem::path> &teams);

/// One "file:line:column: message" line per error.
[[nodiscard]] QStringList errorLines(const Errors &errors);

} // namespace waveplan::ui
