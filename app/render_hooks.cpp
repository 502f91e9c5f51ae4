#include "app/render_hooks.h"

#include "ui/report/drawing_formats.h"

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

void installRenderHooks(FormatRegistry &formats, int argc, char **argv)
{
    g_argc = argc;
    g_argv = argv;
    ui::report::addDrawingWriters(formats);
    for (const Format &format : formats.formats()) {
        if (!format.drawing)
            continue;
        formats.setWriter(format.id, [draw = format.writer](const Plan &plan, const WriteRequest &request) {
            const auto application = drawingApplication();
            return draw(plan, request);
        });
    }
    formats.setComparisonWriter([draw = formats.comparisonWriter()](const ComparedPlan &from, const ComparedPlan &to,
                                                                   const PlanComparison &comparison,
                                                                   const WriteRequest &request) {
        const auto application = drawingApplication();
        return draw(from, to, comparison, request);
    });
}

} // namespace waveplan::app
