#pragma once
/// @file roadmap_layout.h
/// The one-page roadmap's arrangement: a lane per team (and one for capabilities no team works
/// on), each capability as a bar in the lane of the team that gives it the most people (the
/// first such team in its demand), packed into as few rows as the lane needs so that no two
/// bars, with the room their labels take, share a row at the same time. Pure arithmetic on
/// days; the drawing (ui/report/roadmap_drawing.h) decides how many days a label takes.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <functional>
#include <string>
#include <vector>

namespace waveplan {

struct RoadmapBar {
    int capability = 0; ///< index in the plan's capabilities (and the schedule's)
    int startDay = 0;
    int finishDay = 0;  ///< exclusive, as the schedule's
    int labelDay = 0;   ///< where its label starts: the bar's start, or earlier so the label ends by the timeline's end
    int fromDay = 0;    ///< where the bar and its label begin: min(startDay, labelDay)
    int endDay = 0;     ///< exclusive: where the bar and its label end (>= finishDay)
};

struct RoadmapLane {
    std::string team;  ///< empty: the lane of capabilities no team works on
    std::vector<std::vector<RoadmapBar>> rows; ///< bars of a row in start order, never overlapping
};

struct RoadmapLayout {
    std::vector<RoadmapLane> lanes; ///< the plan's teams in order (those with a bar), then "no team"
    int firstDay = 0;               ///< day 0
    int lastDay = 0;                ///< the end of the last bar or label, at least the makespan
};

/// Lays out `schedule` (of `plan`); an empty layout when the plan has no schedule.
/// `labelDays(i)` is how many days the label of capability i takes at the drawing's scale: a bar
/// shorter than its label reserves the label's length in its row. With `timelineEnd` > 0 (the
/// drawing's last day), a label that would run past it starts early enough to end there.
[[nodiscard]] RoadmapLayout roadmapLayout(const Plan &plan, const Schedule &schedule,
                                          const std::function<int(int capability)> &labelDays, int timelineEnd = 0);

} // namespace waveplan
