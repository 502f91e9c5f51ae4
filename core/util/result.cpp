#include "core/util/result.h"

namespace waveplan {

std::string Error::toString() const
{
    std::string where = file;
    if (line > 0) {
        where += (where.empty() ? "line " : ":") + std::to_string(line);
        if (column > 0)
            where += (file.empty() ? ", column " : ":") + std::to_string(column);
    }
    return where.empty() ? message : where + ": " + message;
}

std::string formatErrors(const Errors &errors)
{
    std::string text;
    for (const Error &e : errors) {
        if (!text.empty())
            text += '\n';
        text += e.toString();
    }
    return text;
}

} // namespace waveplan
