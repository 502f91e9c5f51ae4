#pragma once
/// @file format.h
/// One import or export format: its id, its name for users, its file extensions, the options it
/// takes, and the function that reads or writes it. Formats are registered once, in a
/// FormatRegistry (format_registry.h); the command line and the desktop app both go through it.

#include "core/model/plan.h"
#include "core/schedule/schedule_reference.h"
#include "core/store/scenario_set.h"
#include "core/util/result.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// A setting a format takes besides the file, named as on the command line.
enum class FormatOption {
    Teams,           ///< --teams: the teams spreadsheet read with a capabilities spreadsheet
    TeamsOut,        ///< --teams-out: the teams spreadsheet written with a capabilities spreadsheet
    Paper,           ///< --paper a4|letter|a3|tabloid
    Orientation,     ///< --orientation landscape|portrait
    NoMap,           ///< --no-map: leave the dependency map out of the report
    NoBoard,         ///< --no-board: leave the wave board out of the report
    View,            ///< --view map|board|roadmap: what a picture shows
    Size,            ///< --size WIDTHxHEIGHT of a picture
    Dpi,             ///< --dpi written into a PNG
    BudgetSchedules, ///< --budget-schedules of the schedule an output shows
    Baseline,        ///< --baseline NAME: the report's "Changes since" section
    Sections,        ///< --sections summary,roadmap,...: which sections a report holds
    Title,           ///< --title TEXT above a picture
    Legend,          ///< --legend: a legend under a picture of the map or the board
};

/// The option as written on the command line, e.g. "--teams-out".
[[nodiscard]] std::string_view optionName(FormatOption option);

/// The paper a report is printed on (`--paper`).
enum class Paper {
    A4,      ///< 210 x 297 mm, the default
    Letter,  ///< US Letter, 8.5 x 11 in
    A3,      ///< 297 x 420 mm: twice A4, for a roadmap on the wall
    Tabloid, ///< US Tabloid (ledger), 11 x 17 in
};

/// "a4", "letter", "a3", "tabloid": the names `--paper` takes and settings keep.
[[nodiscard]] std::string_view paperName(Paper paper);
/// The paper named `name` (any letter case), if it is one of paperName's.
[[nodiscard]] std::optional<Paper> parsePaper(std::string_view name);
/// Every paper's name, in the order above.
[[nodiscard]] std::vector<std::string> paperNames();

/// The sections of the PDF report, in the order the report holds them, as `--sections` names
/// them.
enum class ReportSection {
    Summary,  ///< "summary": the executive summary
    Roadmap,  ///< "roadmap": the one-page roadmap (teams as lanes, waves as columns, a bar each)
    Waves,    ///< "waves": a table per wave
    Map,      ///< "map": the dependency map
    Board,    ///< "board": the wave board, as the app draws it
    Changes,  ///< "changes": what changed since a baseline (needs --baseline)
    Critical, ///< "critical": what sets the end date
    Capacity, ///< "capacity": each team's load per wave
    Risks,    ///< "risks": problems and risks
};

[[nodiscard]] std::string_view sectionName(ReportSection section);
/// Every section's name, in the report's order.
[[nodiscard]] std::vector<std::string> sectionNames();
/// "summary,waves, map": the sections named (commas, spaces around them allowed, any letter
/// case, each at most once, at least one); an error naming the first word that is not one and
/// the names that are.
[[nodiscard]] Result<std::vector<ReportSection>> parseSections(std::string_view list);

/// What a reader needs besides the file.
struct ReadRequest {
    std::filesystem::path path;
    std::optional<std::filesystem::path> teams; ///< FormatOption::Teams
    /// Settings (name, start date, wave length, horizon, span) for a format that carries none,
    /// i.e. spreadsheets; formats that hold a whole plan ignore it.
    Plan settings;
    /// settings.startDate was given by the user (`--start`): a format with a start date of its
    /// own (MS Project XML) takes this one instead, and places its dates in waves from it.
    bool startGiven = false;
    /// settings.calendar's worked weekdays, its holidays, were given (`--workdays`, `--holidays`):
    /// a format with a calendar of its own (MS Project XML) takes them instead of its own.
    bool workdaysGiven = false;
    bool holidaysGiven = false;
    /// Out, may be null: the schedule a .waveplan file was saved with, or emptied when the file
    /// keeps none (saved without one, an older format, a damaged one). The other formats (plan
    /// JSON, spreadsheets) ignore it and leave it untouched, so pass an empty one.
    ScheduleReference *acceptedSchedule = nullptr;
    /// A .waveplan's scenario to read (`FILE#NAME` on the command line) instead of its current
    /// one; a name the file lacks is an error listing the ones it has. Other formats hold one
    /// plan: callers refuse a scenario for them.
    std::optional<std::string> scenario;
    /// Out, may be null: every scenario of a .waveplan, `current` as the file has it (which
    /// may not be the one read). Other formats leave it untouched.
    ScenarioSet *scenarios = nullptr;
    /// Out, may be null: what the reader changed or left out to fit the plan to Waveplan, one
    /// sentence each (MS Project XML: link types, milestones, calendars...). Formats that hold
    /// a Waveplan plan as it is leave it untouched.
    std::vector<std::string> *notes = nullptr;
};

/// What a writer needs besides the plan. Each format uses the fields of the options it takes.
struct WriteRequest {
    std::filesystem::path path;
    bool overwrite = false; ///< replace a file that exists; otherwise that is an error
    std::optional<std::filesystem::path> teamsPath; ///< FormatOption::TeamsOut
    Paper paper = Paper::A4;                        ///< FormatOption::Paper
    bool portrait = false;                          ///< otherwise landscape
    bool includeMap = true;
    bool includeBoard = false; ///< the wave board tiles badly on paper: only when asked for (--sections board)
    bool includeSummary = true;  ///< the report's other sections (FormatOption::Sections)
    bool includeRoadmap = true;
    bool includeWaves = true;
    bool includeCritical = true;
    bool includeCapacity = true;
    bool includeRisks = true;
    /// A report's "Changes since" section for the plan's baseline of this name; empty: none.
    std::string baseline;
    bool board = false;   ///< a picture of the wave board; otherwise of the dependency map
    bool roadmap = false; ///< a picture of the one-page roadmap, with a title (wins over `board`)
    int width = 1920;   ///< pixels (PNG) or user units (SVG)
    int height = 1080;
    int dpi = 96;       ///< written into a PNG; the drawing's own scale does not change
    /// A picture's title, above it (the roadmap slide's instead of the plan's name); empty: the
    /// map and board have none, the roadmap has the plan's name.
    std::string title;
    bool legend = false; ///< a legend under a picture of the map or the board (the roadmap always has one)
    /// The schedule an output shows is the solver's deterministic best within this many
    /// schedules (as `waveplan schedule`), so the same plan always gives the same file.
    /// 0 = sized by the plan (scheduleBudgetFor in core/schedule/schedule.h).
    std::int64_t budgetSchedules = 0;
    /// May be null: the plan's accepted schedule (the one on screen, the one a .waveplan was
    /// saved with). A .waveplan keeps it (in the same atomic save; entries whose key is not a
    /// capability of the plan are left out); the wave-plan spreadsheet, reports and pictures
    /// show its waves where they still hold (stable re-planning's first schedule, no search);
    /// plan JSON and the capabilities spreadsheets ignore it.
    const ScheduleReference *acceptedSchedule = nullptr;
    /// May be null: a .waveplan keeps all these scenarios (the plan written is then the current
    /// one's, with its accepted schedule); other formats write the plan they are given.
    const ScenarioSet *scenarios = nullptr;
};

/// Reads a plan; errors name the file (and line and column where the format knows them).
using PlanReader = std::function<Result<Plan>(const ReadRequest &)>;
/// Writes a plan atomically: on failure nothing is left half-written.
using PlanWriter = std::function<Status(const Plan &, const WriteRequest &)>;

struct Format {
    std::string id;                      ///< stable, e.g. "capabilities-csv"; `--format ID`
    std::string name;                    ///< for users, e.g. "Capabilities spreadsheet"
    std::vector<std::string> extensions; ///< lower case with the dot, the usual one first
    std::vector<FormatOption> options;
    PlanReader reader;                   ///< empty: the format cannot be read
    PlanWriter writer;                   ///< empty: cannot be written, or not in this build
    /// Drawn with Qt's painting (PDF, PNG, SVG) or laid out by its map (GraphML): the writer is supplied at run time by the GUI
    /// layer, and is missing in a build without it.
    bool drawing = false;
    /// Holds the whole plan (settings, map positions): it can be opened and saved as a document.
    bool wholePlan = false;

    [[nodiscard]] bool canRead() const { return static_cast<bool>(reader); }
    /// Written by this format, whether or not this build has the writer (see `drawing`).
    [[nodiscard]] bool canWrite() const { return drawing || static_cast<bool>(writer); }
    [[nodiscard]] bool takes(FormatOption option) const;
};

} // namespace waveplan
