#include "ui/capability_table_model.h"

#include <QBrush>
#include <QPalette>

namespace waveplan::ui {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

CapabilityTableModel::CapabilityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CapabilityTableModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int CapabilityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.capabilities.size());
}

int CapabilityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapabilityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Capability &c = m_plan.capabilities[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Key:
            return qs(c.key);
        case Name:
            return qs(c.name);
        case Kind:
            return qs(std::string(toString(c.kind)));
        case Duration:
            return c.durationDays;
        case Teams: {
            QStringList teams;
            for (const TeamDemand &d : c.demand)
                teams << QStringLiteral("%1 (%2)").arg(qs(d.team)).arg(d.people);
            return teams.join(QStringLiteral(", "));
        }
        case Owner:
            return c.owner.empty() && role == Qt::DisplayRole ? tr("(no owner)") : qs(c.owner);
        case Approach:
            return qs(std::string(toString(c.approach)));
        case Kpi:
            return qs(c.kpi);
        case DependsOn: {
            QStringList keys;
            for (const Dependency *d : m_plan.predecessorsOf(c.key))
                keys << (d->lagDays > 0 ? QStringLiteral("%1 +%2d").arg(qs(d->predecessor)).arg(d->lagDays)
                                        : qs(d->predecessor));
            return keys.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Owner && c.owner.empty())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant CapabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Name:
        return tr("Capability");
    case Kind:
        return tr("Kind");
    case Duration:
        return tr("Days");
    case Teams:
        return tr("Teams (people)");
    case Owner:
        return tr("Owner");
    case Approach:
        return tr("Approach");
    case Kpi:
        return tr("KPI");
    case DependsOn:
        return tr("Depends on");
    default:
        return {};
    }
}

} // namespace waveplan::ui
