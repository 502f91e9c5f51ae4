#pragma once
/// @file capability_filter_model.h
/// Filters and sorts the capability table: by text (key, name, owner, KPI), kind, team and
/// scheduled wave; number columns sort as numbers. Its source must be a CapabilityTableModel.

#include "core/model/capability.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace waveplan::ui {

class CapabilityTableModel;

class CapabilityFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CapabilityFilterModel(CapabilityTableModel *source, QObject *parent = nullptr);

    /// Rows whose key, name, owner or KPI contains `text` (case-insensitive); empty = all.
    void setTextFilter(const QString &text);
    /// Rows of this kind only; nullopt = all kinds.
    void setKindFilter(std::optional<CapabilityKind> kind);
    /// Rows that demand people from this team; empty = all.
    void setTeamFilter(const QString &team);
    /// Rows scheduled to start in this wave (1-based); 0 = all.
    void setWaveFilter(int wave);

    [[nodiscard]] std::optional<CapabilityKind> kindFilter() const { return m_kind; }
    [[nodiscard]] const QString &teamFilter() const { return m_team; }
    [[nodiscard]] int waveFilter() const { return m_wave; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    CapabilityTableModel *m_source;
    QString m_text;
    std::optional<CapabilityKind> m_kind;
    QString m_team;
    int m_wave = 0;
};

} // namespace waveplan::ui
