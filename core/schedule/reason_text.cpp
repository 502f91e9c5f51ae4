#include "core/schedule/explanation.h"
#include "core/schedule/reason_text.h"

#include <algorithm>
#include <cctype>

namespace waveplan {

std::string_view toString(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::Start: return "start";
    case ReasonKind::Predecessor: return "predecessor";
    case ReasonKind::TeamFull: return "team-full";
    case ReasonKind::GoLiveLimit: return "change-limit";
    case ReasonKind::Pinned: return "pinned";
    case ReasonKind::EarliestWave: return "earliest-wave";
    case ReasonKind::NoSpan: return "no-span";
    case ReasonKind::Deferred: return "deferred";
    case ReasonKind::AsOf: return "as-of";
    case ReasonKind::UnderWay: return "under-way";
    case ReasonKind::Done: return "done";
    }
    return "start";
}

namespace detail {

std::string teamPhrase(const std::string &team)
{
    std::string lower = team;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    const bool saysTeam = lower == "team" || lower.starts_with("team ") ||
                          (lower.size() > 5 && lower.ends_with(" team"));
    return saysTeam ? team : team + " team";
}

std::string dayCount(int n)
{
    return std::to_string(n) + (n == 1 ? " day" : " days");
}

std::string describe(const StartReason &r)
{
    switch (r.kind) {
    case ReasonKind::Start:
        return "starts on day 0; nothing holds it";
    case ReasonKind::Predecessor:
        return "waits for " + r.predecessor + " to finish (day " + std::to_string(r.day) + ")" +
               (r.lagDays > 0 ? " plus " + dayCount(r.lagDays) + " lag" : std::string());
    case ReasonKind::TeamFull:
        return teamPhrase(r.team) + " is at capacity in wave " + std::to_string(r.wave) + " until day " +
               std::to_string(r.day);
    case ReasonKind::GoLiveLimit:
        return teamPhrase(r.team) + " has reached its change limit (go-lives) in wave " + std::to_string(r.wave);
    case ReasonKind::Pinned:
        return "pinned to wave " + std::to_string(r.wave);
    case ReasonKind::EarliestWave:
        return "may not start before wave " + std::to_string(r.wave) + " (day " + std::to_string(r.day) + ")";
    case ReasonKind::NoSpan:
        return "would run past the end of wave " + std::to_string(r.wave) +
               " if it started earlier, and the plan does not let capabilities span waves";
    case ReasonKind::Deferred:
        return "could start earlier; the solver placed it on day " + std::to_string(r.day) +
               " to leave room for others";
    case ReasonKind::AsOf:
        return "may not start before the as-of date (day " + std::to_string(r.day) + ")";
    case ReasonKind::UnderWay:
        return "under way: what is left continues from the as-of date (day " + std::to_string(r.day) + ")";
    case ReasonKind::Done:
        return "done (last day " + std::to_string(r.day) + ")";
    }
    return {};
}

} // namespace detail
} // namespace waveplan
