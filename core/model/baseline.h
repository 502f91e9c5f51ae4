#pragma once
/// @file baseline.h
/// A baseline: a schedule frozen under a name ("Board approved, Jan 2027") to measure the plan
/// against as it changes. It is read-only once frozen (it can be renamed or deleted, never
/// re-timed) and keeps the dates it was frozen with even when the plan's start date moves later.
/// Baselines live in the plan, so they are saved, undone and copied with it; see
/// core/schedule/baseline_drift.h for making one from a schedule and measuring drift.

#include "core/model/date.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waveplan {

struct Baseline {
    struct Entry {
        int startDay = 0;           ///< calendar days from `startDate` (see below)
        int finishDay = 0;          ///< exclusive: the day after the last working day; = startDay for a milestone
        int wave = 0;               ///< 1-based, the wave it started in
        std::optional<double> cost; ///< the capability's cost when frozen
        bool operator==(const Entry &) const = default;
    };
    /// One team in one wave as frozen, for comparisons (TeamWaveLoad without the limit).
    struct Load {
        std::string team;
        int wave = 0;
        std::int64_t peopleDaysUsed = 0;
        std::int64_t peopleDaysAvailable = 0;
        int goLives = 0;
        bool operator==(const Load &) const = default;
    };

    std::string name; ///< unique in the plan, not empty
    Date frozenOn{};  ///< the day it was frozen
    Date startDate{}; ///< the plan's start date when frozen: day 0 of the days below
    /// The day after the last capability's last working day. Every day here is a calendar day
    /// from startDate: a plan's working days are turned into dates when it is frozen, so a
    /// baseline keeps its dates when the plan's working calendar changes (for a plan that works
    /// every day, as every plan did before calendars, the two are the same numbers).
    int endDay = 0;
    std::map<std::string, Entry, std::less<>>
        capabilities;                     ///< by capability key (keys may since have gone)
    std::vector<std::string> drivingPath; ///< keys, in time order
    std::vector<Load> load;               ///< by team (the plan's order then), then wave
    int waveLengthDays = 90;              ///< the plan's wave length when frozen

    [[nodiscard]] const Entry *find(std::string_view key) const;
    /// The date of day `day` of this baseline.
    [[nodiscard]] Date dateOfDay(int day) const;
    bool operator==(const Baseline &) const = default;
};

/// Why `baseline` cannot be kept in a plan, one message each (empty name, a day before 0, a
/// finish before its start, a wave below 1, a driving-path key without an entry, a wave length
/// below 1, a load row for wave 0 or with negative people-days); empty when it can.
[[nodiscard]] std::vector<std::string> baselineErrors(const Baseline &baseline);

} // namespace waveplan
