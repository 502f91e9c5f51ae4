// The map mirrors the document: items after a reset, after edits, waves, critical marks.

#include "map_test_support.h"

#include "commands/command_test_support.h"

#include "support/plan_generator.h"
#include "ui/map/wave_band.h"

#include <QImage>
#include <QPainter>
#include <QPainterPathStroker>
#include <QSet>

#include <algorithm>

namespace waveplan::test {
namespace {

using ui::map::MapScene;

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

class MapSceneTest : public MapFixture {};

TEST_F(MapSceneTest, ResetMakesOneCardPerCapabilityAndOneArrowPerDependency)
{
    GeneratorOptions options;
    options.capabilities = 40;
    const Plan plan = generatePlan(7, options);
    load(smallMapPlan());

    document->resetPlan(plan);

    ASSERT_EQ(scene->cards().size(), static_cast<qsizetype>(plan.capabilities.size()));
    ASSERT_EQ(scene->arrows().size(), static_cast<qsizetype>(plan.dependencies.size()));
    for (const Capability &c : plan.capabilities) {
        ASSERT_NE(scene->card(qs(c.key)), nullptr) << c.key;
        EXPECT_EQ(scene->card(qs(c.key))->name(), qs(c.name));
    }
    for (const Dependency &d : plan.dependencies) {
        const ui::map::DependencyArrow *arrow = scene->arrow(qs(d.predecessor), qs(d.successor));
        ASSERT_NE(arrow, nullptr) << d.predecessor << " -> " << d.successor;
        EXPECT_EQ(arrow->lag(), d.lagDays);
    }
    EXPECT_EQ(scene->card("A"), nullptr) << "cards of the previous plan are gone";
}

TEST_F(MapSceneTest, CardsSitInTheColumnOfTheirScheduledWave)
{
    Plan plan = smallMapPlan();
    plan.waveLengthDays = 30; // A (40 d) ends in wave 2, so B starts in wave 2 and C later
    load(plan);

    for (const ScheduledCapability &entry : document->schedule().capabilities) {
        const ui::map::CapabilityCard *c = scene->card(qs(entry.key));
        ASSERT_NE(c, nullptr);
        EXPECT_EQ(c->wave(), entry.wave) << entry.key;
        ASSERT_GE(scene->waveBands().size(), static_cast<std::size_t>(entry.wave));
        const QRectF band = scene->waveBands()[static_cast<std::size_t>(entry.wave - 1)]->rect();
        EXPECT_GE(c->sceneCardRect().left(), band.left() + ui::map::MapGeometry::bandPadding) << entry.key;
        EXPECT_LE(c->sceneCardRect().right(), band.right()) << entry.key;
    }
    EXPECT_GT(card("C")->wave(), card("A")->wave()) << "the plan must span several waves for this test";
    ASSERT_GE(scene->waveBands().size(), 4U);
    EXPECT_EQ(scene->waveBands()[0]->title(), QStringLiteral("Wave 1"));
    EXPECT_TRUE(scene->waveBands()[0]->dates().contains(QStringLiteral("2027")));

    plan.waveScheme = WaveScheme::Quarters;
    plan.fiscalYearStartMonth = 7;
    load(plan);
    ASSERT_GE(scene->waveBands().size(), 2U);
    EXPECT_EQ(scene->waveBands()[0]->title(), QStringLiteral("Q3 2027")); // January in the year to June 2027
    EXPECT_EQ(scene->waveBands()[1]->title(), QStringLiteral("Q4 2027"));
}

TEST_F(MapSceneTest, WavesPast999ShareOneColumnRightOfTheLastBand)
{
    Plan plan = smallMapPlan();
    plan.waveLengthDays = 1;
    plan.capabilities[0].durationDays = 2000; // A: waves 1-2,000, so B and E start in wave 2,001, C later
    load(plan);

    ASSERT_EQ(scene->waveBands().size(), 999U); // one band per wave a plan can name, not 2,000 and more
    const QRectF lastBand = scene->waveBands().back()->rect();
    for (const char *key : {"B", "C", "E"}) {
        const ScheduledCapability *entry = document->schedule().find(key);
        ASSERT_NE(entry, nullptr);
        ASSERT_GT(entry->wave, 2000) << key;
        EXPECT_EQ(card(key)->wave(), entry->wave) << key << ": the card still says its wave";
        EXPECT_GE(card(key)->sceneCardRect().left(), lastBand.right()) << key;
    }
    EXPECT_GT(card("C")->sceneCardRect().left(), card("B")->sceneCardRect().right()) << "B -> C steps right";
    EXPECT_LT(card("D")->sceneCardRect().right(), scene->waveBands().front()->rect().right());
}

/// Keys of the cards (other than the arrow's own two) that the drawn arrow passes through,
/// found by walking along the painted path.
QStringList cardsCrossedBy(const MapScene &scene, const ui::map::DependencyArrow &arrow)
{
    // 1,001 points along the drawn line, measured once (pointAtPercent measures the whole path).
    QVector<QPointF> along;
    for (int step = 0; step <= 1000; ++step)
        along.append(arrow.path().pointAtPercent(step / 1000.0));
    QStringList crossed;
    for (const ui::map::CapabilityCard *c : scene.cards()) {
        if (c == arrow.predecessor() || c == arrow.successor())
            continue;
        const QRectF body = c->sceneCardRect().adjusted(1, 1, -1, -1);
        if (std::any_of(along.begin(), along.end(), [&](const QPointF &p) { return body.contains(p); }))
            crossed.append(c->key());
    }
    return crossed;
}

TEST_F(MapSceneTest, ChainsInsideAWaveStepRightAndNoArrowCrossesACard)
{
    load(smallMapPlan()); // A (40 d) then B and E in wave 1, D alone in wave 1, C in wave 2
    ASSERT_EQ(card("A")->wave(), 1);
    ASSERT_EQ(card("B")->wave(), 1);
    ASSERT_EQ(card("D")->wave(), 1);

    // B and E wait for A: they sit a layer to its right, inside wave 1's band.
    EXPECT_GT(card("B")->sceneCardRect().left(), card("A")->sceneCardRect().right());
    EXPECT_GT(card("E")->sceneCardRect().left(), card("A")->sceneCardRect().right());
    EXPECT_DOUBLE_EQ(card("D")->pos().x(), card("A")->pos().x());
    const QRectF wave1 = scene->waveBands()[0]->rect();
    EXPECT_LE(card("B")->sceneCardRect().right(), wave1.right());
    EXPECT_GE(scene->waveBands()[1]->rect().left(), wave1.right());

    for (const ui::map::DependencyArrow *arrow : scene->arrows()) {
        const QString name = arrow->predecessorKey() + " -> " + arrow->successorKey();
        EXPECT_EQ(cardsCrossedBy(*scene, *arrow), QStringList()) << name.toStdString();
        // It leaves the predecessor's right side and its head touches the successor's left side.
        EXPECT_EQ(arrow->route().front(), arrow->predecessor()->outPoint()) << name.toStdString();
        EXPECT_EQ(arrow->route().back(), arrow->successor()->inPoint()) << name.toStdString();
    }
}

TEST_F(MapSceneTest, GeneratedPlansDrawNoArrowThroughACard)
{
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        GeneratorOptions options;
        options.capabilities = 30;
        options.dependencyDensity = 0.08;
        load(generatePlan(seed, options));
        for (const ui::map::DependencyArrow *arrow : scene->arrows())
            EXPECT_EQ(cardsCrossedBy(*scene, *arrow), QStringList())
                << "seed " << seed << ": " << arrow->predecessorKey().toStdString() << " -> "
                << arrow->successorKey().toStdString();
    }
}

TEST_F(MapSceneTest, AnEditUpdatesOnlyThatCard)
{
    load(smallMapPlan());
    QHash<QString, ui::map::CapabilityCard *> before;
    QHash<QString, int> syncs;
    for (ui::map::CapabilityCard *c : scene->cards()) {
        before.insert(c->key(), c);
        syncs.insert(c->key(), c->syncCount());
    }
    Capability edited = *document->plan().findCapability("B");
    edited.name = "Customer data platform (phase 1)";

    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "B", edited, "Rename B")));

    EXPECT_EQ(card("B")->name(), QStringLiteral("Customer data platform (phase 1)"));
    EXPECT_EQ(card("B")->syncCount(), syncs.value("B") + 1);
    for (ui::map::CapabilityCard *c : scene->cards()) {
        EXPECT_EQ(before.value(c->key()), c) << "card " << c->key().toStdString() << " was rebuilt";
        if (c->key() != QStringLiteral("B")) {
            EXPECT_EQ(c->syncCount(), syncs.value(c->key())) << "card " << c->key().toStdString() << " was touched";
        }
    }
}

TEST_F(MapSceneTest, RenamingAKeyMovesItsArrows)
{
    load(smallMapPlan());
    Capability renamed = *document->plan().findCapability("B");
    renamed.key = "CDP";

    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "B", renamed, "Rename")));

    EXPECT_EQ(scene->card("B"), nullptr);
    ASSERT_NE(scene->card("CDP"), nullptr);
    EXPECT_NE(scene->arrow("A", "CDP"), nullptr);
    EXPECT_NE(scene->arrow("CDP", "C"), nullptr);
    EXPECT_EQ(scene->arrow("A", "B"), nullptr);
    EXPECT_EQ(scene->arrows().size(), 3);

    document->undoStack()->undo();

    EXPECT_NE(scene->arrow("A", "B"), nullptr);
    EXPECT_NE(scene->arrow("B", "C"), nullptr);
    EXPECT_EQ(scene->card("CDP"), nullptr);
}

TEST_F(MapSceneTest, ARenameKeepsTheCardItsArrowsAndItsPlaceThroughUndoAndRedo)
{
    load(smallMapPlan());
    ui::map::CapabilityCard *cardB = scene->card("B");
    ui::map::DependencyArrow *intoB = scene->arrow("A", "B");
    const QPointF where = cardB->pos();
    const qsizetype cards = scene->cards().size();
    Capability renamed = *document->plan().findCapability("B");
    renamed.key = "CDP";

    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "B", renamed, "Rename")));

    EXPECT_EQ(scene->card("CDP"), cardB) << "the same card, not a new one";
    EXPECT_EQ(cardB->key(), QStringLiteral("CDP"));
    EXPECT_EQ(scene->arrow("A", "CDP"), intoB);
    EXPECT_EQ(cardB->pos(), where);
    EXPECT_EQ(scene->cards().size(), cards);

    document->undoStack()->undo();
    EXPECT_EQ(scene->card("B"), cardB);
    EXPECT_EQ(scene->arrow("A", "B"), intoB);
    document->undoStack()->redo();
    EXPECT_EQ(scene->card("CDP"), cardB);
    EXPECT_EQ(cardB->pos(), where);
}

TEST_F(MapSceneTest, FocusDimsWhatIsNeitherUpstreamNorDownstream)
{
    load(smallMapPlan()); // A -> B -> C, A -> E, D alone

    scene->setFocusKey("B");

    EXPECT_EQ(card("A")->opacity(), 1.0) << "upstream";
    EXPECT_EQ(card("B")->opacity(), 1.0) << "the focus";
    EXPECT_EQ(card("C")->opacity(), 1.0) << "downstream";
    EXPECT_EQ(card("D")->opacity(), ui::map::MapScene::kDimmedOpacity);
    EXPECT_EQ(card("E")->opacity(), ui::map::MapScene::kDimmedOpacity) << "A's other successor is not B's business";
    EXPECT_EQ(scene->arrow("A", "B")->opacity(), 1.0);
    EXPECT_EQ(scene->arrow("B", "C")->opacity(), 1.0);
    EXPECT_EQ(scene->arrow("A", "E")->opacity(), ui::map::MapScene::kDimmedOpacity);

    // Edits keep the focus: a new successor of C joins it; renaming B keeps the focus on it.
    document->undoStack()->push(test::editCommand(document.get(), edit::connect(document->plan(), {"C", "D", 0})));
    EXPECT_EQ(card("D")->opacity(), 1.0);
    Capability renamed = *document->plan().findCapability("B");
    renamed.key = "CDP";
    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "B", renamed, "Rename")));
    EXPECT_EQ(scene->focusKey(), QStringLiteral("CDP"));
    EXPECT_EQ(card("E")->opacity(), ui::map::MapScene::kDimmedOpacity);

    scene->setFocusKey({});
    for (const ui::map::CapabilityCard *c : scene->cards())
        EXPECT_EQ(c->opacity(), 1.0) << c->key().toStdString();
}

TEST_F(MapSceneTest, DeletingTheFocusedCapabilityEndsTheFocus)
{
    load(smallMapPlan());
    scene->setFocusKey("B");

    document->undoStack()->push(test::editCommand(document.get(), edit::removeCapabilities(document->plan(), {"B"})));

    EXPECT_TRUE(scene->focusKey().isEmpty());
    for (const ui::map::CapabilityCard *c : scene->cards())
        EXPECT_EQ(c->opacity(), 1.0) << c->key().toStdString();
}

TEST_F(MapSceneTest, LagChangeShowsOnTheArrow)
{
    load(smallMapPlan());

    document->undoStack()->push(test::editCommand(document.get(), edit::setLag(document->plan(), "A", "B", 12)));

    EXPECT_EQ(scene->arrow("A", "B")->lag(), 12);
    EXPECT_GT(scene->arrow("A", "B")->boundingRect().height(), 0);
}

TEST_F(MapSceneTest, TheLagLabelSitsOnTheDrawnArrowHalfWayAlong)
{
    load(smallMapPlan());
    for (const Dependency &dependency : document->plan().dependencies)
        document->undoStack()->push(test::editCommand(
            document.get(), edit::setLag(document->plan(), dependency.predecessor, dependency.successor, 7)));

    for (const ui::map::DependencyArrow *arrow : scene->arrows()) {
        const QRectF label = arrow->lagLabelRect();
        ASSERT_FALSE(label.isNull());
        // The label stands 4 units above its point on the line.
        const QPointF anchor(label.center().x(), label.bottom() + 4);
        QPainterPathStroker line;
        line.setWidth(1);
        EXPECT_TRUE(line.createStroke(arrow->path()).contains(anchor))
            << arrow->predecessorKey().toStdString() << " -> " << arrow->successorKey().toStdString();
        // Half way along: about as far from either end (within the arrow's extent in x).
        const QRectF extent = arrow->path().boundingRect();
        EXPECT_GT(anchor.x(), extent.left() + extent.width() / 5);
        EXPECT_LT(anchor.x(), extent.right() - extent.width() / 5);
    }
}

TEST_F(MapSceneTest, TheRedMarkIsTheDrivingPathAndMarksExactlyItsKeys)
{
    load(smallMapPlan());
    const std::vector<std::string> &path = document->schedule().criticalChain; // the driving path
    ASSERT_FALSE(path.empty());
    QSet<QString> expected;
    for (const std::string &key : path)
        expected.insert(qs(key));
    ASSERT_LT(expected.size(), scene->cards().size()) << "some cards must be off the path";

    scene->setShowCriticalPath(true);

    QSet<QString> marked;
    for (const ui::map::CapabilityCard *c : scene->cards()) {
        if (c->criticalPathMarked())
            marked.insert(c->key());
        EXPECT_FALSE(c->criticalChainMarked()) << "the chain toggle is off";
    }
    EXPECT_EQ(marked, expected);
    for (std::size_t i = 0; i + 1 < path.size(); ++i)
        EXPECT_TRUE(scene->arrow(qs(path[i]), qs(path[i + 1]))->criticalPathMarked());
    EXPECT_FALSE(scene->arrow("A", "E")->criticalPathMarked());

    scene->setShowCriticalPath(false);

    for (const ui::map::CapabilityCard *c : scene->cards())
        EXPECT_FALSE(c->criticalPathMarked());
}

TEST_F(MapSceneTest, AfterEachEditTheMarksAndMovedPillsAreExactlyTheNewOnes)
{
    // Edits that change the driving path and move cards, then undo: every card and arrow shows
    // the marks of the schedule now, no more, no fewer (only the changed ones are touched).
    GeneratorOptions options;
    options.capabilities = 40;
    options.dependencyDensity = 0.06;
    load(generatePlan(5, options));
    scene->setShowCriticalPath(true);
    const auto check = [&](const std::string &when) {
        const Schedule &schedule = document->schedule();
        QSet<QString> path;
        QSet<QPair<QString, QString>> links;
        for (std::size_t i = 0; i < schedule.criticalChain.size(); ++i) {
            path.insert(qs(schedule.criticalChain[i]));
            if (i + 1 < schedule.criticalChain.size())
                links.insert({qs(schedule.criticalChain[i]), qs(schedule.criticalChain[i + 1])});
        }
        QHash<QString, int> moved;
        for (const CapabilityMove &move : document->lastChanges().moves)
            if (move.changedWave())
                moved.insert(qs(move.key), move.fromWave);
        for (const ui::map::CapabilityCard *c : scene->cards()) {
            EXPECT_EQ(c->criticalPathMarked(), path.contains(c->key())) << when << ": " << c->key().toStdString();
            EXPECT_EQ(c->movedFrom(), moved.value(c->key(), 0)) << when << ": " << c->key().toStdString();
            const ScheduledCapability *entry = schedule.find(c->key().toStdString());
            ASSERT_NE(entry, nullptr);
            EXPECT_EQ(c->wave(), std::max(1, entry->wave)) << when << ": " << c->key().toStdString();
        }
        for (const ui::map::DependencyArrow *a : scene->arrows())
            EXPECT_EQ(a->criticalPathMarked(), links.contains({a->predecessorKey(), a->successorKey()}))
                << when << ": " << a->predecessorKey().toStdString() << " -> " << a->successorKey().toStdString();
    };
    check("opened");
    QSet<QString> pathsSeen;
    for (std::size_t k = 0; k < 4; ++k) {
        Capability longer = document->plan().capabilities[k * 7];
        longer.durationDays += 70;
        document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), longer.key, longer, "Longer")));
        check("after lengthening " + longer.key);
        QStringList keys;
        for (const std::string &key : document->schedule().criticalChain)
            keys << qs(key);
        pathsSeen.insert(keys.join(','));
    }
    EXPECT_GT(pathsSeen.size(), 1) << "the edits changed the driving path";
    while (document->undoStack()->canUndo()) {
        document->undoStack()->undo();
        check("after an undo");
    }
}

TEST_F(MapSceneTest, TheVioletMarkIsTheDependencyPathAndMarksExactlyItsKeys)
{
    load(smallMapPlan());
    QSet<QString> expected;
    for (const std::string &key : document->schedule().criticalPath) // the dependency path
        expected.insert(qs(key));
    ASSERT_FALSE(expected.isEmpty());

    scene->setShowCriticalChain(true);

    QSet<QString> marked;
    for (const ui::map::CapabilityCard *c : scene->cards()) {
        if (c->criticalChainMarked())
            marked.insert(c->key());
        EXPECT_FALSE(c->criticalPathMarked());
    }
    EXPECT_EQ(marked, expected);
}

TEST_F(MapSceneTest, ManualModePutsCardsAtTheirPositionsAndOthersWhereTheLayoutDoes)
{
    Plan plan = smallMapPlan();
    plan.capabilities[3].position = MapPosition{2000, 900};
    load(plan);
    const QPointF autoA = card("A")->pos();
    const QPointF autoD = card("D")->pos();

    scene->setLayoutMode(MapScene::LayoutMode::Manual);

    EXPECT_EQ(card("D")->pos(), QPointF(2000, 900));
    EXPECT_EQ(card("A")->pos(), autoA);
    EXPECT_TRUE(card("D")->flags() & QGraphicsItem::ItemIsMovable);

    scene->setLayoutMode(MapScene::LayoutMode::Auto);

    EXPECT_EQ(card("D")->pos(), autoD);
    EXPECT_FALSE(card("D")->flags() & QGraphicsItem::ItemIsMovable);
}

namespace {

std::map<QString, QPointF> cardPlaces(const MapScene &map)
{
    std::map<QString, QPointF> at;
    for (const ui::map::CapabilityCard *c : map.cards())
        at[c->key()] = c->pos();
    return at;
}

} // namespace

TEST_F(MapSceneTest, AnEditThatMovesOneCardLeavesEveryOtherCardWhereItWas)
{
    Plan plan = smallMapPlan();
    for (const char *key : {"F", "G"}) { // two more in the first wave, beside D
        Capability more = plan.capabilities[3];
        more.key = key;
        plan.capabilities.push_back(more);
    }
    plan.dependencies.push_back({"F", "C", 0});
    load(plan);
    const std::map<QString, QPointF> before = cardPlaces(*scene);
    const int wave = card("E")->wave();
    Capability later = *document->plan().findCapability("E");
    later.earliestWave = wave + 2; // E goes two waves later: it leaves the middle of its wave

    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "E", later, "Later")));

    ASSERT_NE(card("E")->wave(), wave);
    EXPECT_NE(card("E")->pos(), before.at("E"));
    // B, in the layer E left, may make room for the arrow A -> E that now passes it.
    for (const char *key : {"A", "C", "D", "F", "G"})
        EXPECT_EQ(card(key)->pos(), before.at(key)) << key;
}

TEST_F(MapSceneTest, TidyUpLaysTheMapOutAsWhenThePlanWasOpened)
{
    GeneratorOptions options;
    options.capabilities = 40;
    options.dependencyDensity = 0.06;
    load(generatePlan(3, options));
    // Edits that move cards: each relayout keeps what it can where it was.
    for (std::size_t k = 0; k < 6; ++k) {
        Capability longer = document->plan().capabilities[k * 5];
        longer.durationDays += 60;
        document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), longer.key, longer, "Longer")));
    }
    // The map laid out from scratch for the same schedule, as when the plan is opened.
    const MapScene fresh(document.get(), selection.get());
    const std::map<QString, QPointF> afresh = cardPlaces(fresh);
    ASSERT_NE(cardPlaces(*scene), afresh) << "the edits left the map as a fresh layout: nothing to tidy";

    view->tidyUpAction()->trigger();

    EXPECT_EQ(cardPlaces(*scene), afresh);
    EXPECT_EQ(view->tidyUpAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
}

TEST_F(MapSceneTest, KindsDifferInShapeNotOnlyColour)
{
    load(smallMapPlan());
    // Foundational cards are square: their corners hit; additive ones are rounded: they do not.
    const QPointF corner(1, 1);
    EXPECT_EQ(card("A")->kind(), CapabilityKind::Foundational);
    EXPECT_EQ(card("C")->kind(), CapabilityKind::Additive);
    QImage foundational(240, 120, QImage::Format_ARGB32);
    QImage additive(240, 120, QImage::Format_ARGB32);
    for (auto [image, key] : {std::pair{&foundational, "A"}, std::pair{&additive, "C"}}) {
        image->fill(Qt::transparent);
        QPainter painter(image);
        painter.translate(10, 10);
        card(key)->paint(&painter, nullptr, nullptr);
    }
    EXPECT_NE(qAlpha(foundational.pixel(11, 11)), 0) << "foundational card has a square corner";
    EXPECT_EQ(qAlpha(additive.pixel(11, 11)), 0) << "additive card has a rounded corner";
}

} // namespace
} // namespace waveplan::test

namespace waveplan::test {
namespace {

// Issue 15: as of a date, done work is ticked on the map; without one nothing is.
class MapProgressTest : public MapFixture {};

TEST_F(MapProgressTest, DoneCardsAreTickedOnlyAsOfADate)
{
    Plan plan = smallMapPlan(); // every day worked from Monday 4 January 2027
    plan.asOf = Date{std::chrono::year{2027}, std::chrono::March, std::chrono::day{1}};
    Capability &a = *plan.findCapability("A");
    a.status = WorkStatus::Done;
    a.actualStart = plan.startDate;
    a.actualFinish = Date{std::chrono::year{2027}, std::chrono::February, std::chrono::day{12}};
    load(plan);

    EXPECT_TRUE(card("A")->isDone());
    EXPECT_TRUE(card("A")->shownKey().startsWith(QStringLiteral("\u2713 A"))) << card("A")->shownKey().toStdString();
    EXPECT_EQ(card("A")->compactLabel(), QStringLiteral("\u2713 A")) << "zoomed out, as projected to a room";
    EXPECT_FALSE(card("B")->isDone());
    EXPECT_EQ(card("B")->shownKey(), "B");
    EXPECT_EQ(card("B")->compactLabel(), "B");
    // Wave 1 (4 January to 3 April) holds the as-of date; its header names it.
    EXPECT_TRUE(scene->waveBands().front()->dates().endsWith("as of Mar 1")) << scene->waveBands().front()->dates().toStdString();
    EXPECT_FALSE(scene->waveBands().back()->dates().contains("as of"));

    plan.asOf.reset();
    document->resetPlan(plan);
    EXPECT_FALSE(card("A")->isDone()) << "without an as-of date the plan is the draft";
    EXPECT_EQ(card("A")->shownKey(), "A");
    EXPECT_EQ(card("A")->compactLabel(), "A");
    EXPECT_FALSE(scene->waveBands().front()->dates().contains("as of"));
}

} // namespace
} // namespace waveplan::test
