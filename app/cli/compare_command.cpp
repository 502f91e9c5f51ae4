// waveplan compare: two versions of a plan side by side, each scheduled as `waveplan schedule`
// would: what moved, what was added or removed, the end dates, the driving paths, each team's
// load and go-lives per wave, and cost per wave.

#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/output_path.h"
#include "app/cli/plan_input.h"

#include "core/model/date.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/compared_plan.h"
#include "core/schedule/plan_comparison.h"
#include "core/schedule/schedule.h"
#include "core/util/text.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>

#include <ostream>

namespace waveplan::cli {

namespace {

/// One side of the comparison: the file (with a baseline when named "FILE@BASELINE"), its plan
/// and its schedule.
struct Side {
    std::string spec;
    PlanInput input;
    std::optional<std::string> baseline;
    Plan plan;
    Schedule schedule;
};

std::string baselineNames(const Plan &plan)
{
    if (plan.baselines.empty())
        return "it has none";
    std::string names;
    for (const Baseline &b : plan.baselines)
        names += (names.empty() ? "it has: " : ", ") + b.name;
    return names;
}

std::string dayText(const Plan &plan, int endDay)
{
    if (endDay <= 0)
        return "no schedule";
    const int lastDay = endDay - 1;
    return formatIsoDate(waveplan::dateOfDay(plan, lastDay)) + " (wave " + std::to_string(waveGrid(plan).waveOf(lastDay)) + ")";
}

std::string shiftText(int days)
{
    return days == 0 ? "same start" : "starts " + daysLaterOrSooner(days);
}

class CompareCommand final : public Command {
public:
    CompareCommand(CLI::App &app, const FormatRegistry &formats)
        : Command(app.add_subcommand("compare", "Compare two versions of a plan: what moved, end dates, load, cost"))
        , m_formats(formats)
    {
        CLI::App &sub = *subcommand();
        sub.footer("Each plan is scheduled as 'waveplan schedule' would schedule it; a baseline\n"
                   "(plan.waveplan@\"Board approved\") keeps the schedule it was frozen with. Exit code 0\n"
                   "when both were read (whatever they hold), 1 when one cannot be read.\n"
                   "With -o comparison.pdf it also writes the one-page comparison for the board.\n"
                   "See docs/scheduling.md, \"Comparing two plans\", and docs/reports.md.");
        sub.add_option("a", m_from.spec,
                       "the plan to compare from (.waveplan, .json, capabilities .csv or MS Project .xml); FILE@BASELINE for a baseline "
                       "of it")
            ->required();
        sub.add_option("b", m_to.spec, "the plan to compare with, or FILE@BASELINE")->required();
        sub.add_flag("--json", m_json, "Print the comparison as JSON on stdout");
        sub.add_option("-o,--output", m_output,
                       "Also write the one-page comparison for the board as a PDF here (docs/reports.md)");
        sub.add_flag("-f,--force", m_force, "With --output: replace the file if it exists");
        sub.add_option("--paper", m_paper, "With --output: paper size, a4, letter, a3 or tabloid (default a4)")
            ->check(CLI::IsMember(paperNames(), CLI::ignore_case));
        sub.add_option("--orientation", m_orientation, "With --output: page orientation (default landscape)")
            ->check(CLI::IsMember({"portrait", "landscape"}, CLI::ignore_case));
        sub.add_option("--budget-schedules", m_options.budgetSchedules,
                       "Schedules the solver may try for each plan (deterministic; default: sized by the plan, 5000 up to about 1,000 capabilities)")
            ->check(CLI::PositiveNumber);
    }

    int run(std::ostream &out, std::ostream &err) override
    {
        if (const int bad = checkOutput(err); bad != Success)
            return bad;
        for (Side *side : {&m_from, &m_to}) {
            PlanSpec named = parsePlanSpec(side->spec);
            side->baseline = named.baseline;
            // The file and scenario; the baseline is read here, below.
            side->input.path = named.scenario ? named.file.string() + "#" + *named.scenario : named.file.string();
            ScheduleReference saved;
            Result<Plan> plan = loadPlanInput(side->input, m_formats, {}, {}, &saved);
            if (!plan) {
                err << "waveplan compare: " << plan.errorText() << '\n';
                return BadInput;
            }
            side->plan = std::move(plan).value();
            if (side->baseline) {
                const Baseline *baseline = side->plan.findBaseline(*side->baseline);
                if (baseline == nullptr) {
                    err << "waveplan compare: " << side->input.path.string() << " has no baseline called '"
                        << *side->baseline << "' (" << baselineNames(side->plan) << ")\n";
                    return BadInput;
                }
                // Frozen: compared as it was, never rescheduled.
                side->schedule = frozenSchedule(*baseline, side->plan);
                side->plan = frozenPlan(*baseline, side->plan);
                continue;
            }
            // As `waveplan schedule` would: a .waveplan keeps the waves it was saved with.
            ScheduleOptions options = m_options;
            options.reference = saved.empty() ? nullptr : &saved;
            side->schedule = computeSchedule(side->plan, options);
        }
        const PlanComparison comparison = comparePlans(m_from.plan, m_from.schedule, m_to.plan, m_to.schedule);
        if (m_output) {
            WriteRequest request;
            request.path = *m_output;
            request.overwrite = m_force;
            request.paper = m_paper ? parsePaper(*m_paper).value_or(Paper::A4) : Paper::A4;
            request.portrait = m_orientation && text::toLower(*m_orientation) == "portrait";
            const ComparedPlan from{m_from.spec, m_from.plan, m_from.schedule};
            const ComparedPlan to{m_to.spec, m_to.plan, m_to.schedule};
            if (const Status written = m_formats.comparisonWriter()(from, to, comparison, request); !written) {
                err << "waveplan compare: " << written.errorText() << '\n';
                return BadInput;
            }
        }
        if (m_json)
            out << toJson(comparison).dump(2) << '\n';
        else
            printText(out, comparison);
        if (m_output && !m_json)
            out << "\nWrote " << m_output->string() << ", the one-page comparison.\n";
        return Success;
    }

private:
    /// Before anything is read: the PDF's options need --output, which must name a .pdf this
    /// build can draw, in a folder that exists, not over a file unless --force.
    int checkOutput(std::ostream &err) const
    {
        if (!m_output) {
            for (const auto &[used, name] : {std::pair{m_force, "--force"}, std::pair{m_paper.has_value(), "--paper"},
                                             std::pair{m_orientation.has_value(), "--orientation"}})
                if (used) {
                    err << "waveplan compare: " << name << " goes with --output FILE.pdf, the one-page comparison\n";
                    return UsageError;
                }
            return Success;
        }
        if (lowerExtension(*m_output) != ".pdf") {
            err << "waveplan compare: --output " << m_output->string()
                << ": the comparison is written as a PDF; name the file *.pdf\n";
            return UsageError;
        }
        if (!m_formats.comparisonWriter()) {
            err << "waveplan compare: this build has no desktop app, so it cannot draw the comparison PDF\n";
            return UsageError;
        }
        if (const Status ok = checkOutputPath(*m_output, m_force); !ok) {
            err << "waveplan compare: " << ok.errorText() << '\n';
            return BadInput;
        }
        return Success;
    }

    nlohmann::json sideJson(const Side &side) const
    {
        return {{"file", side.input.path.string()},
                {"baseline", side.baseline ? nlohmann::json(*side.baseline) : nlohmann::json(nullptr)},
                {"name", side.plan.name},
                {"feasible", side.schedule.feasible},
                {"end_day", side.schedule.capabilities.empty() ? 0 : side.schedule.makespanDays}};
    }

    nlohmann::json toJson(const PlanComparison &c) const
    {
        nlohmann::json moved = nlohmann::json::array();
        for (const CapabilityMove &m : c.changes.moves)
            moved.push_back({{"key", m.key},
                             {"from_wave", m.fromWave},
                             {"to_wave", m.toWave},
                             {"from_start_day", m.fromStartDay},
                             {"to_start_day", m.toStartDay}});
        nlohmann::json load = nlohmann::json::array();
        for (const TeamWaveDelta &d : c.load)
            load.push_back({{"team", d.team},
                            {"wave", d.wave},
                            {"from_people_days_used", d.fromPeopleDaysUsed},
                            {"to_people_days_used", d.toPeopleDaysUsed},
                            {"people_days_used_delta", d.toPeopleDaysUsed - d.fromPeopleDaysUsed},
                            {"from_people_days_available", d.fromPeopleDaysAvailable},
                            {"to_people_days_available", d.toPeopleDaysAvailable},
                            {"from_go_lives", d.fromGoLives},
                            {"to_go_lives", d.toGoLives},
                            {"go_lives_delta", d.toGoLives - d.fromGoLives}});
        const auto costs = [](const std::vector<WaveCost> &list) {
            nlohmann::json array = nlohmann::json::array();
            for (const WaveCost &w : list)
                array.push_back({{"wave", w.wave}, {"cost", w.cost}});
            return array;
        };
        return {{"from", sideJson(m_from)},
                {"to", sideJson(m_to)},
                {"end", {{"from_day", c.changes.fromEndDay}, {"to_day", c.changes.toEndDay}}},
                {"moved", moved},
                {"added", c.changes.added},
                {"removed", c.changes.removed},
                {"driving_path", {{"from", c.fromDrivingPath}, {"to", c.toDrivingPath}}},
                {"load", load},
                {"cost_by_wave", {{"from", costs(c.fromCostByWave)}, {"to", costs(c.toCostByWave)}}}};
    }

    void printText(std::ostream &out, const PlanComparison &c) const
    {
        out << "Comparing " << m_from.spec << " (" << m_from.plan.name << ") with " << m_to.spec << " ("
            << m_to.plan.name << ")\n\n";
        const int shift = c.changes.toEndDay - c.changes.fromEndDay;
        out << "Ends: " << dayText(m_from.plan, c.changes.fromEndDay) << " -> " << dayText(m_to.plan, c.changes.toEndDay);
        if (c.changes.fromEndDay > 0 && c.changes.toEndDay > 0)
            out << (shift == 0 ? ": same end date" : ": " + daysLaterOrSooner(shift));
        out << '\n';
        for (const bool waveChanged : {true, false}) {
            std::vector<const CapabilityMove *> listed;
            for (const CapabilityMove &m : c.changes.moves)
                if (m.changedWave() == waveChanged)
                    listed.push_back(&m);
            out << '\n' << (waveChanged ? "Moved wave" : "Shifted within their wave") << " (" << listed.size() << ")\n";
            for (const CapabilityMove *m : listed) {
                out << "  " << m->key << ": ";
                if (waveChanged)
                    out << "wave " << m->fromWave << " -> " << m->toWave;
                else
                    out << "wave " << m->toWave;
                out << ", " << shiftText(m->startShiftDays()) << '\n';
            }
        }
        out << "\nAdded: " << drivingPathText(c.changes.added, ", ") << "\nRemoved: " << drivingPathText(c.changes.removed, ", ") << '\n';
        out << "\nDriving path\n  A: " << drivingPathText(c.fromDrivingPath, " > ") << "\n  B: " << drivingPathText(c.toDrivingPath, " > ") << '\n';
        out << "\nTeam load that differs (people-days used of available; go-lives)\n";
        bool anyLoad = false;
        for (const TeamWaveDelta &d : c.load) {
            if (!d.changed())
                continue;
            anyLoad = true;
            out << "  " << d.team << ", wave " << d.wave << ": " << d.fromPeopleDaysUsed << "/" << d.fromPeopleDaysAvailable
                << " -> " << d.toPeopleDaysUsed << "/" << d.toPeopleDaysAvailable << "; go-lives " << d.fromGoLives
                << " -> " << d.toGoLives << '\n';
        }
        if (!anyLoad)
            out << "  (none)\n";
        out << "\nCost by wave (capabilities starting in it)\n";
        for (std::size_t i = 0; i < c.fromCostByWave.size(); ++i)
            out << "  wave " << c.fromCostByWave[i].wave << ": " << text::formatDecimal(c.fromCostByWave[i].cost) << " -> "
                << text::formatDecimal(c.toCostByWave[i].cost) << '\n';
    }

    const FormatRegistry &m_formats;
    Side m_from;
    Side m_to;
    ScheduleOptions m_options;
    bool m_json = false;
    std::optional<std::filesystem::path> m_output;
    bool m_force = false;
    std::optional<std::string> m_paper;
    std::optional<std::string> m_orientation;
};

} // namespace

std::unique_ptr<Command> makeCompareCommand(CLI::App &app, const FormatRegistry &formats)
{
    return std::make_unique<CompareCommand>(app, formats);
}

} // namespace waveplan::cli
