// What the last change moved, as people see it: the status bar line with every move in its
// tooltip, the amber "W2→W3" pill on moved map cards, dashed "was W2" ghosts on the board; all
// gone after Dismiss.

#include "commands/command_test_support.h"

#include "ui/board/board_scene.h"
#include "ui/board/capability_bar.h"
#include "ui/board/moved_ghost.h"
#include "ui/map/capability_card.h"
#include "ui/map/map_scene.h"
#include "ui/window/changes_banner.h"

#include "support/plan_generator.h"

#include <QLabel>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace waveplan;

namespace {

struct Views {
    std::unique_ptr<ui::PlanDocument> doc;
    ui::SelectionModel selection;
    std::unique_ptr<ui::map::MapScene> map;
    std::unique_ptr<ui::board::BoardScene> board;
    std::unique_ptr<ui::ChangesBanner> banner;

    explicit Views(const Plan &plan)
        : doc(test::documentWith(plan))
        , map(std::make_unique<ui::map::MapScene>(doc.get(), &selection))
        , board(std::make_unique<ui::board::BoardScene>(doc.get(), &selection))
        , banner(std::make_unique<ui::ChangesBanner>(doc.get()))
    {
    }
};

Plan chainPlan()
{
    // One Data person: A (30 d) then B (30 d) after it; C (20 d) alone. Waves of 90 days.
    Plan plan;
    Team data;
    data.name = "Data";
    data.capacity = 1;
    plan.teams.push_back(data);
    const auto add = [&](const std::string &key, int days, bool onTeam) {
        Capability c;
        c.key = key;
        c.name = "Capability " + key;
        c.durationDays = days;
        if (onTeam)
            c.demand.push_back({"Data", 1});
        plan.capabilities.push_back(c);
    };
    add("A", 30, true);
    add("B", 30, true);
    add("C", 20, false);
    plan.dependencies.push_back({"A", "B", 0});
    return plan;
}

void pinAToWave2(ui::PlanDocument &doc)
{
    Capability a = *doc.plan().findCapability("A");
    a.pinnedWave = 2;
    doc.undoStack()->push(test::editCommand(&doc, edit::editCapability(doc.plan(), "A", a, "Pin A to wave 2")));
}

} // namespace

TEST(ChangesBanner, SaysWhatTheLastChangeMovedAndHidesWhenDismissed)
{
    Views views(chainPlan());
    EXPECT_TRUE(views.banner->text().isEmpty()) << "nothing to say after opening a plan";

    pinAToWave2(*views.doc);

    // A and B (which waits for A) both move from wave 1 to wave 2; C stays.
    EXPECT_TRUE(views.banner->text().startsWith("Last change: 2 moved wave; ends 90 days later")) << views.banner->text().toStdString();
    EXPECT_TRUE(views.banner->details().contains(QString("A: wave 1 \u2192 2, starts 90 days later"))) << views.banner->details().toStdString();
    EXPECT_TRUE(views.banner->details().contains(QString("B: wave 1 \u2192 2"))) << views.banner->details().toStdString();
    EXPECT_FALSE(views.banner->details().contains(QString("C:")));

    views.banner->dismissButton()->click();

    EXPECT_TRUE(views.banner->text().isEmpty());
    EXPECT_TRUE(views.banner->isHidden());
}

TEST(ChangesBanner, MovedCardsShowWhereTheyCameFromUntilDismissed)
{
    Views views(chainPlan());
    pinAToWave2(*views.doc);

    EXPECT_EQ(views.map->card("A")->movedFrom(), 1);
    EXPECT_EQ(views.map->card("B")->movedFrom(), 1);
    EXPECT_EQ(views.map->card("C")->movedFrom(), 0);
    EXPECT_TRUE(views.map->card("A")->toolTip().contains("Moved from wave 1"));
    EXPECT_TRUE(views.map->showsMovedCards()) << "the legend explains the amber pill";

    views.doc->dismissChanges();

    EXPECT_EQ(views.map->card("A")->movedFrom(), 0);
    EXPECT_EQ(views.map->card("B")->movedFrom(), 0);
    EXPECT_FALSE(views.map->showsMovedCards());
}

TEST(ChangesBanner, TheBoardShowsAGhostWhereEachMovedBarWas)
{
    Views views(chainPlan());
    const QRectF aBefore = views.board->bar("A", "Data")->sceneBarRect();
    const QRectF bBefore = views.board->bar("B", "Data")->sceneBarRect();

    pinAToWave2(*views.doc);

    const auto &ghosts = views.board->movedGhosts();
    ASSERT_EQ(ghosts.size(), 2u);
    for (const ui::board::MovedGhost *ghost : ghosts) {
        const QRectF was = ghost->key() == "A" ? aBefore : bBefore;
        EXPECT_NEAR(ghost->ghostRect().left(), was.left(), 0.01) << ghost->key().toStdString();
        EXPECT_NEAR(ghost->ghostRect().width(), was.width(), 0.01);
        EXPECT_EQ(ghost->label(), ghost->key() + " was W1");
    }

    views.doc->dismissChanges();
    EXPECT_TRUE(views.board->movedGhosts().empty());
}

TEST(ChangesBanner, UndoSaysWhatTheUndoMovedBack)
{
    Views views(chainPlan());
    pinAToWave2(*views.doc);

    views.doc->undoStack()->undo();

    EXPECT_TRUE(views.banner->text().startsWith("Last change: 2 moved wave; ends 90 days sooner")) << views.banner->text().toStdString();
    EXPECT_EQ(views.map->card("A")->movedFrom(), 2);
}

TEST(ChangesBanner, StepsAsideWhileTheStatusBarShowsAPassingMessage)
{
    Views views(chainPlan());
    pinAToWave2(*views.doc);
    ASSERT_FALSE(views.banner->isHidden());

    views.banner->setSuppressed(true);
    EXPECT_TRUE(views.banner->isHidden()) << "a passing message would be drawn over it";
    views.banner->setSuppressed(false);
    EXPECT_FALSE(views.banner->isHidden());
    EXPECT_TRUE(views.banner->text().startsWith("Last change:"));
}
