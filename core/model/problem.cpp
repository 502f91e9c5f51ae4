#include "core/model/problem.h"

#include <algorithm>

namespace waveplan {

std::string_view toString(Severity severity)
{
    return severity == Severity::Error ? "error" : "warning";
}

bool hasErrors(const std::vector<Problem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return p.severity == Severity::Error; });
}

} // namespace waveplan
