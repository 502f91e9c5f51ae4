#pragma once
/// @file presenter.h
/// Starts and ends presentation mode for the main window: View > Present (F5) opens the
/// presentation full screen on the chosen screen, View > Present on lists the connected screens
/// (the choice is remembered by name). With a second screen the main window stays where it is and
/// stays editable; Esc in the presentation closes it and gives the keyboard back to the main window.

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QScreen;
class QWidget;

namespace waveplan::ui {

class PlanDocument;
class SelectionModel;

namespace map {
class MapScene;
} // namespace map

namespace presentation {

class PresentationWindow;

class Presenter : public QObject {
    Q_OBJECT
public:
    /// `mainWindow` owns the presenter, its actions and the presentation window.
    Presenter(PlanDocument *document, SelectionModel *selection, QWidget *mainWindow);
    ~Presenter() override;

    /// "Present" (F5).
    [[nodiscard]] QAction *presentAction() const { return m_presentAction; }
    /// "Present on": one checkable entry per connected screen, filled each time it opens.
    [[nodiscard]] QMenu *screenMenu() const { return m_screenMenu; }
    /// The presentation copies this map's layout mode (auto or manual) when it starts.
    void setLayoutSource(const map::MapScene *scene) { m_layoutSource = scene; }

    /// Opens the presentation (or brings it back to the front) on targetScreen().
    void present();
    /// Closes the presentation, if open.
    void stop();
    [[nodiscard]] bool isPresenting() const;
    [[nodiscard]] PresentationWindow *window() const;

    /// The screen presentations go to (see screen_choice.h).
    [[nodiscard]] QScreen *targetScreen() const;
    /// Remembers `screen` for this and later presentations and moves an open one there.
    void chooseScreen(QScreen *screen);

signals:
    void presentingChanged(bool presenting);

private:
    void fillScreenMenu();
    void onLeft();

    PlanDocument *m_document;
    SelectionModel *m_selection;
    QWidget *m_mainWindow;
    const map::MapScene *m_layoutSource = nullptr;
    QAction *m_presentAction;
    QMenu *m_screenMenu;
    QPointer<PresentationWindow> m_window;
};

} // namespace presentation
} // namespace waveplan::ui
