#pragma once
/// @file schedule_builder.h
/// The schedule generation schemes (SGS): serial (activity list -> schedule, each activity at
/// its earliest feasible start) and parallel (time-incremental, priority among those that can
/// start now). Both honour precedence with lags, earliest starts, per-wave capacity, change
/// load and no-span; they report windows, deadlines and impossible demands as violations
/// instead of looping or overloading a resource. Internal to the solver.

#include "core/schedule/solver/instance.h"
#include "core/schedule/solver/resource_profile.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace waveplan::solver::detail {

/// Lexicographic objective: fewer violated activities, then less lateness (days past deadlines
/// and latest starts), then a shorter makespan.
struct Score {
    int violations = 0;
    std::int64_t lateness = 0;
    int makespan = 0;
    auto operator<=>(const Score &) const = default;
};

struct Schedule {
    std::vector<int> start;
    std::vector<Violation> violation;
    std::vector<std::pair<int, int>> ignored; ///< (activity, resource) left unreserved
    Score score;
};

/// Where a serial decoding stood after its first `placed` list entries: enough to decode
/// another list that starts with the same entries from there (ScheduleBuilder::serialFrom).
struct SerialSnapshot {
    std::size_t placed = 0;
    std::vector<std::vector<int>> free;     ///< per resource: its flat profile's free capacity
    std::vector<std::vector<int>> finishes; ///< per resource: go-lives per wave
    std::size_t ignored = 0;                ///< entries of Schedule::ignored by then
};
/// A decoding's snapshots, by `placed`; shared between decodings that start alike.
using SerialSnapshots = std::vector<std::shared_ptr<const SerialSnapshot>>;

class ScheduleBuilder {
public:
    ScheduleBuilder(const Instance &instance, const Calendar &calendar);

    /// Serial SGS. `order` should list every activity once with predecessors first; an
    /// activity listed before a predecessor ignores that predecessor (only cycles cause this).
    /// `sizeHint`: expected makespan, to size the profile (it grows if needed). With `record`,
    /// keeps snapshots of the decoding (about 16, while every profile is a flat one).
    void serial(const std::vector<int> &order, Schedule &out, int sizeHint, SerialSnapshots *record = nullptr);
    /// serial(order, out, sizeHint), when the first `kept` entries of `order` are those of the
    /// list `base` was decoded from with the same earliest starts (for those activities) and
    /// sizeHint, which recorded `snapshots`: starts from the last snapshot at or before `kept`
    /// instead of from the first entry. The same schedule as serial() gives. `record`, when
    /// given, must not be `snapshots`.
    void serialFrom(const std::vector<int> &order, Schedule &out, int sizeHint, const Schedule &base,
                    const SerialSnapshots &snapshots, std::size_t kept, SerialSnapshots *record = nullptr);

    /// Parallel SGS. `rank[i]` orders the activities (lower first).
    void parallel(const std::vector<int> &rank, Schedule &out, int sizeHint);

private:
    void begin(Schedule &out, int sizeHint);
    /// The serial SGS from list entry `from` on, then the activities the list left out.
    void serialRest(const std::vector<int> &order, std::size_t from, Schedule &out, SerialSnapshots *record);
    [[nodiscard]] int precedenceStart(int activity, const Schedule &out) const;
    /// Earliest feasible start >= from; fills `ignored` with the resources that cannot fit.
    int locate(int activity, int from, std::vector<int> &ignored) const;
    [[nodiscard]] int search(int activity, int from, const std::vector<int> &ignored, bool spanRule,
                             int &blocked) const;
    void commit(int activity, int start, const std::vector<int> &ignored, Schedule &out);
    void finish(Schedule &out) const;
    [[nodiscard]] int finishesIn(int resource, int wave) const;

    const Instance &m_instance;
    const Calendar &m_calendar;
    std::vector<ResourceProfile> m_profiles;
    std::vector<std::vector<int>> m_finishes; ///< [resource][0-based wave] go-lives counted
    std::vector<int> m_ignored;
    std::vector<int> m_waiting;   ///< parallel SGS: unplaced predecessors per activity
    std::vector<int> m_candidate; ///< parallel SGS
};

} // namespace waveplan::solver::detail
