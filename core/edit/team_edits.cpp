#include "core/edit/team_edits.h"

#include "core/edit/edit_checks.h"

namespace waveplan::edit {

using detail::checked;

namespace {

Error unknownTeam(std::string_view name)
{
    return messageError("There is no team called '" + std::string(name) + "'.");
}

/// Why `name` cannot name a new or renamed team, or empty when it can.
std::string whyNotATeamName(const Plan &plan, std::string_view name)
{
    if (name.empty())
        return "A team needs a name.";
    if (plan.findTeam(name))
        return "There is already a team called " + std::string(name) + "; team names must be unique.";
    return {};
}

/// "A, B and C".
std::string listInWords(const std::vector<std::string> &items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? " and " : ", ";
        text += items[i];
    }
    return text;
}

std::vector<std::string> keysDemanding(const Plan &plan, std::string_view team)
{
    std::vector<std::string> keys;
    for (const Capability &c : plan.capabilities)
        if (demandOn(c, team) > 0)
            keys.push_back(c.key);
    return keys;
}

} // namespace

Result<PlanEdit> addTeam(const Plan &plan, const Team &team)
{
    if (const std::string why = whyNotATeamName(plan, team.name); !why.empty())
        return messageError(why);
    Team added = team;
    if (added.id == kNoId)
        added.id = nextTeamId(plan);
    PlanEdit edit;
    edit.operations.emplace_back(InsertTeam{plan.teams.size(), std::move(added)});
    edit.summary = {"Add team " + team.name, EditArea::Teams, {}, std::nullopt};
    return checked(plan, std::move(edit));
}

Result<PlanEdit> editTeam(const Plan &plan, std::string_view name, const Team &edited)
{
    const Team *team = plan.findTeam(name);
    if (!team)
        return unknownTeam(name);
    Team newValue = edited;
    newValue.id = team->id; // an edit never changes who a team is, whatever its name
    if (*team == newValue)
        return PlanEdit{};
    const bool renames = team->name != newValue.name;
    if (renames)
        if (const std::string why = whyNotATeamName(plan, newValue.name); !why.empty())
            return messageError(why);
    PlanEdit edit;
    edit.operations.emplace_back(ReplaceTeam{static_cast<std::size_t>(team - plan.teams.data()), *team, newValue});
    if (renames) {
        for (std::size_t i = 0; i < plan.capabilities.size(); ++i) {
            const Capability &c = plan.capabilities[i];
            if (demandOn(c, team->name) == 0)
                continue;
            Capability renamed = c;
            for (TeamDemand &d : renamed.demand)
                if (d.team == team->name)
                    d.team = newValue.name;
            edit.operations.emplace_back(ReplaceCapability{i, c, renamed});
        }
    }
    const std::string text = renames ? "Rename team " + team->name + " to " + newValue.name : "Edit team " + team->name;
    edit.summary = {text, EditArea::Teams, keysDemanding(plan, team->name), std::nullopt};
    return checked(plan, std::move(edit));
}

Result<PlanEdit> removeTeam(const Plan &plan, std::string_view name)
{
    const Team *team = plan.findTeam(name);
    if (!team)
        return unknownTeam(name);
    if (const std::vector<std::string> users = keysDemanding(plan, name); !users.empty())
        return messageError("Cannot remove team " + std::string(name) + ": " + listInWords(users) +
                     (users.size() == 1 ? " still demands" : " still demand") + " it. Change their demand first.");
    PlanEdit edit;
    edit.operations.emplace_back(RemoveTeam{static_cast<std::size_t>(team - plan.teams.data()), *team});
    edit.summary = {"Delete team " + team->name, EditArea::Teams, {}, std::nullopt};
    return edit; // a team nobody demands breaks no rule when it goes
}

} // namespace waveplan::edit
