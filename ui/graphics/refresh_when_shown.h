#pragma once
/// @file refresh_when_shown.h
/// A view's refresh run now when the view is on screen, or held until it is next shown when it
/// is a hidden tab of a shown window. The capacity grid and the next-90-days table rebuilt on
/// every edit whether or not anyone could see them: with 10,000 capabilities, an eighth of the
/// time from an edit to the screen for two tabs not in front.

#include <QObject>

#include <functional>

class QWidget;

namespace waveplan::ui {

/// True for a widget hidden in a shown window (a tab not in front): what no one can see until it
/// is shown. A widget whose window is not shown (on its own, in a test or an export) is not.
[[nodiscard]] bool isHiddenTab(const QWidget *widget);

class RefreshWhenShown : public QObject {
public:
    /// Watches `view` (which owns this) for being shown; `refresh` brings it up to date.
    RefreshWhenShown(QWidget *view, std::function<void()> refresh);

    /// Refreshes now when the view is visible or its window is not (a view on its own, not
    /// shown, as in a test or an export); otherwise when the view is next shown.
    void request();
    /// True while a refresh waits for the view to be shown.
    [[nodiscard]] bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace waveplan::ui
