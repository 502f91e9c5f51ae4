#include "ui/table/capability_table_model.h"
#include "ui/text/qt_text.h"

#include "ui/document/plan_document.h"

#include "core/model/cells/demand_cell.h"
#include "core/model/cells/depends_on_cell.h"
#include "core/model/tracking.h"
#include "core/schedule/baseline_drift.h"
#include "core/schedule/schedule.h"

#include <QBrush>
#include <QPalette>

#include <limits>

namespace waveplan::ui {

namespace {


QVariant optionalNumber(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QString());
}

bool isNumberColumn(int column)
{
    switch (column) {
    case CapabilityTableModel::Duration:
    case CapabilityTableModel::ReadinessTechnical:
    case CapabilityTableModel::ReadinessSkills:
    case CapabilityTableModel::ReadinessProcess:
    case CapabilityTableModel::RemainingDays:
    case CapabilityTableModel::EarliestWave:
    case CapabilityTableModel::DeadlineWave:
    case CapabilityTableModel::PinnedWave:
    case CapabilityTableModel::Wave:
    case CapabilityTableModel::Slack:
    case CapabilityTableModel::Drift:
        return true;
    default:
        return false;
    }
}

} // namespace

CapabilityTableModel::CapabilityTableModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    for (const Capability &c : m_document->plan().capabilities)
        m_keys.append(qs(c.key));
    connect(m_document, &PlanDocument::planChanged, this, &CapabilityTableModel::followPlanChange);
    connect(m_document, &PlanDocument::scheduleChanged, this, &CapabilityTableModel::followScheduleChange);
    connect(m_document, &PlanDocument::shownBaselineChanged, this, [this] {
        emit headerDataChanged(Qt::Horizontal, Drift, Drift);
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, Drift), index(static_cast<int>(m_keys.size()) - 1, Drift));
    });
}

const Capability *CapabilityTableModel::capabilityAt(int row) const
{
    const auto &capabilities = m_document->plan().capabilities;
    if (row < 0 || row >= static_cast<int>(capabilities.size()))
        return nullptr;
    return &capabilities[static_cast<std::size_t>(row)];
}

const ScheduledCapability *CapabilityTableModel::scheduledAt(int row) const
{
    const Capability *c = capabilityAt(row);
    return c ? m_document->schedule().find(c->key) : nullptr;
}

int CapabilityTableModel::rowOfKey(const QString &key) const
{
    return static_cast<int>(m_keys.indexOf(key));
}

int CapabilityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int CapabilityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CapabilityTableModel::teamsText(const Capability &capability)
{
    return qs(formatDemandCell(capability.demand));
}

QString CapabilityTableModel::dependsOnText(const Plan &plan, const Capability &capability)
{
    return qs(formatDependsOnCell(plan, capability.key));
}

QVariant CapabilityTableModel::editData(const Capability &c, int column) const
{
    switch (column) {
    case Key:
        return qs(c.key);
    case Name:
        return qs(c.name);
    case Kind:
        return qs(std::string(toString(c.kind)));
    case Duration:
        return c.durationDays;
    case Teams:
        return teamsText(c);
    case Owner:
        return qs(c.owner);
    case Approach:
        return qs(std::string(toString(c.approach)));
    case Kpi:
        return qs(c.kpi);
    case ReadinessTechnical:
        return c.readiness.technical.value_or(0);
    case ReadinessSkills:
        return c.readiness.skills.value_or(0);
    case ReadinessProcess:
        return c.readiness.process.value_or(0);
    case EarliestWave:
        return c.earliestWave.value_or(0);
    case DeadlineWave:
        return c.deadlineWave.value_or(0);
    case PinnedWave:
        return c.pinnedWave.value_or(0);
    case DependsOn:
        return dependsOnText(m_document->plan(), c);
    case Status:
        return qs(std::string(toString(c.status)));
    case ActualStart:
        return c.actualStart ? qs(formatIsoDate(*c.actualStart)) : QString();
    case ActualFinish:
        return c.actualFinish ? qs(formatIsoDate(*c.actualFinish)) : QString();
    case RemainingDays:
        return c.remainingDays.value_or(0);
    default:
        return {};
    }
}

QVariant CapabilityTableModel::displayData(const Capability &c, int column) const
{
    switch (column) {
    case Owner:
        return c.owner.empty() ? tr("(no owner)") : qs(c.owner);
    case ReadinessTechnical:
        return optionalNumber(c.readiness.technical);
    case ReadinessSkills:
        return optionalNumber(c.readiness.skills);
    case ReadinessProcess:
        return optionalNumber(c.readiness.process);
    case EarliestWave:
        return optionalNumber(c.earliestWave);
    case DeadlineWave:
        return optionalNumber(c.deadlineWave);
    case PinnedWave:
        return optionalNumber(c.pinnedWave);
    case RemainingDays:
        if (c.status != WorkStatus::InProgress)
            return {};
        return c.remainingDays ? QVariant(*c.remainingDays) : QVariant(tr("worked out"));
    default:
        break;
    }
    if (!isComputed(column))
        return editData(c, column);
    const ScheduledCapability *s = m_document->schedule().find(c.key);
    if (!s)
        return {};
    const Plan &plan = m_document->plan();
    switch (column) {
    case Wave:
        return s->wave;
    case StartDate:
        return qs(formatIsoDate(waveplan::dateOfDay(plan, s->startDay)));
    case FinishDate:
        return qs(formatIsoDate(waveplan::dateOfDay(plan, s->lastDay())));
    case Slack:
        return s->slackDays;
    case Drift:
        if (const Baseline *baseline = m_document->shownBaseline()) {
            const std::optional<BaselineDrift> drift = driftOf(*baseline, m_document->plan(), *s);
            return drift ? qs(driftCellText(drift->finishDays)) : tr("new");
        }
        return {};
    case Reason:
        return qs(s->reason.sentence);
    default:
        return {};
    }
}

QVariant CapabilityTableModel::driftToolTip(const Capability &c) const
{
    const Baseline *baseline = m_document->shownBaseline();
    const ScheduledCapability *s = m_document->schedule().find(c.key);
    if (baseline == nullptr || s == nullptr)
        return {};
    const std::optional<BaselineDrift> drift = driftOf(*baseline, m_document->plan(), *s);
    return qs(driftSentence(*baseline, drift ? &*drift : nullptr));
}

QVariant CapabilityTableModel::sortData(const Capability &c, int row, int column) const
{
    if (column == Drift) {
        const Baseline *baseline = m_document->shownBaseline();
        const ScheduledCapability *s = scheduledAt(row);
        const std::optional<BaselineDrift> drift =
            baseline && s ? driftOf(*baseline, m_document->plan(), *s) : std::nullopt;
        return drift ? QVariant(drift->finishDays) : QVariant(std::numeric_limits<int>::min()); // new ones first
    }
    if (column == StartDate || column == FinishDate) {
        const ScheduledCapability *s = scheduledAt(row);
        return s ? QVariant(column == StartDate ? s->startDay : s->finishDay) : QVariant(-1);
    }
    if (isNumberColumn(column)) {
        const QVariant shown = displayData(c, column);
        return shown.typeId() == QMetaType::Int ? shown : QVariant(-1);
    }
    return isComputed(column) ? displayData(c, column).toString() : editData(c, column).toString();
}

QVariant CapabilityTableModel::data(const QModelIndex &index, int role) const
{
    const Capability *c = index.isValid() ? capabilityAt(index.row()) : nullptr;
    if (!c || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (role == Qt::ToolTipRole && index.column() == Owner)
            return qs(c->owner);
        if (role == Qt::ToolTipRole && index.column() == Drift)
            return driftToolTip(*c);
        return displayData(*c, index.column());
    case Qt::EditRole:
        return editData(*c, index.column());
    case SortRole:
        return sortData(*c, index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Owner && c->owner.empty())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        // The schedule's columns are read: full-contrast text on the window's shade, not grey.
        if (isComputed(index.column()))
            return QPalette().brush(QPalette::Window);
        return {};
    default:
        return {};
    }
}

QVariant CapabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key: return tr("Key");
    case Name: return tr("Capability");
    case Kind: return tr("Kind");
    case Duration: return tr("Days");
    case Teams: return tr("Teams (people)");
    case Owner: return tr("Owner");
    case Approach: return tr("Approach");
    case Kpi: return tr("KPI");
    case ReadinessTechnical: return tr("Technical readiness");
    case ReadinessSkills: return tr("Skills readiness");
    case ReadinessProcess: return tr("Process readiness");
    case EarliestWave: return tr("Earliest wave");
    case DeadlineWave: return tr("Deadline wave");
    case PinnedWave: return tr("Pinned wave");
    case DependsOn: return tr("Depends on");
    case Status: return tr("Status");
    case ActualStart: return tr("Actual start");
    case ActualFinish: return tr("Actual finish");
    case RemainingDays: return tr("Days left");
    case Wave: return tr("Wave");
    case StartDate: return tr("Start");
    case FinishDate: return tr("Finish");
    case Slack: return tr("Slack (days)");
    case Drift:
        if (const Baseline *baseline = m_document->shownBaseline())
            return tr("Go-live vs %1").arg(qs(baseline->name));
        return tr("Go-live vs baseline");
    case Reason: return tr("Why it starts then");
    default: return {};
    }
}

Qt::ItemFlags CapabilityTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return isComputed(index.column()) ? base : base | Qt::ItemIsEditable;
}

// Following the document ---------------------------------------------------------------------

void CapabilityTableModel::followPlanChange(PlanChange change, const QStringList &keys)
{
    const int rows = static_cast<int>(m_keys.size());
    switch (change) {
    case PlanChange::Reset:
        beginResetModel();
        m_keys.clear();
        for (const Capability &c : m_document->plan().capabilities)
            m_keys.append(qs(c.key));
        endResetModel();
        return;
    case PlanChange::Capabilities:
        if (!syncRows())
            return;
        rowsChanged(0, ColumnCount - 1, keys);
        // A renamed key shows in other rows' "depends on".
        if (!m_keys.isEmpty() && keys.size() > 1)
            emit dataChanged(index(0, DependsOn), index(static_cast<int>(m_keys.size()) - 1, DependsOn));
        return;
    case PlanChange::Dependencies:
        rowsChanged(DependsOn, DependsOn, keys);
        return;
    case PlanChange::Teams:
        if (rows > 0) // a renamed team shows in every demand
            emit dataChanged(index(0, Teams), index(rows - 1, Teams));
        return;
    case PlanChange::Positions:
    case PlanChange::Settings:
    case PlanChange::Baselines: // the drift column follows shownBaselineChanged
        return; // nothing shown changes; the schedule's columns follow scheduleChanged
    }
}

void CapabilityTableModel::followScheduleChange()
{
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, Wave), index(static_cast<int>(m_keys.size()) - 1, ColumnCount - 1));
}

void CapabilityTableModel::rowsChanged(int firstColumn, int lastColumn, const QStringList &keys)
{
    for (const QString &key : keys) {
        const int row = rowOfKey(key);
        if (row >= 0)
            emit dataChanged(index(row, firstColumn), index(row, lastColumn));
    }
}

bool CapabilityTableModel::syncRows()
{
    QStringList now;
    for (const Capability &c : m_document->plan().capabilities)
        now.append(qs(c.key));
    if (now.size() == m_keys.size()) {
        m_keys = now; // edits and renames keep the rows where they are
        return true;
    }
    // Only removals or only insertions (what add/delete and their undo do): walk both lists.
    const bool removal = now.size() < m_keys.size();
    const QStringList &longer = removal ? m_keys : now;
    const QStringList &shorter = removal ? now : m_keys;
    QList<int> extra; // rows of `longer` missing from `shorter`
    qsizetype j = 0;
    for (qsizetype i = 0; i < longer.size(); ++i) {
        if (j < shorter.size() && longer[i] == shorter[j])
            ++j;
        else
            extra.append(static_cast<int>(i));
    }
    if (j != shorter.size()) {
        beginResetModel();
        m_keys = now;
        endResetModel();
        return false;
    }
    if (removal) {
        for (auto it = extra.crbegin(); it != extra.crend(); ++it) {
            beginRemoveRows({}, *it, *it);
            m_keys.removeAt(*it);
            endRemoveRows();
        }
    } else {
        for (const int row : extra) {
            beginInsertRows({}, row, row);
            m_keys.insert(row, now[row]);
            endInsertRows();
        }
    }
    return true;
}

} // namespace waveplan::ui
