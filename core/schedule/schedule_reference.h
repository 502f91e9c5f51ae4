#pragma once
/// @file schedule_reference.h
/// A schedule to compare with or stay close to: where each capability started and in which
/// wave, when the plan ended, and its driving path. Taken from a Schedule (the one on screen, the
/// one a plan was saved with) or read from a previous `waveplan schedule --json`.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

struct Schedule;

struct ScheduleReference {
    struct Entry {
        int startDay = 0;
        int wave = 0; ///< 1-based
        bool operator==(const Entry &) const = default;
    };
    /// By capability key.
    std::map<std::string, Entry, std::less<>> capabilities;
    int endDay = 0; ///< the day the last capability finished (the makespan)
    std::vector<std::string> drivingPath; ///< keys, in time order

    /// The entry for `key`, or nullptr.
    [[nodiscard]] const Entry *find(std::string_view key) const;
    [[nodiscard]] bool empty() const { return capabilities.empty(); }
    bool operator==(const ScheduleReference &) const = default;
};

/// The reference a schedule makes. Empty when it has no entries (a plan that cannot be scheduled).
[[nodiscard]] ScheduleReference referenceOf(const Schedule &schedule);

} // namespace waveplan
