#pragma once
/// @file advice.h
/// "What would move it earlier?": for one capability, the changes to the plan that would let it
/// start sooner, derived from the schedule's binding reason (see schedule.h, StartReason) and
/// the plan. Each advice is a sentence in the users' words plus the facts behind it, so a view
/// can link the capabilities it names. See docs/scheduling.md.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// One way to move a capability earlier.
struct Advice {
    enum class Kind {
        Predecessor,    ///< finish the predecessor(s) it waits for sooner
        Dependency,     ///< shorten the predecessor, cut the lag, or remove the dependency
        TeamCapacity,   ///< add people to a full team, or free the people others hold
        GoLiveLimit,    ///< raise a team's go-live limit, or move a go-live out of that wave
        Pin,            ///< unpin it, or pin it to an earlier wave
        EarliestWave,   ///< allow it before its earliest wave
        NoSpan,         ///< shorten it to fit the wave, or let capabilities span waves
        Deferred,       ///< nothing holds it: the scheduler left room for others
        AlreadyAtStart, ///< it starts on day 0: nothing to move
        AsOf,           ///< it starts on the as-of date: the plan is re-planned from that day
        Started,        ///< it is in progress or done: its start is a fact
    };

    Kind kind = Kind::AlreadyAtStart;
    std::string sentence;          ///< e.g. "Unpin it (pinned to wave 3), or pin it to an earlier wave."
    /// Capabilities the sentence names, other than this one: the predecessors to finish sooner
    /// (then the one that holds it next), the holders of a full team, the go-lives in a wave.
    std::vector<std::string> keys;
    std::string team;              ///< TeamCapacity, GoLiveLimit: the team
    int wave = 0;                  ///< TeamCapacity, GoLiveLimit, Pin, EarliestWave, NoSpan: the wave
    /// Predecessor: days sooner that each move it a day earlier; Dependency: the lag;
    /// NoSpan: the longest duration that fits in the wave (0 = none); TeamCapacity: the day
    /// it would need the people.
    int days = 0;
    int people = 0; ///< TeamCapacity: people to add; GoLiveLimit: the go-live limit it would need

    bool operator==(const Advice &) const = default;
};

/// What would move `key` earlier in `schedule` (computed from `plan`): at least one advice for
/// every scheduled capability, in the order of the constraints that hold it; empty when the
/// capability is unknown or not scheduled. Linear in the plan size and its length in days.
[[nodiscard]] std::vector<Advice> moveEarlierAdvice(const Plan &plan, const Schedule &schedule,
                                                    std::string_view key);

} // namespace waveplan
