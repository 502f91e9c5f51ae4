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
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return impactOf(a) < impactOf(b); });
    return problems;
}

} // namespace waveplan
