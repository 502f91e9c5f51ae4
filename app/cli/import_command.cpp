// waveplan import: spreadsheets or a plan JSON into a .waveplan file.

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output_path.h"
#include "app/cli/plan_input.h"

#include "core/log/logging.h"

#include <spdlog/spdlog.h>

#include <ostream>

namespace waveplan::cli {

namespace {

class ImportCommand final : public Command {
public:
    ImportCommand(CLI::App &app, const FormatRegistry &formats)
        : Command(app.add_subcommand("import", "Create a .waveplan plan from spreadsheets, a plan JSON or an MS Project XML file"))
        , m_formats(formats)
    {
        CLI::App &sub = *subcommand();
        sub.footer("Examples:\n"
                   "  waveplan import capabilities.csv --teams teams.csv -o year-one.waveplan\n"
                   "  waveplan import plan.json -o plan.waveplan\n"
                   "  waveplan import project.xml -o programme.waveplan   (MS Project: File > Save As > XML)\n"
                   "An import with any error writes nothing; every error names the file, line and column.\n"
                   "What an import changes to fit Waveplan (e.g. MS Project link types) is listed as notes on stderr.");
        m_input.addTo(sub, "capabilities .csv, plan .json or MS Project .xml to import", "input");
        sub.add_option("-o,--output", m_output, "The .waveplan file to write")->required();
        sub.add_flag("-f,--force", m_force, "Replace the output file if it exists");
        m_settings.addTo(sub);
    }

    int run(std::ostream &out, std::ostream &err) override
    {
        const Format *planFile = m_formats.find(kPlanFileFormat);
        const Result<const Format *> output = m_formats.detect(m_output, FormatAccess::Write);
        if (!output || output.value() != planFile) {
            err << "waveplan import: the output must be a .waveplan file (got " << m_output << ")\n";
            return UsageError;
        }
        if (const Status ok = checkOutputPath(m_output, m_force); !ok) {
            err << "waveplan import: " << ok.errorText() << '\n';
            return BadInput;
        }
        std::vector<std::string> notes;
        const Result<Plan> plan =
            loadPlanInput(m_input, m_formats, m_settings, m_output.stem().string(), nullptr, nullptr, &notes);
        if (!plan) {
            err << plan.errorText() << "\nwaveplan import: nothing was written.\n";
            return BadInput;
        }
        WriteRequest request;
        request.path = m_output;
        request.overwrite = true; // checked above, with --force
        if (const Status saved = planFile->writer(*plan, request); !saved) {
            err << saved.errorText() << "\nwaveplan import: nothing was written.\n";
            return BadInput;
        }
        printNotes(err, "waveplan import", notes);
        log::get("app")->info("imported {} into {}", m_input.path.string(), m_output.string());
        out << "Wrote " << m_output.string() << ": " << plan->capabilities.size() << " capabilities, "
            << plan->dependencies.size() << " dependencies, " << plan->teams.size() << " teams.\n";
        return Success;
    }

private:
    const FormatRegistry &m_formats;
    PlanInput m_input;
    PlanSettingsOptions m_settings;
    std::filesystem::path m_output;
    bool m_force = false;
};

} // namespace

std::unique_ptr<Command> makeImportCommand(CLI::App &app, const FormatRegistry &formats)
{
    return std::make_unique<ImportCommand>(app, formats);
}

} // namespace waveplan::cli
