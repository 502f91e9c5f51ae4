#pragma once
/// @file problem.h
/// A problem with a plan, found by validation or by the scheduler, in a sentence a user reads,
/// with the capabilities it concerns so a view can select them.

#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

enum class Severity {
    Error,   ///< the plan cannot be scheduled as it stands
    Warning, ///< schedulable, but a risk the user should see (missing owner, low readiness...)
};

struct Problem {
    Severity severity = Severity::Error;
    std::string code;    ///< stable identifier, e.g. "cycle", "missing-owner"
    std::string message; ///< one clear sentence
    std::vector<std::string> keys; ///< capabilities concerned, in a meaningful order
    std::vector<std::string> teams; ///< teams concerned, if any

    bool operator==(const Problem &) const = default;
};

[[nodiscard]] std::string_view toString(Severity severity);
[[nodiscard]] bool hasErrors(const std::vector<Problem> &problems);

} // namespace waveplan
