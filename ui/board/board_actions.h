#pragma once
/// @file board_actions.h
/// Puts the wave board into the main window: its tab, its "&Board" menu and toolbar, and its
/// messages in the status bar. Kept here so the main window only calls two functions.

class QMainWindow;
class QTabWidget;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;

namespace board {

class BoardView;

/// Creates the board on `document` and `selection` and inserts it as the "&Wave board" tab at
/// `index` of `tabs`; its view is named "boardView". Messages go to `window`'s status bar.
BoardView *addBoardTab(QMainWindow *window, QTabWidget *tabs, int index, PlanDocument *document,
                       SelectionModel *selection);

/// Adds the "&Board" menu (show dependencies, critical marks, unpin, pin earlier/later, zoom,
/// fit) and a "Board" toolbar to `window`.
void addBoardMenu(QMainWindow *window, BoardView *view);

} // namespace board
} // namespace waveplan::ui
