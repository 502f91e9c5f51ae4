#pragma once
/// @file capacity_model.h
/// The capacity grid as a table model: one row per team, one column per wave, each cell the
/// team's load in that wave (people-days used against available, go-lives against the change
/// limit) from the document's latest schedule, with its warning status and the capabilities
/// running there. Read-only; rebuilt on every schedule and plan change, so it follows every edit.

#include "core/schedule/load_status.h"
#include "core/schedule/schedule.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace waveplan::ui {
class PlanDocument;
class SelectionModel;
} // namespace waveplan::ui

namespace waveplan::ui::capacity {

class CapacityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        LoadStatusRole = Qt::UserRole + 1, ///< int(LoadStatus) of the people-days
        GoLiveStatusRole,                  ///< int(LoadStatus) of the go-lives
        StatusRole,                        ///< int(LoadStatus): the worse of the two
        FractionRole,                      ///< double: used / available (0 when none available)
        PeopleDaysTextRole,                ///< "60 / 180 people-days"
        PercentTextRole,                   ///< "33 %", or "no people" when none available
        GoLivesTextRole,                   ///< "2 / 3 go-lives", "1 go-live, no limit"
        MarkerTextRole,                    ///< "OVER capacity · ! At go-live limit", or empty
        KeysRole,                          ///< QStringList: capabilities running in that team-wave
        HoldsSelectionRole,                ///< bool: a selected capability runs there
    };

    CapacityModel(PlanDocument *document, SelectionModel *selection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The load behind a cell, or nullptr.
    [[nodiscard]] const TeamWaveLoad *loadAt(const QModelIndex &index) const;
    /// Capabilities running in the cell's team and wave, in start order.
    [[nodiscard]] QStringList keysAt(const QModelIndex &index) const;
    /// Team-waves over capacity or the go-live limit, and near full (not over).
    [[nodiscard]] int overCount() const;
    [[nodiscard]] int nearFullCount() const;

    /// Rebuilds from the document. Every plan change that can alter it (all but map positions
    /// and baselines) is followed by a new schedule: CapacityView rebuilds it when one comes.
    void rebuild();

private:
    struct Cell {
        TeamWaveLoad load;
        QStringList keys;
        LoadStatus peopleDays = LoadStatus::Normal;
        LoadStatus goLives = LoadStatus::Normal;
    };
    [[nodiscard]] const Cell *cellAt(const QModelIndex &index) const;
    [[nodiscard]] QString toolTip(const Cell &cell) const;
    [[nodiscard]] QString markerText(const Cell &cell) const;

    PlanDocument *m_document;
    SelectionModel *m_selection;
    QStringList m_teams;
    int m_waves = 0;
    std::vector<Cell> m_cells; ///< row-major: team row * m_waves + wave - 1
};

} // namespace waveplan::ui::capacity
