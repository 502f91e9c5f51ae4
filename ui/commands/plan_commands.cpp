#include "ui/commands/plan_commands.h"

#include "ui/commands/command_support.h"

#include <QObject>
#include <QStringList>

#include <utility>

namespace waveplan::ui {

using detail::InsertListItem;
using detail::PlanCommand;

namespace {

void applySettings(Plan &plan, const PlanSettings &settings)
{
    plan.name = settings.name;
    plan.startDate = settings.startDate;
    plan.waveLengthDays = settings.waveLengthDays;
    plan.horizonWaves = settings.horizonWaves;
    plan.allowSpan = settings.allowSpan;
}

/// Keys of the capabilities that make a demand on `team`, in plan order.
QStringList keysDemanding(const Plan &plan, const std::string &team)
{
    QStringList keys;
    for (const Capability &c : plan.capabilities)
        if (demandOn(c, team) > 0)
            keys.append(qs(c.key));
    return keys;
}

class EditPlanSettings : public PlanCommand {
public:
    EditPlanSettings(PlanDocument *document, PlanSettings oldSettings, PlanSettings newSettings)
        : PlanCommand(document, QObject::tr("Change plan settings"))
        , m_old(std::move(oldSettings))
        , m_new(std::move(newSettings))
    {
    }

    void redo() override { set(m_new); }
    void undo() override { set(m_old); }

private:
    void set(const PlanSettings &settings)
    {
        m_document->apply(PlanChange::Settings, {}, [&](Plan &plan) { applySettings(plan, settings); });
    }

    PlanSettings m_old;
    PlanSettings m_new;
};

class EditTeam : public PlanCommand {
public:
    EditTeam(PlanDocument *document, const QString &text, Team oldValue, Team newValue, QStringList demandingKeys)
        : PlanCommand(document, text)
        , m_old(std::move(oldValue))
        , m_new(std::move(newValue))
        , m_keys(std::move(demandingKeys))
    {
    }

    void redo() override { replace(m_old, m_new); }
    void undo() override { replace(m_new, m_old); }

private:
    void replace(const Team &from, const Team &to)
    {
        m_document->apply(PlanChange::Teams, m_keys, [&](Plan &plan) {
            *plan.findTeam(from.name) = to;
            if (from.name == to.name)
                return;
            for (Capability &c : plan.capabilities)
                for (TeamDemand &demand : c.demand)
                    if (demand.team == from.name)
                        demand.team = to.name;
        });
    }

    Team m_old;
    Team m_new;
    QStringList m_keys; ///< capabilities whose demand names the team
};

} // namespace

PlanSettings settingsOf(const Plan &plan)
{
    return {plan.name, plan.startDate, plan.waveLengthDays, plan.horizonWaves, plan.allowSpan};
}

QUndoCommand *makeEditPlanSettingsCommand(PlanDocument *doc, const PlanSettings &newSettings)
{
    const PlanSettings current = settingsOf(doc->plan());
    if (current == newSettings)
        return nullptr;
    Plan edited = doc->plan();
    applySettings(edited, newSettings);
    if (!newSettings.startDate.ok() || detail::breaksStructure(doc->plan(), edited))
        return nullptr;
    return new EditPlanSettings(doc, current, newSettings);
}

QUndoCommand *makeAddTeamCommand(PlanDocument *doc, const Team &team)
{
    Plan edited = doc->plan();
    edited.teams.push_back(team);
    if (team.name.empty() || doc->plan().findTeam(team.name) || detail::breaksStructure(doc->plan(), edited))
        return nullptr;
    return new InsertListItem<Team>(doc, QObject::tr("Add team %1").arg(qs(team.name)), &Plan::teams, PlanChange::Teams, {},
                                    team, doc->plan().teams.size(), true);
}

QUndoCommand *makeRemoveTeamCommand(PlanDocument *doc, const QString &name)
{
    const Plan &plan = doc->plan();
    const Team *team = plan.findTeam(str(name));
    if (!team || !keysDemanding(plan, team->name).isEmpty())
        return nullptr;
    const auto index = static_cast<std::size_t>(team - plan.teams.data());
    return new InsertListItem<Team>(doc, QObject::tr("Delete team %1").arg(name), &Plan::teams, PlanChange::Teams, {}, *team,
                                    index, false);
}

QUndoCommand *makeEditTeamCommand(PlanDocument *doc, const QString &name, const Team &newValue)
{
    const Plan &plan = doc->plan();
    const Team *team = plan.findTeam(str(name));
    if (!team || *team == newValue)
        return nullptr;
    const bool renames = team->name != newValue.name;
    if (renames && (newValue.name.empty() || plan.findTeam(newValue.name)))
        return nullptr;
    Plan edited = plan;
    *edited.findTeam(team->name) = newValue;
    for (Capability &c : edited.capabilities)
        for (TeamDemand &d : c.demand)
            if (d.team == team->name)
                d.team = newValue.name;
    if (detail::breaksStructure(plan, edited))
        return nullptr;
    const QString text = renames ? QObject::tr("Rename team %1 to %2").arg(name, qs(newValue.name))
                                 : QObject::tr("Edit team %1").arg(name);
    return new EditTeam(doc, text, *team, newValue, keysDemanding(plan, team->name));
}

} // namespace waveplan::ui
