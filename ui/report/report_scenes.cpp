#include "ui/report/report_scenes.h"

#include "ui/board/board_scene.h"
#include "ui/map/map_scene.h"

#include "core/model/plan_limits.h"

#include <QGraphicsItem>
#include <QPalette>

namespace waveplan::ui::report {

QPalette paperPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Highlight, QColor(0x1d, 0x5f, 0xbf));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

namespace {

/// Printing wants vector output: a cached item would be pasted in as a picture.
void dropCaches(QGraphicsScene *scene)
{
    for (QGraphicsItem *item : scene->items())
        item->setCacheMode(QGraphicsItem::NoCache);
}

} // namespace

Schedule reportSchedule(const Plan &plan, std::int64_t budgetSchedules, const ScheduleReference &shown)
{
    ScheduleOptions options;
    options.budgetSchedules = budgetSchedules;
    options.budgetMilliseconds = 0; // deterministic: the same plan always gives the same report
    if (!shown.empty()) {
        options.reference = &shown;
        options.firstScheduleOnly = true; // what was shown, not a new search
    }
    return computeSchedule(plan, options);
}

namespace {

/// "100,000": a count as messages in English write it.
std::string formatCount(std::size_t count)
{
    std::string digits = std::to_string(count);
    for (std::ptrdiff_t at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
}

} // namespace

Status drawablePlan(const Plan &plan, const std::filesystem::path &target)
{
    if (plan.capabilities.size() <= kMaxDrawnCapabilities)
        return Ok{};
    return Error{"cannot draw a plan of " + formatCount(plan.capabilities.size()) +
                     " capabilities: reports and pictures are drawn for plans of up to " +
                     formatCount(kMaxDrawnCapabilities) +
                     " (a report of that size runs to about 1,500 pages); export the wave plan as a "
                     "spreadsheet or JSON instead, or draw one part of the plan at a time",
                 target.string(), 0, 0};
}

Status drawableSchedule(const Plan &plan, const Schedule &schedule, const std::filesystem::path &target)
{
    if (schedule.makespanDays <= 0)
        return Ok{};
    const int lastWave = waveGrid(plan).waveOf(schedule.makespanDays - 1);
    if (lastWave <= kMaxWave)
        return Ok{};
    return Error{"cannot draw a schedule that runs to wave " + formatCount(static_cast<std::size_t>(lastWave)) +
                     ": reports and pictures are drawn up to wave " + formatCount(kMaxWave) +
                     ", the last a plan can name; shorten the longest capabilities, lengthen the waves or add "
                     "capacity, or export the wave plan as a spreadsheet or JSON",
                 target.string(), 0, 0};
}

ReportScenes::ReportScenes(const Plan &plan, std::int64_t budgetSchedules, bool withBoard, const ScheduleReference &shown)
    : ReportScenes(plan, reportSchedule(plan, budgetSchedules, shown), withBoard)
{
}

ReportScenes::ReportScenes(Plan plan, Schedule schedule, bool withBoard)
    : m_plan(std::move(plan))
    , m_schedule(std::move(schedule))
    , m_map(std::make_unique<map::MapScene>(m_plan, m_schedule))
{
    m_map->setPalette(paperPalette());
    m_map->setShowCriticalPath(true);
    m_map->setShowCriticalChain(true);
    dropCaches(m_map.get());
    if (withBoard) {
        m_board = std::make_unique<board::BoardScene>(m_plan, m_schedule);
        m_board->setPalette(paperPalette());
        m_board->setShowDependencies(false);
        m_board->setShowCritical(true);
        dropCaches(m_board.get());
    }
}

ReportScenes::~ReportScenes() = default;

const Plan &ReportScenes::plan() const
{
    return m_plan;
}

const Schedule &ReportScenes::schedule() const
{
    return m_schedule;
}

QGraphicsScene *ReportScenes::map() const
{
    return m_map.get();
}

map::MapScene *ReportScenes::mapScene() const
{
    return m_map.get();
}

QGraphicsScene *ReportScenes::board() const
{
    return m_board.get();
}

QRectF ReportScenes::drawnRect(QGraphicsScene *scene)
{
    return scene->itemsBoundingRect().adjusted(-8, -8, 8, 8);
}

namespace {

/// A font's size in points; a pixel-sized one is taken at 96 dpi, as scenes are drawn.
double pointsOf(const QFont &font)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 72.0 / 96.0;
}

} // namespace

double ReportScenes::mapTextPoints() const
{
    return pointsOf(map::MapStyle::make(m_map->font(), m_map->palette()).font);
}

double ReportScenes::boardTextPoints() const
{
    return m_board ? pointsOf(m_board->style().font) : 0;
}

} // namespace waveplan::ui::report
