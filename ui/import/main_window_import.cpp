// MainWindow: File > Import CSV and the other formats the registry reads (plan JSON, MS Project
// XML). Kept here, beside the import dialogs, so main_window.cpp stays about the window's layout.

#include "ui/window/main_window.h"

#include "ui/window/desktop.h"
#include "ui/document/plan_document.h"
#include "ui/files/format_filters.h"
#include "ui/import/csv_import.h"
#include "ui/import/csv_import_dialog.h"
#include "ui/import/import_errors_dialog.h"
#include "ui/text/qt_text.h"

#include "core/formats/format_registry.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QUndoStack>

namespace waveplan::ui {

namespace {

/// "capabilities-csv" -> "CapabilitiesCsv", for an action's objectName.
QString actionName(const std::string &formatId)
{
    QString name;
    bool upper = true;
    for (const QChar c : qs(formatId)) {
        if (c == QLatin1Char('-')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

} // namespace

bool MainWindow::importCsv(const std::filesystem::path &capabilities,
                           const std::optional<std::filesystem::path> &teams)
{
    return importPlan(importCsvPlan(capabilities, teams));
}

bool MainWindow::importFile(const std::filesystem::path &path)
{
    const FormatRegistry formats = builtInFormats();
    const Result<const Format *> format = formats.detect(path, FormatAccess::Read);
    if (!format)
        return importPlan(format.errors());
    ReadRequest request;
    request.path = path;
    request.settings.name = importedPlanName(path);
    std::vector<std::string> notes;
    request.notes = &notes;
    const Result<Plan> plan = format.value()->reader(request);
    return importPlan(plan, notes);
}

bool MainWindow::importPlan(const Result<Plan> &imported, const std::vector<std::string> &notes)
{
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
    if (!notes.empty()) {
        QStringList lines;
        for (const std::string &note : notes)
            lines << QStringLiteral("\u2022 ") + qs(note); // a bullet each: a note may wrap over lines
        auto *box = new ImportErrorsDialog(lines, this, ImportErrorsDialog::Kind::WithNotes);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return true;
}

void MainWindow::addImportActions(QMenu *fileMenu)
{
    // Every format the registry reads besides the plan file (File > Open): spreadsheets through
    // the dialog that also asks for teams.csv, the others through a file dialog.
    const FormatRegistry formats = builtInFormats();
    for (const Format *format : formatsFor(formats, FormatAccess::Read)) {
        if (format->id == kPlanFileFormat)
            continue;
        if (format->takes(FormatOption::Teams)) {
            QAction *action = fileMenu->addAction(actionIcon(QStringLiteral("document-import")), tr("&Import CSV..."));
            action->setObjectName(QStringLiteral("importCsvAction"));
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
            connect(action, &QAction::triggered, this, &MainWindow::chooseAndImportCsv);
            continue;
        }
        const QString filter = fileFilter(*format);
        // The mnemonic on the name's last word: "Import Plan &JSON...".
        QString name = qs(format->name);
        name.insert(name.lastIndexOf(QLatin1Char(' ')) + 1, QLatin1Char('&'));
        QAction *action = fileMenu->addAction(tr("Import %1...").arg(name));
        action->setObjectName(QStringLiteral("import%1Action").arg(actionName(format->id)));
        connect(action, &QAction::triggered, this, [this, filter] {
            QSettings settings;
            const QString folder = settings.value(QStringLiteral("files/lastFolder")).toString();
            const QString file = QFileDialog::getOpenFileName(this, tr("Import"), folder, filter);
            if (file.isEmpty())
                return;
            settings.setValue(QStringLiteral("files/lastFolder"), QFileInfo(file).absolutePath());
            importFile(file.toStdString());
        });
    }
}

void MainWindow::chooseAndImportCsv()
{
    CsvImportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    importCsv(dialog.capabilitiesPath(), dialog.teamsPath());
}

} // namespace waveplan::ui
