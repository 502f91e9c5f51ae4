#include "app/render_hooks.h"

#include "app/cli/render_hook.h"
#include "ui/report/image_export.h"
#include "ui/report/report_scenes.h"
#include "ui/report/report_writer.h"

#include "core/log/logging.h"

#include <QApplication>

#include <spdlog/logger.h>

#include <cstdlib>
#include <memory>

namespace waveplan::app {

namespace {

int g_argc = 0;
char **g_argv = nullptr;

/// Qt's own messages ("XDG_RUNTIME_DIR not set"...) go to the log, not into an analyst's
/// script output; --verbose shows them.
void logQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const auto logger = log::get("qt");
    const std::string text = message.toStdString();
    switch (type) {
    // Qt's warnings are about its environment, not the user's plan: detail, not a warning.
    case QtDebugMsg:
    case QtInfoMsg:
    case QtWarningMsg: logger->debug(text); break;
    case QtCriticalMsg: logger->warn(text); break;
    case QtFatalMsg: logger->critical(text); std::abort();
    }
}

/// The application drawing needs, for the length of one command: made unless one exists.
[[nodiscard]] std::unique_ptr<QApplication> drawingApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    qInstallMessageHandler(logQtMessage);
    // No display needed: reports and pictures are drawn offscreen unless asked otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(g_argc, g_argv);
}

} // namespace

void installRenderHooks(int argc, char **argv)
{
    g_argc = argc;
    g_argv = argv;
    cli::RenderHooks hooks;
    hooks.writeReport = [](const Plan &plan, const cli::ReportRequest &request) -> Status {
        const auto application = drawingApplication();
        ui::report::ReportOptions options;
        options.paper = request.letter ? QPageSize::Letter : QPageSize::A4;
        options.orientation = request.portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
        options.includeMap = request.includeMap;
        options.includeBoard = request.includeBoard;
        options.budgetSchedules = request.budgetSchedules;
        return ui::report::writeReportPdf(plan, options, request.output, request.overwrite);
    };
    hooks.writeImage = [](const Plan &plan, const cli::ImageRequest &request) -> Status {
        const auto application = drawingApplication();
        ui::report::ImageOptions options;
        options.view = request.board ? ui::report::ReportView::Board : ui::report::ReportView::Map;
        options.width = request.width;
        options.height = request.height;
        options.dpi = request.dpi;
        options.budgetSchedules = request.budgetSchedules;
        return ui::report::writeImageFile(plan, options, request.output, request.overwrite);
    };
    if (!ui::report::ReportScenes::boardAvailable())
        hooks.boardUnavailable = "this build has no wave board yet; use --view map";
    cli::setRenderHooks(std::move(hooks));
}

} // namespace waveplan::app
