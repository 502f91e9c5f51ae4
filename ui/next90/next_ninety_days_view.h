#pragma once
/// @file next_ninety_days_view.h
/// The "Next 90 days" tab: wave 1, the question a leadership team should answer first. A
/// heading with the wave's dates, a summary ("7 start in wave 1; 2 have no owner; ..."), and a
/// table of what starts in wave 1 with owner, KPI, readiness and what waits on it, gaps flagged.
/// Rows and the shared selection follow each other; the view follows every edit, undo and redo.

#include <QWidget>

class QLabel;
class QTableView;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;

namespace next90 {
class NextNinetyModel;
}

class NextNinetyDaysView : public QWidget {
    Q_OBJECT
public:
    /// Shows `document`'s wave 1; selects through `selection`. Neither is owned.
    NextNinetyDaysView(PlanDocument *document, SelectionModel *selection, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] next90::NextNinetyModel *model() const { return m_model; }
    /// "Next 90 days: Wave 1 – Jan 4 to Apr 3 2027"
    [[nodiscard]] QString headingText() const;
    /// "7 start in wave 1 (4 also go live in it); 2 have no owner; 1 has no KPI; 3 have low readiness"
    [[nodiscard]] QString summaryText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    /// Fits the columns to their text now if the table is on screen, else when it is shown.
    void fitColumns();
    void selectFromTable();
    void selectFromModel();

    PlanDocument *m_document;
    SelectionModel *m_selection;
    next90::NextNinetyModel *m_model;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableView *m_table;
    bool m_syncing = false;
    bool m_columnsStale = true; ///< the rows changed since the columns were last fitted
};

} // namespace waveplan::ui
