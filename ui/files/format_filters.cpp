#include "ui/files/format_filters.h"

#include "ui/text/qt_text.h"

#include <QStringList>

#include <algorithm>

namespace waveplan::ui {

std::vector<const Format *> formatsFor(const FormatRegistry &formats, FormatAccess access,
                                       std::optional<FormatOption> option)
{
    std::vector<const Format *> list;
    for (const Format &format : formats.formats()) {
        const bool usable = access == FormatAccess::Read ? format.canRead() : static_cast<bool>(format.writer);
        if (usable && (!option || format.takes(*option)))
            list.push_back(&format);
    }
    return list;
}

QString fileFilter(const Format &format)
{
    QStringList patterns;
    for (const std::string &ext : format.extensions)
        patterns << QStringLiteral("*") + qs(ext);
    return QStringLiteral("%1 (%2)").arg(qs(format.name), patterns.join(QLatin1Char(' ')));
}

QString fileFilters(const std::vector<const Format *> &list)
{
    QStringList filters;
    for (const Format *format : list)
        filters << fileFilter(*format);
    return filters.join(QStringLiteral(";;"));
}

const Format *formatOfFilter(const std::vector<const Format *> &list, const QString &filter)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const Format *f) { return fileFilter(*f) == filter; });
    if (it != list.end())
        return *it;
    return list.empty() ? nullptr : list.front();
}

std::filesystem::path withExtensionOf(const std::filesystem::path &path, const Format &format)
{
    const std::string ext = lowerExtension(path);
    if (std::find(format.extensions.begin(), format.extensions.end(), ext) != format.extensions.end())
        return path;
    std::filesystem::path extended = path;
    extended += format.extensions.front();
    return extended;
}

} // namespace waveplan::ui
