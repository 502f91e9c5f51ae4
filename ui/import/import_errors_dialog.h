#pragma once
/// @file import_errors_dialog.h
/// Shows why an import failed: every error as "file:line:column: message", one per line, in a
/// scrollable read-only text the user can select and copy (or copy whole with one button).
/// The same dialog lists what a successful import changed to fit the plan to Waveplan (the
/// notes of an MS Project XML import).

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace waveplan::ui {

class ImportErrorsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind {
        Refused,  ///< nothing was imported: `lines` are the errors
        WithNotes ///< the plan was imported: `lines` say what was changed to fit it
    };

    ImportErrorsDialog(const QStringList &lines, QWidget *parent = nullptr, Kind kind = Kind::Refused);

    [[nodiscard]] QPlainTextEdit *errorText() const { return m_text; }
    /// Puts every error line on the clipboard.
    void copyAll();

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace waveplan::ui
