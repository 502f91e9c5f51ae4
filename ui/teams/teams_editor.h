#pragma once
/// @file teams_editor.h
/// The teams dock: one row per team (name, capacity, change limit per wave, capacity overrides
/// per wave as "w2=3; w4=1") with Add team and Remove team. Every edit is one undo command;
/// invalid input or a refused edit shows the reason under the table and changes nothing. The
/// table is rebuilt from the document after every change, undo and redo included.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace waveplan::ui {

class PlanDocument;

class TeamsEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, CapacityColumn, ChangeLimitColumn, CapacityByWaveColumn, ColumnCount };

    /// Edits the teams of `document` (not owned).
    explicit TeamsEditor(PlanDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *addButton() const { return m_addButton; }
    [[nodiscard]] QPushButton *removeButton() const { return m_removeButton; }
    /// The last message about refused input, or empty.
    [[nodiscard]] QString message() const;

    /// Appends a team with a free name ("Team 1", "Team 2"...) and capacity 1.
    void addTeam();
    /// Deletes the team on the current row, or says which capabilities still demand it.
    void removeCurrentTeam();

private:
    void rebuild();
    /// Keeps the table wide enough for every number column and a short team name.
    void fitColumns();
    void onItemChanged(QTableWidgetItem *item);
    void showMessage(const QString &text);

    PlanDocument *m_document;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_message = nullptr;
    bool m_loading = false;
};

} // namespace waveplan::ui
