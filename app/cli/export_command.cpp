// waveplan export: a plan into JSON, spreadsheets, another .waveplan file, a PDF report, or a
// PNG/SVG picture of the dependency map or the wave board (drawn through the render hooks).

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/format_choice.h"
#include "app/cli/output_path.h"
#include "app/cli/plan_input.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <regex>
#include <tuple>

namespace waveplan::cli {

namespace {

/// "1920x1080" -> {1920, 1080}; each side 16 to 20,000.
std::optional<std::pair<int, int>> parseSize(const std::string &text)
{
    static const std::regex pattern{R"(^\s*(\d{1,5})\s*[xX]\s*(\d{1,5})\s*$)"};
    std::smatch m;
    if (!std::regex_match(text, m, pattern))
        return std::nullopt;
    const int w = std::stoi(m[1].str());
    const int h = std::stoi(m[2].str());
    if (w < 16 || h < 16 || w > 20000 || h > 20000)
        return std::nullopt;
    return std::pair{w, h};
}

/// `sections` name `section`.
bool names(const std::vector<ReportSection> &sections, ReportSection section)
{
    return std::find(sections.begin(), sections.end(), section) != sections.end();
}

class ExportCommand final : public Command {
public:
    ExportCommand(CLI::App &app, const FormatRegistry &formats)
        : Command(app.add_subcommand("export", "Write a plan as JSON, spreadsheets, an Excel workbook, a .waveplan file, a PDF report, a picture, a yEd map, a calendar, a Graphviz graph or MS Project XML"))
        , m_formats(formats)
    {
        CLI::App &sub = *subcommand();
        sub.footer("The format follows the output's extension:\n"
                   "  .json      the complete plan (docs/json-format.md)\n"
                   "  .csv       the capabilities in the import format; --teams-out writes teams.csv too\n"
                   "             (--format schedule-csv: the wave plan instead, as `schedule --csv`)\n"
                   "  .waveplan  a plan file\n"
                   "  .pdf       the wave-plan report (docs/reports.md): --paper, --orientation\n"
                   "  .png .svg  a picture of the map or the board: --view, --size, --dpi\n"
                   "  .graphml   the dependency map for yEd, laid out as Waveplan draws it (docs/import-export.md)\n"
                   "  .xlsx      an Excel workbook: the wave plan, each team's load per wave, the problems\n"
                   "  .ics       a calendar: an event per wave and per go-live, updated in place on re-import\n"
                   "  .dot .gv   the dependency graph for Graphviz, waves as ranks (dot -Tsvg plan.dot)\n"
                   "  .xml       MS Project XML: tasks at Waveplan's dates, links, a resource per team\n"
                   "The extension may be in any case (REPORT.PDF). Reports and pictures need no display.\n"
                   "Examples:\n"
                   "  waveplan export year-one.waveplan -o year-one.json\n"
                   "  waveplan export year-one.waveplan -o capabilities.csv --teams-out teams.csv\n"
                   "  waveplan export year-one.waveplan -o report.pdf --paper letter --orientation portrait\n"
                   "  waveplan export year-one.waveplan -o report.pdf --baseline \"Board approved\"\n"
                   "  waveplan export year-one.waveplan -o waves.csv --format schedule-csv\n"
                   "  waveplan export year-one.waveplan -o go-lives.ics\n"
                   "  waveplan export year-one.waveplan -o year-one.xml   (opens in MS Project, ProjectLibre)\n"
                   "  waveplan export year-one.waveplan -o map.svg --view map --size 2400x1400");
        m_input.addTo(sub, "plan to export (.waveplan, .json, capabilities .csv or MS Project .xml)");
        sub.add_option("-o,--output", m_output, "File to write; its extension picks the format")->required();
        addReplanDateOption(sub, m_asOf);
        sub.add_option("--format", m_format,
                       "The format to write, whatever the output's extension: " + writableFormatIds(formats) +
                           " (schedule-csv: the wave plan as a spreadsheet table, as `schedule --csv`)");
        sub.add_option("--teams-out", m_teamsOut, "With a .csv output: also write the teams spreadsheet here");
        sub.add_flag("-f,--force", m_force, "Replace output files that exist");
        sub.add_option("--paper", m_paper, "With a .pdf output: paper size, a4, letter, a3 or tabloid (default a4)")
            ->check(CLI::IsMember(paperNames(), CLI::ignore_case));
        sub.add_option("--orientation", m_orientation, "With a .pdf output: page orientation (default landscape)")
            ->check(CLI::IsMember({"portrait", "landscape"}, CLI::ignore_case));
        sub.add_flag("--no-map", m_noMap, "With a .pdf output: leave out the dependency map (the whole map and each wave's part)");
        sub.add_flag("--no-board", m_noBoard, "With a .pdf output: leave out the wave board (the default: the report has it only "
                                             "when --sections names board)");
        sub.add_option("--baseline", m_baseline,
                       "With a .pdf output: add a \"Changes since\" section against the plan's baseline NAME");
        sub.add_option("--sections", m_sections,
                       "With a .pdf output: the sections to include, comma-separated, in any order (the report keeps "
                       "its own): summary, roadmap, waves, map, board, changes, critical, capacity, risks (default: "
                       "all but board; changes needs --baseline). map: each wave's part of the map with the wave, "
                       "and the whole map when it fits one page legibly (tiled when waves is left out)");
        sub.add_option("--view", m_view,
                       "With a .png or .svg output: what to draw, map, board or roadmap (a titled slide; default map)")
            ->check(CLI::IsMember({"map", "board", "roadmap"}, CLI::ignore_case));
        sub.add_option("--size", m_size, "With a .png or .svg output: picture size WIDTHxHEIGHT (default 1920x1080)");
        sub.add_option("--title", m_title,
                       "With a .png or .svg output: a title above the picture (the roadmap slide's, instead of the "
                       "plan's name)");
        sub.add_flag("--legend", m_legend,
                     "With a .png or .svg output of the map or the board: a legend under the picture (the roadmap "
                     "slide always has one)");
        sub.add_option("--dpi", m_dpi, "With a .png output: dots per inch written into the file (default 96)")
            ->check(CLI::Range(24, 2400));
        sub.add_option("--budget-schedules", m_budgetSchedules,
                       "With a report, picture, yEd map or wave-plan CSV: schedules the solver may try (default: sized "
                       "by the plan, as waveplan schedule)")
            ->check(CLI::PositiveNumber);
    }

    int run(std::ostream &out, std::ostream &err) override
    {
        const Result<const Format *> chosen = chosenFormat();
        if (!chosen) {
            err << "waveplan export: " << chosen.errorText() << '\n';
            return UsageError;
        }
        const Format &format = *chosen.value();
        if (const std::string misuse = optionMisuse(format); !misuse.empty()) {
            err << "waveplan export: " << misuse << '\n';
            return UsageError;
        }
        if (!format.writer) {
            err << "waveplan export: this build cannot render PDF/PNG/SVG (it was built without the desktop "
                   "app); export .json or .csv instead\n";
            return UsageError;
        }
        const std::optional<Plan> plan = checkOutputsAndLoad({m_output, m_teamsOut}, err);
        if (!plan)
            return BadInput;
        if (m_baseline && !plan->findBaseline(*m_baseline)) {
            std::string names;
            for (const Baseline &b : plan->baselines)
                names += (names.empty() ? "" : ", ") + b.name;
            err << "waveplan export: --baseline: " << m_input.path.string() << " has no baseline called '" << *m_baseline
                << "' (" << (names.empty() ? "it has none; freeze one with 'waveplan baseline'" : "it has: " + names)
                << ")\n";
            return BadInput;
        }
        WriteRequest toWrite = request();
        // A .waveplan saved with its schedule is drawn (and copied) with those waves.
        toWrite.acceptedSchedule = m_saved.empty() ? nullptr : &m_saved;
        if (const Status written = format.writer(*plan, toWrite); !written) {
            err << "waveplan export: " << written.errorText() << '\n';
            return BadInput;
        }
        out << "Wrote " << m_output.string() << (m_teamsOut ? " and " + m_teamsOut->string() : "") << ".\n";
        return Success;
    }

private:
    /// The format named by --format, else the one the output's extension says.
    [[nodiscard]] Result<const Format *> chosenFormat() const
    {
        if (!m_format)
            return m_formats.detect(m_output, FormatAccess::Write);
        const Format *format = m_formats.find(*m_format);
        if (!format || !format->canWrite())
            return Error{"--format: unknown format \"" + *m_format + "\"; expected one of " +
                         writableFormatIds(m_formats),
                         "", 0, 0};
        return format;
    }

    /// An option that does not go with `format`, or an empty string.
    [[nodiscard]] std::string optionMisuse(const Format &format) const
    {
        const std::pair<FormatOption, bool> given[] = {
            {FormatOption::TeamsOut, m_teamsOut.has_value()}, {FormatOption::Paper, m_paper.has_value()},
            {FormatOption::Orientation, m_orientation.has_value()}, {FormatOption::NoMap, m_noMap},
            {FormatOption::NoBoard, m_noBoard}, {FormatOption::View, m_view.has_value()},
            {FormatOption::Size, m_size.has_value()}, {FormatOption::Dpi, m_dpi.has_value()},
            {FormatOption::BudgetSchedules, m_budgetSchedules.has_value()},
            {FormatOption::Baseline, m_baseline.has_value()}, {FormatOption::Sections, m_sections.has_value()},
            {FormatOption::Title, m_title.has_value()}, {FormatOption::Legend, m_legend}};
        for (const auto &[option, used] : given)
            if (used && !format.takes(option))
                return cli::optionMisuse(m_formats, option, FormatAccess::Write);
        if (m_sections) {
            const Result<std::vector<ReportSection>> sections = parseSections(*m_sections);
            if (!sections)
                return sections.errors().front().message;
            const auto has = [&](ReportSection s) { return names(*sections, s); };
            if (has(ReportSection::Changes) && !m_baseline)
                return "--sections: changes needs --baseline NAME, the baseline to compare with";
            if ((m_noMap && has(ReportSection::Map)) || (m_noBoard && has(ReportSection::Board)))
                return std::string("--sections names a section that ") + (m_noMap ? "--no-map" : "--no-board") +
                       " leaves out; give one or the other";
        }
        if (m_size && !parseSize(*m_size))
            return "--size: expected WIDTHxHEIGHT in pixels, each from 16 to 20000, e.g. 1920x1080; got \"" + *m_size + "\"";
        return {};
    }

    [[nodiscard]] WriteRequest request() const
    {
        WriteRequest request;
        request.path = m_output;
        request.overwrite = m_force;
        request.teamsPath = m_teamsOut;
        request.paper = m_paper ? parsePaper(*m_paper).value_or(Paper::A4) : Paper::A4;
        request.portrait = m_orientation && lower(*m_orientation) == "portrait";
        request.includeMap = !m_noMap;
        request.includeBoard = false; // unless --sections names it; --no-board is the default
        request.baseline = m_baseline.value_or("");
        if (m_sections) { // checked in optionMisuse
            const std::vector<ReportSection> sections = parseSections(*m_sections).value();
            const auto has = [&](ReportSection s) { return names(sections, s); };
            if (!has(ReportSection::Changes)) // --baseline NAME --sections summary: no changes section
                request.baseline.clear();
            request.includeSummary = has(ReportSection::Summary);
            request.includeRoadmap = has(ReportSection::Roadmap);
            request.includeWaves = has(ReportSection::Waves);
            request.includeMap = has(ReportSection::Map);
            request.includeBoard = has(ReportSection::Board);
            request.includeCritical = has(ReportSection::Critical);
            request.includeCapacity = has(ReportSection::Capacity);
            request.includeRisks = has(ReportSection::Risks);
        }
        request.board = m_view && lower(*m_view) == "board";
        request.roadmap = m_view && lower(*m_view) == "roadmap";
        if (m_size)
            std::tie(request.width, request.height) = *parseSize(*m_size);
        request.dpi = m_dpi.value_or(request.dpi);
        request.title = m_title.value_or("");
        request.legend = m_legend;
        request.budgetSchedules = m_budgetSchedules.value_or(request.budgetSchedules);
        return request;
    }

    /// Checks that every output may be written, then reads the input plan (and the schedule a
    /// .waveplan was saved with, into m_saved); on failure says why on `err`.
    [[nodiscard]] std::optional<Plan> checkOutputsAndLoad(
        std::initializer_list<std::optional<std::filesystem::path>> outputs, std::ostream &err)
    {
        for (const auto &path : outputs)
            if (path)
                if (const Status ok = checkOutputPath(*path, m_force); !ok) {
                    err << "waveplan export: " << ok.errorText() << '\n';
                    return std::nullopt;
                }
        std::vector<std::string> notes;
        PlanSettingsOptions settings;
        settings.asOf = m_asOf;
        Result<Plan> plan = loadPlanInput(m_input, m_formats, settings, {}, &m_saved, nullptr, &notes);
        if (!plan) {
            err << plan.errorText() << '\n';
            return std::nullopt;
        }
        printNotes(err, "waveplan export", notes);
        return std::move(plan).value();
    }

    static std::string lower(std::string text)
    {
        for (char &c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    }

    const FormatRegistry &m_formats;
    PlanInput m_input;
    std::optional<std::string> m_asOf; ///< --as-of: re-plan from this day
    std::filesystem::path m_output;
    std::optional<std::string> m_format;
    std::optional<std::filesystem::path> m_teamsOut;
    bool m_force = false;
    std::optional<std::string> m_paper;
    std::optional<std::string> m_orientation;
    bool m_noMap = false;
    bool m_noBoard = false;
    std::optional<std::string> m_baseline;
    std::optional<std::string> m_sections;
    std::optional<std::string> m_view;
    std::optional<std::string> m_size;
    std::optional<int> m_dpi;
    std::optional<std::string> m_title;
    bool m_legend = false;
    std::optional<std::int64_t> m_budgetSchedules;
    ScheduleReference m_saved; ///< the schedule a .waveplan input was saved with
};

} // namespace

std::unique_ptr<Command> makeExportCommand(CLI::App &app, const FormatRegistry &formats)
{
    return std::make_unique<ExportCommand>(app, formats);
}

} // namespace waveplan::cli
