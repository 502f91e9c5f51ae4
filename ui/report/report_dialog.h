#pragma once
/// @file report_dialog.h
/// File > Export Report: the report's options (paper, orientation, which drawings), a print
/// preview of the pages, and export to PDF. The options are remembered between sessions.

#include "ui/report/report_options.h"

#include "core/util/result.h"

#include <QDialog>

#include <filesystem>

class QCheckBox;
class QPushButton;
class QComboBox;
class QPrinter;

namespace waveplan::ui {
class PlanDocument;
}

namespace waveplan::ui::report {

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    /// Reports on `document`'s plan (a snapshot taken when the report is drawn).
    explicit ReportDialog(const PlanDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] ReportOptions options() const;
    void setOptions(const ReportOptions &options);

    /// The options saved in QSettings (defaults when none), and saving them.
    [[nodiscard]] static ReportOptions savedOptions();
    static void saveOptions(const ReportOptions &options);

    /// Draws the report into `printer` (what the preview shows); returns the number of pages.
    int paintInto(QPrinter *printer);
    /// Writes the PDF to `path`, replacing it (the file dialog has asked).
    [[nodiscard]] Status exportTo(const std::filesystem::path &path);

    /// Opens the print preview of the report.
    void preview();
    /// Asks where to save and exports; reports failure in a message box.
    void chooseAndExport();

private:
    const PlanDocument *m_document;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QCheckBox *m_includeMap = nullptr;
    QCheckBox *m_includeBoard = nullptr;
    QCheckBox *m_includeBaseline = nullptr; ///< enabled while a baseline is shown; on by default
    QCheckBox *m_includeSummary = nullptr;
    QCheckBox *m_includeRoadmap = nullptr;
    QCheckBox *m_includeWaves = nullptr;
    QCheckBox *m_includeCritical = nullptr;
    QCheckBox *m_includeCapacity = nullptr;
    QCheckBox *m_includeRisks = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    bool m_drawable = true; ///< the plan and its schedule can be drawn at all

    /// Preview and Export only while some section is chosen (and the plan can be drawn).
    void updateButtons();
};

} // namespace waveplan::ui::report
