#include "core/io/capabilities_csv.h"

#include "core/io/atomic_file.h"

#include "core/io/csv_capabilities_import.h"
#include "core/util/text.h"
#include "core/io/csv_errors.h"
#include "core/io/csv_teams_import.h"
#include "core/io/csv_writer.h"
#include "core/log/logging.h"
#include "core/model/cells/demand_cell.h"
#include "core/model/cells/depends_on_cell.h"
#include "core/model/cells/value_cells.h"
#include "core/model/tracking.h"

#include <spdlog/spdlog.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace waveplan {

namespace {

constexpr size_t kLinesListedPerTeam = 5; // "also on lines ..." in unknown-team errors
constexpr std::ptrdiff_t kProgressColumns = 4; // the last columns: status ... remaining_days

/// One error per team named in demand but missing from teams.csv, at its first mention.
void checkDemandTeams(const std::vector<CsvTeamMention> &mentions,
                      const std::optional<std::vector<Team>> &teams, bool teamsFileGiven,
                      std::string_view teamsFileName, std::string_view fileName,
                      CsvErrorList &errors)
{
    std::set<std::string, std::less<>> known;
    if (teams)
        for (const Team &t : *teams)
            known.insert(t.name);

    std::map<std::string, std::vector<const CsvTeamMention *>> unknown;
    std::vector<std::string> order;
    for (const CsvTeamMention &m : mentions) {
        if (known.contains(m.team))
            continue;
        auto &list = unknown[m.team];
        if (list.empty())
            order.push_back(m.team);
        list.push_back(&m);
    }

    for (const std::string &team : order) {
        const auto &list = unknown[team];
        std::string message =
            teamsFileGiven
                ? unknownTeamMessage(team, *teams, teamsFileName)
                : "demand names team " + text::quoted(team) +
                      " but no teams file was given; give the teams.csv that defines it (--teams "
                      "on the command line)";
        if (list.size() > 1) {
            message += " (also on line";
            message += list.size() > 2 ? "s " : " ";
            for (size_t i = 1; i < list.size() && i <= kLinesListedPerTeam; ++i)
                message += (i > 1 ? ", " : "") + std::to_string(list[i]->cell.line);
            if (list.size() - 1 > kLinesListedPerTeam)
                message +=
                    " and " + std::to_string(list.size() - 1 - kLinesListedPerTeam) + " more";
            message += ")";
        }
        errors.add(std::move(message), fileName, list.front()->cell);
    }
}

/// The depends_on cell of every successor: its predecessors in plan order.
std::map<std::string, std::string, std::less<>> dependsOnCells(const Plan &plan)
{
    std::map<std::string, std::vector<Predecessor>, std::less<>> predecessors;
    for (const Dependency &d : plan.dependencies)
        predecessors[d.successor].push_back({d.predecessor, d.lagDays});
    std::map<std::string, std::string, std::less<>> cells;
    for (const auto &[successor, list] : predecessors)
        cells.emplace(successor, formatDependsOnCell(list));
    return cells;
}

} // namespace

Result<Plan> importPlanFromCsv(const CsvSource &capabilities, const std::optional<CsvSource> &teams,
                               const Plan &settings)
{
    CsvErrorList errors;
    std::optional<std::vector<Team>> teamList;
    if (teams)
        teamList = readTeamsCsv(teams->text, teams->fileName, errors);
    auto read = readCapabilitiesCsv(capabilities.text, capabilities.fileName,
                                    teamList.value_or(std::vector<Team>{}), errors,
                                    {settings.startDate, settings.asOf});

    // Without a readable teams file every mention would be reported again; only check
    // when the teams are known (or when no teams file was given at all).
    if (read && (teamList || !teams))
        checkDemandTeams(read->teamMentions, teamList, teams.has_value(),
                         teams ? teams->fileName : std::string(), capabilities.fileName, errors);

    if (!errors.empty() || !read)
        return errors.sorted();

    Plan plan;
    plan.name = settings.name;
    plan.startDate = settings.startDate;
    plan.waveLengthDays = settings.waveLengthDays;
    plan.horizonWaves = settings.horizonWaves;
    plan.allowSpan = settings.allowSpan;
    plan.asOf = settings.asOf;
    plan.teams = teamList.value_or(std::vector<Team>{});
    plan.capabilities = std::move(read->capabilities);
    plan.dependencies = std::move(read->dependencies);

    // The checks above should cover every rule; this is the last line of defence.
    for (const std::string &problem : structuralErrors(plan))
        errors.add({problem, capabilities.fileName, 0, 0});
    if (!errors.empty())
        return errors.sorted();

    log::get("core.io")->debug("imported {} capabilities, {} dependencies and {} teams from {}",
                               plan.capabilities.size(), plan.dependencies.size(),
                               plan.teams.size(), capabilities.fileName);
    return plan;
}

Result<Plan> importPlanFromCsvFiles(const std::filesystem::path &capabilities,
                                    const std::optional<std::filesystem::path> &teams,
                                    const Plan &settings)
{
    Errors errors;
    auto capabilitiesText = readWholeFile(capabilities);
    if (!capabilitiesText)
        errors.push_back(capabilitiesText.errors().front());
    std::optional<CsvSource> teamsSource;
    if (teams) {
        auto teamsText = readWholeFile(*teams);
        if (teamsText)
            teamsSource = CsvSource{teams->string(), std::move(teamsText).value()};
        else
            errors.push_back(teamsText.errors().front());
    }
    if (!errors.empty())
        return errors;
    return importPlanFromCsv({capabilities.string(), std::move(capabilitiesText).value()},
                             teamsSource, settings);
}

std::string writeCapabilitiesCsv(const Plan &plan)
{
    CsvWriter writer;
    // The progress columns only once something has started: a plan being drafted reads as it
    // always did.
    const bool progress = hasProgress(plan);
    const auto &columns = capabilityColumnNames();
    writer.addRow(std::vector<std::string>(columns.begin(), progress ? columns.end() : columns.end() - kProgressColumns));
    const auto dependsOn = dependsOnCells(plan);
    const auto optionalDate = [](const std::optional<Date> &date) { return date ? formatIsoDate(*date) : std::string(); };
    for (const Capability &c : plan.capabilities) {
        const auto cell = dependsOn.find(c.key);
        std::vector<std::string> row{
            c.key,
            c.name,
            std::string(toString(c.kind)),
            std::to_string(c.durationDays),
            cell == dependsOn.end() ? std::string() : cell->second,
            formatDemandCell(c.demand),
            c.owner,
            std::string(toString(c.approach)),
            c.kpi,
            formatOptionalWhole(c.readiness.technical),
            formatOptionalWhole(c.readiness.skills),
            formatOptionalWhole(c.readiness.process),
            formatOptionalDecimal(c.value),
            formatOptionalDecimal(c.cost),
            formatOptionalWhole(c.earliestWave),
            formatOptionalWhole(c.deadlineWave),
            formatOptionalWhole(c.pinnedWave),
            c.retires,
            c.notes,
        };
        if (progress) {
            row.emplace_back(toString(c.status));
            row.push_back(optionalDate(c.actualStart));
            row.push_back(optionalDate(c.actualFinish));
            row.push_back(formatOptionalWhole(c.remainingDays));
        }
        writer.addRow(row);
    }
    return writer.text();
}

std::string writeTeamsCsv(const Plan &plan)
{
    int lastWave = 0;
    for (const Team &t : plan.teams)
        if (!t.capacityByWave.empty())
            lastWave = std::max(lastWave, t.capacityByWave.rbegin()->first);

    CsvWriter writer;
    std::vector<std::string> header = {"team", "capacity", "max_changes_per_wave"};
    for (int wave = 1; wave <= lastWave; ++wave)
        header.push_back("capacity_w" + std::to_string(wave));
    writer.addRow(header);
    for (const Team &t : plan.teams) {
        std::vector<std::string> row = {t.name, std::to_string(t.capacity),
                                        formatOptionalWhole(t.goLiveLimit)};
        for (int wave = 1; wave <= lastWave; ++wave) {
            const auto it = t.capacityByWave.find(wave);
            row.push_back(it == t.capacityByWave.end() ? std::string()
                                                       : std::to_string(it->second));
        }
        writer.addRow(row);
    }
    return writer.text();
}

} // namespace waveplan
