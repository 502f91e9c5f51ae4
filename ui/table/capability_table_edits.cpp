// CapabilityTableModel::setData: parses what the user typed in a cell and turns it into undo
// commands, or refuses it with a reason the user can act on.

#include "ui/table/capability_table_model.h"

#include "ui/commands/plan_edit_command.h"
#include "ui/commands/progress_marking.h"
#include "ui/text/wave_labels.h"
#include "ui/document/plan_document.h"
#include "ui/text/qt_text.h"

#include "core/edit/capability_edits.h"
#include "core/edit/dependency_edits.h"
#include "core/model/cells/demand_cell.h"
#include "core/model/cells/depends_on_cell.h"
#include "core/model/cells/value_cells.h"
#include "core/model/tracking.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace waveplan::ui {

namespace {

/// The name the cell grammar gives a column in its messages: the capabilities.csv column, so
/// the table refuses a cell with the same words as CSV import (see docs/import-export.md).
std::string cellName(int column)
{
    switch (column) {
    case CapabilityTableModel::Duration: return "duration_days";
    case CapabilityTableModel::ReadinessTechnical: return "readiness_technical";
    case CapabilityTableModel::ReadinessSkills: return "readiness_skills";
    case CapabilityTableModel::ReadinessProcess: return "readiness_process";
    case CapabilityTableModel::EarliestWave: return "earliest_wave";
    case CapabilityTableModel::DeadlineWave: return "deadline_wave";
    case CapabilityTableModel::PinnedWave: return "pinned_wave";
    default: return {};
    }
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

    // Each cell is read by its grammar in core (core/model/cells), with the words CSV import uses.
    const auto set = [&](auto &field, const auto &parsed) {
        if (!parsed)
            return reject(qs(parsed.errors().front().message));
        field = *parsed;
        return true;
    };
    const auto setOptional = [&](std::optional<int> &field, auto parse) {
        return set(field, parse(str(text), cellName(column)));
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
    case Duration:
        if (!set(edited.durationDays, parseDurationCell(str(text), cellName(column))))
            return false;
        break;
    case Teams:
        if (!set(edited.demand, parseDemandCell(str(text), m_document->plan())))
            return false;
        break;
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
        if (!setOptional(edited.readiness.technical, parseReadinessCell))
            return false;
        break;
    case ReadinessSkills:
        if (!setOptional(edited.readiness.skills, parseReadinessCell))
            return false;
        break;
    case ReadinessProcess:
        if (!setOptional(edited.readiness.process, parseReadinessCell))
            return false;
        break;
    case EarliestWave:
        if (!setOptional(edited.earliestWave, parseWaveCell))
            return false;
        break;
    case DeadlineWave:
        if (!setOptional(edited.deadlineWave, parseWaveCell))
            return false;
        break;
    case PinnedWave:
        if (!setOptional(edited.pinnedWave, parseWaveCell))
            return false;
        break;
    case DependsOn:
        return setDependencies(current, text);
    case Status:
    case ActualStart:
    case ActualFinish:
    case RemainingDays:
        return setProgress(current, column, text);
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

bool CapabilityTableModel::setProgress(const Capability &capability, int column, const QString &text)
{
    const Plan &plan = m_document->plan();
    const Date today = todayDate();
    if (column == Status) {
        const std::optional<WorkStatus> status = parseStatus(str(text));
        if (!status)
            return reject(tr("The status must be planned, in-progress or done, not '%1'.").arg(text));
        const QString refused = ui::pushEdit(m_document, markStatus(plan, capability.key, *status, today));
        return refused.isEmpty() || reject(refused);
    }
    edit::ProgressReport report = edit::reportOf(capability);
    if (column == RemainingDays) {
        if (text.isEmpty()) {
            report.remainingDays.reset();
        } else {
            const Result<int> days = parseDurationCell(str(text), "remaining_days");
            if (!days)
                return reject(qs(days.errors().front().message));
            report.remainingDays = *days;
        }
    } else {
        std::optional<Date> &date = column == ActualStart ? report.actualStart : report.actualFinish;
        if (text.isEmpty()) {
            date.reset();
        } else {
            const Result<Date> parsed = parseDateCell(str(text), column == ActualStart ? "actual_start" : "actual_finish");
            if (!parsed)
                return reject(qs(parsed.errors().front().message));
            date = *parsed;
        }
    }
    const QString refused = ui::pushEdit(m_document, edit::recordProgress(plan, capability.key, report, today));
    return refused.isEmpty() || reject(refused);
}

bool CapabilityTableModel::setDependencies(const Capability &capability, const QString &text)
{
    const Result<std::vector<Predecessor>> wanted = parseDependsOnCell(str(text), capability.key, m_document->plan());
    if (!wanted)
        return reject(qs(wanted.errors().front().message));
    const QString refused = ui::pushEdit(m_document, edit::setPredecessors(m_document->plan(), capability.key, *wanted));
    return refused.isEmpty() || reject(refused);
}

} // namespace waveplan::ui
