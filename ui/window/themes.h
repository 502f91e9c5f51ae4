#pragma once
/// @file themes.h
/// View > Theme: the palettes the whole app can wear. "Follow the desktop" (the default) keeps
/// the palette the desktop gave the app at start; Light, Dark and High contrast replace it. The
/// map, board and every widget draw from the application palette, so a theme changes all of
/// them at once. The choice is remembered (QSettings "view/theme").

#include <QList>
#include <QPalette>
#include <QString>

class QMenu;
class QWidget;

namespace waveplan::ui {

enum class Theme { Desktop, Light, Dark, HighContrast };

/// Every theme in menu order.
[[nodiscard]] QList<Theme> allThemes();
/// "Follow the desktop", "Light", "Dark", "High contrast" (with mnemonics).
[[nodiscard]] QString themeName(Theme theme);
/// The palette of `theme`; `desktop` is what Theme::Desktop means.
[[nodiscard]] QPalette themePalette(Theme theme, const QPalette &desktop);
/// A dark palette with text at WCAG AA contrast or better on its backgrounds.
[[nodiscard]] QPalette darkPalette();
/// White text on black, yellow selection: text at WCAG AAA contrast everywhere.
[[nodiscard]] QPalette highContrastPalette();

/// Sets the application palette to `theme` and remembers it. The desktop palette is the one the
/// application had when the theme was first applied.
void applyTheme(Theme theme);
/// The remembered theme (Desktop when none is).
[[nodiscard]] Theme rememberedTheme();
/// A "Theme" menu with one checkable action per theme, the current one checked.
[[nodiscard]] QMenu *makeThemeMenu(QWidget *parent);

} // namespace waveplan::ui
