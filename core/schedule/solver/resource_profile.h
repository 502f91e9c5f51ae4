#pragma once
/// @file resource_profile.h
/// Free capacity of one resource over days, for the schedule generation schemes. Small
/// horizons use a plain array; large ones a segment tree (range add, min/max) so the earliest
/// fit is found in O(log horizon) per step instead of scanning day by day. Beyond the tree's
/// limit (a plan spanning thousands of years, which plan_limits.h still allows) the profile is a
/// map of constant stretches, so memory and time grow with the reservations, never with the
/// days. Days past the covered range hold the calendar's tail capacity; the profile grows on
/// demand. Internal.

#include "core/schedule/solver/instance.h"

#include <map>
#include <vector>

namespace waveplan::solver::detail {

class ResourceProfile {
public:
    /// Horizons up to this many days use the plain array.
    static constexpr int kFlatLimit = 4096;
    /// Horizons up to this many days use the segment tree (24 MB at most); longer, the map.
    static constexpr int kTreeLimit = 1 << 20;

    /// `treeLimit`: where the map takes over from the tree (tests set it low).
    explicit ResourceProfile(int treeLimit = kTreeLimit) : m_treeLimit(treeLimit) {}

    /// Empties the profile: free capacity = the calendar's capacity on every day.
    /// Covers at least [0, max(sizeHint, calendar.explicitEnd())). The empty profile of the last
    /// (problem, calendar, resource, size) is kept for the next reset: the problem's capacities
    /// must not change while this profile is used with it.
    void reset(const Calendar &calendar, int resource, int sizeHint);

    /// First day in [from, to) whose free capacity is below `need`, or -1.
    [[nodiscard]] int firstShort(int from, int to, int need) const;
    /// First day >= from whose free capacity is at least `need`, or -1 when there is none ever.
    [[nodiscard]] int firstFit(int from, int need) const;
    /// Takes `amount` from every day in [from, to).
    void reserve(int from, int to, int amount);

    /// A profile of at most kFlatLimit days is a plain array of free capacity per day, which
    /// a decoding can keep a copy of (ScheduleBuilder's snapshots).
    [[nodiscard]] bool isFlat() const { return m_mode == Mode::Flat; }
    [[nodiscard]] const std::vector<int> &flatFree() const { return m_free; }
    /// Makes this the flat profile of `resource` with `free` (a flatFree() of one).
    void restoreFlat(const Calendar &calendar, int resource, const std::vector<int> &free);

    /// Free capacity on `day` (for tests and checks; O(log horizon)).
    [[nodiscard]] int freeOn(int day) const;

    /// Whether the profile is a map of stretches (for tests).
    [[nodiscard]] bool usesStretches() const { return m_mode == Mode::Stretches; }

private:
    enum class Mode { Flat, Tree, Stretches };

    void rebuild(int size, const std::vector<int> &known);
    /// The calendar's capacity as stretches: one per wave where waves differ, then the tail.
    void buildStretches();
    /// The stretch holding `day` (there always is one: the first starts on day 0).
    [[nodiscard]] std::map<int, int>::const_iterator stretchAt(int day) const;
    /// Makes `day` the start of a stretch; returns it.
    std::map<int, int>::iterator splitAt(int day);
    [[nodiscard]] int treeShort(int node, int lo, int hi, int from, int to, int need, int acc) const;
    [[nodiscard]] int treeFit(int node, int lo, int hi, int from, int need, int acc) const;
    void treeAdd(int node, int lo, int hi, int from, int to, int amount);

    const Calendar *m_calendar = nullptr;
    int m_resource = 0;
    int m_tail = 0;
    int m_size = 0; ///< days covered; a power of two in tree mode
    Mode m_mode = Mode::Flat;
    int m_treeLimit = kTreeLimit;
    std::map<int, int> m_stretches; ///< stretches mode: first day -> free capacity to the next
    std::vector<int> m_free;        ///< flat mode
    /// What the kept empty flat profile was made for.
    struct EmptyOf {
        const Problem *problem = nullptr;
        bool mirrored = false;
        int horizon = 0;
        int resource = -1;
        int size = -1;
        bool operator==(const EmptyOf &) const = default;
    };
    EmptyOf m_emptyOf;
    std::vector<int> m_empty; ///< the flat profile as reset() made it for m_emptyOf
    std::vector<int> m_min, m_max;  ///< tree mode, node 1 is the root; include the node's own add
    std::vector<int> m_add;         ///< tree mode: pending add for the whole subtree
};

} // namespace waveplan::solver::detail
