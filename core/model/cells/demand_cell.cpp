#include "core/model/cells/demand_cell.h"

#include "core/model/plan_limits.h"
#include "core/util/text.h"

#include <algorithm>

namespace waveplan {

namespace {

bool isKnownTeam(std::string_view name, const std::vector<Team> &teams)
{
    return std::any_of(teams.begin(), teams.end(), [&](const Team &t) { return t.name == name; });
}

/// The entries of a cell: split at ';', and each piece also at ',' unless it is a team's own
/// name (with or without ":people").
std::vector<std::string_view> entriesOf(std::string_view cell, const std::vector<Team> &teams)
{
    std::vector<std::string_view> entries;
    for (const std::string_view piece : text::splitList(cell, ';')) {
        const size_t colon = piece.rfind(':');
        const bool wholeTeam =
            isKnownTeam(piece, teams) ||
            (colon != std::string_view::npos && isKnownTeam(text::trim(piece.substr(0, colon)), teams));
        if (wholeTeam || piece.find(',') == std::string_view::npos) {
            entries.push_back(piece);
            continue;
        }
        for (const std::string_view entry : text::splitList(piece, ','))
            entries.push_back(entry);
    }
    return entries;
}

} // namespace

Result<std::vector<TeamDemand>> parseDemandSyntax(std::string_view cell,
                                                  const std::vector<Team> &knownTeams)
{
    std::vector<TeamDemand> demand;
    Errors errors;
    for (const std::string_view entry : entriesOf(cell, knownTeams)) {
        const size_t colon = isKnownTeam(entry, knownTeams) ? std::string_view::npos : entry.rfind(':');
        const std::string team(text::trim(entry.substr(0, colon)));
        const std::string_view peopleText =
            colon == std::string_view::npos ? std::string_view("1") : text::trim(entry.substr(colon + 1));
        const auto people = text::parseWholeNumber(peopleText);
        if (team.empty())
            errors.push_back(messageError("demand: " + text::quoted(entry) +
                              " has no team name before the colon; expected Team:people"));
        else if (!people || *people < 1 || *people > kMaxPeople)
            errors.push_back(messageError("demand: the people for team " + text::quoted(team) +
                              " must be a whole number from 1 to " + std::to_string(kMaxPeople) + ", got " +
                              text::quoted(peopleText)));
        else if (std::any_of(demand.begin(), demand.end(),
                             [&](const TeamDemand &d) { return d.team == team; }))
            errors.push_back(messageError("demand names team " + text::quoted(team) +
                              " more than once; give each team one entry"));
        else
            demand.push_back({team, *people});
    }
    if (!errors.empty())
        return errors;
    return demand;
}

Result<std::vector<TeamDemand>> parseDemandCell(std::string_view cell, const Plan &plan)
{
    auto demand = parseDemandSyntax(cell, plan.teams);
    if (!demand)
        return demand;
    Errors errors;
    for (const TeamDemand &d : *demand)
        if (!plan.findTeam(d.team))
            errors.push_back(messageError(unknownTeamMessage(d.team, plan.teams)));
    if (!errors.empty())
        return errors;
    return demand;
}

std::string unknownTeamMessage(std::string_view team, const std::vector<Team> &teams,
                               std::string_view definedBy)
{
    std::string message = "demand names team " + text::quoted(team) + ", which " +
                          std::string(definedBy) + " does not define";
    if (teams.empty())
        return message + " (it has no teams yet)";
    message += "; its teams are ";
    for (size_t i = 0; i < teams.size(); ++i)
        message += (i > 0 ? ", " : "") + teams[i].name;
    return message;
}

std::string formatDemandCell(const std::vector<TeamDemand> &demand)
{
    std::string cell;
    for (const TeamDemand &d : demand)
        cell += (cell.empty() ? "" : "; ") + d.team + ":" + std::to_string(d.people);
    return cell;
}

} // namespace waveplan
