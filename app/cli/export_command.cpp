// waveplan export: a plan into JSON, spreadsheets, another .waveplan file, a PDF report, or a
// PNG/SVG picture of the dependency map or the wave board (drawn through the render hooks).

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output_path.h"
#include "app/cli/plan_input.h"
#include "app/cli/render_hook.h"

#include "core/io/atomic_file.h"
#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "core/store/plan_store.h"

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

class ExportCommand final : public Command {
public:
    explicit ExportCommand(CLI::App &app)
        : Command(app.add_subcommand("export", "Write a plan as JSON, spreadsheets, a .waveplan file, a PDF report or a picture"))
    {
        CLI::App &sub = *subcommand();
        sub.footer("The format follows the output's extension:\n"
                   "  .json      the complete plan (docs/json-format.md)\n"
                   "  .csv       the capabilities in the import format; --teams-out writes teams.csv too\n"
                   "  .waveplan  a plan file\n"
                   "  .pdf       the wave-plan report (docs/reports.md): --paper, --orientation\n"
                   "  .png .svg  a picture of the map or the board: --view, --size, --dpi\n"
                   "Reports and pictures need no display. Examples:\n"
                   "  waveplan export year-one.waveplan -o year-one.json\n"
                   "  waveplan export year-one.waveplan -o capabilities.csv --teams-out teams.csv\n"
                   "  waveplan export year-one.waveplan -o report.pdf --paper letter --orientation portrait\n"
                   "  waveplan export year-one.waveplan -o map.svg --view map --size 2400x1400");
        m_input.addTo(sub, "plan to export (.waveplan, .json, or capabilities .csv)");
        sub.add_option("-o,--output", m_output, "File to write; its extension picks the format")->required();
        sub.add_option("--teams-out", m_teamsOut, "With a .csv output: also write the teams spreadsheet here");
        sub.add_flag("-f,--force", m_force, "Replace output files that exist");
        sub.add_option("--paper", m_paper, "With a .pdf output: paper size (default a4)")
            ->check(CLI::IsMember({"a4", "letter"}, CLI::ignore_case));
        sub.add_option("--orientation", m_orientation, "With a .pdf output: page orientation (default landscape)")
            ->check(CLI::IsMember({"portrait", "landscape"}, CLI::ignore_case));
        sub.add_flag("--no-map", m_noMap, "With a .pdf output: leave out the dependency map");
        sub.add_flag("--no-board", m_noBoard, "With a .pdf output: leave out the wave board");
        sub.add_option("--view", m_view, "With a .png or .svg output: what to draw (default map)")
            ->check(CLI::IsMember({"map", "board"}, CLI::ignore_case));
        sub.add_option("--size", m_size, "With a .png or .svg output: picture size WIDTHxHEIGHT (default 1920x1080)");
        sub.add_option("--dpi", m_dpi, "With a .png output: dots per inch written into the file (default 96)")
            ->check(CLI::Range(24, 2400));
        sub.add_option("--budget-schedules", m_budgetSchedules,
                       "With a report or picture: schedules the solver may try (default 5000, as waveplan schedule)")
            ->check(CLI::PositiveNumber);
    }

    int run(std::ostream &out, std::ostream &err) override
    {
        const std::string ext = extensionOf(m_output);
        const bool drawing = ext == ".pdf" || ext == ".png" || ext == ".svg";
        if (ext != ".json" && ext != ".csv" && ext != ".waveplan" && !drawing) {
            err << "waveplan export: cannot tell the format from \"" << m_output.string()
                << "\": use .json, .csv, .waveplan, .pdf, .png or .svg\n";
            return UsageError;
        }
        if (const std::string misuse = optionMisuse(ext); !misuse.empty()) {
            err << "waveplan export: " << misuse << '\n';
            return UsageError;
        }
        if (drawing)
            return runDrawing(ext, out, err);
        if (m_teamsOut && ext != ".csv") {
            err << "waveplan export: --teams-out goes with a .csv output\n";
            return UsageError;
        }
        const std::optional<Plan> plan = checkOutputsAndLoad({m_output, m_teamsOut}, err);
        if (!plan)
            return BadInput;
        Status written = Ok{};
        if (ext == ".waveplan")
            written = savePlanFile(*plan, m_output);
        else if (ext == ".json")
            written = writeFileAtomically(m_output, planToJson(*plan));
        else {
            written = writeFileAtomically(m_output, writeCapabilitiesCsv(*plan));
            if (written && m_teamsOut)
                written = writeFileAtomically(*m_teamsOut, writeTeamsCsv(*plan));
        }
        if (!written) {
            err << written.errorText() << '\n';
            return BadInput;
        }
        out << "Wrote " << m_output.string() << (m_teamsOut ? " and " + m_teamsOut->string() : "") << ".\n";
        return Success;
    }

private:
    /// An option that does not go with this output format, or an empty string.
    [[nodiscard]] std::string optionMisuse(const std::string &ext) const
    {
        const bool pdf = ext == ".pdf";
        const bool picture = ext == ".png" || ext == ".svg";
        if (!pdf && (m_paper || m_orientation || m_noMap || m_noBoard))
            return "--paper, --orientation, --no-map and --no-board go with a .pdf output";
        if (!picture && (m_view || m_size))
            return "--view and --size go with a .png or .svg output";
        if (ext != ".png" && m_dpi)
            return "--dpi goes with a .png output";
        if (!pdf && !picture && m_budgetSchedules)
            return "--budget-schedules goes with a .pdf, .png or .svg output";
        if (m_size && !parseSize(*m_size))
            return "--size: expected WIDTHxHEIGHT in pixels, each from 16 to 20000, e.g. 1920x1080; got \"" + *m_size + "\"";
        return {};
    }

    /// Checks that every output may be written, then reads the input plan; on failure says why on `err`.
    [[nodiscard]] std::optional<Plan> checkOutputsAndLoad(
        std::initializer_list<std::optional<std::filesystem::path>> outputs, std::ostream &err) const
    {
        for (const auto &path : outputs)
            if (path)
                if (const Status ok = checkOutputPath(*path, m_force); !ok) {
                    err << "waveplan export: " << ok.errorText() << '\n';
                    return std::nullopt;
                }
        Result<Plan> plan = loadPlanInput(m_input);
        if (!plan) {
            err << plan.errorText() << '\n';
            return std::nullopt;
        }
        return std::move(plan).value();
    }

    static std::string lower(std::string text)
    {
        for (char &c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    }

    int runDrawing(const std::string &ext, std::ostream &out, std::ostream &err)
    {
        const RenderHooks &hooks = renderHooks();
        const bool pdf = ext == ".pdf";
        if ((pdf && !hooks.writeReport) || (!pdf && !hooks.writeImage)) {
            err << "waveplan export: this build cannot render PDF/PNG/SVG (it was built without the desktop "
                   "app); export .json or .csv instead\n";
            return UsageError;
        }
        const bool board = m_view && lower(*m_view) == "board";
        if (board && !hooks.boardUnavailable.empty()) {
            err << "waveplan export: --view board: " << hooks.boardUnavailable << '\n';
            return UsageError;
        }
        const std::optional<Plan> plan = checkOutputsAndLoad({m_output}, err);
        if (!plan)
            return BadInput;
        Status written = Ok{};
        if (pdf) {
            ReportRequest request;
            request.output = m_output;
            request.letter = m_paper && lower(*m_paper) == "letter";
            request.portrait = m_orientation && lower(*m_orientation) == "portrait";
            request.includeMap = !m_noMap;
            request.includeBoard = !m_noBoard && hooks.boardUnavailable.empty();
            request.budgetSchedules = m_budgetSchedules.value_or(request.budgetSchedules);
            request.overwrite = m_force;
            written = hooks.writeReport(*plan, request);
        } else {
            ImageRequest request;
            request.output = m_output;
            request.board = board;
            if (m_size)
                std::tie(request.width, request.height) = *parseSize(*m_size);
            request.dpi = m_dpi.value_or(request.dpi);
            request.budgetSchedules = m_budgetSchedules.value_or(request.budgetSchedules);
            request.overwrite = m_force;
            written = hooks.writeImage(*plan, request);
        }
        if (!written) {
            err << "waveplan export: " << written.errorText() << '\n';
            return BadInput;
        }
        out << "Wrote " << m_output.string() << ".\n";
        return Success;
    }

    PlanInput m_input;
    std::filesystem::path m_output;
    std::optional<std::filesystem::path> m_teamsOut;
    bool m_force = false;
    std::optional<std::string> m_paper;
    std::optional<std::string> m_orientation;
    bool m_noMap = false;
    bool m_noBoard = false;
    std::optional<std::string> m_view;
    std::optional<std::string> m_size;
    std::optional<int> m_dpi;
    std::optional<std::int64_t> m_budgetSchedules;
};

} // namespace

std::unique_ptr<Command> makeExportCommand(CLI::App &app)
{
    return std::make_unique<ExportCommand>(app);
}

} // namespace waveplan::cli
