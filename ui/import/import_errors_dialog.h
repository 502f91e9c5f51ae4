#pragma once
/// @file import_errors_dialog.h
/// Shows why an import failed: every error as "file:line:column: message", one per line, in a
/// scrollable read-only text the user can select and copy (or copy whole with one button).

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

namespace waveplan::ui {

class ImportErrorsDialog : public QDialog {
    Q_OBJECT
public:
    ImportErrorsDialog(const QStringList &errors, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *errorText() const { return m_text; }
    /// Puts every error line on the clipboard.
    void copyAll();

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace waveplan::ui
