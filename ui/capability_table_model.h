#pragma once
/// @file capability_table_model.h
/// The plan's capabilities as a table: one row per capability, one column per field.
/// Read-only for now; editing arrives with the planning workspace (undo commands via setData).

#include "core/model/plan.h"

#include <QAbstractTableModel>

namespace waveplan::ui {

class CapabilityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Name, Kind, Duration, Teams, Owner, Approach, Kpi, DependsOn, ColumnCount };

    explicit CapabilityTableModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    [[nodiscard]] const Plan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Plan m_plan;
};

} // namespace waveplan::ui
