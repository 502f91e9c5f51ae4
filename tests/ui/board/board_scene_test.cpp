// The wave board scene: bars, lanes, waves and marks mirror the document and follow its edits.

#include "board_test_support.h"

#include "commands/command_test_support.h"
#include "graphics/behind_a_tab.h"

#include "schedule/plan_builder.h"
#include "support/plan_generator.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QGraphicsView>
#include <QScrollBar>
#include <QToolTip>

#include <functional>

namespace waveplan::test {
namespace {

using ui::board::CapabilityBar;

class BoardSceneTest : public BoardFixture {};

TEST_F(BoardSceneTest, EveryCapabilityHasABarInEachLaneItDemandsOn)
{
    load(boardPlan());

    ASSERT_EQ(scene->laneCount(), 3);
    EXPECT_EQ(scene->laneTeam(0), "Data");
    EXPECT_EQ(scene->laneTeam(1), "Web");
    EXPECT_TRUE(scene->laneTeam(2).isEmpty());
    EXPECT_EQ(scene->lanes()[2]->label(), "No team");
    EXPECT_EQ(scene->allBars().size(), 6); // B in two lanes
    ASSERT_NE(bar("A", "Data"), nullptr);
    ASSERT_NE(bar("B", "Data"), nullptr);
    ASSERT_NE(bar("B", "Web"), nullptr);
    ASSERT_NE(bar("C", "Web"), nullptr);
    ASSERT_NE(bar("D", ""), nullptr);
    ASSERT_NE(bar("E", "Data"), nullptr);
    EXPECT_EQ(bar("A", "Web"), nullptr);
    EXPECT_EQ(scene->bars("B").size(), 2);
    // Each bar lies inside its lane.
    for (const CapabilityBar *b : scene->allBars()) {
        int lane = 0;
        while (scene->laneTeam(lane) != b->team())
            ++lane;
        EXPECT_TRUE(scene->laneRect(lane).contains(b->sceneBarRect())) << b->key().toStdString();
    }
}

TEST_F(BoardSceneTest, BarsRunFromStartToFinishDay)
{
    load(boardPlan());
    const ui::board::BoardStyle &style = scene->style();

    EXPECT_DOUBLE_EQ(scene->xOfDay(0), style.laneLabelWidth);
    EXPECT_DOUBLE_EQ(scene->xOfDay(10), style.laneLabelWidth + 10 * style.dayWidth);
    for (const CapabilityBar *b : scene->allBars()) {
        const ScheduledCapability *entry = document->schedule().find(b->key().toStdString());
        ASSERT_NE(entry, nullptr);
        const QRectF r = b->sceneBarRect();
        EXPECT_DOUBLE_EQ(r.left(), style.laneLabelWidth + entry->startDay * style.dayWidth) << b->key().toStdString();
        EXPECT_DOUBLE_EQ(r.width(), (entry->finishDay - entry->startDay) * style.dayWidth) << b->key().toStdString();
    }
    // B waits for A: it starts where A ends.
    EXPECT_DOUBLE_EQ(bar("B", "Data")->sceneBarRect().left(), bar("A", "Data")->sceneBarRect().right());
    // Both bars of B are at the same x.
    EXPECT_DOUBLE_EQ(bar("B", "Data")->sceneBarRect().left(), bar("B", "Web")->sceneBarRect().left());
}

TEST_F(BoardSceneTest, WaveColumnsAreLabelledWithTheirDates)
{
    load(boardPlan());

    ASSERT_EQ(scene->waveCount(), 4);
    EXPECT_EQ(scene->columns()[0]->name(), "Wave 1");
    EXPECT_EQ(scene->columns()[0]->dates(), "Jan 4 to Apr 3 2027");
    EXPECT_EQ(scene->columns()[1]->dates(), "Apr 4 to Jul 2 2027");
    EXPECT_EQ(scene->waveTitle(3), QStringLiteral("Wave 3 – Jul 3 to Sep 30 2027"));
    // Each column spans its 90 days, next to each other, from the top of the header to the last lane.
    const double dayWidth = scene->style().dayWidth;
    for (int wave = 1; wave <= 4; ++wave) {
        const QRectF r = scene->waveRect(wave);
        EXPECT_DOUBLE_EQ(r.left(), scene->xOfDay((wave - 1) * 90));
        EXPECT_DOUBLE_EQ(r.width(), 90 * dayWidth);
        EXPECT_DOUBLE_EQ(r.top(), 0);
        EXPECT_DOUBLE_EQ(r.bottom(), scene->laneRect(2).bottom());
    }
    EXPECT_TRUE(scene->waveRect(0).isEmpty());
    EXPECT_TRUE(scene->waveRect(5).isEmpty());
}

TEST_F(BoardSceneTest, QuarterColumnsAreNamedByTheirQuarterAndAsWideAsItsWorkedDays)
{
    Plan plan = boardPlan();
    plan.calendar = mondayToFriday();
    plan.waveScheme = WaveScheme::Quarters;
    load(plan);

    ASSERT_GE(scene->waveCount(), 2);
    EXPECT_EQ(scene->columns()[0]->name(), "Q1 2027");
    EXPECT_EQ(scene->columns()[1]->name(), "Q2 2027");
    EXPECT_EQ(scene->columns()[1]->dates(), "Apr 1 to Jun 30 2027");
    // Q1 from Monday 4 January holds 63 weekdays; Q2 holds 65.
    const double dayWidth = scene->style().dayWidth;
    EXPECT_DOUBLE_EQ(scene->waveRect(1).width(), 63 * dayWidth);
    EXPECT_DOUBLE_EQ(scene->waveRect(2).width(), 65 * dayWidth);
}

TEST_F(BoardSceneTest, BarsInALaneNeverOverlap)
{
    load(boardPlan());
    // E starts while B runs in the Data lane: a second row.
    ASSERT_LT(scheduled("E").startDay, scheduled("B").finishDay);
    ASSERT_LT(scheduled("B").startDay, scheduled("E").finishDay);
    EXPECT_FALSE(bar("E", "Data")->sceneBarRect().intersects(bar("B", "Data")->sceneBarRect()));
    EXPECT_GT(bar("E", "Data")->sceneBarRect().top(), bar("A", "Data")->sceneBarRect().top());
}

TEST_F(BoardSceneTest, GeneratedPlansKeepBarsApartAndInsideTheirLanes)
{
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        GeneratorOptions options;
        options.capabilities = 60;
        options.teams = 4;
        load(generatePlan(seed, options));
        const QList<CapabilityBar *> all = scene->allBars();
        for (int lane = 0; lane < scene->laneCount(); ++lane) {
            QList<const CapabilityBar *> inLane;
            for (const CapabilityBar *b : all)
                if (b->team() == scene->laneTeam(lane))
                    inLane.append(b);
            for (qsizetype i = 0; i < inLane.size(); ++i) {
                EXPECT_TRUE(scene->laneRect(lane).contains(inLane[i]->sceneBarRect())) << "seed " << seed;
                for (qsizetype j = i + 1; j < inLane.size(); ++j)
                    EXPECT_FALSE(inLane[i]->sceneBarRect().intersects(inLane[j]->sceneBarRect()))
                        << "seed " << seed << ": " << inLane[i]->key().toStdString() << " and "
                        << inLane[j]->key().toStdString();
            }
        }
        // Lanes are stacked without overlapping either.
        for (int lane = 1; lane < scene->laneCount(); ++lane)
            EXPECT_GE(scene->laneRect(lane).top(), scene->laneRect(lane - 1).bottom() - 1e-9);
    }
}

TEST_F(BoardSceneTest, KindsAndMarksAreShownOnTheBars)
{
    Plan plan = boardPlan();
    plan.capabilities[3].pinnedWave = 2; // D
    load(plan);

    EXPECT_EQ(bar("A", "Data")->kind(), CapabilityKind::Foundational);
    EXPECT_EQ(bar("C", "Web")->kind(), CapabilityKind::Additive);
    EXPECT_TRUE(bar("D", "")->isPinned());
    EXPECT_FALSE(bar("A", "Data")->isPinned());
    EXPECT_TRUE(bar("A", "Data")->toolTipText().contains("Clean customer data"));
    EXPECT_TRUE(bar("D", "")->toolTipText().contains("Pinned to wave 2"));

    // The critical path (A, B, C by durations and lags) is marked on every bar of its keys.
    const Schedule &schedule = document->schedule();
    ASSERT_FALSE(schedule.criticalPath.empty());
    for (const CapabilityBar *b : scene->allBars()) {
        const bool critical = std::find(schedule.criticalPath.begin(), schedule.criticalPath.end(),
                                        b->key().toStdString()) != schedule.criticalPath.end()
                              || std::find(schedule.criticalChain.begin(), schedule.criticalChain.end(),
                                           b->key().toStdString()) != schedule.criticalChain.end();
        EXPECT_EQ(b->criticalMarked(), critical) << b->key().toStdString();
    }
    EXPECT_TRUE(bar("B", "Web")->content().criticalPath);

    scene->setShowCritical(false);
    for (const CapabilityBar *b : scene->allBars())
        EXPECT_FALSE(b->criticalMarked()) << b->key().toStdString();
}

TEST_F(BoardSceneTest, BarTextIsElidedToTheBar)
{
    load(boardPlan());
    // A 40-day bar holds its key; E (10 days) is too short for its name.
    EXPECT_TRUE(bar("A", "Data")->shownText().startsWith("A"));
    EXPECT_FALSE(bar("E", "Data")->shownText().contains("Training"));
    const QFontMetricsF metrics(scene->style().font);
    for (const CapabilityBar *b : scene->allBars())
        EXPECT_LE(metrics.horizontalAdvance(b->shownText()) * 0.9, b->sceneBarRect().width()) << b->key().toStdString();
}

TEST_F(BoardSceneTest, ANewKeyKeepsTheCapabilitysBarsThroughUndo)
{
    load(boardPlan());
    CapabilityBar *barA = bar("A", "Data");
    ASSERT_NE(barA, nullptr);
    Capability renamed = capability("A");
    renamed.key = "DATA-CLEAN";

    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "A", renamed, "Rename")));

    EXPECT_EQ(bar("DATA-CLEAN", "Data"), barA) << "the same bar, not a new one";
    EXPECT_EQ(barA->key(), QStringLiteral("DATA-CLEAN"));
    EXPECT_TRUE(barA->shownText().startsWith("DATA"));
    EXPECT_EQ(bar("A", "Data"), nullptr);
    document->undoStack()->undo();
    EXPECT_EQ(bar("A", "Data"), barA);
    EXPECT_EQ(barA->key(), QStringLiteral("A"));
}

TEST_F(BoardSceneTest, FollowsAddRemoveRenameAndDurationEdits)
{
    load(boardPlan());
    QUndoStack *stack = document->undoStack();

    Capability f;
    f.key = "F";
    f.name = "Consent management";
    f.durationDays = 25;
    f.demand = {{"Web", 1}};
    stack->push(test::editCommand(document.get(), edit::addCapability(document->plan(), f)));
    ASSERT_NE(bar("F", "Web"), nullptr);
    EXPECT_DOUBLE_EQ(bar("F", "Web")->sceneBarRect().width(), 25 * scene->style().dayWidth);

    Capability renamed = capability("A");
    renamed.name = "Customer data, cleaned";
    stack->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "A", renamed, "Rename")));
    EXPECT_EQ(bar("A", "Data")->content().capability.name, "Customer data, cleaned");
    EXPECT_TRUE(bar("A", "Data")->toolTipText().contains("Customer data, cleaned"));

    Capability longer = capability("A");
    longer.durationDays = 70;
    stack->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "A", longer, "Longer")));
    EXPECT_DOUBLE_EQ(bar("A", "Data")->sceneBarRect().width(), 70 * scene->style().dayWidth);
    // B waits for A: its bars moved to A's new end.
    EXPECT_DOUBLE_EQ(bar("B", "Web")->sceneBarRect().left(), scene->xOfDay(scheduled("B").startDay));
    EXPECT_EQ(scheduled("B").startDay, 70);

    Capability moved = capability("E");
    moved.demand = {{"Web", 1}};
    stack->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "E", moved, "Move to Web")));
    EXPECT_EQ(bar("E", "Data"), nullptr);
    EXPECT_NE(bar("E", "Web"), nullptr);

    stack->push(test::editCommand(document.get(), edit::removeCapabilities(document->plan(), test::keysOf(QStringList{"D"}))));
    EXPECT_TRUE(scene->bars("D").isEmpty());
    EXPECT_EQ(scene->laneCount(), 2); // no capability left without a team

    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(scene->laneCount(), 3);
    EXPECT_NE(bar("D", ""), nullptr);
    EXPECT_NE(bar("E", "Data"), nullptr);
    EXPECT_TRUE(scene->bars("F").isEmpty());
    EXPECT_DOUBLE_EQ(bar("A", "Data")->sceneBarRect().width(), 40 * scene->style().dayWidth);
    EXPECT_EQ(bar("A", "Data")->content().capability.name, "Clean customer data");
}

TEST_F(BoardSceneTest, BehindAnotherTabTheBoardCatchesUpWhenShownNotOnEveryEdit)
{
    document = std::make_unique<ui::PlanDocument>();
    document->scheduleRunner()->setImprovementEnabled(false);
    document->resetPlan(boardPlan());
    selection = std::make_unique<ui::SelectionModel>();
    scene = std::make_unique<ui::board::BoardScene>(document.get(), selection.get());
    // Any view of the scene (a plain one here, as presentation mode's), as a tab behind another.
    test::BehindATab tab(new QGraphicsView(scene.get()), 1400, 700);
    ASSERT_TRUE(tab.exposed());
    const double before = bar("A", "Data")->sceneBarRect().width();
    Capability longer = capability("A");
    longer.durationDays = 70;
    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "A", longer, "Longer")));

    EXPECT_TRUE(scene->isSyncPending());
    EXPECT_DOUBLE_EQ(bar("A", "Data")->sceneBarRect().width(), before) << "not synced behind the map";

    tab.bringToFront();

    EXPECT_FALSE(scene->isSyncPending());
    EXPECT_DOUBLE_EQ(bar("A", "Data")->sceneBarRect().width(), 70 * scene->style().dayWidth);
    EXPECT_DOUBLE_EQ(bar("B", "Web")->sceneBarRect().left(), scene->xOfDay(scheduled("B").startDay));
    // In front, the next edit shows at once.
    document->undoStack()->undo();
    EXPECT_FALSE(scene->isSyncPending());
    EXPECT_DOUBLE_EQ(bar("A", "Data")->sceneBarRect().width(), before);
}

TEST_F(BoardSceneTest, FollowsPlanSettings)
{
    load(boardPlan());
    Plan plan = document->plan();
    plan.horizonWaves = 6;
    plan.waveLengthDays = 60;
    document->resetPlan(plan);

    EXPECT_EQ(scene->waveCount(), 6);
    EXPECT_DOUBLE_EQ(scene->waveRect(2).width(), 60 * scene->style().dayWidth);
    EXPECT_EQ(scene->columns()[1]->dates(), "Mar 5 to May 3 2027");
}

TEST_F(BoardSceneTest, DependencyArrowsAreDrawnOnDemand)
{
    load(boardPlan());
    EXPECT_FALSE(scene->showDependencies());
    EXPECT_TRUE(scene->arrows().isEmpty());

    scene->setShowDependencies(true);
    ASSERT_EQ(scene->arrows().size(), 3);
    const ui::board::BoardArrow *ab = scene->arrow("A", "B");
    ASSERT_NE(ab, nullptr);
    // From the end of A to the start of B, in the lane they share.
    const QRectF a = bar("A", "Data")->sceneBarRect();
    const QRectF b = bar("B", "Data")->sceneBarRect();
    EXPECT_EQ(ab->from(), QPointF(a.right(), a.center().y()));
    EXPECT_EQ(ab->to(), QPointF(b.left(), b.center().y()));
    // B -> C: from B's Web bar, the one in C's lane.
    const ui::board::BoardArrow *bc = scene->arrow("B", "C");
    ASSERT_NE(bc, nullptr);
    EXPECT_EQ(bc->from().y(), bar("B", "Web")->sceneBarRect().center().y());

    document->undoStack()->push(test::editCommand(document.get(), edit::connect(document->plan(), Dependency{"D", "C", 0})));
    EXPECT_EQ(scene->arrows().size(), 4);
    EXPECT_NE(scene->arrow("D", "C"), nullptr);

    scene->setShowDependencies(false);
    EXPECT_TRUE(scene->arrows().isEmpty());
}

TEST_F(BoardSceneTest, SelectingInTheModelSelectsEveryBarOfTheCapability)
{
    load(boardPlan());

    selection->setSelectedKeys({"B", "D"});
    EXPECT_TRUE(bar("B", "Data")->isSelected());
    EXPECT_TRUE(bar("B", "Web")->isSelected());
    EXPECT_TRUE(bar("D", "")->isSelected());
    EXPECT_FALSE(bar("A", "Data")->isSelected());
    EXPECT_EQ(scene->selectedKeys(), (QStringList{"B", "D"}));

    selection->setSelectedKeys({"A"});
    EXPECT_FALSE(bar("B", "Web")->isSelected());
    EXPECT_TRUE(bar("A", "Data")->isSelected());
}

TEST_F(BoardSceneTest, SelectionSurvivesEditsThatRecreateBars)
{
    load(boardPlan());
    selection->setSelectedKeys({"E"});
    Capability moved = capability("E");
    moved.demand = {{"Web", 1}};
    document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "E", moved, "Move to Web")));

    EXPECT_TRUE(bar("E", "Web")->isSelected());
    EXPECT_EQ(selection->selectedKeys(), QStringList{"E"});
}

TEST_F(BoardSceneTest, RendersWithoutAViewForReports)
{
    auto doc = std::make_unique<ui::PlanDocument>();
    doc->scheduleRunner()->setImprovementEnabled(false);
    doc->resetPlan(boardPlan());
    ui::board::BoardScene alone(doc.get(), nullptr);
    ASSERT_EQ(alone.allBars().size(), 6);
    const QRectF source = alone.sceneRect();
    QImage image(source.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        alone.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    // The bar of A is drawn: the pixel in the middle of its body is its fill, not the background.
    const QRectF a = alone.bar("A", "Data")->sceneBarRect();
    const QPoint inA = (a.center() - source.topLeft()).toPoint() + QPoint(0, 0);
    const QColor fill = image.pixelColor(inA.x(), static_cast<int>(a.bottom() - source.top() - 3));
    EXPECT_EQ(fill.alpha(), 255);
    EXPECT_NE(fill, alone.style().colors.waveFill);
}

TEST_F(BoardSceneTest, StyleScalesWithTheBaseFont)
{
    QFont normal;
    normal.setPointSizeF(10);
    QFont huge;
    huge.setPixelSize(56);
    const ui::board::BoardStyle small = ui::board::BoardStyle::make(normal, QPalette());
    const ui::board::BoardStyle large = ui::board::BoardStyle::make(huge, QPalette());

    EXPECT_GT(large.dayWidth, 2 * small.dayWidth);
    EXPECT_GT(large.barHeight, QFontMetricsF(large.font).height());
    EXPECT_GT(large.headerHeight, QFontMetricsF(large.headerFont).height() + QFontMetricsF(large.smallFont).height());
    EXPECT_EQ(large.font.pixelSize(), 56);

    load(boardPlan());
    scene->setStyle(large);
    EXPECT_DOUBLE_EQ(scene->waveRect(1).width(), 90 * large.dayWidth);
    EXPECT_DOUBLE_EQ(bar("A", "Data")->sceneBarRect().height(), large.barHeight);
    EXPECT_EQ(scene->allBars().size(), 6);
}

TEST_F(BoardSceneTest, DarkAndLightPalettesGiveReadableText)
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Window, QColor(45, 45, 45));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::WindowText, Qt::black);
    for (const QPalette &palette : {dark, light}) {
        const ui::board::BoardColors colors = ui::board::BoardColors::fromPalette(palette);
        // Text on both bar fills differs from them by at least half the lightness range.
        EXPECT_GT(std::abs(colors.text.lightness() - colors.foundationalFill.lightness()), 100);
        EXPECT_GT(std::abs(colors.text.lightness() - colors.additiveFill.lightness()), 100);
        EXPECT_GT(std::abs(colors.headerText.lightness() - colors.waveFill.lightness()), 100);
    }
}

TEST_F(BoardSceneTest, TeamNamesStayAtTheLeftEdgeWhenTheBoardIsScrolledPastThem)
{
    load(boardPlan(), 500, 400);
    for (int i = 0; i < 8; ++i)
        view->zoomIn();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    QApplication::processEvents();
    const QRectF firstLane = scene->laneRect(0);
    ASSERT_LT(view->mapFromScene(firstLane.topLeft()).x(), -100) << "the lane labels must be scrolled away";

    const QImage shown = view->viewport()->grab().toImage();

    // Just inside the left edge, halfway down the first lane (clear of its text): the label fill.
    const int y = view->mapFromScene(QPointF(0, firstLane.center().y())).y();
    ASSERT_GT(y, 0);
    ASSERT_LT(y, shown.height());
    EXPECT_EQ(shown.pixelColor(2, y), scene->style().colors.laneLabelFill);
    QImage scratch(10, 10, QImage::Format_ARGB32);
    QPainter painter(&scratch);
    EXPECT_FALSE(scene->paintFrozenLaneLabels(&painter, firstLane.left())) << "nothing to freeze when in view";
}

/// The scene area repainted (in every view) by `edit` and the board's sync after it.
QRectF repaintedBy(ui::board::BoardScene &scene, const std::function<void()> &edit)
{
    QApplication::processEvents(); // what earlier changes left to repaint
    QRectF repainted;
    const QMetaObject::Connection watch = QObject::connect(&scene, &QGraphicsScene::changed, [&](const QList<QRectF> &rects) {
        for (const QRectF &rect : rects)
            repainted = repainted.united(rect);
    });
    edit();
    QApplication::processEvents();
    QObject::disconnect(watch);
    return repainted;
}

TEST_F(BoardSceneTest, ANameEditRepaintsOnlyThatCapabilitysBar)
{
    load(boardPlan());
    const QRectF shownD = bar("D", "")->sceneBoundingRect();
    Capability renamed = capability("D");
    renamed.name = "Marketing mix model";

    const QRectF repainted = repaintedBy(*scene, [&] {
        document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "D", renamed, "Rename")));
    });

    EXPECT_FALSE(repainted.isEmpty());
    EXPECT_TRUE(shownD.adjusted(-1, -1, 1, 1).contains(repainted)) << "only D's bar, not the columns, lanes or other bars";
    EXPECT_TRUE(bar("D", "")->toolTipText().contains("Marketing mix model"));
}

TEST_F(BoardSceneTest, ADurationEditRepaintsOnlyTheBarItResizes)
{
    load(boardPlan());
    // E (Data, after A) has no successor and room in its row: only its own bar changes.
    const QRectF before = bar("E", "Data")->sceneBoundingRect();
    Capability longer = capability("E");
    longer.durationDays = 30;

    const QRectF repainted = repaintedBy(*scene, [&] {
        document->undoStack()->push(test::editCommand(document.get(), edit::editCapability(document->plan(), "E", longer, "Longer")));
    });

    const QRectF after = bar("E", "Data")->sceneBoundingRect();
    EXPECT_DOUBLE_EQ(bar("E", "Data")->sceneBarRect().width(), 30 * scene->style().dayWidth);
    EXPECT_TRUE(before.united(after).adjusted(-1, -1, 1, 1).contains(repainted));
    // The bars it did not touch are still where their schedule puts them.
    for (const CapabilityBar *b : scene->allBars())
        EXPECT_DOUBLE_EQ(b->sceneBarRect().left(), scene->xOfDay(scheduled(b->key().toStdString().c_str()).startDay))
            << b->key().toStdString();
}

TEST_F(BoardSceneTest, HoveringABarShowsItsTooltip)
{
    load(boardPlan());
    const QPoint onA = middleOf(bar("A", "Data"));
    QHelpEvent help(QEvent::ToolTip, onA, viewport()->mapToGlobal(onA));

    QApplication::sendEvent(viewport(), &help);

    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains("Clean customer data")) << QToolTip::text().toStdString();
    EXPECT_TRUE(QToolTip::text().contains("Owner of A"));
    QToolTip::hideText();
}

} // namespace
} // namespace waveplan::test

namespace waveplan::test {
namespace {

// Issue 15: the board of a plan re-planned from an as-of date.
class BoardAsOfTest : public BoardFixture {};

/// boardPlan (every day worked, from Monday 4 January 2027), worked Monday to Friday, as of
/// Monday 1 February: A done (4 to 29 January).
Plan februaryBoardPlan()
{
    Plan plan = boardPlan();
    plan.startDate = on(2027, 1, 4);
    plan.calendar = mondayToFriday();
    plan.asOf = on(2027, 2, 1);
    Capability &a = *plan.findCapability("A");
    a.status = WorkStatus::Done;
    a.actualStart = on(2027, 1, 4);
    a.actualFinish = on(2027, 1, 29);
    return plan;
}

TEST_F(BoardAsOfTest, TheAsOfLineStandsOnTheFirstDayOfTheReplanAndLeavesWithTheDate)
{
    load(februaryBoardPlan());
    const ui::board::AsOfLine *line = scene->asOfLine();
    ASSERT_NE(line, nullptr);
    // 1 February is the 21st working day (4 weeks of January): day 20.
    EXPECT_DOUBLE_EQ(line->x(), scene->xOfDay(20));
    EXPECT_EQ(line->label(), "As of Feb 1");
    const QFontMetricsF names(scene->style().headerFont);
    for (const ui::board::WaveColumn *column : scene->columns()) {
        const QRectF name(column->rect().left() + scene->style().padding, scene->style().padding,
                          names.horizontalAdvance(column->name()), names.height());
        EXPECT_FALSE(line->labelBox().intersects(name)) << "the label covers " << column->name().toStdString();
    }
    EXPECT_LE(line->boundingRect().bottom(), scene->laneRect(scene->laneCount() - 1).bottom() + 1);

    // Done work says so without colour; its tooltip gives its working-day dates.
    EXPECT_TRUE(bar("A", "Data")->shownText().startsWith(QStringLiteral("\u2713 A"))) << bar("A", "Data")->shownText().toStdString();
    EXPECT_FALSE(bar("B", "Data")->shownText().startsWith(QStringLiteral("\u2713")));
    EXPECT_TRUE(bar("A", "Data")->toolTipText().contains("Jan 4 to Jan 29 2027")) << bar("A", "Data")->toolTipText().toStdString();

    EXPECT_DOUBLE_EQ(bar("A", "Data")->workedFraction(), 0.0) << "done work is washed out whole, not in part";
    EXPECT_DOUBLE_EQ(bar("B", "Data")->workedFraction(), 0.0) << "planned work has nothing done";

    Plan cleared = document->plan();
    cleared.asOf.reset();
    document->resetPlan(cleared);
    EXPECT_EQ(scene->asOfLine(), nullptr);
    EXPECT_FALSE(bar("A", "Data")->shownText().startsWith(QStringLiteral("\u2713"))) << "done only as of a date";
}

TEST_F(BoardAsOfTest, WorkUnderWayIsWashedOutUpToTheAsOfLine)
{
    // B under way since Monday 25 January (day 15) with 10 days left from 1 February (day 20):
    // its bar runs from day 15 to day 30, a third of it before the as-of line.
    Plan plan = februaryBoardPlan();
    Capability &b = *plan.findCapability("B");
    b.status = WorkStatus::InProgress;
    b.actualStart = on(2027, 1, 25);
    b.remainingDays = 10;
    load(plan);
    ASSERT_EQ(document->schedule().find("B")->startDay, 15);
    ASSERT_EQ(document->schedule().find("B")->finishDay, 30);
    EXPECT_DOUBLE_EQ(bar("B", "Data")->workedFraction(), 5.0 / 15.0);
    EXPECT_DOUBLE_EQ(bar("B", "Web")->workedFraction(), 5.0 / 15.0);
    EXPECT_FALSE(bar("B", "Data")->shownText().startsWith(QStringLiteral("\u2713"))) << "not done";
}

} // namespace
} // namespace waveplan::test
