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
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan::cli {

/// Plan settings given on the command line; each overrides the plan's own when set.
struct PlanSettingsOptions {
    std::optional<std::string> name;
    std::optional<std::string> startDate; ///< YYYY-MM-DD
    std::optional<int> waveLengthDays;
    std::optional<int> horizonWaves;
    bool noSpan = false;
    std::optional<std::string> workdays;              ///< "mon-fri", "all"... (parseWorkedWeekdays)
    std::optional<std::filesystem::path> holidays;    ///< a holidays .csv (date,name)
    std::optional<std::string> waves;                 ///< "quarter", "90d"... (parseWaveChoice)
    std::optional<std::string> fiscalYearStart;       ///< a month (parseMonth)
    std::optional<std::string> asOf;                  ///< YYYY-MM-DD or "today": the day the progress describes

    /// Adds --name, --start, --wave-length, --horizon, --no-span, --workdays, --holidays,
    /// --waves, --fiscal-year-start and --as-of to `command`.
    void addTo(CLI::App &command);
};

/// Adds --as-of to a command that reads a plan to schedule it (schedule, export, validate): the
/// day to re-plan from, YYYY-MM-DD or "today", in place of the plan's own as-of date. Give the
/// value to loadPlanInput as PlanSettingsOptions::asOf.
void addReplanDateOption(CLI::App &command, std::optional<std::string> &asOf);

struct PlanInput {
    /// The file, or "FILE#SCENARIO" for a scenario of a .waveplan (see parsePlanSpec).
    std::filesystem::path path;
    std::optional<std::filesystem::path> teams; ///< only with a capabilities .csv

    /// Adds the positional (named `name`) and --teams to `command`.
    void addTo(CLI::App &command, const std::string &description, const std::string &name = "plan");
};

/// Reads the plan with the reader `formats` has for its extension and applies `settings`; a
/// "FILE#SCENARIO" reads that scenario of a .waveplan ("FILE@BASELINE" is refused here: only
/// `compare` reads baselines). Errors
/// name the file (and line and column where the format knows them). A spreadsheet without a
/// `name` setting takes its name from `fallbackName`. With `accepted`, a .waveplan's saved
/// schedule lands there (left empty for a file without one and for other formats). With
/// `scenarios`, a .waveplan's scenarios land there (ReadRequest::scenarios). With `notes`, what
/// the reader changed to fit the plan lands there (ReadRequest::notes; printNotes says them).
[[nodiscard]] Result<Plan> loadPlanInput(const PlanInput &input, const FormatRegistry &formats,
                                         const PlanSettingsOptions &settings = {},
                                         const std::string &fallbackName = {},
                                         ScheduleReference *accepted = nullptr, ScenarioSet *scenarios = nullptr,
                                         std::vector<std::string> *notes = nullptr);

/// Writes each of `notes` as "COMMAND: note: SENTENCE" on its own line.
void printNotes(std::ostream &err, std::string_view command, const std::vector<std::string> &notes);

/// A plan named on the command line: "FILE", "FILE#SCENARIO", "FILE@BASELINE" or
/// "FILE#SCENARIO@BASELINE".
struct PlanSpec {
    std::filesystem::path file;
    std::optional<std::string> scenario;
    std::optional<std::string> baseline;
};

/// Splits `text` after the longest prefix that names an existing file and is followed by '#' or
/// '@' ("plan.waveplan#Plan B@Board approved", "me@work.waveplan@Q1"); the scenario runs to the
/// next '@' (scenario names hold no '@'). Text naming an existing file as a whole, or with no
/// such prefix, is a file alone.
[[nodiscard]] PlanSpec parsePlanSpec(const std::string &text);

/// The first Monday on or after the first day of the next calendar quarter, counted from today:
/// the default start of a plan imported from spreadsheets.
[[nodiscard]] Date defaultStartDate();

} // namespace waveplan::cli
