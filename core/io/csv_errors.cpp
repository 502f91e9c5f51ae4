#include "core/io/csv_errors.h"

#include <algorithm>

namespace waveplan {

void CsvErrorList::add(std::string message, std::string_view fileName, const CsvField &field)
{
    m_errors.push_back({std::move(message), std::string(fileName), field.line, field.column});
}

void CsvErrorList::add(const Errors &errors)
{
    m_errors.insert(m_errors.end(), errors.begin(), errors.end());
}

Errors CsvErrorList::sorted() const
{
    std::vector<std::string> fileOrder;
    for (const Error &e : m_errors)
        if (std::find(fileOrder.begin(), fileOrder.end(), e.file) == fileOrder.end())
            fileOrder.push_back(e.file);
    const auto rank = [&](const Error &e) {
        return std::find(fileOrder.begin(), fileOrder.end(), e.file) - fileOrder.begin();
    };

    Errors result = m_errors;
    std::stable_sort(result.begin(), result.end(), [&](const Error &a, const Error &b) {
        const auto ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    if (result.size() > m_limit) {
        const size_t more = result.size() - m_limit;
        result.resize(m_limit);
        result.push_back({"... and " + std::to_string(more) + " more error" +
                              (more == 1 ? "" : "s") + " (fix these and import again to see them)",
                          "", 0, 0});
    }
    return result;
}

} // namespace waveplan
