#include "ui/files/export_action.h"

#include "ui/window/desktop.h"
#include "ui/document/plan_document.h"
#include "ui/files/format_filters.h"
#include "ui/text/qt_text.h"
#include "ui/report/drawing_formats.h"
#include "ui/report/image_export_dialog.h"
#include "ui/report/report_dialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace waveplan::ui {

namespace {

const QString kFolderKey = QStringLiteral("export/folder");
const QString kFilterKey = QStringLiteral("export/filter");

/// The file name offered first: the plan file's name, else the plan's, else "plan".
QString suggestedName(const PlanDocument *document)
{
    QString name = qs(document->filePath().stem().string());
    if (name.isEmpty())
        name = qs(document->plan().name);
    return name.isEmpty() ? QStringLiteral("plan") : name;
}

/// Asks before a capabilities export replaces a teams spreadsheet the file dialog did not ask about.
bool mayReplaceTeamsFile(QWidget *parent, const WriteRequest &request)
{
    std::error_code error;
    if (!request.teamsPath || !std::filesystem::exists(*request.teamsPath, error))
        return true;
    const QString name = qs(request.teamsPath->filename().string());
    return QMessageBox::question(parent, QObject::tr("Export"),
                                 QObject::tr("The teams spreadsheet %1 already exists. Replace it?").arg(name)) ==
           QMessageBox::Yes;
}

void chooseAndExport(const PlanDocument *document, QWidget *parent)
{
    const std::vector<const Format *> writable = formatsFor(report::desktopFormats(), FormatAccess::Write);
    if (writable.empty())
        return;
    QSettings settings;
    const QString folder = settings.value(kFolderKey, settings.value(QStringLiteral("files/lastFolder"))).toString();
    QString filter = settings.value(kFilterKey).toString();
    const Format *offered = formatOfFilter(writable, filter);
    const QString suggested = QDir(folder).filePath(suggestedName(document) + qs(offered->extensions.front()));
    const QString file = QFileDialog::getSaveFileName(parent, QObject::tr("Export"), suggested, fileFilters(writable),
                                                      &filter);
    if (file.isEmpty())
        return;
    // The filter decides: two formats share .csv.
    const Format *format = formatOfFilter(writable, filter);
    const std::filesystem::path path = withExtensionOf(file.toStdString(), *format);
    settings.setValue(kFolderKey, QFileInfo(file).absolutePath());
    settings.setValue(kFilterKey, fileFilter(*format));
    WriteRequest request = exportRequest(*format, path);
    request.overwrite = true; // the file dialog has asked about the file itself
    if (!mayReplaceTeamsFile(parent, request))
        return;
    // Reports, pictures and a .waveplan show (or keep) the waves on screen.
    const ScheduleReference shown = referenceOf(document->schedule());
    request.acceptedSchedule = &shown;
    exportPlan(parent, document->plan(), *format, request);
}

} // namespace

std::filesystem::path teamsFileBeside(const std::filesystem::path &capabilities)
{
    const std::string stem = capabilities.stem().string();
    const bool conventional = qs(stem).compare(QLatin1String("capabilities"), Qt::CaseInsensitive) == 0;
    const std::string teams = conventional ? "teams" : stem + "-teams";
    return capabilities.parent_path() / (teams + capabilities.extension().string());
}

WriteRequest exportRequest(const Format &format, const std::filesystem::path &path)
{
    WriteRequest request;
    request.path = path;
    if (format.takes(FormatOption::Paper))
        report::setReportOptions(request, report::ReportDialog::savedOptions());
    if (format.takes(FormatOption::View))
        report::setImageOptions(request, report::ImageExportDialog::savedOptions());
    if (format.takes(FormatOption::TeamsOut))
        request.teamsPath = teamsFileBeside(path);
    return request;
}

bool exportPlan(QWidget *parent, const Plan &plan, const Format &format, const WriteRequest &request)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = format.writer ? format.writer(plan, request)
                                         : Status(Error{"this build cannot write " + format.name, request.path.string(), 0, 0});
    QApplication::restoreOverrideCursor();
    if (written)
        return true;
    showWarning(parent, QStringLiteral("exportErrorBox"), QObject::tr("Cannot export"),
                QObject::tr("Waveplan could not export the plan as %1; nothing was written.").arg(qs(format.name)),
                qs(written.errorText()));
    return false;
}

QAction *addExportAction(QMenu *menu, const PlanDocument *document, QWidget *parent)
{
    QAction *action = menu->addAction(QObject::tr("&Export..."));
    action->setObjectName(QStringLiteral("exportAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action->setStatusTip(QObject::tr("Write the plan as JSON, spreadsheets, a PDF report or a picture"));
    QObject::connect(action, &QAction::triggered, parent, [document, parent] { chooseAndExport(document, parent); });
    return action;
}

} // namespace waveplan::ui
