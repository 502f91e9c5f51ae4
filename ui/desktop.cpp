#include "ui/desktop.h"

#include "ui/files/recent_files.h"
#include "ui/files/sample_plan.h"
#include "ui/main_window.h"

#include "core/store/plan_store.h"

#include <QApplication>
#include <QIcon>

namespace waveplan::ui {

int runDesktop(int argc, char **argv, const std::optional<std::filesystem::path> &file)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waveplan"));
    QApplication::setApplicationName(QStringLiteral("Waveplan"));
    QApplication::setApplicationVersion(QStringLiteral(WAVEPLAN_VERSION));
    // Ties the running window to the installed desktop entry (menu, taskbar, Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("waveplan"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("waveplan"), QIcon(QStringLiteral(":/icons/waveplan.svg"))));

    MainWindow window;
    window.show();
    // Unsaved work from a crashed session comes first; otherwise the file asked for; on the
    // very first start (nothing recent) the bundled sample, with no path so Save asks where.
    if (!window.offerRecovery()) {
        if (file) {
            window.openFile(*file);
        } else if (window.recentFiles()->files().isEmpty()) {
            if (const auto sample = findSamplePlan()) {
                Result<Plan> plan = openPlanFile(*sample);
                if (plan)
                    window.showPlan(plan.value());
            }
        }
    }
    return app.exec();
}

} // namespace waveplan::ui
