#include "ui/graphics/refresh_when_shown.h"

#include <QEvent>
#include <QWidget>

#include <utility>

namespace waveplan::ui {

bool isHiddenTab(const QWidget *widget)
{
    return !widget->isVisible() && widget->window()->isVisible();
}

RefreshWhenShown::RefreshWhenShown(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    m_view->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (!isHiddenTab(m_view)) {
        m_pending = false;
        m_refresh();
        return;
    }
    m_pending = true;
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // Show comes before the first paint: the view paints what is current.
    if (watched == m_view && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace waveplan::ui
