#pragma once
/// @file capability_table_model.h
/// The plan's capabilities as an editable table: one row per capability, one column per field,
/// plus read-only columns computed from the document's schedule. A projection of a
/// PlanDocument: it follows planChanged/scheduleChanged, and setData turns an edit into an
/// undo command pushed on the document's stack (invalid text is refused with a reason).

#include "core/model/plan.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace waveplan {
struct ScheduledCapability;
}

namespace waveplan::ui {

class PlanDocument;
enum class PlanChange;

class CapabilityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Key,
        Name,
        Kind,
        Duration,
        Teams,    ///< "Team:people; Team:people"
        Owner,
        Approach,
        Kpi,
        ReadinessTechnical, ///< 1..5, empty = not assessed
        ReadinessSkills,
        ReadinessProcess,
        EarliestWave, ///< 1-based, empty = none
        DeadlineWave,
        PinnedWave,
        DependsOn, ///< "KEY+LAG; KEY"
        // Progress (issue 15): status, actual dates (YYYY-MM-DD, empty = none), days left
        Status,       ///< planned, in-progress or done
        ActualStart,
        ActualFinish,
        RemainingDays, ///< in progress: working days left from the as-of date; empty = worked out
        // Computed from the schedule, read-only:
        Wave,
        StartDate,
        FinishDate, ///< the last working day
        Slack,
        Drift, ///< go-live against the shown baseline: "+45 d"; empty without one
        Reason,
        ColumnCount
    };

    /// Numbers for number columns (days, waves, scores, start day), text otherwise: what the
    /// filter model sorts by.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CapabilityTableModel(PlanDocument *document, QObject *parent = nullptr);

    [[nodiscard]] PlanDocument *document() const { return m_document; }
    /// The capability shown in `row`, or nullptr.
    [[nodiscard]] const Capability *capabilityAt(int row) const;
    /// Its schedule entry, or nullptr (not scheduled: the plan has errors).
    [[nodiscard]] const ScheduledCapability *scheduledAt(int row) const;
    /// The row showing `key`, or -1.
    [[nodiscard]] int rowOfKey(const QString &key) const;
    [[nodiscard]] static bool isComputed(int column) { return column >= Wave && column < ColumnCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Parses `value` for the column and pushes the edit as one undo step. Returns false, and
    /// emits editRejected with the reason, when the value is not valid; returns true without
    /// pushing anything when it changes nothing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The text a cell shows and edits as (also used by the delegate and the filter).
    [[nodiscard]] static QString teamsText(const Capability &capability);
    [[nodiscard]] static QString dependsOnText(const Plan &plan, const Capability &capability);

signals:
    /// An edit was refused; `message` says why and what is expected.
    void editRejected(const QString &message);

private:
    void followPlanChange(PlanChange change, const QStringList &keys);
    void followScheduleChange();
    /// Brings the rows in line with the plan's capabilities by inserting and removing rows
    /// where the plan only gained or lost some; false when a reset was needed instead.
    bool syncRows();
    void rowsChanged(int firstColumn, int lastColumn, const QStringList &keys);
    QVariant displayData(const Capability &capability, int column) const;
    QVariant editData(const Capability &capability, int column) const;
    QVariant sortData(const Capability &capability, int row, int column) const;
    /// The drift sentence of `capability` against the shown baseline, or nothing.
    QVariant driftToolTip(const Capability &capability) const;
    bool reject(const QString &message);
    bool pushEdit(const Capability &current, const Capability &edited, const QString &field);
    bool setDependencies(const Capability &capability, const QString &text);
    /// Status, actual dates and days left, through edit::recordProgress (markStatus for a status).
    bool setProgress(const Capability &capability, int column, const QString &text);

    PlanDocument *m_document;
    QStringList m_keys; ///< the key shown in each row, in plan order
};

} // namespace waveplan::ui
