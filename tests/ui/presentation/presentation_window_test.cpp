// Presentation mode driven from the keyboard, and following the document live.

#include "presentation_test_support.h"

#include "commands/command_test_support.h"

#include "ui/presentation/presentation_style.h"
#include "ui/presentation/wave_spotlight.h"

#include <QSignalSpy>

namespace waveplan::test {
namespace {

using ui::presentation::PresentationWindow;

class PresentationWindowTest : public PresentationFixture {};

TEST_F(PresentationWindowTest, RightAndLeftStepThroughWavesAndClampAtTheEnds)
{
    open();
    const int waves = window->waveCount();
    ASSERT_GE(waves, 3);
    QSignalSpy changed(window.get(), &PresentationWindow::waveChanged);

    press(Qt::Key_Right);
    EXPECT_EQ(window->currentWave(), 1);
    press(Qt::Key_Right);
    EXPECT_EQ(window->currentWave(), 2);
    EXPECT_TRUE(position().contains(QStringLiteral("Wave 2"))) << position().toStdString();
    for (int i = 0; i < waves + 2; ++i)
        press(Qt::Key_Right);
    EXPECT_EQ(window->currentWave(), waves);
    EXPECT_EQ(changed.count(), waves) << "pressing past the last wave changes nothing";

    for (int i = 0; i < waves + 2; ++i)
        press(Qt::Key_Left);
    EXPECT_EQ(window->currentWave(), 1) << "Left stops at the first wave; Home shows the whole plan";
}

TEST_F(PresentationWindowTest, HomeShowsTheWholePlanAndEndTheLastWave)
{
    open();
    press(Qt::Key_End);
    EXPECT_EQ(window->currentWave(), window->waveCount());

    press(Qt::Key_Home);

    EXPECT_EQ(window->currentWave(), 0);
    EXPECT_TRUE(position().contains(QStringLiteral("Whole plan")));
    for (const ui::map::CapabilityCard *card : window->mapScene()->cards())
        EXPECT_TRUE(visibleScene().contains(card->sceneCardRect())) << card->key().toStdString();
}

TEST_F(PresentationWindowTest, PageKeysStepLikeAClicker)
{
    open();
    press(Qt::Key_PageDown);
    press(Qt::Key_PageDown);
    EXPECT_EQ(window->currentWave(), 2);
    press(Qt::Key_PageUp);
    EXPECT_EQ(window->currentWave(), 1);
}

TEST_F(PresentationWindowTest, SteppingToAWaveShowsItsCardsAtALegibleZoom)
{
    open();
    press(Qt::Key_Right);

    // A and D start in wave 1 (nothing holds them).
    const QRectF visible = visibleScene();
    for (const char *key : {"A", "D"}) {
        const ui::map::CapabilityCard *card = window->mapScene()->card(QString::fromLatin1(key));
        ASSERT_EQ(card->wave(), 1);
        EXPECT_TRUE(visible.contains(card->sceneCardRect())) << key;
    }
    const double onScreenBody = ui::presentation::kMapBodyPixels * zoom();
    EXPECT_GE(onScreenBody, 28.0);
    EXPECT_GE(onScreenBody, window->bodyPixels());
}

TEST_F(PresentationWindowTest, TheWaveOnScreenIsCentredAndItsNeighboursShaded)
{
    open();
    EXPECT_FALSE(window->spotlight()->isVisible()) << "the whole plan is not shaded";

    press(Qt::Key_Right);
    press(Qt::Key_Right);

    const QRectF wave2 = window->mapScene()->waveRect(2);
    const QRectF wave1 = window->mapScene()->waveRect(1);
    EXPECT_NEAR(window->activeView()->centre().x(), wave2.center().x(), 1.0);
    ASSERT_TRUE(window->spotlight()->isVisible());
    const QPainterPath shade = window->spotlight()->path();
    EXPECT_FALSE(shade.contains(wave2.center()));
    EXPECT_TRUE(shade.contains(wave1.center()));
    EXPECT_TRUE(shade.boundingRect().contains(visibleScene().adjusted(1, 1, -1, -1))) << "shade reaches the screen's edges";

    press(Qt::Key_Home);
    EXPECT_FALSE(window->spotlight()->isVisible());
}

TEST_F(PresentationWindowTest, LongPlanNameDoesNotWidenTheWindow)
{
    Plan plan = smallMapPlan();
    plan.name = std::string(300, 'W');
    open(plan, QSize(1280, 720));

    EXPECT_LE(window->minimumSizeHint().width(), 1280);
    EXPECT_EQ(window->width(), 1280);
    EXPECT_EQ(window->captionBar()->planLabel()->text().size(), 300) << "the label keeps the whole name";
}

TEST_F(PresentationWindowTest, PlusAndMinusZoomTheView)
{
    open();
    press(Qt::Key_Right);
    const double before = zoom();

    press(Qt::Key_Plus);
    EXPECT_NEAR(zoom(), before * 1.25, 1e-9);
    press(Qt::Key_Equal); // the + key without Shift
    EXPECT_NEAR(zoom(), before * 1.25 * 1.25, 1e-9);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    press(Qt::Key_Minus);
    EXPECT_NEAR(zoom(), before / 1.25, 1e-9);

    press(Qt::Key_Right);
    press(Qt::Key_Left);
    EXPECT_NEAR(zoom(), before, 1e-9) << "stepping to a wave frames it afresh";
}

TEST_F(PresentationWindowTest, CtrlWheelZooms)
{
    open();
    const double before = zoom();
    QWidget *viewport = window->activeView()->viewport();
    const QPoint centre = viewport->rect().center();
    QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    EXPECT_NEAR(zoom(), before * 1.25, 1e-9);
}

TEST_F(PresentationWindowTest, CTogglesTheCriticalPath)
{
    open();
    const std::vector<std::string> &path = document->schedule().criticalPath;
    ASSERT_FALSE(path.empty());
    const ui::map::CapabilityCard *critical = window->mapScene()->card(QString::fromStdString(path.front()));
    EXPECT_FALSE(window->mapScene()->showCriticalPath());

    press(Qt::Key_C);
    EXPECT_TRUE(window->mapScene()->showCriticalPath());
    EXPECT_TRUE(critical->criticalPathMarked());
    EXPECT_TRUE(window->captionBar()->legendLabel()->isVisible());

    press(Qt::Key_C);
    EXPECT_FALSE(window->mapScene()->showCriticalPath());
    EXPECT_FALSE(critical->criticalPathMarked());
    EXPECT_FALSE(window->captionBar()->legendLabel()->isVisible());
}

TEST_F(PresentationWindowTest, SpaceSwitchesBetweenMapAndBoardKeepingTheWave)
{
    open();
    press(Qt::Key_Right);
    ASSERT_TRUE(window->mapView()->isVisible());

    press(Qt::Key_Space);

    EXPECT_EQ(window->shownView(), PresentationWindow::View::Board);
    EXPECT_TRUE(window->boardView()->isVisible());
    EXPECT_FALSE(window->mapView()->isVisible());
    EXPECT_EQ(window->activeView(), window->boardView());
    EXPECT_EQ(window->currentWave(), 1);
    EXPECT_TRUE(position().contains(QStringLiteral("Board"))) << position().toStdString();
    EXPECT_TRUE(visibleScene().intersects(window->boardScene()->waveRect(1)));
    EXPECT_GE(window->boardScene()->style().font.pixelSize() * zoom(), 28.0) << "board text legible in a wave";

    press(Qt::Key_Space);

    EXPECT_EQ(window->shownView(), PresentationWindow::View::Map);
    EXPECT_TRUE(window->mapView()->isVisible());
}

TEST_F(PresentationWindowTest, WavesStepOnTheBoardToo)
{
    open();
    press(Qt::Key_Space);
    for (int i = 0; i < window->boardScene()->waveCount() + 2; ++i)
        press(Qt::Key_Right);
    EXPECT_EQ(window->currentWave(), window->boardScene()->waveCount());
    const QRectF last = window->boardScene()->waveRect(window->currentWave());
    EXPECT_TRUE(visibleScene().intersects(last));
    EXPECT_LT(visibleScene().left(), last.right());
}

TEST_F(PresentationWindowTest, CTogglesTheBoardsCriticalMarks)
{
    open();
    EXPECT_FALSE(window->boardScene()->showCritical()) << "off until C, like the map";
    press(Qt::Key_Space);
    press(Qt::Key_C);
    EXPECT_TRUE(window->boardScene()->showCritical());
    EXPECT_TRUE(window->mapScene()->showCriticalPath()) << "one switch for both views";
    press(Qt::Key_C);
    EXPECT_FALSE(window->boardScene()->showCritical());
}

TEST_F(PresentationWindowTest, BoardTypeFollowsTheScreenHeight)
{
    open(smallMapPlan(), QSize(1920, 1080));
    EXPECT_EQ(window->boardScene()->style().font.pixelSize(), 28);
    window->resize(3840, 2160);
    EXPECT_EQ(window->boardScene()->style().font.pixelSize(), 56);
}

TEST_F(PresentationWindowTest, EscHidesTheWindowAndSaysSo)
{
    open();
    QSignalSpy left(window.get(), &PresentationWindow::left);

    press(Qt::Key_Escape);

    EXPECT_EQ(left.count(), 1);
    EXPECT_FALSE(window->isVisible());
}

TEST_F(PresentationWindowTest, F5WhilePresentingChangesNothing)
{
    open();
    press(Qt::Key_Right);
    QSignalSpy left(window.get(), &PresentationWindow::left);

    press(Qt::Key_F5);

    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->currentWave(), 1);
    EXPECT_EQ(left.count(), 0);
}

TEST_F(PresentationWindowTest, HShowsAndHidesTheKeysHint)
{
    open();
    ASSERT_TRUE(window->captionBar()->isHintVisible());
    press(Qt::Key_H);
    EXPECT_FALSE(window->captionBar()->isHintVisible());
    EXPECT_FALSE(window->captionBar()->hintLabel()->isVisible());
    press(Qt::Key_H);
    EXPECT_TRUE(window->captionBar()->hintLabel()->isVisible());
}

TEST_F(PresentationWindowTest, KeysHintFadesOutByItself)
{
    open();
    window->captionBar()->setHintTimeout(10);
    QTRY_VERIFY_WITH_TIMEOUT(!window->captionBar()->isHintVisible(), 5000);
}

TEST_F(PresentationWindowTest, CaptionTypeFollowsTheScreenHeight)
{
    open(smallMapPlan(), QSize(1920, 1080));
    const QFont at1080 = window->captionBar()->positionLabel()->font();
    EXPECT_EQ(at1080.pixelSize(), ui::presentation::headingPixelSize(1080));
    EXPECT_GE(window->captionBar()->hintLabel()->font().pixelSize(), 20);
    EXPECT_GE(window->bodyPixels(), 28);

    window->resize(3840, 2160);

    EXPECT_EQ(window->bodyPixels(), 56);
    EXPECT_EQ(window->captionBar()->positionLabel()->font().pixelSize(), ui::presentation::headingPixelSize(2160));
    EXPECT_EQ(window->captionBar()->planLabel()->font().pixelSize(), ui::presentation::headingPixelSize(2160));
}

TEST_F(PresentationWindowTest, MapTextIsLegibleInAWaveOnA4kScreen)
{
    open(smallMapPlan(), QSize(3840, 2160));
    press(Qt::Key_Right);
    EXPECT_GE(ui::presentation::kMapBodyPixels * zoom(), 56.0);
}

TEST_F(PresentationWindowTest, EditInTheDocumentShowsAtOnce)
{
    open();
    Capability added;
    added.key = "LIVE";
    added.name = "Added while presenting";
    added.durationDays = 10;

    document->undoStack()->push(test::editCommand(document.get(), edit::addCapability(document->plan(), added)));

    const ui::map::CapabilityCard *card = window->mapScene()->card(QStringLiteral("LIVE"));
    ASSERT_NE(card, nullptr);
    EXPECT_EQ(card->name(), QStringLiteral("Added while presenting"));

    document->undoStack()->undo();
    EXPECT_EQ(window->mapScene()->card(QStringLiteral("LIVE")), nullptr);
}

TEST_F(PresentationWindowTest, RenamingThePlanUpdatesTheCaption)
{
    Plan plan = smallMapPlan();
    open(plan);
    EXPECT_EQ(window->captionBar()->planLabel()->text(), QStringLiteral("Map test"));
    plan.name = "Workshop plan";
    document->resetPlan(plan);
    EXPECT_EQ(window->captionBar()->planLabel()->text(), QStringLiteral("Workshop plan"));
}

TEST_F(PresentationWindowTest, SelectionFromTheMainWindowIsShown)
{
    open();
    selection->setSelectedKeys({QStringLiteral("B")});
    EXPECT_TRUE(window->mapScene()->card(QStringLiteral("B"))->isSelected());
    EXPECT_FALSE(window->mapScene()->card(QStringLiteral("A"))->isSelected());
}

TEST_F(PresentationWindowTest, ClicksDoNotEditOrSelect)
{
    open();
    press(Qt::Key_Right);
    const ui::map::CapabilityCard *card = window->mapScene()->card(QStringLiteral("A"));
    const QPoint onCard = window->activeView()->mapFromScene(card->sceneCardRect().center());
    QTest::mouseDClick(window->activeView()->viewport(), Qt::LeftButton, {}, onCard);
    QTest::mouseClick(window->activeView()->viewport(), Qt::LeftButton, {}, onCard);

    EXPECT_TRUE(selection->selectedKeys().isEmpty());
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST_F(PresentationWindowTest, DoesNotRestyleOtherMaps)
{
    open();
    ui::map::MapScene mainMap(document.get(), selection.get());
    const ui::map::MapStyle before = mainMap.mapStyle();

    window->resize(3840, 2160);
    press(Qt::Key_C);

    EXPECT_EQ(mainMap.mapStyle().font, before.font);
    EXPECT_EQ(mainMap.mapStyle().colors.cardFill, before.colors.cardFill);
    EXPECT_FALSE(mainMap.showCriticalPath());
    EXPECT_NE(window->mapScene()->mapStyle().colors.cardFill, before.colors.cardFill);
}


TEST_F(PresentationWindowTest, AWaveTallerThanTheScreenSaysHowManyCardsAreAboveAndBelow)
{
    // Twenty capabilities that all start in wave 1, on a short screen.
    Plan plan;
    plan.name = "Tall wave";
    for (int i = 1; i <= 20; ++i) {
        Capability c;
        c.key = "C" + std::to_string(i);
        c.name = "Capability " + std::to_string(i);
        c.durationDays = 10;
        plan.capabilities.push_back(c);
    }
    open(plan, QSize(1280, 600));

    window->showWave(1);
    QApplication::processEvents();

    EXPECT_FALSE(position().contains("more above")) << position().toStdString();
    ASSERT_TRUE(position().contains("more below")) << position().toStdString();
    for (int i = 0; i < 40; ++i)
        press(Qt::Key_Down);
    EXPECT_TRUE(position().contains("more above")) << position().toStdString();
    EXPECT_FALSE(position().contains("more below")) << position().toStdString();
}

} // namespace
} // namespace waveplan::test
