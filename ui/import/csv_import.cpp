#include "ui/import/csv_import.h"

#include "core/io/capabilities_csv.h"
#include "ui/text/qt_text.h"

#include <QObject>

namespace waveplan::ui {

std::string importedPlanName(const std::filesystem::path &capabilities)
{
    std::string name = capabilities.stem().string();
    if (name == "capabilities") {
        const std::filesystem::path folder = std::filesystem::absolute(capabilities).parent_path();
        name = folder.has_filename() ? folder.filename().string() : std::string();
    }
    if (name.empty())
        return str(QObject::tr("Untitled (imported)"));
    return name;
}

Result<Plan> importCsvPlan(const std::filesystem::path &capabilities,
                           const std::optional<std::filesystem::path> &teams)
{
    Plan settings;
    settings.name = importedPlanName(capabilities);
    return importPlanFromCsvFiles(capabilities, teams, settings);
}

QStringList errorLines(const Errors &errors)
{
    QStringList lines;
    for (const Error &error : errors)
        lines << qs(error.toString());
    return lines;
}

} // namespace waveplan::ui
