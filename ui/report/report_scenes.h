#pragma once
/// @file report_scenes.h
/// The plan as the report draws it: the plan and its schedule, with read-only dependency map and
/// wave board scenes built from the pair, styled for paper: a light palette whatever the screen's
/// theme, critical path and chain marked, no item caches (so text stays text).
///
/// The schedule is computed here, on the calling thread, by core's computeSchedule with the
/// deterministic schedule budget (the same schedule as `waveplan schedule`), or handed in ready.
/// There is by design no PlanDocument, no undo stack and no event loop: the report and the
/// headless export (`waveplan export -o report.pdf`) only read a plan.

#include "core/model/plan.h"
#include "core/schedule/schedule.h"
#include "core/util/result.h"

#include <QPalette>
#include <QRectF>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>

class QGraphicsScene;

namespace waveplan::ui {
namespace board {
class BoardScene;
}
namespace map {
class MapScene;
}
} // namespace waveplan::ui

namespace waveplan::ui::report {

/// The most capabilities a report, a picture or a yEd map is drawn for. 10,000 make a report of
/// about 1,500 pages in under a minute on a 2-core machine; 100,000 ran past ten minutes and
/// 4.6 GB without finishing (docs/reliability.md). Larger plans go out as spreadsheets or JSON.
inline constexpr std::size_t kMaxDrawnCapabilities = 10000;

/// Ok, or the refusal to draw `plan` because it is larger than kMaxDrawnCapabilities, naming
/// `target` (the file to be written, or empty for a preview or print) and what to do instead.
[[nodiscard]] Status drawablePlan(const Plan &plan, const std::filesystem::path &target = {});

/// Ok, or the refusal to draw `schedule` because it runs past wave kMaxWave (999), the last a
/// plan can name: a report draws a section per wave and a picture a band or column per wave, and
/// a schedule of long capabilities can run to wave 500,000. Names `target` as drawablePlan does.
[[nodiscard]] Status drawableSchedule(const Plan &plan, const Schedule &schedule,
                                      const std::filesystem::path &target = {});

/// A light palette for paper, whatever the desktop's theme.
[[nodiscard]] QPalette paperPalette();

/// The schedule a report or a picture shows: the solver's search with a budget of
/// `budgetSchedules` schedules and no time cap, so the same plan always gives the same report.
/// With a `shown` schedule (non-empty), the schedule closest to it for `plan`: exactly it when
/// it still holds every constraint (stable re-planning's first schedule, no search), so a
/// report or picture shows the waves the user saw.
[[nodiscard]] Schedule reportSchedule(const Plan &plan, std::int64_t budgetSchedules,
                                      const ScheduleReference &shown = {});

class ReportScenes {
public:
    /// Schedules `plan` with reportSchedule() and builds the scenes. `withBoard` false leaves the
    /// board out (and it costs nothing).
    ReportScenes(const Plan &plan, std::int64_t budgetSchedules, bool withBoard = true,
                 const ScheduleReference &shown = {});
    /// Builds the scenes for `plan` with `schedule` as given.
    ReportScenes(Plan plan, Schedule schedule, bool withBoard = true);
    ~ReportScenes();
    ReportScenes(const ReportScenes &) = delete;
    ReportScenes &operator=(const ReportScenes &) = delete;

    [[nodiscard]] const Plan &plan() const;
    [[nodiscard]] const Schedule &schedule() const;
    [[nodiscard]] QGraphicsScene *map() const;
    /// The map with its cards and arrows (the same scene as map()).
    [[nodiscard]] map::MapScene *mapScene() const;
    /// The wave board, or null when this build has none.
    [[nodiscard]] QGraphicsScene *board() const;
    /// The part of a scene worth drawing: all its items, with a small border.
    [[nodiscard]] static QRectF drawnRect(QGraphicsScene *scene);

    /// Size in points of the body text of the map's cards and the board's bars at 100 %: how
    /// far a drawing may shrink before it becomes illegible.
    [[nodiscard]] double mapTextPoints() const;
    [[nodiscard]] double boardTextPoints() const;

private:
    Plan m_plan;
    Schedule m_schedule;
    std::unique_ptr<map::MapScene> m_map;
    std::unique_ptr<board::BoardScene> m_board;
};

} // namespace waveplan::ui::report
