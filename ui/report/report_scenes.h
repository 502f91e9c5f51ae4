#pragma once
/// @file report_scenes.h
/// The plan as the report draws it: opened in a private PlanDocument whose schedule runner uses
/// the deterministic schedule budget (the same schedule as `waveplan schedule`), with the real
/// dependency map scene (and the wave board) on top, styled for paper: a light palette whatever
/// the screen's theme, critical path and chain marked, no item caches (so text stays text).

#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <QPalette>
#include <QRectF>

#include <cstdint>
#include <memory>

class QGraphicsScene;

namespace waveplan::ui {
class PlanDocument;
namespace map {
class MapScene;
}
} // namespace waveplan::ui

namespace waveplan::ui::report {

/// A light palette for paper, whatever the desktop's theme.
[[nodiscard]] QPalette paperPalette();

class ReportScenes {
public:
    /// Schedules `plan` with `budgetSchedules` (waits for the search) and builds the scenes.
    /// `withBoard` false leaves the board out (and it costs nothing).
    ReportScenes(const Plan &plan, std::int64_t budgetSchedules, bool withBoard = true);
    ~ReportScenes();
    ReportScenes(const ReportScenes &) = delete;
    ReportScenes &operator=(const ReportScenes &) = delete;

    [[nodiscard]] const Plan &plan() const;
    [[nodiscard]] const Schedule &schedule() const;
    [[nodiscard]] QGraphicsScene *map() const;
    /// The wave board, or null when this build has none.
    [[nodiscard]] QGraphicsScene *board() const;
    /// The part of a scene worth drawing: all its items, with a small border.
    [[nodiscard]] static QRectF drawnRect(QGraphicsScene *scene);

    /// Size in points of the body text of the map's cards and the board's bars at 100 %: how
    /// far a drawing may shrink before it becomes illegible.
    [[nodiscard]] double mapTextPoints() const;
    [[nodiscard]] double boardTextPoints() const;

private:
    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<map::MapScene> m_map;
    std::unique_ptr<QGraphicsScene> m_board;
};

} // namespace waveplan::ui::report
