#include "app/cli/format_choice.h"

#include <vector>

namespace waveplan::cli {

namespace {

bool usable(const Format &format, FormatAccess access)
{
    return access == FormatAccess::Read ? format.canRead() : format.canWrite();
}

std::vector<std::string> namesTaking(const FormatRegistry &formats, FormatOption option, FormatAccess access)
{
    std::vector<std::string> names;
    for (const Format &format : formats.formats()) {
        if (!usable(format, access) || !format.takes(option))
            continue;
        const std::string &ext = format.extensions.front();
        const Result<const Format *> byExtension = formats.detect("file" + ext, access);
        names.push_back(byExtension && *byExtension == &format ? ext : "--format " + format.id);
    }
    return names;
}

} // namespace

std::string optionMisuse(const FormatRegistry &formats, FormatOption option, FormatAccess access)
{
    const std::vector<std::string> names = namesTaking(formats, option, access);
    const std::string kind = access == FormatAccess::Read ? "input" : "output";
    std::string text = std::string(optionName(option)) + " goes with ";
    if (names.size() == 1)
        return text + "a " + names.front() + " " + kind;
    text += "these " + kind + "s: ";
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i > 0 ? ", " : "") + names[i];
    return text;
}

std::string writableFormatIds(const FormatRegistry &formats)
{
    std::string ids;
    for (const Format &format : formats.formats())
        if (format.canWrite())
            ids += (ids.empty() ? "" : ", ") + format.id;
    return ids;
}

} // namespace waveplan::cli
