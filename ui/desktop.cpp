#include "ui/desktop.h"

#include "ui/main_window.h"

#include <QApplication>

namespace waveplan::ui {

int runDesktop(int argc, char **argv, const std::optional<std::filesystem::path> &file)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waveplan"));
    QApplication::setApplicationName(QStringLiteral("Waveplan"));
    QApplication::setApplicationVersion(QStringLiteral(WAVEPLAN_VERSION));

    MainWindow window;
    if (file)
        window.openFile(*file);
    window.show();
    return app.exec();
}

} // namespace waveplan::ui
