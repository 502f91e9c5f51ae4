#pragma once
/// @file capability.h
/// A capability: one thing the organisation must be able to do (clean customer data, a CDP,
/// an attribution model...). Plain value type; the plan owns them.

#include "core/model/date.h"
#include "core/model/ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

/// Foundational capabilities are ones others cannot work without; additive ones add value on top.
enum class CapabilityKind { Foundational, Additive };

/// How the capability is obtained. Unspecified until someone decides.
enum class Approach { Unspecified, Build, Buy, Integrate };

/// People a team commits to a capability on every day it runs.
struct TeamDemand {
    std::string team;
    int people = 1;
    bool operator==(const TeamDemand &) const = default;
};

/// Readiness scores from 1 (not ready) to 5 (ready); empty when not assessed.
struct Readiness {
    std::optional<int> technical;
    std::optional<int> skills;
    std::optional<int> process;
    bool operator==(const Readiness &) const = default;
};

/// Where a capability stands once the year is under way (issue 15; the rules are in tracking.h).
enum class WorkStatus { Planned, InProgress, Done };

/// Where a capability's card sits on the dependency map (scene coordinates).
struct MapPosition {
    double x = 0;
    double y = 0;
    bool operator==(const MapPosition &) const = default;
};

struct Capability {
    std::string key;  ///< Short, unique (case-sensitive), e.g. "CDP"; the user may rename it.
    std::string name; ///< What people call it.
    CapabilityKind kind = CapabilityKind::Foundational;
    int durationDays = 1;            ///< Whole working days, >= 0; 0 is a milestone.
    std::vector<TeamDemand> demand;  ///< At most one entry per team.
    std::string owner;               ///< Internal owner with authority; empty = nobody yet.
    Approach approach = Approach::Unspecified;
    std::string kpi;                 ///< The commercial KPI agreed before deployment.
    Readiness readiness;
    std::optional<double> value;     ///< Business value (user's unit).
    std::optional<double> cost;      ///< Cost (user's unit).
    std::optional<int> earliestWave; ///< 1-based; may not start before this wave.
    std::optional<int> deadlineWave; ///< 1-based; must go live in or before this wave.
    std::optional<int> pinnedWave;   ///< 1-based; must start in exactly this wave.
    std::string retires;             ///< Legacy system switched off when this goes live.
    std::string notes;
    std::optional<MapPosition> position; ///< Manual position on the map, if placed by hand.
    WorkStatus status = WorkStatus::Planned;
    std::optional<Date> actualStart;  ///< In progress or done: the day work began.
    std::optional<Date> actualFinish; ///< Done: the last day of work.
    /// In progress: working days left from the plan's as-of date; empty = the duration less the
    /// working days since the actual start (at least 1).
    std::optional<int> remainingDays;
    CapabilityId id = kNoId; ///< Internal identity; never changes (see ids.h). Last, so that
                             ///< brace-initialised capabilities need not name it.

    bool operator==(const Capability &) const = default;
};

[[nodiscard]] std::string_view toString(CapabilityKind kind);
[[nodiscard]] std::string_view toString(Approach approach);
/// Case-insensitive; "foundational" | "additive".
[[nodiscard]] std::optional<CapabilityKind> parseCapabilityKind(std::string_view text);
/// Case-insensitive; "build" | "buy" | "integrate" | "" (unspecified).
[[nodiscard]] std::optional<Approach> parseApproach(std::string_view text);

/// Keys start with a letter or digit and hold letters, digits, '_', '-' and '.', at most 40
/// characters; they never contain spaces, ';', ':' or '+', which the CSV format uses.
[[nodiscard]] bool isValidKey(std::string_view key);

/// A milestone (contract signed, go-live, switch-off) takes no time and no capacity; it counts
/// as a go-live for each team it names.
[[nodiscard]] inline bool isMilestone(const Capability &capability) { return capability.durationDays == 0; }
/// The day a capability that starts on `start` goes live: its last working day, or a milestone's
/// own day (successors may start on it).
[[nodiscard]] inline int lastDayOf(const Capability &capability, int start)
{
    return capability.durationDays > 0 ? start + capability.durationDays - 1 : start;
}
/// Where it ends the plan (exclusive): its finish, or the day after a milestone's day, so that a
/// plan ending on a milestone ends on the milestone's date.
[[nodiscard]] inline int endOf(const Capability &capability, int start) { return lastDayOf(capability, start) + 1; }

/// The demand on `team`, or 0 when the capability makes none.
[[nodiscard]] int demandOn(const Capability &capability, std::string_view team);

} // namespace waveplan
