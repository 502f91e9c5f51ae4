#pragma once
/// @file next_ninety_model.h
/// The capabilities that start in wave 1, one row each in start order, with what a leadership
/// team asks first: who owns it, its KPI, its readiness (technical, skills, process) and what
/// waits on it. Missing owners and KPIs and low readiness (hasLowReadiness) are flagged by a warning
/// fill and by words ("! No owner", "! Low"). Read-only; rebuilt on every plan and schedule change.

#include "core/model/capability.h"
#include "core/model/readiness.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace waveplan::ui {
class PlanDocument;
}

namespace waveplan::ui::next90 {

class NextNinetyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CapabilityColumn, Kind, Starts, GoesLive, Owner, Kpi, ReadinessColumn, Blocks, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< QString: the row's capability key (any column)
        FlaggedRole,                ///< bool: the cell carries a warning (no owner, no KPI, low readiness)
    };

    explicit NextNinetyModel(PlanDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Row of `key`, or -1 when it does not start in wave 1.
    [[nodiscard]] int rowOf(const QString &key) const;
    [[nodiscard]] QString keyAt(int row) const;
    /// Rows without an owner, without a KPI, with low readiness; rows that also go live in wave 1.
    [[nodiscard]] int withoutOwner() const;
    [[nodiscard]] int withoutKpi() const;
    [[nodiscard]] int withLowReadiness() const;
    [[nodiscard]] int goingLiveInWaveOne() const;
    /// With an as-of date the window rolls (issue 15): the 90 calendar days from the as-of date,
    /// and its rows are the work under way and the work starting in them, not what is done.
    /// Without one it is wave 1 and its rows what starts in wave 1.
    [[nodiscard]] bool rolling() const { return m_rolling; }
    /// The window's first plan day and the plan day after it.
    [[nodiscard]] int windowFirstDay() const { return m_windowFirst; }
    [[nodiscard]] int windowEndDay() const { return m_windowEnd; }
    /// Rows whose last day is inside the window.
    [[nodiscard]] int goingLiveInWindow() const;
    /// False when the plan cannot be scheduled (errors or cycles).
    [[nodiscard]] bool hasSchedule() const { return m_hasSchedule; }

    void rebuild();

private:
    struct Row {
        Capability capability;
        int startDay = 0;
        int finishDay = 0;
        int goLiveWave = 0;
        QStringList blocks; ///< direct successors, plan order
        int blockedInAll = 0; ///< every capability that waits on it, directly or not
    };
    [[nodiscard]] QVariant display(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTip(const Row &row, int column) const;
    [[nodiscard]] bool flagged(const Row &row, int column) const;

    PlanDocument *m_document;
    std::vector<Row> m_rows;
    bool m_hasSchedule = false;
    bool m_rolling = false;
    int m_windowFirst = 0;
    int m_windowEnd = 0;
};

} // namespace waveplan::ui::next90
