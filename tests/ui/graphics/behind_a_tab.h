#pragma once
/// @file behind_a_tab.h
/// A view as a tab of a shown window, behind another tab (the map, as a user usually has it):
/// for the tests of views that wait until they are shown (ui/graphics/refresh_when_shown.h).

#include <QTabWidget>
#include <QTest>
#include <QWidget>

namespace waveplan::test {

class BehindATab {
public:
    /// Takes `view` (owned from then on) as the second tab of a shown `width` x `height` window.
    explicit BehindATab(QWidget *view, int width = 1200, int height = 600)
        : m_view(view)
    {
        m_tabs.addTab(new QWidget, QStringLiteral("Map"));
        m_tabs.addTab(view, QStringLiteral("Behind"));
        m_tabs.resize(width, height);
        m_tabs.show();
        m_exposed = QTest::qWaitForWindowExposed(&m_tabs);
    }

    /// True once the window is on screen (ASSERT it before relying on what is hidden).
    [[nodiscard]] bool exposed() const { return m_exposed; }
    /// Brings the view to the front, as a click on its tab does.
    void bringToFront() { m_tabs.setCurrentWidget(m_view); }

private:
    QTabWidget m_tabs;
    QWidget *m_view;
    bool m_exposed = false;
};

} // namespace waveplan::test
