#include "core/validate/problem_order.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace waveplan {

namespace {

bool isOneOf(std::string_view code, std::initializer_list<std::string_view> codes)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

ProblemImpact impactOf(const Problem &problem)
{
    if (problem.severity == Severity::Error)
        return ProblemImpact::Error;
    const std::string_view code = problem.code;
    if (isOneOf(code, {"pin-after-deadline", "pin-before-earliest", "pin-before-predecessors",
                       "deadline-before-earliest", "change-limit-zero", "no-span-too-long", "demand-above-capacity",
                       "dependency-broken", "earliest-wave-broken"}))
        return ProblemImpact::Clash;
    if (isOneOf(code, {"beyond-horizon", "past-horizon", "deadline-missed", "pin-missed"}))
        return ProblemImpact::HorizonOrDeadline;
    if (isOneOf(code, {"team-overcommitted", "demand-above-wave-capacity", "change-limit-exceeded"}))
        return ProblemImpact::Overload;
    return ProblemImpact::Lint;
}

std::vector<Problem> byImpact(std::vector<Problem> problems)
{
    // Each problem's impact is worked out once, then the problems are dealt out impact by
    // impact in their order. A comparison sort worked it out from the code at every comparison:
    // a tenth of an edit's wait at 10,000 capabilities, whose lints run to tens of thousands.
    std::vector<ProblemImpact> impacts;
    impacts.reserve(problems.size());
    for (const Problem &problem : problems)
        impacts.push_back(impactOf(problem));
    std::vector<Problem> ordered;
    ordered.reserve(problems.size());
    for (int impact = 0; impact <= static_cast<int>(ProblemImpact::Lint); ++impact)
        for (std::size_t i = 0; i < problems.size(); ++i)
            if (static_cast<int>(impacts[i]) == impact)
                ordered.push_back(std::move(problems[i]));
    return ordered;
}

} // namespace waveplan
