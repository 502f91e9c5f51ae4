// Entering and leaving presentation mode from the main window.

#include "presentation_test_support.h"

#include "ui/window/main_window.h"
#include "ui/presentation/presenter.h"
#include "ui/presentation/screen_choice.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>

namespace waveplan::test {
namespace {

using ui::presentation::PresentationWindow;
using ui::presentation::Presenter;

TEST(Presenter, F5InTheMainWindowPresentsAndEscComesBack)
{
    ui::MainWindow main;
    main.showPlan(smallMapPlan());
    main.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&main));
    auto *present = main.findChild<QAction *>(QStringLiteral("presentAction"));
    ASSERT_NE(present, nullptr);
    EXPECT_EQ(present->shortcut(), QKeySequence(Qt::Key_F5));

    present->trigger();

    auto *window = main.findChild<PresentationWindow *>();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(window->isFullScreen());
    EXPECT_EQ(window->mapScene()->cards().size(), 5);
    EXPECT_EQ(window->currentWave(), 0);

    QTest::keyClick(window, Qt::Key_Escape);

    QTRY_VERIFY(main.findChild<PresentationWindow *>() == nullptr);
    EXPECT_TRUE(main.isVisible());
}

TEST(Presenter, PresentingTwiceKeepsOneWindow)
{
    QWidget main;
    ui::PlanDocument document;
    document.scheduleRunner()->setImprovementEnabled(false);
    document.resetPlan(smallMapPlan());
    ui::SelectionModel selection;
    Presenter presenter(&document, &selection, &main);
    QSignalSpy presenting(&presenter, &Presenter::presentingChanged);

    presenter.present();
    PresentationWindow *first = presenter.window();
    presenter.present();

    EXPECT_EQ(presenter.window(), first);
    EXPECT_EQ(presenting.count(), 1);
    presenter.stop();
    EXPECT_FALSE(presenter.isPresenting());
    EXPECT_EQ(presenting.count(), 2);
    EXPECT_EQ(presenting.last().first().toBool(), false);
}

TEST(Presenter, PresentationCopiesTheMainMapsLayoutMode)
{
    QWidget main;
    ui::PlanDocument document;
    document.scheduleRunner()->setImprovementEnabled(false);
    document.resetPlan(smallMapPlan());
    ui::SelectionModel selection;
    ui::map::MapScene mainMap(&document, &selection);
    mainMap.setLayoutMode(ui::map::MapScene::LayoutMode::Manual);
    Presenter presenter(&document, &selection, &main);
    presenter.setLayoutSource(&mainMap);

    presenter.present();

    EXPECT_EQ(presenter.window()->mapScene()->layoutMode(), ui::map::MapScene::LayoutMode::Manual);
    presenter.stop();
}

TEST(Presenter, PresentOnListsTheScreensAndRemembersTheChoice)
{
    QWidget main;
    ui::PlanDocument document;
    ui::SelectionModel selection;
    Presenter presenter(&document, &selection, &main);
    ui::presentation::rememberScreenName({});

    emit presenter.screenMenu()->aboutToShow();
    const QList<QAction *> entries = presenter.screenMenu()->actions();
    ASSERT_EQ(entries.size(), QGuiApplication::screens().size());
    int checked = 0;
    for (const QAction *entry : entries)
        checked += entry->isChecked() ? 1 : 0;
    EXPECT_EQ(checked, 1);

    entries.front()->trigger();

    EXPECT_EQ(ui::presentation::rememberedScreenName(), QGuiApplication::screens().front()->name());
    EXPECT_EQ(presenter.targetScreen(), QGuiApplication::screens().front());
    ui::presentation::rememberScreenName({});
}

} // namespace
} // namespace waveplan::test
