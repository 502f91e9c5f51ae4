#include "ui/map/map_scene.h"

#include "core/model/dependency_reach.h"

#include "ui/document/plan_document.h"
#include "ui/document/plan_snapshot.h"
#include "ui/map/arrow_layer.h"
#include "ui/map/card_layer.h"
#include "ui/map/capability_card.h"
#include "ui/map/dependency_arrow.h"
#include "ui/map/wave_band.h"
#include "ui/text/qt_text.h"
#include "ui/text/wave_labels.h"

#include "core/log/logging.h"
#include "core/model/tracking.h"

#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QThreadPool>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waveplan::ui::map {

namespace {

using G = MapGeometry;

} // namespace

MapScene::MapScene(PlanDocument *document, SelectionModel *selection, QObject *parent)
    : MapScene(document, nullptr, selection, parent)
{
}

MapScene::MapScene(const Plan &plan, const Schedule &schedule, QObject *parent)
    : MapScene(nullptr, std::make_unique<const PlanSnapshot>(PlanSnapshot{plan, schedule}), nullptr, parent)
{
}

MapScene::MapScene(PlanDocument *document, std::unique_ptr<const PlanSnapshot> snapshot, SelectionModel *selection,
                   QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_snapshot(std::move(snapshot))
    , m_selection(selection ? selection : new SelectionModel(this))
    , m_style(std::make_unique<MapStyle>(MapStyle::make(font(), palette())))
    , m_arrowLayer(new ArrowLayer)
    , m_cardLayer(new CardLayer)
    , m_layoutPool(new QThreadPool(this))
{
    addItem(m_arrowLayer); // before any arrow or card: each layer paints just before its items
    addItem(m_cardLayer);
    m_layoutPool->setMaxThreadCount(1);
    // No BSP index: rebuilding it after a large map is laid out took longer than the layout
    // (11 s at 10,000 cards), and long arrows span most of the map, so it saves little when
    // looking items up; painting and hit tests go through the items' bounding rectangles.
    setItemIndexMethod(NoIndex);
    if (m_document) {
        connect(m_document, &PlanDocument::planChanged, this, &MapScene::onPlanChanged);
        connect(m_document, &PlanDocument::scheduleChanged, this, &MapScene::applySchedule);
        connect(m_document, &PlanDocument::changesChanged, this, &MapScene::applyMoves);
    }
    connect(this, &QGraphicsScene::selectionChanged, this, &MapScene::onSceneSelectionChanged);
    connect(m_selection, &SelectionModel::selectionChanged, this, &MapScene::onModelSelectionChanged);
    rebuild();
}

MapScene::~MapScene()
{
    // QGraphicsScene's destructor deletes the cards after this one has run; their going would
    // call this scene's slots (selection) on an object that is no longer a MapScene (UBSan).
    disconnect(this, nullptr, this, nullptr);
    cancelBackgroundLayout();
    m_layoutPool->waitForDone(); // moments: a cancelled layout stops at its next step
    // Arrows detach from their cards when deleted: remove them before the cards go.
    m_syncingSelection = true;
    for (DependencyArrow *arrow : std::as_const(m_arrows))
        delete arrow;
    m_arrows.clear();
    // Cards leave the card layer when deleted: before it goes.
    for (CapabilityCard *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
}

bool MapScene::showsMilestones() const
{
    return hasMilestone(plan());
}

const Plan &MapScene::plan() const
{
    return m_document ? m_document->plan() : m_snapshot->plan;
}

const Schedule &MapScene::schedule() const
{
    return m_document ? m_document->schedule() : m_snapshot->schedule;
}

DependencyArrow *MapScene::arrow(const QString &predecessor, const QString &successor) const
{
    return m_arrows.value(ArrowKey(predecessor, successor));
}

CapabilityCard *MapScene::cardAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == CapabilityCard::Type)
            return static_cast<CapabilityCard *>(item);
    }
    return nullptr;
}

QRectF MapScene::cardsBoundingRect() const
{
    QRectF bounds;
    for (const CapabilityCard *card : m_cards)
        bounds = bounds.united(card->sceneCardRect());
    return bounds;
}

// Sync ---------------------------------------------------------------------------------------

void MapScene::onPlanChanged(PlanChange change, const QStringList &keys)
{
    switch (change) {
    case PlanChange::Reset:
        rebuild();
        return;
    case PlanChange::Capabilities:
        syncCapabilities(keys);
        break;
    case PlanChange::Dependencies:
        syncArrowsTouching(keys);
        break;
    case PlanChange::Positions:
        syncPositions(keys);
        break;
    case PlanChange::Settings:
        updateBands();
        break;
    case PlanChange::Teams:
    case PlanChange::Baselines:
        break; // cards show no team and no baseline
    }
    // The document already holds the first schedule of this revision.
    applySchedule();
    applyFocus();
}

void MapScene::rebuild()
{
    m_syncingSelection = true;
    cancelKeyboardConnect();
    endConnectLine();
    for (DependencyArrow *arrow : std::as_const(m_arrows))
        delete arrow;
    m_arrows.clear();
    for (CapabilityCard *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    m_planOrder.clear();
    m_movedFrom.clear(); // new cards carry no marks
    m_marked = {};
    for (WaveBand *band : m_bands)
        delete band;
    m_bands.clear();
    m_hasLayout = false;
    m_layout = std::make_shared<const layout::MapLayout>(blankLayout());
    cancelBackgroundLayout(); // for the plan that was shown
    m_itemsHidden = !isReadOnly() && static_cast<int>(this->plan().capabilities.size()) > kBackgroundLayoutCards;

    const Plan &plan = this->plan();
    for (const Capability &capability : plan.capabilities)
        createCard(qs(capability.key))->setCapability(capability);
    for (const Dependency &dependency : plan.dependencies) {
        CapabilityCard *from = card(qs(dependency.predecessor));
        CapabilityCard *to = card(qs(dependency.successor));
        if (from && to && from != to)
            createArrow(from, to, dependency.lagDays);
    }
    m_layoutDirty = true;
    applySchedule();
    updateBands();
    updateSceneRect();
    applyFocus();

    QStringList kept;
    for (const QString &key : m_selection->selectedKeys()) {
        if (m_cards.contains(key))
            kept.append(key);
    }
    selectKeys(kept);
    m_syncingSelection = false;
    if (kept != m_selection->selectedKeys())
        m_selection->setSelectedKeys(kept);
}

void MapScene::followRenames(const QStringList &keys)
{
    const Plan &plan = this->plan();
    std::shared_ptr<layout::MapLayout> renamedLayout; // one copy for all the renames (the layout is shared)
    for (const QString &key : keys) {
        CapabilityCard *renamed = card(key);
        if (!renamed || plan.findCapability(str(key)))
            continue;
        const Capability *now = plan.findCapabilityById(renamed->capabilityId());
        if (!now || m_cards.contains(qs(now->key)))
            continue; // gone, not renamed
        const QList<DependencyArrow *> arrows = renamed->arrows();
        for (DependencyArrow *a : arrows)
            m_arrows.remove(ArrowKey(a->predecessorKey(), a->successorKey()));
        m_cards.remove(key);
        renamed->setCapability(*now);
        m_cards.insert(renamed->key(), renamed);
        for (DependencyArrow *a : arrows)
            m_arrows.insert(ArrowKey(a->predecessorKey(), a->successorKey()), a);
        if (!renamedLayout)
            renamedLayout = std::make_shared<layout::MapLayout>(*m_layout);
        layout::renameNode(*renamedLayout, str(key), now->key);
        if (m_background)
            m_background->renames.emplace_back(str(key), now->key);
        if (m_heldLayout)
            layout::renameNode(*m_heldLayout, str(key), now->key);
        if (m_focusKey == key)
            m_focusKey = renamed->key();
    }
    if (renamedLayout)
        m_layout = std::move(renamedLayout);
}

void MapScene::syncCapabilities(const QStringList &keys)
{
    followRenames(keys);
    const Plan &plan = this->plan();
    for (const QString &key : keys) {
        const Capability *capability = plan.findCapability(key.toStdString());
        CapabilityCard *existing = card(key);
        if (!capability) {
            if (existing) {
                removeCard(key);
                m_layoutDirty = true;
            }
            continue;
        }
        if (!existing) {
            existing = createCard(key);
            m_layoutDirty = true;
        }
        existing->setCapability(*capability);
        if (m_layoutMode == LayoutMode::Manual && capability->position)
            existing->setPos(capability->position->x, capability->position->y);
    }
    syncArrowsTouching(keys);
}

void MapScene::syncArrowsTouching(const QStringList &keys)
{
    // The plan's keys compared as they are stored: an edit touches a few of hundreds of arrows.
    std::vector<std::string> touched;
    touched.reserve(static_cast<std::size_t>(keys.size()));
    for (const QString &key : keys)
        touched.push_back(key.toStdString());
    std::sort(touched.begin(), touched.end());
    const auto isTouched = [&](const std::string &key) { return std::binary_search(touched.begin(), touched.end(), key); };
    QHash<ArrowKey, int> wanted;
    for (const Dependency &dependency : plan().dependencies) {
        if (!isTouched(dependency.predecessor) && !isTouched(dependency.successor))
            continue;
        const QString from = qs(dependency.predecessor);
        const QString to = qs(dependency.successor);
        if (m_cards.contains(from) && m_cards.contains(to) && from != to)
            wanted.insert(ArrowKey(from, to), dependency.lagDays);
    }
    QList<DependencyArrow *> stale;
    for (const QString &key : keys) {
        if (const CapabilityCard *c = card(key)) {
            for (DependencyArrow *a : c->arrows()) {
                if (!wanted.contains(ArrowKey(a->predecessorKey(), a->successorKey())) && !stale.contains(a))
                    stale.append(a);
            }
        }
    }
    for (DependencyArrow *a : std::as_const(stale))
        removeArrow(a);
    if (!stale.isEmpty())
        m_layoutDirty = true;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (DependencyArrow *existing = m_arrows.value(it.key())) {
            existing->setLag(it.value());
        } else {
            createArrow(card(it.key().first), card(it.key().second), it.value());
            m_layoutDirty = true;
        }
    }
}

void MapScene::syncPositions(const QStringList &keys)
{
    if (m_layoutMode != LayoutMode::Manual)
        return;
    const Plan &plan = this->plan();
    bool unplaced = false;
    for (const QString &key : keys) {
        CapabilityCard *c = card(key);
        const Capability *capability = plan.findCapability(key.toStdString());
        if (!c || !capability)
            continue;
        if (capability->position)
            c->setPos(capability->position->x, capability->position->y);
        else
            unplaced = true; // undo of a first move: back to where the auto layout puts it
    }
    if (unplaced)
        placeCards();
    if (!m_movingCards)
        updateSceneRect();
}

void MapScene::applySchedule()
{
    const Schedule &schedule = this->schedule();
    const Plan &plan = this->plan();
    const auto place = [this](CapabilityCard *c, bool done, int wave) {
        c->setDone(done);
        if (std::max(1, wave) != c->wave()) {
            c->setWave(std::max(1, wave));
            m_layoutDirty = true;
        }
    };
    // The schedule lists the plan's capabilities in the plan's order: one pass over both, each
    // card taken in plan order (at 10,000 capabilities, three lookups per card were a fifth of an
    // edit).
    const bool inPlanOrder = schedule.capabilities.size() == plan.capabilities.size()
                             && static_cast<qsizetype>(plan.capabilities.size()) == m_cards.size();
    bool placed = inPlanOrder;
    for (std::size_t i = 0; placed && i < plan.capabilities.size(); ++i) {
        const Capability &capability = plan.capabilities[i];
        const ScheduledCapability &entry = schedule.capabilities[i];
        CapabilityCard *c = entry.key == capability.key ? cardInPlanOrder(i) : nullptr;
        if (c == nullptr) {
            placed = false; // another order (or a card missing): by key below
            break;
        }
        place(c, statusAsOf(plan, capability) == WorkStatus::Done, entry.wave);
    }
    if (!placed) {
        QHash<QString, int> waveOf;
        waveOf.reserve(static_cast<qsizetype>(schedule.capabilities.size()));
        for (const ScheduledCapability &entry : schedule.capabilities)
            waveOf.insert(qs(entry.key), entry.wave);
        QSet<QString> done; // one pass, not a search of the plan per card
        for (const Capability &capability : plan.capabilities)
            if (statusAsOf(plan, capability) == WorkStatus::Done)
                done.insert(qs(capability.key));
        for (CapabilityCard *c : std::as_const(m_cards))
            place(c, done.contains(c->key()), waveOf.value(c->key(), 1));
    }
    applyCriticalMarks();
    applyMoves();
    if (m_layoutDirty)
        requestLayout();
}

void MapScene::applyMoves()
{
    QHash<QString, int> movedFrom;
    if (m_document != nullptr)
        for (const CapabilityMove &move : m_document->lastChanges().moves)
            if (move.changedWave())
                movedFrom.insert(qs(move.key), move.fromWave);
    // Only the cards marked before and those marked now change (a few of thousands).
    for (auto it = m_movedFrom.cbegin(); it != m_movedFrom.cend(); ++it)
        if (!movedFrom.contains(it.key()))
            if (CapabilityCard *c = card(it.key()))
                c->setMovedFrom(0);
    bool shown = false;
    for (auto it = movedFrom.cbegin(); it != movedFrom.cend(); ++it)
        if (CapabilityCard *c = card(it.key())) {
            c->setMovedFrom(it.value());
            shown = true;
        }
    m_movedFrom = std::move(movedFrom);
    if (shown != m_showsMovedCards) {
        m_showsMovedCards = shown;
        update(); // views redraw their legend
    }
}

void MapScene::applyCriticalMarks()
{
    const Schedule &schedule = this->schedule();
    const auto keysAndLinks = [](const std::vector<std::string> &chain, bool show) {
        QSet<QString> keys;
        QSet<ArrowKey> links;
        if (!show)
            return std::pair(keys, links);
        for (std::size_t i = 0; i < chain.size(); ++i) {
            keys.insert(qs(chain[i]));
            if (i + 1 < chain.size())
                links.insert(ArrowKey(qs(chain[i]), qs(chain[i + 1])));
        }
        return std::pair(keys, links);
    };
    // The red "critical path" mark is the driving path (schedule.criticalChain: zero slack on the
    // actual schedule, it sets the end date); the violet dashed "chain" mark is the dependency
    // path (schedule.criticalPath: what the plan would take with unlimited teams).
    auto [pathKeys, pathLinks] = keysAndLinks(schedule.criticalChain, m_showCriticalPath);
    auto [chainKeys, chainLinks] = keysAndLinks(schedule.criticalPath, m_showCriticalChain);
    // Only the items marked before and those marked now change: a path of a few dozen of
    // thousands of cards and arrows.
    QSet<QString> touchedKeys = m_marked.pathKeys + m_marked.chainKeys;
    touchedKeys += pathKeys;
    touchedKeys += chainKeys;
    for (const QString &key : std::as_const(touchedKeys))
        if (CapabilityCard *c = card(key))
            c->setCriticalMarks(pathKeys.contains(key), chainKeys.contains(key));
    QSet<ArrowKey> touchedLinks = m_marked.pathLinks + m_marked.chainLinks;
    touchedLinks += pathLinks;
    touchedLinks += chainLinks;
    for (const ArrowKey &link : std::as_const(touchedLinks))
        if (DependencyArrow *a = m_arrows.value(link))
            a->setCriticalMarks(pathLinks.contains(link), chainLinks.contains(link));
    m_marked = {std::move(pathKeys), std::move(chainKeys), std::move(pathLinks), std::move(chainLinks)};
}

void MapScene::setFocusKey(const QString &key)
{
    if (key == m_focusKey)
        return;
    m_focusKey = key;
    applyFocus();
}

void MapScene::applyFocus()
{
    if (!m_focusKey.isEmpty() && !plan().findCapability(str(m_focusKey)))
        m_focusKey.clear(); // the capability is gone
    if (m_focusKey.isEmpty() && !m_focusShown)
        return; // every item is shown in full already (at 10,000 capabilities, 25,000 items)
    m_focusShown = !m_focusKey.isEmpty();
    QSet<QString> kept;
    if (!m_focusKey.isEmpty()) {
        const DependencyReach reach = dependencyReach(plan(), str(m_focusKey));
        kept.insert(m_focusKey);
        for (const std::set<std::string> *keys : {&reach.upstream, &reach.downstream})
            for (const std::string &key : *keys)
                kept.insert(qs(key));
    }
    const auto opacity = [&](bool shown) { return kept.isEmpty() || shown ? 1.0 : kDimmedOpacity; };
    for (CapabilityCard *c : std::as_const(m_cards))
        c->setOpacity(opacity(kept.contains(c->key())));
    // An arrow whose opacity changes tells the layer that draws its plain line.
    for (auto it = m_arrows.cbegin(); it != m_arrows.cend(); ++it)
        it.value()->setOpacity(opacity(kept.contains(it.key().first) && kept.contains(it.key().second)));
}

void MapScene::setShowCriticalPath(bool show)
{
    if (show == m_showCriticalPath)
        return;
    m_showCriticalPath = show;
    applyCriticalMarks();
}

void MapScene::setShowCriticalChain(bool show)
{
    if (show == m_showCriticalChain)
        return;
    m_showCriticalChain = show;
    applyCriticalMarks();
}

// Items --------------------------------------------------------------------------------------

CapabilityCard *MapScene::createCard(const QString &key)
{
    auto *c = new CapabilityCard(key, m_style.get());
    c->setFlag(QGraphicsItem::ItemIsMovable, m_layoutMode == LayoutMode::Manual && !isReadOnly());
    c->setVisible(!m_itemsHidden);
    addItem(c);
    c->setLayer(m_cardLayer);
    m_cards.insert(key, c);
    return c;
}

CapabilityCard *MapScene::cardInPlanOrder(std::size_t index) const
{
    const std::vector<Capability> &capabilities = plan().capabilities;
    if (m_planOrder.size() != capabilities.size())
        m_planOrder.assign(capabilities.size(), nullptr);
    const Capability &capability = capabilities[index];
    CapabilityCard *&kept = m_planOrder[index];
    if (kept == nullptr || capability.id == kNoId || kept->capabilityId() != capability.id)
        kept = card(qs(capability.key));
    return kept;
}

void MapScene::removeCard(const QString &key)
{
    CapabilityCard *c = m_cards.take(key);
    if (!c)
        return;
    m_planOrder.clear();
    if (m_connectTarget == c)
        m_connectTarget = nullptr;
    if (m_dragFrom == key)
        endConnectLine();
    if (m_keyboardFrom == key || m_keyboardTarget == key)
        cancelKeyboardConnect();
    const QList<DependencyArrow *> attached = c->arrows();
    for (DependencyArrow *a : attached)
        removeArrow(a);
    delete c;
}

DependencyArrow *MapScene::createArrow(CapabilityCard *from, CapabilityCard *to, int lag)
{
    auto *a = new DependencyArrow(from, to, m_style.get());
    a->setVisible(!m_itemsHidden);
    a->setLayer(m_arrowLayer);
    a->setLag(lag);
    addItem(a);
    m_arrows.insert(ArrowKey(from->key(), to->key()), a);
    return a;
}

void MapScene::removeArrow(DependencyArrow *arrow)
{
    m_arrows.remove(ArrowKey(arrow->predecessorKey(), arrow->successorKey()));
    delete arrow;
}

QRectF MapScene::waveRect(int wave) const
{
    if (wave < 1 || wave > static_cast<int>(m_bands.size()))
        return {};
    const QRectF band = m_bands[static_cast<std::size_t>(wave - 1)]->rect();
    QRectF rect(band.left(), band.top(), band.width(), G::headerHeight + G::bandPadding);
    for (const CapabilityCard *c : m_cards) {
        if (c->wave() == wave)
            rect = rect.united(c->sceneCardRect().adjusted(0, 0, 0, G::bandPadding));
    }
    return rect;
}

void MapScene::updateSceneRect()
{
    if (m_busyNote) { // until the first layout is in, views frame the note
        setSceneRect(m_busyNote->sceneBoundingRect().adjusted(-G::cardWidth, -G::cardHeight, G::cardWidth, G::cardHeight));
        return;
    }
    QRectF bounds = cardsBoundingRect();
    for (const WaveBand *band : m_bands)
        bounds = bounds.united(band->rect());
    setSceneRect(bounds.adjusted(-40, -40, 40, 40));
}

void MapScene::applyStyle()
{
    if (!m_customStyle)
        *m_style = MapStyle::make(font(), palette());
    refreshStyledItems();
}

void MapScene::setMapStyle(const MapStyle &style)
{
    m_customStyle = true;
    *m_style = style;
    refreshStyledItems();
}

void MapScene::refreshStyledItems()
{
    for (CapabilityCard *c : std::as_const(m_cards))
        c->refreshTexts();
    for (DependencyArrow *a : std::as_const(m_arrows)) {
        const int lag = a->lag();
        a->setLag(0);
        a->setLag(lag);
    }
    m_arrowLayer->invalidate(); // its lines are in the old colours
    updateBands();
    update();
}

bool MapScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
    return QGraphicsScene::event(event);
}

} // namespace waveplan::ui::map
