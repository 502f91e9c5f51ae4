#pragma once
/// @file plan_input.h
/// Reading a plan named on the command line, whatever its form: a `.waveplan` file, a plan
/// `.json`, or a capabilities `.csv` (with its teams `.csv`).

#include "core/formats/format_registry.h"
#include "core/model/plan.h"
#include "core/util/result.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace waveplan::cli {

/// Plan settings given on the command line; each overrides the plan's own when set.
struct PlanSettingsOptions {
    std::optional<std::string> name;
    std::optional<std::string> startDate; ///< YYYY-MM-DD
    std::optional<int> waveLengthDays;
    std::optional<int> horizonWaves;
    bool noSpan = false;

    /// Adds --name, --start, --wave-length, --horizon, --no-span to `command`.
    void addTo(CLI::App &command);
};

struct PlanInput {
    std::filesystem::path path;
    std::optional<std::filesystem::path> teams; ///< only with a capabilities .csv

    /// Adds the positional (named `name`) and --teams to `command`.
    void addTo(CLI::App &command, const std::string &description, const std::string &name = "plan");
};

/// Reads the plan with the reader `formats` has for its extension and applies `settings`. Errors
/// name the file (and line and column where the format knows them). A spreadsheet without a
/// `name` setting takes its name from `fallbackName`. With `accepted`, a .waveplan's saved
/// schedule lands there (left empty for a file without one and for other formats).
[[nodiscard]] Result<Plan> loadPlanInput(const PlanInput &input, const FormatRegistry &formats,
                                         const PlanSettingsOptions &settings = {},
                                         const std::string &fallbackName = {},
                                         ScheduleReference *accepted = nullptr);

/// A plan named on the command line with an optional baseline: "FILE@BASELINE".
struct PlanWithBaseline {
    std::filesystem::path file;
    std::optional<std::string> baseline;
};

/// Splits `text` at the '@' that ends the name of a file that exists, trying the last '@'
/// first ("plan.waveplan@Board approved", "me@work.waveplan@Q1"). Text naming an existing file
/// as a whole, or with no such '@', is a file with no baseline.
[[nodiscard]] PlanWithBaseline splitBaseline(const std::string &text);

/// The first Monday on or after the first day of the next calendar quarter, counted from today:
/// the default start of a plan imported from spreadsheets.
[[nodiscard]] Date defaultStartDate();

} // namespace waveplan::cli
