// MainWindow: File > Import CSV. Kept here, beside the import dialogs, so main_window.cpp
// stays about the window's layout.

#include "ui/main_window.h"

#include "ui/document/plan_document.h"
#include "ui/import/csv_import.h"
#include "ui/import/csv_import_dialog.h"
#include "ui/import/import_errors_dialog.h"

#include <QUndoStack>

namespace waveplan::ui {

bool MainWindow::importCsv(const std::filesystem::path &capabilities,
                           const std::optional<std::filesystem::path> &teams)
{
    Result<Plan> imported = importCsvPlan(capabilities, teams);
    if (!imported) {
        // Window-modal but not blocking, so the event loop (and tests) carry on.
        auto *box = new ImportErrorsDialog(errorLines(imported.errors()), this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    if (!maybeSave())
        return false;
    // A new document that was never saved: Save asks where, closing asks first.
    showPlan(imported.value());
    document()->undoStack()->resetClean();
    return true;
}

void MainWindow::chooseAndImportCsv()
{
    CsvImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    importCsv(dialog.capabilitiesPath(), dialog.teamsPath());
}

} // namespace waveplan::ui
