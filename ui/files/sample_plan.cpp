#include "ui/files/sample_plan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace waveplan::ui {

std::optional<std::filesystem::path> findSamplePlan()
{
    const QString besideBuild = QCoreApplication::applicationDirPath() + QStringLiteral("/../sample.waveplan");
    if (QFileInfo(besideBuild).isFile())
        return std::filesystem::path(QFileInfo(besideBuild).canonicalFilePath().toStdString());
    const QString installed =
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("waveplan/sample.waveplan"));
    if (!installed.isEmpty())
        return std::filesystem::path(installed.toStdString());
    return std::nullopt;
}

} // namespace waveplan::ui
