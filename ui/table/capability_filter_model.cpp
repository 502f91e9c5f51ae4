#include "ui/table/capability_filter_model.h"

#include "ui/table/capability_table_model.h"

#include "core/schedule/schedule.h"

namespace waveplan::ui {

namespace {

bool contains(const std::string &field, const QString &text)
{
    return QString::fromStdString(field).contains(text, Qt::CaseInsensitive);
}

} // namespace

CapabilityFilterModel::CapabilityFilterModel(CapabilityTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(CapabilityTableModel::SortRole);
    // Edits and new schedules can move a row in or out of the filter.
    setDynamicSortFilter(true);
}

void CapabilityFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter re-runs filterAcceptsRow.
    invalidateFilter();
}

void CapabilityFilterModel::setTextFilter(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    refilter();
}

void CapabilityFilterModel::setKindFilter(std::optional<CapabilityKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void CapabilityFilterModel::setTeamFilter(const QString &team)
{
    if (team == m_team)
        return;
    m_team = team;
    refilter();
}

void CapabilityFilterModel::setWaveFilter(int wave)
{
    if (wave == m_wave)
        return;
    m_wave = wave;
    refilter();
}

bool CapabilityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Capability *c = m_source->capabilityAt(sourceRow);
    if (!c)
        return false;
    if (!m_text.isEmpty() && !contains(c->key, m_text) && !contains(c->name, m_text) && !contains(c->owner, m_text) &&
        !contains(c->kpi, m_text))
        return false;
    if (m_kind && c->kind != *m_kind)
        return false;
    if (!m_team.isEmpty() && demandOn(*c, m_team.toStdString()) == 0)
        return false;
    if (m_wave > 0) {
        const ScheduledCapability *s = m_source->scheduledAt(sourceRow);
        if (!s || s->wave != m_wave)
            return false;
    }
    return true;
}

bool CapabilityFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace waveplan::ui
