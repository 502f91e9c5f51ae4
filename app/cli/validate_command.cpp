// waveplan validate: lists what is wrong with a plan, and whether it can be scheduled.

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/plan_input.h"
#include "app/cli/problem_json.h"

#include "core/validate/validation.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace waveplan::cli {

namespace {

class ValidateCommand final : public Command {
public:
    ValidateCommand(CLI::App &app, const FormatRegistry &formats)
        : Command(app.add_subcommand("validate", "List a plan's problems; exit 0 when it can be scheduled"))
        , m_formats(formats)
    {
        CLI::App &sub = *subcommand();
        sub.footer("Errors (cycles, unknown keys, demand above capacity, clashing waves...) stop a plan\n"
                   "from being scheduled: exit code 1. Warnings (missing owner or KPI, low readiness...)\n"
                   "are listed but the exit code stays 0.");
        m_input.addTo(sub, "plan to check (.waveplan, .json, capabilities .csv or MS Project .xml)");
        sub.add_flag("--json", m_json, "Print the problems as JSON on stdout");
        addReplanDateOption(sub, m_asOf);
    }

    int run(std::ostream &out, std::ostream &err) override
    {
        PlanSettingsOptions settings;
        settings.asOf = m_asOf;
        const Result<Plan> plan = loadPlanInput(m_input, m_formats, settings);
        if (!plan) {
            if (m_json)
                out << nlohmann::json{{"readable", false}, {"errors", errorStrings(plan.errors())}}.dump(2) << '\n';
            err << plan.errorText() << '\n';
            return BadInput;
        }
        const std::vector<Problem> problems = validatePlan(*plan);
        const bool schedulable = !hasErrors(problems);
        if (m_json)
            printJson(out, problems, schedulable);
        else
            printText(out, *plan, problems, schedulable);
        return schedulable ? Success : BadInput;
    }

private:
    static std::vector<std::string> errorStrings(const Errors &errors)
    {
        std::vector<std::string> text;
        for (const Error &e : errors)
            text.push_back(e.toString());
        return text;
    }

    static void printJson(std::ostream &out, const std::vector<Problem> &problems, bool schedulable)
    {
        out << nlohmann::json{{"readable", true}, {"schedulable", schedulable}, {"problems", problemsToJson(problems)}}
                   .dump(2)
            << '\n';
    }

    void printText(std::ostream &out, const Plan &plan, const std::vector<Problem> &problems, bool schedulable) const
    {
        int errors = 0;
        for (const Problem &p : problems) {
            errors += p.severity == Severity::Error ? 1 : 0;
            out << toString(p.severity) << ": " << p.message << '\n';
        }
        const auto warnings = static_cast<int>(problems.size()) - errors;
        out << m_input.path.string() << ": \"" << plan.name << "\", " << plan.capabilities.size()
            << " capabilities, " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning" : " warnings") << ". "
            << (schedulable ? "The plan can be scheduled." : "Fix the errors before the plan can be scheduled.")
            << '\n';
    }

    const FormatRegistry &m_formats;
    PlanInput m_input;
    std::optional<std::string> m_asOf; ///< --as-of: re-plan from this day
    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeValidateCommand(CLI::App &app, const FormatRegistry &formats)
{
    return std::make_unique<ValidateCommand>(app, formats);
}

} // namespace waveplan::cli
