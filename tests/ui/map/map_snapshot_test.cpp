// The read-only map: built from a plan and its schedule with no document, it shows what a
// document's map shows for the same pair, and every edit on it changes nothing.

#include "map_test_support.h"

#include "commands/command_test_support.h"
#include "support/plan_generator.h"
#include "ui/map/wave_band.h"

#include <algorithm>
#include <string>
#include <vector>

namespace waveplan::test {
namespace {

using ui::map::CapabilityCard;
using ui::map::DependencyArrow;
using ui::map::MapScene;
using ui::map::WaveBand;

/// Every card, arrow and wave band of a map in words, sorted: two maps that show the same thing
/// give the same lines.
std::vector<std::string> describe(const MapScene &scene)
{
    std::vector<std::string> lines;
    for (const CapabilityCard *c : scene.cards())
        lines.push_back(QStringLiteral("card %1 '%2' W%3 at %4,%5 path %6 chain %7")
                            .arg(c->key(), c->name())
                            .arg(c->wave())
                            .arg(c->pos().x())
                            .arg(c->pos().y())
                            .arg(c->criticalPathMarked())
                            .arg(c->criticalChainMarked())
                            .toStdString());
    for (const DependencyArrow *a : scene.arrows())
        lines.push_back(QStringLiteral("arrow %1 -> %2 lag %3 path %4 chain %5 over %6 points")
                            .arg(a->predecessorKey(), a->successorKey())
                            .arg(a->lag())
                            .arg(a->criticalPathMarked())
                            .arg(a->criticalChainMarked())
                            .arg(a->path().elementCount())
                            .toStdString());
    for (const WaveBand *band : scene.waveBands())
        lines.push_back(
            QStringLiteral("band %1 '%2' %3 wide").arg(band->title(), band->dates()).arg(band->rect().width()).toStdString());
    std::sort(lines.begin(), lines.end());
    return lines;
}

/// A map of `plan` on a document and a read-only map of the document's plan and schedule show
/// the same cards, arrows and bands; each card has its scheduled wave and critical marks.
void expectSnapshotShowsWhatTheDocumentShows(const Plan &plan)
{
    const std::unique_ptr<ui::PlanDocument> document = documentWith(plan);
    MapScene live(document.get(), nullptr);
    live.setShowCriticalPath(true);
    live.setShowCriticalChain(true);
    const Schedule &schedule = document->schedule();

    MapScene snapshot(document->plan(), schedule);
    snapshot.setShowCriticalPath(true);
    snapshot.setShowCriticalChain(true);

    ASSERT_EQ(snapshot.cards().size(), static_cast<qsizetype>(plan.capabilities.size()));
    ASSERT_EQ(snapshot.arrows().size(), static_cast<qsizetype>(plan.dependencies.size()));
    for (const ScheduledCapability &entry : schedule.capabilities) {
        const CapabilityCard *c = snapshot.card(QString::fromStdString(entry.key));
        ASSERT_NE(c, nullptr) << entry.key;
        EXPECT_EQ(c->wave(), entry.wave) << entry.key;
        // Red: the driving path (criticalChain); violet dashed: the dependency path (criticalPath).
        EXPECT_EQ(c->criticalPathMarked(), std::ranges::count(schedule.criticalChain, entry.key) > 0) << entry.key;
        EXPECT_EQ(c->criticalChainMarked(), std::ranges::count(schedule.criticalPath, entry.key) > 0) << entry.key;
    }
    EXPECT_EQ(describe(snapshot), describe(live));
}

TEST(MapSnapshot, ShowsWhatTheDocumentsMapShowsForTheSamePlanAndSchedule)
{
    expectSnapshotShowsWhatTheDocumentShows(smallMapPlan());
    GeneratorOptions options;
    options.capabilities = 40;
    expectSnapshotShowsWhatTheDocumentShows(generatePlan(7, options));
}

TEST(MapSnapshot, HasNoDocumentAndKeepsItsOwnCopy)
{
    auto plan = std::make_unique<Plan>(smallMapPlan());
    auto schedule = std::make_unique<Schedule>(computeSchedule(*plan));
    MapScene snapshot(*plan, *schedule);
    plan.reset(); // the scene does not lean on the caller's values
    schedule.reset();

    EXPECT_EQ(snapshot.document(), nullptr);
    EXPECT_TRUE(snapshot.isReadOnly());
    ASSERT_NE(snapshot.selectionModel(), nullptr);
    snapshot.relayout();
    EXPECT_EQ(snapshot.cards().size(), 5);
    EXPECT_EQ(snapshot.card("C")->name(), QStringLiteral("Journeys"));
}

class MapSnapshotTest : public MapFixture {};

TEST_F(MapSnapshotTest, EveryEditChangesNothing)
{
    loadReadOnly(smallMapPlan());
    scene->setLayoutMode(MapScene::LayoutMode::Manual);
    const std::vector<std::string> before = describe(*scene);
    const qsizetype items = scene->items().size();
    const std::optional<QPoint> empty = emptyPoint();
    ASSERT_TRUE(empty.has_value());

    EXPECT_TRUE(scene->addCapabilityAt(QPointF(10, 10)).isEmpty());
    EXPECT_FALSE(scene->connectCapabilities("D", "C"));
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, *empty);
    drag(Qt::LeftButton, handleOf("D"), bodyOf("C"));
    drag(Qt::RightButton, bodyOf("E"), bodyOf("C"));
    EXPECT_EQ(scene->arrow("D", "C"), nullptr);

    // Cards can still be selected (to look at them), but not moved, connected or deleted.
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, bodyOf("A"));
    EXPECT_EQ(scene->selectedKeys(), QStringList{"A"});
    EXPECT_FALSE(card("A")->flags().testFlag(QGraphicsItem::ItemIsMovable));
    drag(Qt::LeftButton, bodyOf("A"), bodyOf("A") + QPoint(120, 80));
    EXPECT_FALSE(scene->beginKeyboardConnect());
    QTest::keyClick(view.get(), Qt::Key_C);
    EXPECT_FALSE(scene->isKeyboardConnecting());
    QTest::keyClick(view.get(), Qt::Key_Delete);
    scene->deleteSelection();
    scene->selectionModel()->setSelectedKeys({"D", "C"});
    EXPECT_FALSE(scene->connectSelected());

    EXPECT_EQ(describe(*scene), before);
    EXPECT_EQ(scene->items().size(), items) << "no connect line or drag item left behind";
}

} // namespace
} // namespace waveplan::test
