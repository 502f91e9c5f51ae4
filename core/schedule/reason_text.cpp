#include "core/schedule/explanation.h"
#include "core/schedule/reason_text.h"

#include "core/model/date.h"
#include "core/model/plan.h"

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

std::string teamPossessive(const std::string &team)
{
    const std::string phrase = teamPhrase(team);
    const bool named = phrase.size() > 5 && (phrase[0] == 'T' || phrase[0] == 't') && phrase.compare(1, 4, "eam ") == 0;
    return (named ? "" : "the ") + phrase + "'s";
}

std::string dayCount(int n)
{
    return std::to_string(n) + (n == 1 ? " day" : " days");
}

std::string describe(const StartReason &r, const PlanDates &dates, bool predecessorIsMilestone)
{
    const auto on = [&](int day) { return dates.isoDateOf(day); };
    switch (r.kind) {
    case ReasonKind::Start:
        return "starts on the plan's first day, " + on(0) + "; nothing holds it";
    case ReasonKind::Predecessor: // r.day is the day after its last day, a milestone's own day
        return "waits for " + r.predecessor + " to finish on " + on(predecessorIsMilestone ? r.day : r.day - 1) +
               (r.lagDays > 0 ? " plus " + dayCount(r.lagDays) + " lag" : std::string());
    case ReasonKind::TeamFull:
        return teamPhrase(r.team) + " is at capacity in wave " + std::to_string(r.wave) + " until " + on(r.day);
    case ReasonKind::GoLiveLimit:
        return teamPhrase(r.team) + " has reached its change limit (go-lives) in wave " + std::to_string(r.wave);
    case ReasonKind::Pinned:
        return "pinned to wave " + std::to_string(r.wave);
    case ReasonKind::EarliestWave:
        return "may not start before wave " + std::to_string(r.wave) + " (" + on(r.day) + ")";
    case ReasonKind::NoSpan:
        return "would run past the end of wave " + std::to_string(r.wave) +
               " if it started earlier, and the plan does not let capabilities span waves";
    case ReasonKind::Deferred:
        return "could start earlier; the solver placed it on " + on(r.day) + " to leave room for others";
    case ReasonKind::AsOf:
        return "may not start before the as-of date, " + on(r.day) + "; the plan is re-planned from then";
    case ReasonKind::UnderWay:
        return "under way: what is left continues from the as-of date, " + on(r.day);
    case ReasonKind::Done:
        return "done (last day " + on(r.day) + ")";
    }
    return {};
}

} // namespace detail
} // namespace waveplan
