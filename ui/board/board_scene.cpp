#include "ui/board/board_scene.h"

#include "ui/board/baseline_shadow.h"
#include "ui/board/board_arrow.h"
#include "ui/board/board_backdrop.h"
#include "ui/board/capability_bar.h"
#include "ui/board/drop_ghost.h"
#include "ui/board/moved_ghost.h"
#include "ui/document/plan_document.h"
#include "ui/document/plan_snapshot.h"
#include "ui/graphics/refresh_when_shown.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"

#include "core/schedule/baseline_drift.h"
#include "core/model/tracking.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace waveplan::ui::board {

namespace {

constexpr double kSceneMargin = 24;

} // namespace

BoardScene::BoardScene(PlanDocument *document, SelectionModel *selection, QObject *parent)
    : BoardScene(document, nullptr, selection, parent)
{
}

BoardScene::BoardScene(const Plan &plan, const Schedule &schedule, QObject *parent)
    : BoardScene(nullptr, std::make_unique<const PlanSnapshot>(PlanSnapshot{plan, schedule}), nullptr, parent)
{
}

BoardScene::BoardScene(PlanDocument *document, std::unique_ptr<const PlanSnapshot> snapshot, SelectionModel *selection,
                       QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_snapshot(std::move(snapshot))
    , m_selection(selection ? selection : new SelectionModel(this))
    , m_style(std::make_unique<BoardStyle>(BoardStyle::make(font(), palette())))
{
    // No BSP tree: a duration edit moves hundreds of bars, and re-indexing them cost more than
    // the linear look-ups of a board's thousand or so items save.
    setItemIndexMethod(NoIndex);
    setBackgroundBrush(m_style->colors.background);
    if (m_document) {
        connect(m_document, &PlanDocument::planChanged, this, &BoardScene::onPlanChanged);
        connect(m_document, &PlanDocument::scheduleChanged, this, &BoardScene::requestSync);
        connect(m_document, &PlanDocument::changesChanged, this, &BoardScene::syncMovedGhosts);
        connect(m_document, &PlanDocument::shownBaselineChanged, this, &BoardScene::syncBaselineShadows);
    }
    connect(this, &QGraphicsScene::selectionChanged, this, &BoardScene::onSceneSelectionChanged);
    connect(m_selection, &SelectionModel::selectionChanged, this, &BoardScene::onModelSelectionChanged);
    rebuild();
}

BoardScene::~BoardScene()
{
    m_syncingSelection = true; // items going away must not clear the shared selection
    clearItems();
}

const Plan &BoardScene::plan() const
{
    return m_document ? m_document->plan() : m_snapshot->plan;
}

const Schedule &BoardScene::schedule() const
{
    return m_document ? m_document->schedule() : m_snapshot->schedule;
}

// Style and options ----------------------------------------------------------------------------

void BoardScene::setStyle(const BoardStyle &style)
{
    *m_style = style;
    m_customStyle = true;
    rebuild();
}

void BoardScene::setShowDependencies(bool show)
{
    if (show == m_showDependencies)
        return;
    m_showDependencies = show;
    syncArrows();
}

void BoardScene::setShowCritical(bool show)
{
    if (show == m_showCritical)
        return;
    m_showCritical = show;
    sync();
}

bool BoardScene::event(QEvent *event)
{
    // The type first: events arrive while the constructor is still running (a child added),
    // before m_customStyle is set (UBSan).
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_customStyle) {
        *m_style = BoardStyle::make(font(), palette());
        rebuild();
    }
    return QGraphicsScene::event(event);
}

// Geometry -------------------------------------------------------------------------------------

double BoardScene::xOfDay(double day) const
{
    return m_style->laneLabelWidth + day * m_style->dayWidth;
}

int BoardScene::dayAt(double x) const
{
    return static_cast<int>(std::floor((x - m_style->laneLabelWidth) / m_style->dayWidth));
}

QRectF BoardScene::waveRect(int wave) const
{
    if (wave < 1 || wave > waveCount())
        return {};
    return m_columns[static_cast<std::size_t>(wave - 1)]->rect();
}

QString BoardScene::waveTitle(int wave) const
{
    return ui::waveTitle(plan(), wave);
}

QRectF BoardScene::laneRect(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return {};
    return m_lanes[static_cast<std::size_t>(lane)]->rect();
}

QString BoardScene::laneTeam(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return {};
    return m_lanes[static_cast<std::size_t>(lane)]->team();
}

QRectF BoardScene::boardRect() const
{
    QRectF bounds;
    for (const WaveColumn *column : m_columns)
        bounds = bounds.united(column->rect());
    for (const LaneBand *lane : m_lanes)
        bounds = bounds.united(lane->rect());
    return bounds;
}

// Items ----------------------------------------------------------------------------------------

QList<CapabilityBar *> BoardScene::bars(const QString &key) const
{
    return m_barsByKey.value(key);
}

CapabilityBar *BoardScene::bar(const QString &key, const QString &team) const
{
    return m_bars.value(BarId(key, team));
}

CapabilityBar *BoardScene::firstBar(const QString &key) const
{
    const QList<CapabilityBar *> found = m_barsByKey.value(key);
    return found.isEmpty() ? nullptr : found.first();
}

CapabilityBar *BoardScene::barAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == CapabilityBar::Type)
            return static_cast<CapabilityBar *>(item);
    }
    return nullptr;
}

void BoardScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const CapabilityBar *b = barAt(event->scenePos());
    if (!b) {
        QGraphicsScene::helpEvent(event);
        return;
    }
    QToolTip::showText(event->screenPos(), b->toolTipText(), event->widget());
    event->setAccepted(true);
}

BoardArrow *BoardScene::arrow(const QString &predecessor, const QString &successor) const
{
    return m_arrows.value(ArrowId(predecessor, successor));
}

bool BoardScene::paintFrozenLaneLabels(QPainter *painter, double left) const
{
    if (m_lanes.empty() || left <= m_lanes.front()->rect().left() + 0.5)
        return false; // the lanes' own labels are in view
    for (const LaneBand *lane : m_lanes)
        lane->paintLabel(painter, left);
    return true;
}

// Sync -----------------------------------------------------------------------------------------

void BoardScene::onPlanChanged(PlanChange change, const QStringList &)
{
    if (change == PlanChange::Positions || change == PlanChange::Baselines)
        return; // map positions, baselines (shownBaselineChanged): nothing on the board moves
    // The document announces the new schedule right after this (see PlanDocument::announce):
    // sync once then. Without a schedule runner nothing would follow, so sync now.
    if (!m_document->scheduleRunner())
        requestSync();
}

void BoardScene::requestSync()
{
    const QList<QGraphicsView *> shownIn = views();
    const bool seen = std::any_of(shownIn.begin(), shownIn.end(), [](const QGraphicsView *v) { return v->isVisible(); });
    if (!seen && std::any_of(shownIn.begin(), shownIn.end(), isHiddenTab)) { // brought up to date when shown (eventFilter)
        m_syncPending = true;
        for (QGraphicsView *view : shownIn)
            view->installEventFilter(this); // once: installing again moves it to the front
        return;
    }
    sync();
}

bool BoardScene::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && m_syncPending && views().contains(qobject_cast<QGraphicsView *>(watched)))
        sync(); // before the view's first paint
    return QGraphicsScene::eventFilter(watched, event);
}

void BoardScene::deleteMovedGhosts()
{
    for (MovedGhost *ghost : m_movedGhosts)
        delete ghost;
    m_movedGhosts.clear();
}

void BoardScene::syncMovedGhosts()
{
    if (m_syncPending)
        return; // the bars are not where the ghosts would be drawn from: sync() draws them
    deleteMovedGhosts();
    if (m_document == nullptr)
        return;
    for (const CapabilityMove &move : m_document->lastChanges().moves) {
        if (!move.changedWave())
            continue;
        const QString key = qs(move.key);
        for (CapabilityBar *bar : bars(key)) {
            const QRectF now = bar->sceneBarRect();
            const QRectF was = now.translated(-move.startShiftDays() * m_style->dayWidth, 0);
            auto *ghost = new MovedGhost(was, move.fromWave, key, m_style.get());
            addItem(ghost);
            m_movedGhosts.push_back(ghost);
        }
    }
}

void BoardScene::deleteBaselineShadows()
{
    for (BaselineShadow *shadow : m_baselineShadows)
        delete shadow;
    m_baselineShadows.clear();
    delete m_baselineKey;
    m_baselineKey = nullptr;
}

void BoardScene::syncBaselineShadows()
{
    if (m_syncPending)
        return; // sync() draws them
    deleteBaselineShadows();
    const Baseline *baseline = m_document ? m_document->shownBaseline() : (m_fixedBaseline ? &*m_fixedBaseline : nullptr);
    if (baseline == nullptr)
        return;
    const Plan &p = plan();
    // Baseline days are calendar days from the start date it was frozen with; the board's are
    // the plan's working days from today's start.
    const PlanDates dates(p);
    const double height = std::max(3.0, std::floor(m_style->rowGap * 0.4));
    m_baselineKey = new BaselineKey(QRectF(0, 0, m_style->laneLabelWidth, m_style->headerHeight), qs(baseline->name),
                                    qs(formatIsoDate(baseline->frozenOn)), m_style.get());
    addItem(m_baselineKey);
    for (const ScheduledCapability &s : schedule().capabilities) {
        const Baseline::Entry *was = baseline->find(s.key);
        if (was == nullptr)
            continue;
        const std::optional<BaselineDrift> drift = driftOf(*baseline, p, s);
        const QString tip = QString::fromStdString(s.key + ": " + driftSentence(*baseline, drift ? &*drift : nullptr));
        const BaselineDays days = baselineDaysIn(*baseline, *was, dates);
        const double left = xOfDay(days.start);
        const double right = std::max(left + 2, xOfDay(days.finish));
        for (CapabilityBar *bar : bars(qs(s.key))) {
            const QRectF now = bar->sceneBarRect();
            auto *shadow = new BaselineShadow(QRectF(left, now.bottom() + 1, right - left, height), qs(s.key), tip,
                                              m_style.get());
            addItem(shadow);
            m_baselineShadows.push_back(shadow);
        }
    }
}

void BoardScene::setFixedBaseline(std::optional<Baseline> baseline)
{
    m_fixedBaseline = std::move(baseline);
    syncBaselineShadows();
}

void BoardScene::clearItems()
{
    cancelDrag();
    deleteMovedGhosts();
    deleteBaselineShadows();
    for (BoardArrow *a : std::as_const(m_arrows))
        delete a;
    m_arrows.clear();
    for (CapabilityBar *b : std::as_const(m_bars))
        delete b;
    m_bars.clear();
    m_barsByKey.clear();
    for (LaneBand *lane : m_lanes)
        delete lane;
    m_lanes.clear();
    for (WaveColumn *column : m_columns)
        delete column;
    m_columns.clear();
    delete m_asOfLine;
    m_asOfLine = nullptr;
}

void BoardScene::syncAsOfLine(double lanesBottom, std::optional<int> asOfDay)
{
    const Plan &plan = this->plan();
    if (!asOfDay) {
        delete m_asOfLine;
        m_asOfLine = nullptr;
        return;
    }
    if (m_asOfLine == nullptr) {
        m_asOfLine = new AsOfLine(m_style.get());
        addItem(m_asOfLine);
    }
    const double x = xOfDay(*asOfDay);
    const QString label = tr("As of %1").arg(shortDate(toQDate(*plan.asOf)));
    // In the row of the wave names, right of the line, else left of it: never over a name.
    const QSizeF size = m_asOfLine->labelSize(label);
    const double top = m_style->padding;
    const QFontMetricsF nameMetrics(m_style->headerFont);
    const auto clear = [&](const QRectF &box) {
        for (const WaveColumn *column : m_columns) {
            const QRectF name(column->rect().left() + m_style->padding, top,
                              nameMetrics.horizontalAdvance(column->name()), size.height());
            if (box.intersects(name))
                return false;
        }
        return true;
    };
    const QRectF right(x + 3, top, size.width(), size.height());
    const QRectF left(x - 3 - size.width(), top, size.width(), size.height());
    m_asOfLine->place(x, 0, lanesBottom, clear(right) || !clear(left) ? right : left, label);
}

void BoardScene::rebuild()
{
    const bool wasSyncing = m_syncingSelection;
    m_syncingSelection = true;
    clearItems();
    m_syncingSelection = wasSyncing;
    setBackgroundBrush(m_style->colors.background);
    sync();
}

void BoardScene::sync()
{
    m_syncPending = false;
    m_layout = computeBoardLayout(plan(), schedule());
    const BoardStyle &s = *m_style;
    std::vector<double> tops;
    std::vector<double> heights;
    const double labelHeight = QFontMetricsF(s.keyFont).height() + QFontMetricsF(s.smallFont).height() + 2;
    double y = s.headerHeight;
    for (const LanePlacement &lane : m_layout.lanes) {
        const double rows = lane.rows * s.laneRowHeight() - s.rowGap;
        const double height = 2 * s.lanePadding + std::max(rows, labelHeight);
        tops.push_back(y);
        heights.push_back(height);
        y += height;
    }
    if (m_layout.lanes.empty())
        y += 2 * s.lanePadding + s.barHeight; // an empty plan still shows its waves
    syncColumns(y);
    syncLanes(tops, heights);
    const std::optional<int> asOf = asOfDay(plan()); // once per sync: with a calendar it is a table walk
    syncBars(tops, asOf);
    syncArrows();
    syncMovedGhosts();
    syncBaselineShadows();
    syncAsOfLine(y, asOf);
    setSceneRect(boardRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    emit layoutUpdated();
}

void BoardScene::syncColumns(double height)
{
    const Plan &plan = this->plan();
    const int count = std::max(1, m_layout.waveCount);
    while (static_cast<int>(m_columns.size()) > count) {
        delete m_columns.back();
        m_columns.pop_back();
    }
    while (static_cast<int>(m_columns.size()) < count) {
        auto *column = new WaveColumn(static_cast<int>(m_columns.size()) + 1, m_style.get());
        addItem(column);
        m_columns.push_back(column);
    }
    const WaveGrid grid = waveGrid(plan);
    for (WaveColumn *column : m_columns) {
        const int wave = column->wave();
        const double left = xOfDay(grid.firstDay(wave));
        column->setRect(QRectF(left, 0, grid.lengthOf(wave) * m_style->dayWidth, height));
        column->setTexts(waveName(plan, wave), waveDatesText(plan, wave));
        column->setBeyondHorizon(wave > plan.horizonWaves);
    }
}

void BoardScene::syncLanes(const std::vector<double> &laneTops, const std::vector<double> &laneHeights)
{
    const Plan &plan = this->plan();
    while (m_lanes.size() > m_layout.lanes.size()) {
        delete m_lanes.back();
        m_lanes.pop_back();
    }
    while (m_lanes.size() < m_layout.lanes.size()) {
        auto *lane = new LaneBand(m_style.get());
        addItem(lane);
        m_lanes.push_back(lane);
    }
    const double right = m_columns.empty() ? xOfDay(0) : m_columns.back()->rect().right();
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const QString &team = m_layout.lanes[i].team;
        QString note;
        if (team.isEmpty())
            note = tr("no team demand");
        else if (const Team *t = plan.findTeam(str(team)))
            note = tr("%n people", nullptr, t->capacity);
        m_lanes[i]->setRect(QRectF(0, laneTops[i], right, laneHeights[i]));
        m_lanes[i]->setTexts(team, note);
    }
}

std::vector<CapabilityBar *> BoardScene::placeBars()
{
    const Plan &plan = this->plan();
    std::vector<CapabilityBar *> placed(m_layout.bars.size(), nullptr);
    std::vector<std::size_t> missing; // placements no bar shows yet
    for (std::size_t i = 0; i < m_layout.bars.size(); ++i) {
        const BarPlacement &placement = m_layout.bars[i];
        placed[i] = m_bars.value(BarId(placement.key, m_layout.lanes[static_cast<std::size_t>(placement.lane)].team));
        if (!placed[i])
            missing.push_back(i);
    }
    if (!missing.empty()) {
        // A bar left over whose capability (same id) now has another key moves to that key: a
        // rename keeps the bars.
        const QSet<CapabilityBar *> kept(placed.begin(), placed.end());
        QHash<QPair<CapabilityId, QString>, CapabilityBar *> leftOver;
        for (CapabilityBar *b : std::as_const(m_bars))
            if (!kept.contains(b))
                leftOver.insert({b->content().capability.id, b->team()}, b);
        for (const std::size_t i : missing) {
            const BarPlacement &placement = m_layout.bars[i];
            const QString &team = m_layout.lanes[static_cast<std::size_t>(placement.lane)].team;
            const CapabilityId id = plan.capabilities[static_cast<std::size_t>(placement.capability)].id;
            CapabilityBar *b = id == kNoId ? nullptr : leftOver.take({id, team});
            if (b) {
                m_bars.remove(BarId(b->key(), team)); // setContent gives the bar its new key
            } else {
                b = new CapabilityBar(placement.key, team, m_style.get());
                addItem(b);
            }
            m_bars.insert(BarId(placement.key, team), b);
            placed[i] = b;
        }
    }
    // Bars that no longer have a place go (each placement has its own bar: equal counts, none).
    if (static_cast<std::size_t>(m_bars.size()) != placed.size()) {
        const QSet<CapabilityBar *> kept(placed.begin(), placed.end());
        for (auto it = m_bars.begin(); it != m_bars.end();) {
            if (kept.contains(it.value())) {
                ++it;
                continue;
            }
            if (it.value() == m_pressBar)
                cancelDrag();
            const bool wasSyncing = m_syncingSelection;
            m_syncingSelection = true; // a removed bar is not a user's deselection
            delete it.value();
            m_syncingSelection = wasSyncing;
            it = m_bars.erase(it);
        }
    }
    return placed;
}

void BoardScene::syncBars(const std::vector<double> &laneTops, std::optional<int> asOfDay)
{
    const qsizetype barsBefore = m_bars.size();
    const std::vector<CapabilityBar *> placed = placeBars();
    const Plan &plan = this->plan();
    const Schedule &schedule = this->schedule();
    QSet<QString> onPath;
    QSet<QString> onChain;
    if (m_showCritical) {
        // Red: the driving path (sets the end date); violet dashed: the dependency path.
        for (const std::string &key : schedule.criticalChain)
            onPath.insert(qs(key));
        for (const std::string &key : schedule.criticalPath)
            onChain.insert(qs(key));
    }

    const BoardStyle &s = *m_style;
    bool keysChanged = false;
    const auto done = [&](const Capability &c) { return statusAsOf(plan, c) == WorkStatus::Done; };
    const auto underWayAsOfDay = [&](const Capability &c) {
        return statusAsOf(plan, c) == WorkStatus::InProgress ? asOfDay.value_or(-1) : -1;
    };
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const BarPlacement &placement = m_layout.bars[i];
        const QString &team = m_layout.lanes[static_cast<std::size_t>(placement.lane)].team;
        CapabilityBar *b = placed[i];
        const Capability &capability = plan.capabilities[static_cast<std::size_t>(placement.capability)];
        const ScheduledCapability *entry =
            placement.entry < 0 ? nullptr : &schedule.capabilities[static_cast<std::size_t>(placement.entry)];
        const bool path = onPath.contains(placement.key);
        const bool chain = onChain.contains(placement.key);
        const int people = demandOn(capability, str(team));
        // Most bars show what they showed: find out without copying the capability.
        const BarContent &shown = b->content();
        const bool same = shown.capability == capability
                          && (entry ? shown.scheduled == *entry : shown.scheduled.key.empty())
                          && shown.planStart == plan.startDate && shown.calendar == plan.calendar
                          && shown.done == done(capability)
                          && shown.underWayAsOfDay == underWayAsOfDay(capability)
                          && shown.team == team && shown.criticalPath == path
                          && shown.criticalChain == chain && shown.people == people;
        if (!same) {
            keysChanged = keysChanged || shown.capability.key != capability.key;
            BarContent content;
            content.capability = capability;
            content.people = people;
            if (entry)
                content.scheduled = *entry;
            content.planStart = plan.startDate;
            content.calendar = plan.calendar;
            content.done = done(capability);
            content.underWayAsOfDay = underWayAsOfDay(capability);
            content.team = team;
            content.criticalPath = path;
            content.criticalChain = chain;
            b->setContent(content);
        }
        const double top = laneTops[static_cast<std::size_t>(placement.lane)] + s.lanePadding + placement.row * s.laneRowHeight();
        const double left = xOfDay(placement.startDay);
        const double width = std::max(s.barHeight / 3, (placement.finishDay - placement.startDay) * s.dayWidth);
        b->setBarRect(QRectF(left, top, width, s.barHeight));
    }
    if (keysChanged || m_bars.size() != barsBefore) {
        m_barsByKey.clear();
        for (CapabilityBar *b : placed)
            m_barsByKey[b->key()].append(b);
        const bool wasSyncing = m_syncingSelection;
        m_syncingSelection = true;
        selectKeys(m_selection->selectedKeys());
        m_syncingSelection = wasSyncing;
    }
}

void BoardScene::syncArrows()
{
    if (!m_showDependencies) {
        for (BoardArrow *a : std::as_const(m_arrows))
            delete a;
        m_arrows.clear();
        return;
    }
    const Schedule &schedule = this->schedule();
    QSet<ArrowId> criticalLinks;
    if (m_showCritical) {
        for (std::size_t i = 0; i + 1 < schedule.criticalChain.size(); ++i) // the driving path
            criticalLinks.insert(ArrowId(qs(schedule.criticalChain[i]), qs(schedule.criticalChain[i + 1])));
    }
    QHash<ArrowId, BoardArrow *> kept;
    for (const Dependency &dependency : plan().dependencies) {
        const ArrowId id(qs(dependency.predecessor), qs(dependency.successor));
        const QList<CapabilityBar *> from = bars(id.first);
        const QList<CapabilityBar *> to = bars(id.second);
        if (from.isEmpty() || to.isEmpty() || id.first == id.second || kept.contains(id))
            continue;
        // Of all the bars of both ends, the closest pair (lanes nearest each other).
        CapabilityBar *bestFrom = from.first();
        CapabilityBar *bestTo = to.first();
        double best = -1;
        for (CapabilityBar *f : from)
            for (CapabilityBar *t : to) {
                const double distance = std::abs(f->sceneBarRect().center().y() - t->sceneBarRect().center().y());
                if (best < 0 || distance < best) {
                    best = distance;
                    bestFrom = f;
                    bestTo = t;
                }
            }
        BoardArrow *a = m_arrows.take(id);
        if (!a) {
            a = new BoardArrow(id.first, id.second, m_style.get());
            addItem(a);
        }
        const QRectF f = bestFrom->sceneBarRect();
        const QRectF t = bestTo->sceneBarRect();
        a->setEnds(QPointF(f.right(), f.center().y()), QPointF(t.left(), t.center().y()));
        a->setCritical(criticalLinks.contains(id));
        kept.insert(id, a);
    }
    for (BoardArrow *a : std::as_const(m_arrows))
        delete a;
    m_arrows = kept;
}

} // namespace waveplan::ui::board
