#include "ui/board/board_actions.h"

#include "ui/board/board_scene.h"
#include "ui/board/board_view.h"
#include "ui/window/desktop.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace waveplan::ui::board {

BoardView *addBoardTab(QMainWindow *window, QTabWidget *tabs, int index, PlanDocument *document,
                       SelectionModel *selection)
{
    auto *scene = new BoardScene(document, selection, window);
    auto *view = new BoardView(scene, tabs);
    view->setObjectName(QStringLiteral("boardView"));
    tabs->insertTab(index, view, QObject::tr("&Wave board"));
    QObject::connect(scene, &BoardScene::message, window,
                     [window](const QString &text) { window->statusBar()->showMessage(text, 6000); });
    return view;
}

void addBoardMenu(QMainWindow *window, BoardView *view)
{
    // Icons as the map's actions have them (ui/main_window.cpp): the theme's if it has one, else ours.
    view->showDependenciesAction()->setIcon(actionIcon(QStringLiteral("board-dependencies")));
    view->showCriticalAction()->setIcon(actionIcon(QStringLiteral("critical-path")));
    view->unpinAction()->setIcon(actionIcon(QStringLiteral("unpin")));
    view->fitAction()->setIcon(actionIcon(QStringLiteral("zoom-fit-best")));

    QMenu *menu = window->menuBar()->addMenu(QObject::tr("&Board"));
    menu->setObjectName(QStringLiteral("boardMenu"));
    menu->addAction(view->showDependenciesAction());
    menu->addAction(view->showCriticalAction());
    menu->addSeparator();
    menu->addAction(view->pinEarlierAction());
    menu->addAction(view->pinLaterAction());
    menu->addAction(view->unpinAction());
    menu->addSeparator();
    menu->addAction(view->zoomInAction());
    menu->addAction(view->zoomOutAction());
    menu->addAction(view->fitAction());

    QToolBar *toolbar = window->addToolBar(QObject::tr("Board"));
    toolbar->setObjectName(QStringLiteral("boardToolbar"));
    toolbar->addAction(view->showDependenciesAction());
    toolbar->addAction(view->showCriticalAction());
    toolbar->addAction(view->unpinAction());
    toolbar->addAction(view->fitAction());
}

} // namespace waveplan::ui::board
