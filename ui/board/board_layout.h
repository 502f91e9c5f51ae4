#pragma once
/// @file board_layout.h
/// Where things go on the wave board, in days and rows, computed from a plan and its schedule
/// without any graphics item: one lane per team in plan order (plus "No team" when a capability
/// demands on none), a bar per capability in each lane it demands on, overlapping bars stacked
/// in rows by greedy interval packing (earliest start first, then plan order), and the number
/// of wave columns. The scene turns it into scene coordinates with a BoardStyle.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <QString>

#include <vector>

namespace waveplan::ui::board {

/// One team's lane; `team` is empty for the "No team" lane.
struct LanePlacement {
    QString team;
    int rows = 1; ///< rows of bars, at least 1
};

/// One bar: capability `key` in lane `lane`, row `row`, over days [startDay, finishDay).
struct BarPlacement {
    QString key;
    int capability = -1; ///< index of the capability in the plan's list
    int entry = -1;      ///< index of its entry in the schedule's list; -1 when not scheduled
    int lane = 0;
    int row = 0;
    int startDay = 0;
    int finishDay = 1;     ///< exclusive
    bool scheduled = true; ///< false when the schedule has no entry (cycles, structural errors)
};

struct BoardLayout {
    std::vector<LanePlacement> lanes;
    std::vector<BarPlacement> bars; ///< lane by lane, each lane in packing order
    int waveCount = 1;              ///< max(horizon, last wave any bar reaches), at most kMaxWave
};

/// For each capability of `plan`, in plan order, the index of its entry in `schedule`, or -1
/// when the schedule does not place it.
[[nodiscard]] std::vector<int> scheduleEntries(const Plan &plan, const Schedule &schedule);

/// Lays out `plan` as scheduled by `schedule`. Capabilities the schedule does not place are put
/// at day 0 for their duration, marked unscheduled, so they are still seen and selectable.
[[nodiscard]] BoardLayout computeBoardLayout(const Plan &plan, const Schedule &schedule);

} // namespace waveplan::ui::board
