#pragma once
/// @file roadmap_drawing.h
/// The one-page roadmap: waves as columns with their dates, a lane per team, a bar per
/// capability from its start to its last day, labelled with its key and name. Foundational
/// capabilities are filled bars with a solid outline, additive ones white bars with a dashed
/// outline, so the two differ without colour; a legend says so. The report's "Roadmap" section
/// (writeRoadmapSection) fits it on one page when its labels can stay 7 pt or larger and gives
/// it a page per group of lanes otherwise; pictures (`--view roadmap`) fit it to their size.

#include "ui/report/report_pages.h"

#include "core/layout/roadmap_layout.h"
#include "core/model/plan.h"
#include "core/schedule/schedule.h"

#include <QFont>
#include <QRectF>

class QPainter;
class QPaintDevice;

namespace waveplan::ui::report {

/// Rows [firstRow, lastRow) of one lane: a page shows whole lanes, or part of one too tall.
struct LaneSlice {
    std::size_t lane = 0;
    std::size_t firstRow = 0;
    std::size_t lastRow = 0;
};

/// The roadmap laid out for one drawing width and label size.
class RoadmapDrawing {
public:
    /// `device` gives the font metrics (the page or the picture); `width` is the drawing's
    /// width in its units; labels are `labelPoints` large.
    RoadmapDrawing(const Plan &plan, const Schedule &schedule, QPaintDevice *device, double width, double labelPoints);

    [[nodiscard]] const RoadmapLayout &layout() const { return m_layout; }
    [[nodiscard]] double headerHeight() const { return m_rowHeight * 2.2; }
    [[nodiscard]] double rowHeight() const { return m_rowHeight; }
    [[nodiscard]] double sliceHeight(const LaneSlice &slice) const;
    [[nodiscard]] double legendHeight() const { return m_rowHeight * 1.4; }
    /// Every lane whole.
    [[nodiscard]] std::vector<LaneSlice> wholeLanes() const;
    /// The header, `slices` and the legend stacked.
    [[nodiscard]] double height(const std::vector<LaneSlice> &slices) const;
    /// Paints the header, `slices` and the legend, from `top` down, across the width.
    void paint(QPainter &painter, QPointF top, const std::vector<LaneSlice> &slices) const;

    /// The label of capability i: "KEY Name".
    [[nodiscard]] QString label(int capability) const;

private:
    [[nodiscard]] double xOf(int day) const;

    const Plan &m_plan;
    const Schedule &m_schedule;
    QFont m_font;
    QFont m_bold;
    double m_width = 0;
    double m_laneLabelWidth = 0;
    double m_pxPerDay = 1;
    double m_rowHeight = 10;
    int m_waves = 1;
    RoadmapLayout m_layout;
};

/// The report's "Roadmap" section: one page when the whole roadmap fits with labels of 7 pt or
/// more (8 pt when it can), else a page per group of lanes that fits.
void writeRoadmapSection(ReportPages &pages, const Plan &plan, const Schedule &schedule);

} // namespace waveplan::ui::report
