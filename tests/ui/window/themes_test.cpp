// View > Theme: the app's palette changes everywhere, the choice is remembered, and the high
// contrast theme keeps text at WCAG AAA contrast.
#include "ui/window/themes.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace waveplan;

namespace {

/// WCAG relative luminance of an sRGB colour.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

/// Puts the desktop theme back whatever a test did, so later tests see the usual palette.
struct ThemeGuard {
    ~ThemeGuard() { ui::applyTheme(ui::Theme::Desktop); }
};

} // namespace

TEST(Themes, TextMeetsItsContrastInEveryThemeWeMake)
{
    const QPalette dark = ui::darkPalette();
    const QPalette high = ui::highContrastPalette();

    EXPECT_GE(contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)), 4.5);
    EXPECT_GE(contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)), 4.5);
    for (const auto &[text, background] : {std::pair{QPalette::Text, QPalette::Base},
                                          std::pair{QPalette::WindowText, QPalette::Window},
                                          std::pair{QPalette::ButtonText, QPalette::Button},
                                          std::pair{QPalette::HighlightedText, QPalette::Highlight}})
        EXPECT_GE(contrast(high.color(text), high.color(background)), 7.0) << text << " on " << background;
}

TEST(Themes, ChoosingAThemeFromTheViewMenuRecolorsTheAppAndIsRemembered)
{
    ThemeGuard guard;
    const QColor desktopBase = QApplication::palette().color(QPalette::Base);
    ui::MainWindow window;
    const auto *menu = window.findChild<QMenu *>(QStringLiteral("themeMenu"));
    ASSERT_NE(menu, nullptr);
    QAction *dark = nullptr;
    for (QAction *action : menu->actions())
        if (action->data().toString() == QStringLiteral("dark"))
            dark = action;
    ASSERT_NE(dark, nullptr);

    dark->trigger();

    EXPECT_EQ(QApplication::palette().color(QPalette::Base), ui::darkPalette().color(QPalette::Base));
    EXPECT_EQ(ui::rememberedTheme(), ui::Theme::Dark);
    EXPECT_TRUE(dark->isChecked());

    ui::applyTheme(ui::Theme::Desktop);
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), desktopBase) << "the desktop's palette comes back";
}
