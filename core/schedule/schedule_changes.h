#pragma once
/// @file schedule_changes.h
/// What changed between two schedules of (two versions of) a plan: the end date, each
/// capability that changed wave or start, what was added or removed, and who joined or left the
/// driving path. Made after every edit, undo, redo and optimise, and by `schedule --stable-from`.

#include "core/schedule/schedule_reference.h"

#include <string>
#include <vector>

namespace waveplan {

struct Plan;
struct Schedule;

/// One capability whose wave or start day changed.
struct CapabilityMove {
    std::string key;
    int fromWave = 0;
    int toWave = 0;
    int fromStartDay = 0;
    int toStartDay = 0;

    [[nodiscard]] int startShiftDays() const { return toStartDay - fromStartDay; }
    [[nodiscard]] bool changedWave() const { return fromWave != toWave; }
    bool operator==(const CapabilityMove &) const = default;
};

struct ScheduleChanges {
    int fromEndDay = 0;
    int toEndDay = 0;
    /// Every capability in both schedules whose wave or start changed, in the plan's order.
    std::vector<CapabilityMove> moves;
    std::vector<std::string> added;   ///< scheduled now, not before (plan order)
    std::vector<std::string> removed; ///< scheduled before, not now (key order)
    std::vector<std::string> joinedDrivingPath; ///< on the driving path now, not before
    std::vector<std::string> leftDrivingPath;   ///< on it before, not now

    [[nodiscard]] int endShiftDays() const { return toEndDay - fromEndDay; }
    /// Capabilities that changed wave (the rest of `moves` only shifted inside their wave).
    [[nodiscard]] int movedWaveCount() const;
    /// Nothing changed at all.
    [[nodiscard]] bool empty() const;
    bool operator==(const ScheduleChanges &) const = default;
};

/// The changes from `before` to `after`. When either side has no schedule (a plan that cannot
/// be scheduled) the result is empty.
[[nodiscard]] ScheduleChanges diffSchedules(const ScheduleReference &before, const Schedule &after);

/// "1 day later", "12 days sooner": a shift of a start or an end in words (`days` != 0).
[[nodiscard]] std::string daysLaterOrSooner(int days);

/// One line for a status bar: "3 moved wave, 2 shifted; ends 90 days sooner (29 Mar 2028)",
/// "Nothing moved", or "Ends 12 days later (wave 6); 1 moved wave". Dates follow `plan`.
[[nodiscard]] std::string describeChanges(const Plan &plan, const ScheduleChanges &changes);

} // namespace waveplan
