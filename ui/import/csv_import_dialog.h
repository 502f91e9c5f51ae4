#pragma once
/// @file csv_import_dialog.h
/// The dialog of File > Import CSV: the capabilities file (required) and the teams file
/// (optional), each typed or picked with Browse. The folder last browsed is remembered.

#include <QDialog>

#include <filesystem>
#include <optional>

class QDialogButtonBox;
class QLineEdit;

namespace waveplan::ui {

class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit CsvImportDialog(QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *capabilitiesEdit() const { return m_capabilities; }
    [[nodiscard]] QLineEdit *teamsEdit() const { return m_teams; }

    [[nodiscard]] std::filesystem::path capabilitiesPath() const;
    /// nullopt when the teams field is empty.
    [[nodiscard]] std::optional<std::filesystem::path> teamsPath() const;

    /// QSettings key of the folder Browse starts in.
    static constexpr const char *kFolderSetting = "import/lastFolder";

private:
    void browse(QLineEdit *edit, const QString &caption);
    void updateButtons();

    QLineEdit *m_capabilities = nullptr;
    QLineEdit *m_teams = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace waveplan::ui
