// CapabilityTableModel::setData: parses what the user typed in a cell and turns it into undo
// commands, or refuses it with a reason the user can act on.

#include "ui/capability_table_model.h"

#include "ui/commands/plan_edit_command.h"
#include "ui/document/plan_document.h"
#include "ui/qt_text.h"

#include "core/edit/capability_edits.h"
#include "core/edit/dependency_edits.h"

#include <QRegularExpression>

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
        edited.key = text.toStdString(); // the edit's builder says why a key is refused
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
    const QString refused = ui::pushEdit(m_document, edit::editCapability(m_document->plan(), current.key, edited, str(action)));
    return refused.isEmpty() || reject(refused);
}

bool CapabilityTableModel::setDependencies(const Capability &capability, const QString &text)
{
    // Parse "KEY+LAG; KEY" into the wanted predecessors, in the order written.
    std::vector<edit::PredecessorLink> wanted;
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
        wanted.push_back({str(predecessor), lag});
    }
    const QString refused = ui::pushEdit(m_document, edit::setPredecessors(m_document->plan(), capability.key, wanted));
    return refused.isEmpty() || reject(refused);
}

} // namespace waveplan::ui
