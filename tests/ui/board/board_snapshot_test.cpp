// The read-only board: built from a plan and its schedule with no document, it shows what a
// document's board shows for the same pair, and pinning on it changes nothing.

#include "board_test_support.h"

#include "commands/command_test_support.h"
#include "support/plan_generator.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QTimer>

#include <algorithm>
#include <string>
#include <vector>

namespace waveplan::test {
namespace {

using ui::board::BoardScene;
using ui::board::CapabilityBar;

/// Every bar, column and lane of a board in words, sorted: two boards that show the same thing
/// give the same lines.
std::vector<std::string> describe(const BoardScene &scene)
{
    std::vector<std::string> lines;
    for (const CapabilityBar *b : scene.allBars()) {
        const QRectF r = b->sceneBarRect();
        lines.push_back(QStringLiteral("bar %1 in '%2' at %3,%4 %5 long, wave %6, pinned %7, path %8 chain %9")
                            .arg(b->key(), b->team())
                            .arg(r.left())
                            .arg(r.top())
                            .arg(r.width())
                            .arg(b->content().scheduled.wave)
                            .arg(b->isPinned())
                            .arg(b->content().criticalPath)
                            .arg(b->content().criticalChain)
                            .toStdString());
    }
    for (int wave = 1; wave <= scene.waveCount(); ++wave)
        lines.push_back(
            QStringLiteral("column %1 %2 wide").arg(scene.waveTitle(wave)).arg(scene.waveRect(wave).width()).toStdString());
    for (int lane = 0; lane < scene.laneCount(); ++lane)
        lines.push_back(QStringLiteral("lane %1 '%2' %3 high")
                            .arg(lane)
                            .arg(scene.laneTeam(lane))
                            .arg(scene.laneRect(lane).height())
                            .toStdString());
    std::sort(lines.begin(), lines.end());
    return lines;
}

/// A board of `plan` on a document and a read-only board of the document's plan and schedule
/// show the same bars, columns and lanes; each bar has its schedule entry and critical marks.
void expectSnapshotShowsWhatTheDocumentShows(const Plan &plan)
{
    const std::unique_ptr<ui::PlanDocument> document = documentWith(plan);
    BoardScene live(document.get(), nullptr);
    const Schedule &schedule = document->schedule();

    BoardScene snapshot(document->plan(), schedule);

    ASSERT_FALSE(snapshot.allBars().isEmpty());
    for (const Capability &capability : plan.capabilities)
        EXPECT_FALSE(snapshot.bars(QString::fromStdString(capability.key)).isEmpty()) << capability.key;
    for (const CapabilityBar *b : snapshot.allBars()) {
        const std::string key = b->key().toStdString();
        const ScheduledCapability *entry = schedule.find(key);
        ASSERT_NE(entry, nullptr) << key;
        EXPECT_EQ(b->content().scheduled, *entry);
        // Red: the driving path (criticalChain); violet dashed: the dependency path (criticalPath).
        EXPECT_EQ(b->content().criticalPath, std::ranges::count(schedule.criticalChain, key) > 0) << key;
        EXPECT_EQ(b->content().criticalChain, std::ranges::count(schedule.criticalPath, key) > 0) << key;
        const CapabilityBar *twin = live.bar(b->key(), b->team());
        ASSERT_NE(twin, nullptr) << key;
        EXPECT_EQ(b->content(), twin->content()) << key;
    }
    EXPECT_EQ(describe(snapshot), describe(live));
}

TEST(BoardSnapshot, ShowsWhatTheDocumentsBoardShowsForTheSamePlanAndSchedule)
{
    Plan pinned = boardPlan();
    pinned.capabilities[3].pinnedWave = 2; // D
    expectSnapshotShowsWhatTheDocumentShows(pinned);
    GeneratorOptions options;
    options.capabilities = 40;
    expectSnapshotShowsWhatTheDocumentShows(generatePlan(7, options));
}

TEST(BoardSnapshot, HasNoDocumentAndKeepsItsOwnCopy)
{
    auto plan = std::make_unique<Plan>(boardPlan());
    auto schedule = std::make_unique<Schedule>(computeSchedule(*plan));
    BoardScene snapshot(*plan, *schedule);
    plan.reset(); // the scene does not lean on the caller's values
    schedule.reset();

    EXPECT_EQ(snapshot.document(), nullptr);
    EXPECT_TRUE(snapshot.isReadOnly());
    ASSERT_NE(snapshot.selectionModel(), nullptr);
    snapshot.setShowDependencies(true); // lays the board out again from its own copy
    EXPECT_EQ(snapshot.bars("B").size(), 2);
    EXPECT_NE(snapshot.arrow("A", "B"), nullptr);
}

class BoardSnapshotTest : public BoardFixture {};

TEST_F(BoardSnapshotTest, PinningChangesNothing)
{
    Plan plan = boardPlan();
    plan.capabilities[3].pinnedWave = 2; // D
    loadReadOnly(plan);
    const std::vector<std::string> before = describe(*scene);
    CapabilityBar *a = bar("A", "Data");
    const QPoint from = middleOf(a);

    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport(), from + QPoint(60 * i, 0));
    EXPECT_FALSE(scene->isDragging());
    EXPECT_EQ(scene->ghost(), nullptr);
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, from + QPoint(240, 0));

    EXPECT_FALSE(scene->pinToWave("A", 3));
    EXPECT_EQ(scene->unpin({"D"}), 0);
    view->setFocus();
    scene->selectionModel()->setSelectedKeys({"A"});
    EXPECT_FALSE(scene->pinCurrentBy(1));
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(view.get(), Qt::Key_U);

    // No pin menu opens on a bar (should one open anyway, it is closed so the test goes on).
    bool menuOpened = false;
    QTimer::singleShot(0, view.get(), [&menuOpened] {
        if (QWidget *popup = QApplication::activePopupWidget()) {
            menuOpened = true;
            popup->close();
        }
    });
    const QPoint onD = middleOf(bar("D", ""));
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, onD, viewport()->mapToGlobal(onD));
    QApplication::sendEvent(viewport(), &menuEvent);
    QApplication::processEvents();
    EXPECT_FALSE(menuOpened);

    EXPECT_EQ(describe(*scene), before);
    EXPECT_DOUBLE_EQ(bar("A", "Data")->opacity(), 1);
}

} // namespace
} // namespace waveplan::test
