// The cards of a map on screen, pasted by the card layer while the card items are left out of the
// paint: what the screen shows must be what a fresh paint shows after every change to a card
// (selected, moved, hidden, faded, renamed, deleted), and anywhere but a view the cards draw
// themselves.

#include "map_test_support.h"

#include "graphics/differing_pixels.h"

#include "core/edit/capability_edits.h"
#include "ui/commands/plan_edit_command.h"
#include "ui/map/arrow_layer.h"
#include "ui/map/card_layer.h"
#include "ui/map/map_style.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <functional>

namespace waveplan::test {
namespace {

/// 120 capabilities over a few waves: cards a few dozen pixels wide, fitted to 1200 x 800.
Plan cardsPlan()
{
    Plan plan = generatedRoadmap(21, 120, 1.5, 4);
    freeTeams(plan, 30);
    return plan;
}

bool leftOut(const ui::map::CapabilityCard *card)
{
    return (card->flags() & QGraphicsItem::ItemHasNoContents) != 0;
}

class CardLayerTest : public MapFixture {
protected:
    void SetUp() override
    {
        load(cardsPlan());
        QApplication::processEvents();
        layer = layerOf<ui::map::CardLayer>(*scene);
        ASSERT_NE(layer, nullptr);
    }

    /// After `change`, the screen shows what a fresh paint shows.
    void expectShownAfter(const char *what, const std::function<void()> &change)
    {
        change();
        ASSERT_TRUE(settle()) << what << ": the map keeps repainting";
        const QImage now = shown();
        ASSERT_FALSE(now.isNull()) << "the offscreen backing store is an image";
        EXPECT_EQ(differing(now, fresh(), 0), 0) << what;
    }

    ui::map::CardLayer *layer = nullptr;
};

TEST_F(CardLayerTest, OnScreenTheLayerPastesEveryCardAndTheCardsAreLeftOutYetHitAsBefore)
{
    ASSERT_TRUE(layer->leavesCardsOut());
    int visible = 0;
    for (const ui::map::CapabilityCard *c : scene->cards()) {
        EXPECT_TRUE(leftOut(c)) << c->key().toStdString();
        visible += c->isVisible() ? 1 : 0;
    }
    viewport()->repaint();
    EXPECT_EQ(layer->lastPasted(), visible) << "a whole repaint pastes every card once";
    ui::map::CapabilityCard *c = scene->cards().front();
    EXPECT_TRUE(scene->items(c->sceneCardRect().center()).contains(c)) << "clicks and hover still find the card";
    EXPECT_EQ(differing(shown(), fresh(), 0), 0);
}

TEST_F(CardLayerTest, EveryChangeToALeftOutCardShowsAsAFreshPaintWould)
{
    ui::map::CapabilityCard *c = scene->cards().front();
    const QString key = c->key();
    ASSERT_TRUE(leftOut(c));
    expectShownAfter("selected", [&] { c->setSelected(true); });
    expectShownAfter("deselected", [&] { c->setSelected(false); });
    expectShownAfter("moved", [&] { c->setPos(c->pos() + QPointF(3 * c->boundingRect().width(), 40)); });
    expectShownAfter("hidden", [&] { c->hide(); });
    expectShownAfter("shown", [&] { c->show(); });
    expectShownAfter("faded", [&] { c->setOpacity(0.3); });
    expectShownAfter("faded back", [&] { c->setOpacity(1.0); });
    expectShownAfter("marked", [&] { c->setCriticalMarks(true, false); });
    expectShownAfter("renamed", [&] {
        const Plan &plan = document->plan();
        Capability capability = *std::find_if(plan.capabilities.begin(), plan.capabilities.end(),
                                              [&](const Capability &x) { return x.key == key.toStdString(); });
        capability.key = "RENAMED";
        EXPECT_TRUE(ui::pushEdit(document.get(), edit::editCapability(plan, key.toStdString(), capability, "Rename")).isEmpty());
    });
    ui::map::CapabilityCard *renamed = scene->card(QStringLiteral("RENAMED"));
    ASSERT_NE(renamed, nullptr);
    EXPECT_TRUE(leftOut(renamed));
    expectShownAfter("deleted", [&] {
        EXPECT_TRUE(ui::pushEdit(document.get(), edit::removeCapabilities(document->plan(), {"RENAMED"})).isEmpty());
    });
    EXPECT_EQ(scene->card(QStringLiteral("RENAMED")), nullptr);
}

TEST(CardLayerAlone, ACardAddedOrDeletedRepaintsAroundItNotTheWholeLayer)
{
    // A layer and a grid of cards in a plain scene: nothing else there repaints with them.
    QGraphicsScene scene;
    const ui::map::MapStyle style = ui::map::MapStyle::make(QApplication::font(), QApplication::palette());
    auto *layer = new ui::map::CardLayer;
    scene.addItem(layer);
    const auto addCard = [&](int column, int row) {
        Capability capability;
        capability.key = "C" + std::to_string(column) + "_" + std::to_string(row);
        capability.name = "A capability";
        auto *card = new ui::map::CapabilityCard(QString::fromStdString(capability.key), &style);
        card->setCapability(capability);
        scene.addItem(card);
        card->setLayer(layer);
        card->setPos(column * 300.0, row * 150.0);
        return card;
    };
    for (int column = 0; column < 8; ++column)
        for (int row = 0; row < 8; ++row)
            (void)addCard(column, row);
    QGraphicsView view(&scene);
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    QApplication::processEvents();
    view.viewport()->repaint();
    ASSERT_TRUE(layer->leavesCardsOut());
    const qint64 viewportArea = static_cast<qint64>(view.viewport()->width()) * view.viewport()->height();

    RepaintSpy spy(view.viewport());
    ui::map::CapabilityCard *middle = nullptr;
    for (QGraphicsItem *item : scene.items(QPointF(3 * 300.0 + 10, 3 * 150.0 + 10)))
        if (item->type() == ui::map::CapabilityCard::Type)
            middle = static_cast<ui::map::CapabilityCard *>(item);
    ASSERT_NE(middle, nullptr);
    delete middle;
    QApplication::processEvents();
    EXPECT_FALSE(spy.painted.isEmpty()) << "where it was is repainted";
    EXPECT_LT(area(spy.painted), viewportArea / 8);

    spy.painted = {};
    ui::map::CapabilityCard *back = addCard(3, 3);
    QApplication::processEvents();
    EXPECT_FALSE(spy.painted.isEmpty()) << "where it comes is repainted";
    EXPECT_LT(area(spy.painted), viewportArea / 8);
    EXPECT_TRUE(back->leftToLayer());
    delete back;
}

TEST(CardLayerAlone, CardsAndArrowsThatOutliveTheirLayersDrawThemselvesAgain)
{
    QGraphicsScene scene;
    const ui::map::MapStyle style = ui::map::MapStyle::make(QApplication::font(), QApplication::palette());
    auto *cards = new ui::map::CardLayer;
    auto *arrows = new ui::map::ArrowLayer;
    scene.addItem(arrows);
    scene.addItem(cards);
    auto *from = new ui::map::CapabilityCard(QStringLiteral("A"), &style);
    auto *to = new ui::map::CapabilityCard(QStringLiteral("B"), &style);
    for (ui::map::CapabilityCard *c : {from, to}) {
        scene.addItem(c);
        c->setLayer(cards);
    }
    to->setPos(400, 0);
    auto *arrow = new ui::map::DependencyArrow(from, to, &style);
    scene.addItem(arrow);
    arrow->setLayer(arrows);
    QGraphicsView view(&scene);
    view.resize(800, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.scale(0.2, 0.2); // lines under a pixel: the arrow layer draws them
    QApplication::processEvents();
    view.viewport()->repaint();
    ASSERT_TRUE(from->leftToLayer());
    ASSERT_TRUE(arrow->lineLeftToLayer());

    delete cards;
    delete arrows;
    EXPECT_FALSE(from->leftToLayer());
    EXPECT_FALSE(to->leftToLayer());
    EXPECT_FALSE(arrow->lineLeftToLayer());
    view.viewport()->repaint(); // every item draws itself
    delete arrow; // nothing left pointing at the layers (ASan would say)
    delete from;
    delete to;
}

TEST(CardPictures, SmallPicturesAreKeptByTheirCardsWithinTheBudgetAndLetGoWithThem)
{
    const qsizetype before = ui::map::CapabilityCard::keptPictureBytes();
    {
        Plan plan = generatedRoadmap(3, 400, 1.5, 4);
        freeTeams(plan, 80);
        ui::map::MapScene scene(plan, computeSchedule(plan));
        ui::map::MapView view(&scene);
        view.resize(1200, 800);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.fitAll();
        QApplication::processEvents();
        view.viewport()->repaint(); // fitted, 400 cards are a few hundred pixels each
        EXPECT_GT(ui::map::CapabilityCard::keptPictureBytes(), before + 400 * 100);
        EXPECT_LE(ui::map::CapabilityCard::keptPictureBytes(), 32 * 1024 * 1024);
        view.scale(8, 8); // pictures at a new zoom replace the old ones
        view.viewport()->repaint();
        EXPECT_LE(ui::map::CapabilityCard::keptPictureBytes(), 32 * 1024 * 1024);
    }
    EXPECT_EQ(ui::map::CapabilityCard::keptPictureBytes(), before) << "the cards let their pictures go";
}

TEST_F(CardLayerTest, DrawnIntoAnImageTheCardsDrawThemselvesAndTheViewLeavesThemOutAgain)
{
    const auto drawn = [&](bool withCards) {
        for (ui::map::CapabilityCard *c : scene->cards())
            c->setVisible(withCards);
        QImage image(viewport()->size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        view->render(&painter, QRectF(image.rect()), viewport()->rect());
        painter.end();
        return image;
    };
    const QImage withoutCards = drawn(false);
    const QImage withCards = drawn(true);
    EXPECT_FALSE(layer->leavesCardsOut()) << "an image of the map gets the cards drawn";
    for (const ui::map::CapabilityCard *c : scene->cards())
        EXPECT_FALSE(leftOut(c));
    EXPECT_GT(differing(withCards, withoutCards, 0), withCards.width() * withCards.height() / 50) << "and there they are";

    viewport()->repaint();
    EXPECT_TRUE(layer->leavesCardsOut()) << "the next paint on screen pastes them again";
    EXPECT_EQ(differing(shown(), fresh(), 0), 0);
}

} // namespace
} // namespace waveplan::test
