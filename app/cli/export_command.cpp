// waveplan export: a plan into JSON, spreadsheets or another .waveplan file.

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output_path.h"
#include "app/cli/plan_input.h"

#include "core/io/atomic_file.h"
#include "core/io/capabilities_csv.h"
#include "core/io/plan_json.h"
#include "core/store/plan_store.h"

#include <ostream>

namespace waveplan::cli {

namespace {

class ExportCommand final : public Command {
public:
    explicit ExportCommand(CLI::App &app)
        : Command(app.add_subcommand("export", "Write a plan as JSON, spreadsheets or a .waveplan file"))
    {
        CLI::App &sub = *subcommand();
        sub.footer("The format follows the output's extension:\n"
                   "  .json      the complete plan (docs/json-format.md)\n"
                   "  .csv       the capabilities in the import format; --teams-out writes teams.csv too\n"
                   "  .waveplan  a plan file\n"
                   "Examples:\n"
                   "  waveplan export year-one.waveplan -o year-one.json\n"
                   "  waveplan export year-one.waveplan -o capabilities.csv --teams-out teams.csv");
        m_input.addTo(sub, "plan to export (.waveplan, .json, or capabilities .csv)");
        sub.add_option("-o,--output", m_output, "File to write; its extension picks the format")->required();
        sub.add_option("--teams-out", m_teamsOut, "With a .csv output: also write the teams spreadsheet here");
        sub.add_flag("-f,--force", m_force, "Replace output files that exist");
    }

    int run(std::ostream &out, std::ostream &err) override
    {
        const std::string ext = extensionOf(m_output);
        if (ext != ".json" && ext != ".csv" && ext != ".waveplan") {
            err << "waveplan export: cannot tell the format from \"" << m_output.string()
                << "\": use .json, .csv or .waveplan\n";
            return UsageError;
        }
        if (m_teamsOut && ext != ".csv") {
            err << "waveplan export: --teams-out goes with a .csv output\n";
            return UsageError;
        }
        for (const auto &path : {std::optional(m_output), m_teamsOut})
            if (path)
                if (const Status ok = checkOutputPath(*path, m_force); !ok) {
                    err << "waveplan export: " << ok.errorText() << '\n';
                    return BadInput;
                }
        const Result<Plan> plan = loadPlanInput(m_input);
        if (!plan) {
            err << plan.errorText() << '\n';
            return BadInput;
        }
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
    PlanInput m_input;
    std::filesystem::path m_output;
    std::optional<std::filesystem::path> m_teamsOut;
    bool m_force = false;
};

} // namespace

std::unique_ptr<Command> makeExportCommand(CLI::App &app)
{
    return std::make_unique<ExportCommand>(app);
}

} // namespace waveplan::cli
