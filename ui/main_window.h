#pragma once
/// @file main_window.h
/// The desktop window: for now a read-only view of a plan (capabilities, teams, problems).
/// The planning workspace (map, editing, undo) grows from here.

#include "core/model/plan.h"

#include <QMainWindow>

#include <filesystem>

class QLabel;
class QListWidget;
class QTableView;

namespace waveplan::ui {

class CapabilityTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens a .waveplan or plan .json; on failure shows the reason and keeps the current plan.
    bool openFile(const std::filesystem::path &path);
    /// Loads `plan` as if opened from `path` (empty path: not yet saved).
    void showPlan(const Plan &plan, const std::filesystem::path &path = {});

    [[nodiscard]] const Plan &plan() const;
    [[nodiscard]] QTableView *capabilityTable() const { return m_table; }
    [[nodiscard]] QListWidget *problemList() const { return m_problems; }

private:
    void createActions();
    void chooseAndOpen();
    void showAbout();

    CapabilityTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_teams = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    std::filesystem::path m_path;
};

} // namespace waveplan::ui
