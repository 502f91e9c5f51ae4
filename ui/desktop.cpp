#include "ui/desktop.h"

#include "ui/main_window.h"

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
    if (file)
        window.openFile(*file);
    window.show();
    return app.exec();
}

} // namespace waveplan::ui
