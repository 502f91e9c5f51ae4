// waveplan schedule: the wave plan of a plan, as a readable table, as JSON or as a spreadsheet.

#include "app/cli/schedule_command.h"

#include "app/cli/cli.h"
#include "app/cli/output_path.h"
#include "app/cli/plan_input.h"
#include "app/cli/problem_json.h"

#include "core/io/atomic_file.h"
#include "core/io/schedule_csv.h"
#include "core/io/schedule_reference_json.h"
#include "core/model/tracking.h"
#include "core/model/wave_heading.h"
#include "core/schedule/schedule_changes.h"

#include "core/schedule/schedule.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>

namespace waveplan::cli {

namespace {

std::string joined(const std::vector<std::string> &keys, const std::string &separator)
{
    std::string text;
    for (const std::string &k : keys)
        text += (text.empty() ? "" : separator) + k;
    return text;
}

nlohmann::json reasonJson(const StartReason &r)
{
    nlohmann::json j{{"kind", toString(r.kind)}, {"text", r.sentence}};
    switch (r.kind) {
    case ReasonKind::Predecessor:
        j["predecessor"] = r.predecessor;
        j["lag_days"] = r.lagDays;
        break;
    case ReasonKind::TeamFull:
    case ReasonKind::GoLiveLimit:
        j["team"] = r.team;
        j["wave"] = r.wave;
        break;
    case ReasonKind::Pinned:
    case ReasonKind::EarliestWave:
    case ReasonKind::NoSpan:
        j["wave"] = r.wave;
        break;
    case ReasonKind::Start:
    case ReasonKind::Deferred:
    case ReasonKind::AsOf:
    case ReasonKind::UnderWay:
    case ReasonKind::Done:
        break;
    }
    return j;
}

/// {key, held_by: {kind, key?, team?, wave?, lag_days?}}, as docs/json-format.md describes.
nlohmann::json drivingLinkJson(const DrivingLink &link)
{
    nlohmann::json heldBy{{"kind", toString(link.heldBy)}};
    if (!link.holder.empty())
        heldBy["key"] = link.holder;
    if (!link.team.empty())
        heldBy["team"] = link.team;
    if (link.wave > 0)
        heldBy["wave"] = link.wave;
    if (link.heldBy == HoldKind::Predecessor)
        heldBy["lag_days"] = link.lagDays;
    return {{"key", link.key}, {"held_by", heldBy}};
}

class ScheduleCommand final : public Command {
public:
    ScheduleCommand(CLI::App &app, const FormatRegistry &formats)
        : Command(app.add_subcommand("schedule", "Compute the waves, slack and driving path of a plan"))
        , m_formats(formats)
    {
        CLI::App &sub = *subcommand();
        sub.footer("Exit code 0 when every hard constraint holds; 1 when the plan cannot be read, is\n"
                   "invalid, or its constraints clash (the closest schedule is still printed, marked\n"
                   "not feasible, with the clashes). See docs/scheduling.md for every field.");
        m_input.addTo(sub, "plan to schedule (.waveplan, .json, capabilities .csv or MS Project .xml)");
        auto *json = sub.add_flag("--json", m_json, "Print the schedule as JSON on stdout");
        sub.add_flag("--csv", m_csv,
                     "Print the wave plan as a spreadsheet table: one row per capability with its wave, "
                     "dates, teams, owner, KPI and reason (docs/import-export.md)")
            ->excludes(json);
        addReplanDateOption(sub, m_asOf);
        sub.add_option("-o,--output", m_output, "Write the table, JSON or CSV to this file instead of stdout");
        sub.add_flag("-f,--force", m_force, "With -o: replace the file if it exists");
        sub.add_option("--budget-schedules", m_options.budgetSchedules,
                       "Schedules the solver may try (deterministic; default: sized by the plan, 5000 up to about 1,000 capabilities)")
            ->check(CLI::PositiveNumber);
        sub.add_option("--budget-ms", m_options.budgetMilliseconds,
                       "Stop searching after this many milliseconds (0 = no time limit)")
            ->check(CLI::NonNegativeNumber);
        sub.add_flag("--optimise", m_optimise,
                     "Optimise freely, ignoring the schedule a .waveplan was saved with (by default a saved "
                     "plan keeps its waves, as the app shows them)");
        sub.add_option("--stable-from", m_stableFrom,
                       "Re-plan close to a previous 'schedule --json' output: a capability moves only when the plan "
                       "forces it or a free schedule ends more than 2% sooner; the JSON gains 'changes' and "
                       "'end_shift_days', the table a line saying what moved (docs/scheduling.md)");
    }

    int run(std::ostream &out, std::ostream &err) override
    {
        if (!m_output)
            return runTo(out, err);
        if (const Status ok = checkOutputPath(*m_output, m_force); !ok) {
            err << "waveplan schedule: " << ok.errorText() << '\n';
            return BadInput;
        }
        std::ostringstream text;
        const int code = runTo(text, err);
        if (code != Success && text.str().empty())
            return code;
        if (const Status written = writeFileAtomically(*m_output, text.str(), m_force); !written) {
            err << "waveplan schedule: " << written.errorText() << '\n';
            return BadInput;
        }
        return code;
    }

private:
    int runTo(std::ostream &out, std::ostream &err)
    {
        ScheduleReference saved;
        PlanSettingsOptions settings;
        settings.asOf = m_asOf;
        const Result<Plan> plan = loadPlanInput(m_input, m_formats, settings, {}, &saved);
        if (!plan) {
            if (m_json) {
                std::vector<std::string> errors;
                for (const Error &e : plan.errors())
                    errors.push_back(e.toString());
                out << nlohmann::json{{"readable", false}, {"feasible", false}, {"errors", errors}}.dump(2) << '\n';
            }
            err << plan.errorText() << '\n';
            return BadInput;
        }
        std::optional<ScheduleReference> reference;
        if (m_stableFrom) {
            Result<ScheduleReference> read = readScheduleReferenceFile(*m_stableFrom);
            if (!read) {
                err << "waveplan schedule: --stable-from: " << read.errorText() << '\n';
                return BadInput;
            }
            reference = std::move(read).value();
        }
        ScheduleOptions options = m_options;
        // An explicit reference, else the schedule the plan was saved with (unless --optimise).
        options.reference = reference ? &*reference : (m_optimise || saved.empty() ? nullptr : &saved);
        const Schedule schedule = computeSchedule(*plan, options);
        if (m_json) {
            nlohmann::json json = toJson(*plan, schedule);
            if (reference)
                addChanges(json, diffSchedules(*reference, schedule), schedule.stable);
            out << json.dump(2) << '\n';
        } else if (m_csv) {
            out << scheduleCsv(*plan, schedule);
        } else {
            if (reference)
                out << "Against " << m_stableFrom->string() << ": " << describeChanges(*plan, diffSchedules(*reference, schedule))
                    << (schedule.stable ? "" : " (re-optimised: it ends clearly sooner)") << "\n\n";
            printText(out, *plan, schedule);
        }
        if (m_csv && !schedule.feasible)
            for (const Problem &p : schedule.problems)
                err << toString(p.severity) << ": " << p.message << '\n';
        return schedule.feasible ? Success : BadInput;
    }

    /// `changes: [{key, from_wave, to_wave, start_shift_days}]`, `end_shift_days` and the rest of
    /// the change summary, as docs/json-format.md describes.
    static void addChanges(nlohmann::json &json, const ScheduleChanges &changes, bool stable)
    {
        nlohmann::json moves = nlohmann::json::array();
        for (const CapabilityMove &m : changes.moves)
            moves.push_back({{"key", m.key},
                             {"from_wave", m.fromWave},
                             {"to_wave", m.toWave},
                             {"start_shift_days", m.startShiftDays()}});
        json["stable"] = stable;
        json["changes"] = moves;
        json["end_shift_days"] = changes.endShiftDays();
        json["moved_wave_count"] = changes.movedWaveCount();
        json["added"] = changes.added;
        json["removed"] = changes.removed;
        json["driving_path_joined"] = changes.joinedDrivingPath;
        json["driving_path_left"] = changes.leftDrivingPath;
    }

    static nlohmann::json toJson(const Plan &plan, const Schedule &s)
    {
        nlohmann::json capabilities = nlohmann::json::array();
        for (std::size_t i = 0; i < s.capabilities.size(); ++i) {
            const ScheduledCapability &c = s.capabilities[i];
            const WorkStatus status = i < plan.capabilities.size() ? plan.capabilities[i].status : WorkStatus::Planned;
            capabilities.push_back({{"key", c.key},
                                    {"status", toString(status)},
                                    {"start_day", c.startDay},
                                    {"finish_day", c.finishDay},
                                    {"start_date", formatIsoDate(waveplan::dateOfDay(plan, c.startDay))},
                                    {"last_date", formatIsoDate(waveplan::dateOfDay(plan, c.lastDay()))},
                                    {"wave", c.wave},
                                    {"go_live_wave", c.goLiveWave},
                                    {"slack_days", c.slackDays},
                                    {"critical", c.critical},
                                    {"reason", reasonJson(c.reason)}});
        }
        nlohmann::json driving = nlohmann::json::array();
        for (const DrivingLink &link : s.drivingPath)
            driving.push_back(drivingLinkJson(link));
        nlohmann::json load = nlohmann::json::array();
        for (const Team &team : plan.teams) {
            nlohmann::json waves = nlohmann::json::array();
            for (const TeamWaveLoad &l : s.load)
                if (l.team == team.name)
                    waves.push_back({{"wave", l.wave},
                                     {"people_days_used", l.peopleDaysUsed},
                                     {"people_days_available", l.peopleDaysAvailable},
                                     {"go_lives", l.goLives},
                                     {"go_live_limit", l.goLiveLimit ? nlohmann::json(*l.goLiveLimit) : nlohmann::json()}});
            load.push_back({{"team", team.name}, {"waves", waves}});
        }
        return {{"readable", true},
                {"feasible", s.feasible},
                {"as_of", plan.asOf ? nlohmann::json(formatIsoDate(*plan.asOf)) : nlohmann::json()},
                {"makespan_days", s.makespanDays},
                {"minimum_length_days", s.minimumLengthDays},
                {"schedules_evaluated", s.schedulesEvaluated},
                {"lower_bound_days", s.lowerBoundDays},
                {"lower_bound_set_by", toString(s.lowerBoundSetBy)},
                {"lower_bound_team", s.lowerBoundTeam.empty() ? nlohmann::json() : nlohmann::json(s.lowerBoundTeam)},
                {"proven_shortest", s.provenShortest()},
                {"search_ended_by", toString(s.searchEnd)},
                {"capabilities", capabilities},
                {"driving_path", driving},
                {"dependency_path", s.criticalPath},
                {"critical_path", s.criticalPath},   // kept for compatibility: dependency_path
                {"critical_chain", s.criticalChain}, // kept for compatibility: driving_path's keys
                {"load", load},
                {"problems", problemsToJson(s.problems)}};
    }

    static void printText(std::ostream &out, const Plan &plan, const Schedule &s)
    {
        const WaveGrid waves = waveGrid(plan);
        const bool quarters = plan.waveScheme == WaveScheme::Quarters;
        auto date = [&](int day) { return formatIsoDate(waveplan::dateOfDay(plan, day)); };
        // The capabilities starting in each wave, in plan order. Only waves that hold one are
        // looked at: a schedule of long capabilities can run to wave 500,000 with 499 of them.
        std::map<int, std::vector<std::size_t>> startingIn;
        for (std::size_t i = 0; i < s.capabilities.size(); ++i)
            startingIn[s.capabilities[i].wave].push_back(i);
        const int lastWave = startingIn.empty() ? 0 : startingIn.rbegin()->first;
        for (int wave = 1; wave <= lastWave; ++wave) {
            const int first = waves.firstDay(wave);
            const auto starting = startingIn.find(wave);
            if (starting == startingIn.end()) {
                // A run of waves in which nothing starts: one line for the run (split at the
                // horizon, so the line can say whether it is past it).
                int runEnd = startingIn.upper_bound(wave)->first - 1;
                if (wave <= plan.horizonWaves)
                    runEnd = std::min(runEnd, plan.horizonWaves);
                if (runEnd > wave) {
                    out << (quarters ? waveHeading(plan, wave) + " to " + waveHeading(plan, runEnd) + " (waves "
                                     : "Waves ")
                        << wave << " to " << runEnd << (quarters ? ", " : " (") << date(first) << " to "
                        << date(waves.firstDay(runEnd + 1) - 1) << ")"
                        << (wave > plan.horizonWaves ? ", past the horizon" : "") << ": nothing starts\n";
                    wave = runEnd;
                    continue;
                }
            }
            // "Wave 2 (2027-04-04 to ...)", or "Q2 2027 (wave 2, 2027-04-01 to ...)" in quarters
            out << waveHeading(plan, wave) << " (" << (quarters ? "wave " + std::to_string(wave) + ", " : "")
                << date(first) << " to " << date(waves.firstDay(wave + 1) - 1) << ")"
                << (wave > plan.horizonWaves ? ", past the horizon" : "") << '\n';
            if (starting == startingIn.end())
                continue;
            for (const std::size_t i : starting->second) {
                const ScheduledCapability &c = s.capabilities[i];
                const Capability &cap = plan.capabilities[i];
                std::vector<std::string> teams;
                for (const TeamDemand &d : cap.demand)
                    teams.push_back(d.team + " x" + std::to_string(d.people));
                out << "  " << c.key << (c.critical ? " *" : "") << "  " << cap.name << '\n'
                    << "      days " << c.startDay << "-" << c.lastDay() << " (" << date(c.startDay) << " to "
                    << date(c.lastDay()) << "), live in wave " << c.goLiveWave << ", slack " << c.slackDays
                    << (teams.empty() ? std::string() : ", " + joined(teams, ", ")) << '\n'
                    << "      " << c.reason.sentence << '\n';
            }
        }
        if (!s.capabilities.empty()) {
            out << '\n' << describeDrivingPath(plan, s) << '\n'
                << "Driving path: " << joined(s.criticalChain, " -> ")
                << " (* above marks every critical capability: no slack)\n"
                << "It takes " << s.makespanDays << " days. If every team had unlimited capacity it could take "
                << s.minimumLengthDays << " days, along the dependency path " << joined(s.criticalPath, " -> ") << '\n';
            if (const std::string bound = describeLowerBound(s); !bound.empty())
                out << bound << '\n';
        }
        if (!s.problems.empty())
            out << '\n';
        for (const Problem &p : s.problems)
            out << toString(p.severity) << ": " << p.message << '\n';
        out << (s.feasible ? "The schedule holds every constraint." : "The plan's constraints clash: see the errors above.")
            << '\n';
    }

    const FormatRegistry &m_formats;
    PlanInput m_input;
    std::optional<std::string> m_asOf; ///< --as-of: re-plan from this day
    ScheduleOptions m_options;
    bool m_json = false;
    bool m_csv = false;
    std::optional<std::filesystem::path> m_output;
    std::optional<std::filesystem::path> m_stableFrom;
    bool m_force = false;
    bool m_optimise = false;
};

} // namespace

std::unique_ptr<Command> makeScheduleCommand(CLI::App &app, const FormatRegistry &formats)
{
    return std::make_unique<ScheduleCommand>(app, formats);
}

} // namespace waveplan::cli
