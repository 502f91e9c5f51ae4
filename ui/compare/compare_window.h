#pragma once
/// @file compare_window.h
/// Schedule > Compare...: any two of the open plan's scenarios, their baselines or another plan
/// file, side by side: a summary in words (end dates, how many moved, the driving paths), a
/// sortable table of what moved, was added or removed, the board of B with A's bars as shadows,
/// and each team's load, go-lives and the cost per wave where they differ. A window of its own,
/// so the plan can be edited while it is open; it follows the open scenario's edits.

#include "ui/compare/compare_sides.h"

#include "core/util/result.h"

#include <QDialog>

#include <filesystem>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableWidget;
class QTimer;

namespace waveplan::ui {

class PlanDocument;

namespace board {
class BoardScene;
class BoardView;
} // namespace board

class CompareWindow : public QDialog {
    Q_OBJECT
public:
    /// Column of the capability table.
    enum Column { Key, Name, Change, WaveA, WaveB, StartA, StartB, Shift, ColumnCount };

    explicit CompareWindow(PlanDocument *document, QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// Puts `a` and `b` side by side (a file not offered yet is added to both choosers).
    void setSides(const CompareSource &a, const CompareSource &b);
    [[nodiscard]] QString summaryText() const;
    /// The capability table as shown (sorted, filtered).
    [[nodiscard]] QSortFilterProxyModel *capabilityTable() const { return m_proxy; }
    [[nodiscard]] board::BoardScene *boardScene() const { return m_boardScene; }
    [[nodiscard]] QTableWidget *loadTable() const { return m_load; }
    [[nodiscard]] QCheckBox *onlyDifferences() const { return m_onlyDiffering; }
    [[nodiscard]] QPushButton *exportPdfButton() const { return m_exportPdf; }

    /// Writes the one-page comparison of the sides shown (ui/report/comparison_report.h) to
    /// `path`, replacing it, on the report's remembered paper. Fails when nothing is compared.
    [[nodiscard]] Status exportPdf(const std::filesystem::path &path) const;

private:
    void fillChoosers();
    void chooseFile(QComboBox *chooser);
    /// Export PDF...: asks where, writes, says so.
    void chooseAndExportPdf();
    void compare();
    [[nodiscard]] CompareSource sourceOf(const QComboBox *chooser) const;
    /// B's board with A as shadows; none when either is null.
    void showBoard(const ComparedPlan *a, const ComparedPlan *b);

    PlanDocument *m_document;
    std::vector<CompareSource> m_sources; ///< the choosers' items, in order
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_onlyDiffering = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    board::BoardScene *m_boardScene = nullptr;
    board::BoardView *m_boardView = nullptr;
    QWidget *m_boardHolder = nullptr;
    QTableWidget *m_load = nullptr;
    QTimer *m_refresh = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QLabel *m_exported = nullptr;
    /// What the window shows, for the PDF; none when the sides could not be compared.
    struct Shown {
        ComparedPlan from;
        ComparedPlan to;
        PlanComparison comparison;
    };
    std::optional<Shown> m_shown;
    bool m_filling = false;
};

} // namespace waveplan::ui
