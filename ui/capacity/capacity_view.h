#pragma once
/// @file capacity_view.h
/// The Capacity tab: a grid of teams by waves showing each team's load against its capacity
/// (people-days) and its go-lives against its change limit, with overloads and near-full waves
/// marked by colour and by words. A summary line counts them. Clicking or activating a cell
/// selects the capabilities running there; cells holding the selection are framed. A projection
/// of the document: it follows every edit, undo and redo.

#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;

namespace capacity {
class CapacityModel;
}

class CapacityView : public QWidget {
    Q_OBJECT
public:
    /// Shows `document`'s schedule; selects through `selection`. Neither is owned.
    CapacityView(PlanDocument *document, SelectionModel *selection, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] capacity::CapacityModel *model() const { return m_model; }
    /// "1 team-wave over capacity or its go-live limit; 2 near full", or why there is no grid.
    [[nodiscard]] QString summaryText() const;

private:
    void refresh();
    void selectCell(const QModelIndex &index);

    PlanDocument *m_document;
    SelectionModel *m_selection;
    capacity::CapacityModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace waveplan::ui
