#pragma once
/// @file main_window.h
/// The desktop window: the open plan's capabilities, teams and problems, with File and Edit
/// menus. The plan lives in a PlanDocument; every view here follows its change signals.

#include "core/model/plan.h"

#include <QMainWindow>

#include <filesystem>

class QLabel;
class QListWidget;
class QTableView;

namespace waveplan::ui {

class CapabilityFilterModel;
class CapabilityTableModel;
class ProblemsPanel;
namespace map {
class MapScene;
class MapView;
} // namespace map
class PlanDocument;
class SelectionModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Opens a .waveplan or plan .json; on failure shows the reason and keeps the current plan.
    bool openFile(const std::filesystem::path &path);
    /// Loads `plan` as if opened from `path` (empty path: not yet saved).
    void showPlan(const Plan &plan, const std::filesystem::path &path = {});

    [[nodiscard]] const Plan &plan() const;
    [[nodiscard]] PlanDocument *document() const { return m_document; }
    [[nodiscard]] QTableView *capabilityTable() const { return m_table; }
    [[nodiscard]] QListWidget *problemList() const;
    [[nodiscard]] map::MapView *mapView() const { return m_mapView; }

private:
    void createActions();
    void chooseAndOpen();
    bool save();
    bool saveAs();
    bool saveTo(const std::filesystem::path &path);
    void showAbout();
    void refreshPlanViews();
    void refreshTitle();
    void refreshSummary();
    void connectTableSelection();

    void createMapActions();
    void fitMapSoon();

    PlanDocument *m_document = nullptr;
    SelectionModel *m_selection = nullptr;
    map::MapScene *m_mapScene = nullptr;
    map::MapView *m_mapView = nullptr;
    CapabilityTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ProblemsPanel *m_problems = nullptr;
    CapabilityFilterModel *m_filter = nullptr;
    bool m_syncingSelection = false;
    QLabel *m_summary = nullptr;
};

} // namespace waveplan::ui
