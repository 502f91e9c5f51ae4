// The map's layout: when it is laid out (at once, or in the background for a large map), where
// the cards and arrows go, and the wave bands around them.

#include "ui/map/map_scene.h"

#include "core/model/plan_limits.h"
#include "ui/document/plan_document.h"
#include "ui/map/arrow_layer.h"
#include "ui/map/capability_card.h"
#include "ui/map/dependency_arrow.h"
#include "ui/map/wave_band.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"
#include "core/model/tracking.h"

#include <QFutureWatcher>
#include <QGraphicsSimpleTextItem>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <optional>

namespace waveplan::ui::map {

namespace {

using G = MapGeometry;

/// The layout column of a card in `wave`: wave - 1, up to wave 999, the last a plan can name
/// (kMaxWave). Cards of later waves share one column right of it: a schedule of long
/// capabilities can run to wave 50,000,000, and a layout of that many columns (and an arrow
/// bend in each column it passes) does not fit in memory. Their cards still say their wave.
int layoutColumn(int wave)
{
    return std::min(wave, kMaxWave + 1) - 1;
}

} // namespace

layout::LayoutOptions MapScene::layoutOptions()
{
    layout::LayoutOptions options;
    options.columnSpacing = G::columnPitch();
    options.layerSpacing = G::layerPitch();
    options.cardWidth = G::cardWidth;
    options.rowSpacing = G::rowGap;
    options.bendHeight = G::bendHeight;
    options.bendSpacing = G::bendGap;
    options.countCrossings = false; // the map shows none
    return options;
}

void MapScene::scaleLayoutEffort(layout::LayoutOptions &options, int cards)
{
    // For a map's first layout: up to kFullEffortCards the full sweeps and polish; beyond,
    // fewer in proportion, so a map of 10,000 capabilities is laid out in seconds instead of
    // twenty (at that size the crossings left are in the millions either way, and the waves read
    // the same). A relayout polishes only around what an edit changed (MapLayout::polished), so
    // the rest of a map laid out this way keeps its first, shorter polish and does not move.
    constexpr int kFullEffortCards = 2000;
    if (cards <= kFullEffortCards)
        return;
    const double share = static_cast<double>(kFullEffortCards) / cards;
    options.sweeps = std::max(2, static_cast<int>(std::lround(options.sweeps * share)));
    options.polishRounds = std::max(2, static_cast<int>(std::lround(options.polishRounds * share)));
}

int MapScene::cardsPerLayer(int cards)
{
    // About sqrt(1.5 n): a plan of a few hundred capabilities fitted to a 16:9 screen comes out
    // roughly as wide as it is tall; a wave of 8 cards or fewer is never split.
    return std::max(8, static_cast<int>(std::lround(std::sqrt(1.5 * cards))));
}

layout::MapLayout MapScene::blankLayout()
{
    return layout::layoutMap({}, layoutOptions()); // no cards: only the spacing that places waves
}

void MapScene::setLayoutMode(LayoutMode mode)
{
    if (mode == m_layoutMode)
        return;
    m_layoutMode = mode;
    for (CapabilityCard *c : std::as_const(m_cards))
        c->setFlag(QGraphicsItem::ItemIsMovable, mode == LayoutMode::Manual && !isReadOnly());
    placeCards();
    updateSceneRect();
}

layout::LayoutInput MapScene::layoutInput() const
{
    layout::LayoutInput input;
    input.nodes.reserve(static_cast<std::size_t>(m_cards.size()));
    // Plan order, so the input (and its tie-breaking) does not depend on hash order.
    const std::vector<Capability> &capabilities = plan().capabilities;
    for (std::size_t i = 0; i < capabilities.size(); ++i) {
        if (const CapabilityCard *c = cardInPlanOrder(i))
            input.nodes.push_back({capabilities[i].key, layoutColumn(c->wave()), G::cardHeight});
    }
    for (const Dependency &dependency : plan().dependencies) {
        if (m_arrows.contains(ArrowKey(qs(dependency.predecessor), qs(dependency.successor))))
            input.edges.push_back({dependency.predecessor, dependency.successor});
    }
    return input;
}

layout::LayoutOptions MapScene::layoutOptionsFor(int cards) const
{
    layout::LayoutOptions options = layoutOptions();
    options.maxCardsPerLayer = cardsPerLayer(cards);
    if (!m_hasLayout || m_tidyNext) // a relayout polishes fully where the edit landed, so the first is cut short
        scaleLayoutEffort(options, cards);
    return options;
}

bool MapScene::laysOutInBackground() const
{
    return !isReadOnly() && m_cards.size() > kBackgroundLayoutCards;
}

void MapScene::requestLayout()
{
    if (laysOutInBackground())
        startBackgroundLayout();
    else
        relayout();
}

void MapScene::tidyUp()
{
    m_tidyNext = true;
    requestLayout();
}

void MapScene::relayout()
{
    cancelBackgroundLayout(); // this layout replaces one running or held: its result is dropped
    layout::LayoutInput input = layoutInput();
    input.previous = m_hasLayout && !m_tidyNext ? m_layout.get() : nullptr;
    const layout::LayoutOptions options = layoutOptionsFor(static_cast<int>(input.nodes.size()));
    m_tidyNext = false;
    m_layout = std::make_shared<const layout::MapLayout>(layout::layoutMap(input, options));
    m_layoutDirty = false;
    showLayout();
}

void MapScene::startBackgroundLayout()
{
    m_layoutDirty = false;
    if (m_background) { // one at a time: the next starts from this one's result
        m_layoutAgain = true;
        updateBusyNote(); // a plan opened while the last one's layout stops
        return;
    }
    auto job = std::make_unique<BackgroundLayout>();
    job->cancel = std::make_shared<std::atomic<bool>>(false);
    job->watcher = new QFutureWatcher<layout::MapLayout>(this);
    connect(job->watcher, &QFutureWatcher<layout::MapLayout>::finished, this, &MapScene::finishBackgroundLayout);
    layout::LayoutInput input = layoutInput();
    layout::LayoutOptions options = layoutOptionsFor(static_cast<int>(input.nodes.size()));
    std::shared_ptr<const layout::MapLayout> previous;
    if (m_hasLayout && !m_tidyNext)
        previous = m_layout;
    m_tidyNext = false;
    // The worker owns what it reads (the previous layout shared, never changed in place) and a
    // share of the cancel flag.
    job->watcher->setFuture(QtConcurrent::run(
        m_layoutPool, [input = std::move(input), options, previous = std::move(previous), cancel = job->cancel]() mutable {
            options.cancel = cancel.get();
            input.previous = previous.get();
            return layout::layoutMap(input, options);
        }));
    m_background = std::move(job);
    updateBusyNote();
}

void MapScene::finishBackgroundLayout()
{
    if (!m_background)
        return;
    const std::unique_ptr<BackgroundLayout> job = std::move(m_background);
    job->watcher->deleteLater(); // we are inside its finished() signal
    if (!*job->cancel) {
        layout::MapLayout result = job->watcher->future().takeResult(); // moved, not copied
        for (const auto &[from, to] : job->renames) { // renames made while it ran
            if (from != to && result.rowOf.contains(to) && result.rowOf.contains(from)) {
                // The key was freed (its capability deleted) and taken meanwhile: the renamed
                // card has the place, not the card that left.
                result.rowOf.erase(to);
                result.columnOf.erase(to);
                result.layerOf.erase(to);
                result.position.erase(to);
            }
            layout::renameNode(result, from, to);
        }
        if (isDragging()) { // cards do not jump under the mouse: it comes in on release
            m_heldLayout = std::move(result);
            return;
        }
        m_layout = std::make_shared<const layout::MapLayout>(std::move(result));
        showLayout();
    }
    layOutAgainIfChanged();
}

void MapScene::layOutAgainIfChanged()
{
    if (m_layoutAgain || m_layoutDirty) {
        m_layoutAgain = false;
        startBackgroundLayout();
    }
    updateBusyNote();
}

bool MapScene::isDragging() const
{
    return m_movingCards || !m_dragFrom.isEmpty();
}

void MapScene::applyHeldLayout()
{
    if (!m_heldLayout || isDragging())
        return;
    m_layout = std::make_shared<const layout::MapLayout>(std::move(*m_heldLayout));
    m_heldLayout.reset();
    showLayout();
    layOutAgainIfChanged();
}

void MapScene::cancelBackgroundLayout()
{
    m_heldLayout.reset();
    if (m_background)
        *m_background->cancel = true;
    m_layoutAgain = false;
}

bool MapScene::isLayingOut() const
{
    return m_background != nullptr;
}

void MapScene::showLayout()
{
    m_hasLayout = true;
    placeCards();
    if (m_itemsHidden) {
        m_itemsHidden = false;
        for (CapabilityCard *c : std::as_const(m_cards))
            c->show();
        for (DependencyArrow *a : std::as_const(m_arrows))
            a->show(); // each tells the arrow layer
        // A hidden card cannot be selected: select now what was selected meanwhile.
        const bool syncing = m_syncingSelection;
        m_syncingSelection = true;
        selectKeys(m_selection->selectedKeys());
        m_syncingSelection = syncing;
    }
    updateBusyNote();
    updateBands();
    updateSceneRect();
    // Unless placeCards started it: the arrows' image, drawn on the side while the rest of the
    // edit is taken in and the view paints what lies under them.
    m_arrowLayer->prepare();
    emit layoutUpdated();
}

void MapScene::updateBusyNote()
{
    const bool show = m_itemsHidden && m_background != nullptr;
    if (!show) {
        delete m_busyNote;
        m_busyNote = nullptr;
        return;
    }
    if (!m_busyNote) {
        m_busyNote = new QGraphicsSimpleTextItem;
        QFont font = m_style->keyFont;
        font.setPixelSize(static_cast<int>(G::cardHeight / 2));
        m_busyNote->setFont(font);
        m_busyNote->setBrush(m_style->colors.text);
        m_busyNote->setPos(G::bandPadding, G::cardsTop());
        m_busyNote->setZValue(3);
        addItem(m_busyNote);
    }
    m_busyNote->setText(tr("Laying out the map of %L1 capabilities…").arg(m_cards.size()));
    updateSceneRect();
}

void MapScene::placeCards()
{
    const Plan &plan = this->plan();
    const bool manual = m_layoutMode == LayoutMode::Manual;
    QHash<QString, const Capability *> byKey; // for the places set by hand
    if (manual) {
        byKey.reserve(static_cast<qsizetype>(plan.capabilities.size()));
        for (const Capability &capability : plan.capabilities)
            byKey.insert(qs(capability.key), &capability);
    }
    const QPointF origin(G::bandPadding, G::cardsTop());
    QSet<QString> placedByHand;
    // Arrows are routed once below, not once per end as each card moves.
    for (CapabilityCard *c : std::as_const(m_cards))
        c->setArrowsFollow(false);
    for (CapabilityCard *c : std::as_const(m_cards)) {
        const Capability *capability = manual ? byKey.value(c->key()) : nullptr;
        if (capability && capability->position) {
            c->setPos(capability->position->x, capability->position->y);
            placedByHand.insert(c->key());
            continue;
        }
        const auto it = m_layout->position.find(c->key().toStdString());
        if (it != m_layout->position.end())
            c->setPos(origin + QPointF(it->second.first, it->second.second));
        else
            c->setPos(origin + QPointF(m_layout->column(layoutColumn(c->wave())).left, 0));
    }
    for (CapabilityCard *c : std::as_const(m_cards))
        c->setArrowsFollow(true);
    QHash<ArrowKey, const layout::EdgeRoute *> routes;
    for (const layout::EdgeRoute &route : m_layout->edges)
        routes.insert(ArrowKey(qs(route.from), qs(route.to)), &route);
    QHash<const DependencyArrow *, QVector<QPointF>> routed;
    routed.reserve(m_arrows.size());
    for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it) {
        const DependencyArrow *a = it.value();
        QVector<QPointF> &points = routed[a];
        const layout::EdgeRoute *route = routes.value(it.key());
        // A route only makes sense between cards the layout placed.
        if (route && !placedByHand.contains(a->predecessorKey()) && !placedByHand.contains(a->successorKey())) {
            points.reserve(static_cast<qsizetype>(route->points.size()));
            for (const auto &[x, y] : route->points)
                points.append(origin + QPointF(x, y));
        }
    }
    // The arrows' image is drawn on other threads from the routes while they are set here.
    m_arrowLayer->prepareRoutes(routed);
    for (DependencyArrow *a : std::as_const(m_arrows))
        a->setRoute(routed.value(a));
    m_arrowLayer->routesSet();
}

void MapScene::updateBands()
{
    const Plan &plan = this->plan();
    int waves = std::max(1, plan.horizonWaves);
    double bottom = G::cardsTop() + G::cardHeight + G::bandPadding;
    for (const CapabilityCard *c : std::as_const(m_cards)) {
        waves = std::max(waves, c->wave());
        bottom = std::max(bottom, c->pos().y() + G::cardHeight + G::bandPadding);
    }
    // One band per wave up to wave 999, the last a plan can name (kMaxWave): a schedule of long
    // capabilities can run to wave 500,000, and half a million bands hang the map. Cards past it
    // share the column right of it (layoutColumn).
    waves = std::min(waves, kMaxWave);
    while (static_cast<int>(m_bands.size()) > waves) {
        delete m_bands.back();
        m_bands.pop_back();
    }
    while (static_cast<int>(m_bands.size()) < waves) {
        auto *band = new WaveBand(static_cast<int>(m_bands.size()) + 1, m_style.get());
        addItem(band);
        m_bands.push_back(band);
    }
    // The map is not drawn to a time scale, so the as-of date is named in its wave's header
    // rather than drawn as a line at a made-up place.
    const std::optional<int> asOf = asOfDay(plan);
    const int asOfWave = asOf ? waveGrid(plan).waveOf(*asOf) : 0;
    for (WaveBand *band : m_bands) {
        const int wave = band->wave();
        band->setTexts(waveName(plan, wave),
                       wave == asOfWave ? tr("%1 · as of %2").arg(waveDatesText(plan, wave), shortDate(toQDate(*plan.asOf)))
                                        : waveDatesText(plan, wave));
        band->setBeyondHorizon(wave > plan.horizonWaves);
        const auto [left, right] = m_layout->columnExtent(wave - 1);
        band->setRect(QRectF(left, 0, right - left, bottom));
    }
}

} // namespace waveplan::ui::map
