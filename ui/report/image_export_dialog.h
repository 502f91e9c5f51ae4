#pragma once
/// @file image_export_dialog.h
/// File > Export Image: a PNG or SVG picture of the dependency map or the wave board at a
/// chosen size (and DPI for PNG). The choices are remembered between sessions.

#include "ui/report/report_options.h"

#include "core/util/result.h"

#include <QDialog>

#include <filesystem>

class QComboBox;
class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace waveplan::ui {
class PlanDocument;
}

namespace waveplan::ui::report {

class ImageExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImageExportDialog(const PlanDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] ImageOptions options() const;
    void setOptions(const ImageOptions &options);
    /// The options saved in QSettings (defaults when none), and saving them.
    [[nodiscard]] static ImageOptions savedOptions();
    static void saveOptions(const ImageOptions &options);

    /// Writes the picture to `path` (.png or .svg), replacing it.
    [[nodiscard]] Status exportTo(const std::filesystem::path &path);
    /// Asks where to save (PNG or SVG) and exports; reports failure in a message box.
    void chooseAndExport();

private:
    const PlanDocument *m_document;
    QComboBox *m_view = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_legend = nullptr;
};

} // namespace waveplan::ui::report
