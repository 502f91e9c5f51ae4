#pragma once
/// @file report_options.h
/// What a wave-plan report or a picture looks like: paper, orientation, which drawings, and the
/// schedule budget. Plain values shared by the report writer, the dialog and the command line.

#include "core/model/date.h"
#include "core/schedule/schedule_reference.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace waveplan::ui::report {

struct ReportOptions {
    QPageSize::PageSizeId paper = QPageSize::A4; ///< A4, Letter, A3 or Tabloid (pageSizeOf in drawing_formats.h)
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    bool includeMap = true;
    bool includeBoard = false;   ///< the wave board: only when asked for (the roadmap is its page-sized form)
    bool includeSummary = true;  ///< the executive summary
    bool includeRoadmap = true;  ///< the one-page roadmap
    bool includeWaves = true;    ///< a table per wave
    bool includeCritical = true; ///< what sets the end date
    bool includeCapacity = true; ///< team capacity
    bool includeRisks = true;    ///< problems and risks
    /// The schedule the report shows: the solver's deterministic budget, as `waveplan schedule`
    /// (0 = sized by the plan, scheduleBudgetFor).
    std::int64_t budgetSchedules = 0;
    /// The schedule to show when there is one (the app's on-screen schedule, a .waveplan's saved
    /// one): drawn as it is wherever it still holds (see reportSchedule). Empty: the budget's.
    ScheduleReference shown;
    /// A baseline of the plan (by name) whose "Changes since" section the report adds; empty
    /// or a name the plan lacks: no such section.
    std::string baseline;
    /// The date printed on the title page and in the footer; today when unset.
    std::optional<Date> reportDate;

    bool operator==(const ReportOptions &) const = default;
};

/// Which drawing a picture shows.
enum class ReportView { Map, Board, Roadmap };

/// How a picture is stored: pixels or vectors.
enum class ImageFormat { Png, Svg };

struct ImageOptions {
    ImageFormat format = ImageFormat::Png;
    ReportView view = ReportView::Map;
    int width = 1920;  ///< pixels (PNG) or SVG user units
    int height = 1080;
    int dpi = 96;      ///< written into a PNG; the drawing's own scale does not change with it
    std::int64_t budgetSchedules = 0; ///< as ReportOptions::budgetSchedules
    ScheduleReference shown; ///< as ReportOptions::shown
    QString title;     ///< above the picture; empty: none (the roadmap: the plan's name)
    bool legend = false; ///< a legend under the map or the board (the roadmap always has one)
    bool milestones = false; ///< the plan has milestones: the legend shows their diamond (set by writeImageFile)
};

/// Page margins in millimetres (all sides); the header and footer sit inside them.
inline constexpr double kPageMarginMm = 12.0;

} // namespace waveplan::ui::report
