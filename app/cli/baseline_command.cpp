// waveplan baseline: freeze the plan's schedule under a name, list, rename or delete baselines,
// writing the plan file back in one atomic save.

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/plan_input.h"

#include "core/edit/baseline_edits.h"
#include "core/model/cells/value_cells.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/schedule.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <ostream>
#include <vector>

namespace waveplan::cli {

namespace {

Date today() {
    return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

class BaselineCommand final : public Command {
public:
    BaselineCommand(CLI::App &app, const FormatRegistry &formats)
        : Command(app.add_subcommand(
              "baseline",
              "Freeze the plan's schedule as a named baseline; list, rename or delete baselines"))
        , m_formats(formats) {
        CLI::App &sub = *subcommand();
        sub.footer("A baseline is the schedule as it stands, frozen under a name, to measure the "
                   "plan against\n"
                   "later (waveplan compare PLAN@NAME PLAN; the report's --baseline section). The "
                   "plan is\n"
                   "scheduled as 'waveplan schedule' would (a .waveplan keeps the waves it was "
                   "saved with).\n"
                   "Examples:\n"
                   "  waveplan baseline year-one.waveplan --freeze \"Board approved\"\n"
                   "  waveplan baseline year-one.waveplan --list --json\n"
                   "  waveplan baseline year-one.waveplan --rename \"Board approved\" \"Board, Jan "
                   "2027\"\n"
                   "  waveplan baseline year-one.waveplan --delete \"Board, Jan 2027\"");
        sub.add_option("plan", m_path,
                       "the plan file to read and write back (.waveplan or plan .json)")
            ->required();
        auto *freeze = sub.add_option("--freeze", m_freeze,
                                      "Freeze the current schedule as a baseline called NAME");
        auto *rename =
            sub.add_option("--rename", m_rename, "Rename baseline OLD to NEW")->expected(2);
        auto *remove = sub.add_option("--delete", m_delete, "Delete the baseline called NAME");
        auto *list = sub.add_flag("--list", m_list,
                                  "List the baselines (the default when nothing else is asked)");
        freeze->excludes(rename)->excludes(remove)->excludes(list);
        rename->excludes(remove)->excludes(list);
        remove->excludes(list);
        sub.add_option("--date", m_date,
                       "With --freeze: the date it is frozen on, YYYY-MM-DD (default today)");
        sub.add_flag("--json", m_json, "With --list: print the baselines as JSON");
        sub.add_option("--budget-schedules", m_options.budgetSchedules,
                       "With --freeze: schedules the solver may try (deterministic; default: sized by the plan, 5000 up to about 1,000 capabilities)")
            ->check(CLI::PositiveNumber);
    }

    int run(std::ostream &out, std::ostream &err) override {
        const PlanSpec spec = parsePlanSpec(m_path.string());
        const Result<const Format *> format = m_formats.detect(spec.file, FormatAccess::Read);
        if (format && !format.value()->wholePlan) {
            err << "waveplan baseline: " << m_path.string() << ": a " << format.value()->name
                << " does not hold a whole plan; baselines live in a .waveplan or plan .json\n";
            return BadInput;
        }
        ScheduleReference saved;
        ScenarioSet scenarios; // a .waveplan's, all written back with the one changed
        PlanInput input;
        input.path = m_path;
        Result<Plan> loaded = loadPlanInput(input, m_formats, {}, {}, &saved, &scenarios);
        if (!loaded) {
            err << "waveplan baseline: " << loaded.errorText() << '\n';
            return BadInput;
        }
        const Plan &plan = loaded.value();

        Result<edit::PlanEdit> change = edit::PlanEdit{};
        if (m_freeze) {
            Date frozenOn = today();
            if (m_date) {
                const Result<Date> date = parseDateCell(*m_date, "--date");
                if (!date) {
                    err << "waveplan baseline: " << date.errorText() << '\n';
                    return BadInput;
                }
                frozenOn = date.value();
            }
            ScheduleOptions options = m_options;
            options.reference = saved.empty() ? nullptr : &saved;
            const Schedule schedule = computeSchedule(plan, options);
            if (schedule.capabilities.empty()) {
                err << "waveplan baseline: " << m_path.string()
                    << ": the plan cannot be scheduled (run 'waveplan validate'), so there is "
                       "nothing to freeze\n";
                return BadInput;
            }
            change = edit::freezeBaseline(plan, baselineOf(*m_freeze, frozenOn, plan, schedule));
        } else if (!m_rename.empty()) {
            change = edit::renameBaseline(plan, m_rename[0], m_rename[1]);
        } else if (m_delete) {
            change = edit::deleteBaseline(plan, *m_delete);
        } else {
            list(out, plan);
            return Success;
        }
        if (!change) {
            err << "waveplan baseline: " << m_path.string() << ": " << change.errorText() << '\n';
            return BadInput;
        }
        Plan changed = plan;
        if (const Result<edit::PlanEdit> applied = edit::apply(changed, change.value()); !applied) {
            err << "waveplan baseline: " << applied.errorText() << '\n';
            return BadInput;
        }
        WriteRequest request;
        request.path = spec.file;
        request.overwrite = true; // the file is the one just read
        request.acceptedSchedule = saved.empty() ? nullptr : &saved;
        if (!scenarios.scenarios.empty()) {
            const std::string &name = spec.scenario ? *spec.scenario : scenarios.currentScenario().name;
            for (Scenario &s : scenarios.scenarios)
                if (s.name == name)
                    s.plan = changed;
            request.scenarios = &scenarios;
        }
        const Format *writer = m_formats.detect(spec.file, FormatAccess::Write).value();
        if (const Status written = writer->writer(changed, request); !written) {
            err << "waveplan baseline: " << written.errorText() << '\n';
            return BadInput;
        }
        out << change->summary.text << " (" << m_path.string() << ")\n";
        return Success;
    }

private:
    void list(std::ostream &out, const Plan &plan) const {
        if (m_json) {
            nlohmann::json array = nlohmann::json::array();
            for (const Baseline &b : plan.baselines)
                array.push_back(
                    {{"name", b.name},
                     {"frozen_on", formatIsoDate(b.frozenOn)},
                     {"start_date", formatIsoDate(b.startDate)},
                     {"end_day", b.endDay},
                     {"end_date", formatIsoDate(b.dateOfDay(std::max(0, b.endDay - 1)))},
                     {"capabilities", b.capabilities.size()}});
            out << nlohmann::json{{"baselines", array}}.dump(2) << '\n';
            return;
        }
        if (plan.baselines.empty()) {
            out << m_path.string() << " has no baselines. Freeze one with --freeze NAME.\n";
            return;
        }
        for (const Baseline &b : plan.baselines)
            out << b.name << ": frozen " << formatIsoDate(b.frozenOn) << ", "
                << b.capabilities.size() << " capabilities, ends "
                << formatIsoDate(b.dateOfDay(std::max(0, b.endDay - 1))) << '\n';
    }

    const FormatRegistry &m_formats;
    std::filesystem::path m_path;
    std::optional<std::string> m_freeze;
    std::vector<std::string> m_rename;
    std::optional<std::string> m_delete;
    std::optional<std::string> m_date;
    bool m_list = false;
    bool m_json = false;
    ScheduleOptions m_options;
};

} // namespace

std::unique_ptr<Command> makeBaselineCommand(CLI::App &app, const FormatRegistry &formats) {
    return std::make_unique<BaselineCommand>(app, formats);
}

} // namespace waveplan::cli
