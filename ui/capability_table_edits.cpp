// CapabilityTableModel::setData: parses what the user typed in a cell and turns it into undo
// commands, or refuses it with a reason the user can act on.

#include "ui/capability_table_model.h"

#include "ui/commands/capability_commands.h"
#include "ui/commands/dependency_commands.h"
#include "ui/document/plan_document.h"
#include "ui/qt_text.h"

#include <QRegularExpression>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace waveplan::ui {

namespace {

constexpr int kMaxDurationDays = 3650;
constexpr int kMaxWave = 99;
constexpr int kMaxReadiness = 5;


/// A whole number from a spin box (int) or typed text; nullopt when it is not one. Empty text
/// is 0 when `emptyIsZero` (optional fields: "none").
std::optional<int> wholeNumber(const QVariant &value, bool emptyIsZero)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return emptyIsZero ? std::optional<int>(0) : std::nullopt;
    bool ok = false;
    const int number = text.toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

/// The words naming a column in "Change ... of CDP".
QString fieldName(int column)
{
    switch (column) {
    case CapabilityTableModel::Name: return QObject::tr("name");
    case CapabilityTableModel::Kind: return QObject::tr("kind");
    case CapabilityTableModel::Duration: return QObject::tr("duration");
    case CapabilityTableModel::Teams: return QObject::tr("teams");
    case CapabilityTableModel::Owner: return QObject::tr("owner");
    case CapabilityTableModel::Approach: return QObject::tr("approach");
    case CapabilityTableModel::Kpi: return QObject::tr("KPI");
    case CapabilityTableModel::ReadinessTechnical: return QObject::tr("technical readiness");
    case CapabilityTableModel::ReadinessSkills: return QObject::tr("skills readiness");
    case CapabilityTableModel::ReadinessProcess: return QObject::tr("process readiness");
    case CapabilityTableModel::EarliestWave: return QObject::tr("earliest wave");
    case CapabilityTableModel::DeadlineWave: return QObject::tr("deadline wave");
    case CapabilityTableModel::PinnedWave: return QObject::tr("pinned wave");
    default: return {};
    }
}

/// Parses "Team:people; Team:people" (people default to 1) against the plan's teams.
std::optional<QString> parseDemand(const Plan &plan, const QString &text, std::vector<TeamDemand> &demand)
{
    for (const QString &rawPart : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        const QString team = (colon < 0 ? part : part.left(colon)).trimmed();
        int people = 1;
        if (colon >= 0) {
            const std::optional<int> number = wholeNumber(part.mid(colon + 1), false);
            if (!number || *number < 1)
                return QObject::tr("People on team %1 must be a whole number of at least 1, not '%2'; write "
                                   "teams as \"Team:people; Team:people\".")
                    .arg(team, part.mid(colon + 1).trimmed());
            people = *number;
        }
        if (!plan.findTeam(team.toStdString())) {
            QStringList names;
            for (const Team &t : plan.teams)
                names << qs(t.name);
            return QObject::tr("There is no team called '%1'; the teams are: %2.")
                .arg(team, names.isEmpty() ? QObject::tr("none yet") : names.join(QStringLiteral(", ")));
        }
        const auto same = [&](const TeamDemand &d) { return qs(d.team) == team; };
        if (std::any_of(demand.begin(), demand.end(), same))
            return QObject::tr("Team %1 is listed twice; give each team once with its people.").arg(team);
        demand.push_back({team.toStdString(), people});
    }
    return std::nullopt;
}

} // namespace

bool CapabilityTableModel::reject(const QString &message)
{
    emit editRejected(message);
    return false;
}

bool CapabilityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Capability *found = index.isValid() ? capabilityAt(index.row()) : nullptr;
    if (role != Qt::EditRole || !found || isComputed(index.column()) || index.column() >= ColumnCount)
        return false;
    const Capability current = *found;
    const int column = index.column();
    const QString text = value.toString().trimmed();
    const QString key = qs(current.key);
    Capability edited = current;

    const auto optionalInRange = [&](std::optional<int> &field, int max, const QString &what) {
        const std::optional<int> number = wholeNumber(value, true);
        if (!number || *number < 0 || *number > max)
            return reject(tr("The %1 of %2 must be a whole number from 1 to %3, or empty (0) for none; '%4' is "
                             "not.")
                              .arg(what, key)
                              .arg(max)
                              .arg(text));
        field = *number == 0 ? std::nullopt : number;
        return true;
    };

    switch (column) {
    case Key:
        if (text == key)
            return true;
        if (!isValidKey(text.toStdString()))
            return reject(tr("'%1' cannot be a key: start with a letter or digit and use only letters, digits, "
                             "'_', '-' and '.', at most 40 characters.")
                              .arg(text));
        if (const Capability *other = m_document->plan().findCapability(text.toStdString()))
            return reject(tr("The key %1 is already used by \"%2\"; keys must be unique.").arg(text, qs(other->name)));
        edited.key = text.toStdString();
        break;
    case Name:
        if (text.isEmpty())
            return reject(tr("%1 needs a name.").arg(key));
        edited.name = text.toStdString();
        break;
    case Kind: {
        const std::optional<CapabilityKind> kind = parseCapabilityKind(text.toStdString());
        if (!kind)
            return reject(tr("The kind must be foundational or additive, not '%1'.").arg(text));
        edited.kind = *kind;
        break;
    }
    case Duration: {
        const std::optional<int> days = wholeNumber(value, false);
        if (!days || *days < 1 || *days > kMaxDurationDays)
            return reject(tr("The duration of %1 must be a whole number of days from 1 to %2; '%3' is not.")
                              .arg(key)
                              .arg(kMaxDurationDays)
                              .arg(text));
        edited.durationDays = *days;
        break;
    }
    case Teams: {
        edited.demand.clear();
        if (const std::optional<QString> why = parseDemand(m_document->plan(), text, edited.demand))
            return reject(*why);
        break;
    }
    case Owner:
        edited.owner = text.toStdString();
        break;
    case Approach: {
        const std::optional<waveplan::Approach> approach = parseApproach(text.toStdString());
        if (!approach)
            return reject(tr("The approach must be build, buy, integrate or empty, not '%1'.").arg(text));
        edited.approach = *approach;
        break;
    }
    case Kpi:
        edited.kpi = text.toStdString();
        break;
    case ReadinessTechnical:
        if (!optionalInRange(edited.readiness.technical, kMaxReadiness, fieldName(column)))
            return false;
        break;
    case ReadinessSkills:
        if (!optionalInRange(edited.readiness.skills, kMaxReadiness, fieldName(column)))
            return false;
        break;
    case ReadinessProcess:
        if (!optionalInRange(edited.readiness.process, kMaxReadiness, fieldName(column)))
            return false;
        break;
    case EarliestWave:
        if (!optionalInRange(edited.earliestWave, kMaxWave, fieldName(column)))
            return false;
        break;
    case DeadlineWave:
        if (!optionalInRange(edited.deadlineWave, kMaxWave, fieldName(column)))
            return false;
        break;
    case PinnedWave:
        if (!optionalInRange(edited.pinnedWave, kMaxWave, fieldName(column)))
            return false;
        break;
    case DependsOn:
        return setDependencies(current, text);
    default:
        return false;
    }
    const QString action = column == Key ? tr("Rename %1 to %2").arg(key, text)
                                         : tr("Change %1 of %2").arg(fieldName(column), key);
    return pushEdit(current, edited, action);
}

bool CapabilityTableModel::pushEdit(const Capability &current, const Capability &edited, const QString &action)
{
    if (edited == current)
        return true; // a no-op edit pushes nothing
    QUndoCommand *command = makeEditCapabilityCommand(m_document, qs(current.key), edited, action);
    if (!command) {
        // Name the rule the edit breaks, if the plan's structural check knows it.
        Plan trial = m_document->plan();
        *trial.findCapability(current.key) = edited;
        const std::vector<std::string> before = structuralErrors(m_document->plan());
        for (const std::string &error : structuralErrors(trial))
            if (std::find(before.begin(), before.end(), error) == before.end())
                return reject(qs(error));
        return reject(tr("This change to %1 breaks a rule of the plan and was not made.").arg(qs(current.key)));
    }
    m_document->undoStack()->push(command);
    return true;
}

bool CapabilityTableModel::setDependencies(const Capability &capability, const QString &text)
{
    const Plan &plan = m_document->plan();
    const QString successor = qs(capability.key);
    // Parse "KEY+LAG; KEY" into the wanted predecessors, in the order written.
    std::vector<std::pair<QString, int>> wanted;
    for (const QString &rawPart : text.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype plus = part.indexOf(QLatin1Char('+'));
        const QString predecessor = (plus < 0 ? part : part.left(plus)).trimmed();
        int lag = 0;
        if (plus >= 0) {
            QString lagText = part.mid(plus + 1).trimmed();
            if (lagText.endsWith(QLatin1Char('d')))
                lagText.chop(1);
            const std::optional<int> number = wholeNumber(lagText, false);
            if (!number || *number < 0)
                return reject(tr("The lag after %1 must be a whole number of days (0 or more), as in \"%1+5\"; "
                                 "'%2' is not.")
                                  .arg(predecessor, part.mid(plus + 1).trimmed()));
            lag = *number;
        }
        const auto same = [&](const auto &w) { return w.first == predecessor; };
        if (std::any_of(wanted.begin(), wanted.end(), same))
            return reject(tr("%1 is listed twice; give each capability %2 depends on once.").arg(predecessor, successor));
        wanted.emplace_back(predecessor, lag);
    }

    // Work the changes out on a copy first, so a refused link leaves the plan untouched.
    Plan trial = plan;
    std::vector<QString> removed;
    std::vector<std::pair<QString, int>> relagged;
    std::vector<std::pair<QString, int>> added;
    for (const Dependency *d : plan.predecessorsOf(capability.key)) {
        const auto it = std::find_if(wanted.begin(), wanted.end(),
                                     [&](const auto &w) { return w.first == qs(d->predecessor); });
        if (it == wanted.end())
            removed.push_back(qs(d->predecessor));
        else if (it->second != d->lagDays)
            relagged.push_back(*it);
    }
    std::erase_if(trial.dependencies, [&](const Dependency &d) {
        return d.successor == capability.key && std::find(removed.begin(), removed.end(), qs(d.predecessor)) != removed.end();
    });
    for (const auto &[predecessor, lag] : wanted) {
        const bool exists = std::any_of(trial.dependencies.begin(), trial.dependencies.end(), [&](const Dependency &d) {
            return d.successor == capability.key && qs(d.predecessor) == predecessor;
        });
        if (exists)
            continue;
        if (const std::optional<QString> why = whyCannotConnect(trial, predecessor, successor))
            return reject(*why);
        trial.dependencies.push_back({predecessor.toStdString(), capability.key, lag});
        added.emplace_back(predecessor, lag);
    }
    const std::size_t steps = removed.size() + relagged.size() + added.size();
    if (steps == 0)
        return true;

    QUndoStack *stack = m_document->undoStack();
    if (steps > 1)
        stack->beginMacro(tr("Change dependencies of %1").arg(successor));
    const auto push = [stack](QUndoCommand *command) {
        if (command)
            stack->push(command);
    };
    for (const QString &predecessor : removed)
        push(makeRemoveDependencyCommand(m_document, predecessor, successor));
    for (const auto &[predecessor, lag] : relagged)
        push(makeSetDependencyLagCommand(m_document, predecessor, successor, lag));
    for (const auto &[predecessor, lag] : added)
        push(makeAddDependencyCommand(m_document, Dependency{predecessor.toStdString(), capability.key, lag}));
    if (steps > 1)
        stack->endMacro();
    return true;
}

} // namespace waveplan::ui
