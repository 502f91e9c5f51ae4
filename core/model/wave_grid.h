#pragma once
/// @file wave_grid.h
/// Where each wave of a plan begins, in plan days (day 0 = the plan's first day). Without a
/// working calendar every wave has the plan's wave length; with one, a wave of 90 calendar days
/// or a calendar quarter holds however many working days fall in it, so waves differ in length.
/// Everything that asks "which wave holds day N" or "where does wave W begin" asks a WaveGrid.

#include <vector>

namespace waveplan {

class WaveGrid {
public:
    /// Every wave `length` days long (> 0).
    explicit WaveGrid(int length = 90);
    /// Wave k (1-based) begins on starts[k - 1]; starts[0] is 0 and the list strictly increases.
    /// Waves after the last one listed (decades past any plan) are as long as the longest listed
    /// one, so that anything that fits in some wave fits in every wave from there on.
    explicit WaveGrid(std::vector<int> starts);

    /// 1-based wave that holds `day`; days before 0 are in wave 1.
    [[nodiscard]] int waveOf(int day) const;
    /// First day of `wave` (1-based; waves before 1 begin on day 0).
    [[nodiscard]] int firstDay(int wave) const;
    /// Days in `wave`.
    [[nodiscard]] int lengthOf(int wave) const { return firstDay(wave + 1) - firstDay(wave); }
    /// Every wave the same length (the plan has no calendar that shapes them).
    [[nodiscard]] bool isUniform() const { return m_starts.empty(); }
    /// The longest wave's length: what no-span can hold in one wave.
    [[nodiscard]] int longest() const { return m_length; }
    /// `days` days from `day` stay inside one wave (a milestone, 0 days, always does).
    [[nodiscard]] bool holds(int day, int days) const { return days <= 1 || waveOf(day) == waveOf(day + days - 1); }

    bool operator==(const WaveGrid &) const = default;

private:
    int m_length = 90;         ///< uniform waves; the longest listed wave's otherwise
    std::vector<int> m_starts; ///< empty when uniform
};

} // namespace waveplan
