#include "ui/presentation/presenter.h"

#include "ui/map/map_scene.h"
#include "ui/presentation/presentation_window.h"
#include "ui/presentation/screen_choice.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QWidget>

namespace waveplan::ui::presentation {

Presenter::Presenter(PlanDocument *document, SelectionModel *selection, QWidget *mainWindow)
    : QObject(mainWindow)
    , m_document(document)
    , m_selection(selection)
    , m_mainWindow(mainWindow)
    , m_presentAction(new QAction(tr("&Present"), mainWindow))
    , m_screenMenu(new QMenu(tr("Present &on"), mainWindow))
{
    m_presentAction->setObjectName(QStringLiteral("presentAction"));
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setStatusTip(tr("Show the plan full screen in large type for a projector (Esc leaves)"));
    connect(m_presentAction, &QAction::triggered, this, &Presenter::present);
    m_screenMenu->setObjectName(QStringLiteral("presentOnMenu"));
    connect(m_screenMenu, &QMenu::aboutToShow, this, &Presenter::fillScreenMenu);
    fillScreenMenu();
}

Presenter::~Presenter() = default;

bool Presenter::isPresenting() const
{
    return m_window != nullptr;
}

PresentationWindow *Presenter::window() const
{
    return m_window;
}

QScreen *Presenter::targetScreen() const
{
    return presentationScreen(m_mainWindow);
}

void Presenter::chooseScreen(QScreen *screen)
{
    if (!screen)
        return;
    rememberScreenName(screen->name());
    if (m_window)
        m_window->showOn(screen);
}

void Presenter::present()
{
    const bool starting = !m_window;
    if (starting) {
        m_window = new PresentationWindow(m_document, m_selection, m_mainWindow);
        if (m_layoutSource)
            m_window->mapScene()->setLayoutMode(m_layoutSource->layoutMode());
        connect(m_window, &PresentationWindow::left, this, &Presenter::onLeft);
    }
    m_window->showOn(targetScreen());
    if (starting) {
        m_window->showWave(0);
        emit presentingChanged(true);
    }
}

void Presenter::stop()
{
    if (m_window)
        m_window->close();
}

void Presenter::onLeft()
{
    if (!m_window)
        return;
    m_window->hide();
    m_window->deleteLater();
    m_window = nullptr;
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
    emit presentingChanged(false);
}

void Presenter::fillScreenMenu()
{
    m_screenMenu->clear();
    qDeleteAll(m_screenMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    const QScreen *target = targetScreen();
    auto *group = new QActionGroup(m_screenMenu);
    for (QScreen *screen : QGuiApplication::screens()) {
        const QSize size = screen->size();
        const QString model = screen->model().isEmpty() ? screen->name() : screen->model();
        const QString text = screen == m_mainWindow->screen()
                                 ? tr("%1 (%2 \u00d7 %3, this window)").arg(model).arg(size.width()).arg(size.height())
                                 : tr("%1 (%2 \u00d7 %3)").arg(model).arg(size.width()).arg(size.height());
        QAction *action = m_screenMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(screen == target);
        action->setData(screen->name());
        group->addAction(action);
        // By name: the screen may be unplugged before the entry is chosen.
        connect(action, &QAction::triggered, this, [this, name = screen->name()] {
            for (QScreen *connected : QGuiApplication::screens()) {
                if (connected->name() == name)
                    chooseScreen(connected);
            }
        });
    }
}

} // namespace waveplan::ui::presentation
