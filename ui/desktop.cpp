#include "ui/desktop.h"

#include <QApplication>
#include <QLabel>

namespace waveplan::ui {

int runDesktop(int argc, char **argv, const std::optional<std::filesystem::path> &file)
{
    QApplication app(argc, argv);
    QLabel label(file ? QString::fromStdString(file->string()) : QStringLiteral("Waveplan"));
    label.show();
    return app.exec();
}

} // namespace waveplan::ui
